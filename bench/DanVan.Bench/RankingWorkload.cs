using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace DanVan.Bench;

/// <summary>
/// Ranking a generated assessment round (issue 13 §7): the ranking table (GET /api/v1/assessment/rounds/{id}/ranking) and
/// the results roll-up (GET …/results), as the province's commendation officer, each against raw SQL doing the same work
/// in the same run — totals per unit → band and position (ties share one), and counts per unit kind × rank.
/// Goal (issue 13): p95 ≤ 1.5 × raw + 15 ms.
/// </summary>
internal static class RankingWorkload
{
    /// <summary>Every unit of the round with its band (the first band its final total reaches, only when appraised and eligible) and its position.</summary>
    private const string Ranking = """
        SELECT r."Id", r."UnitId", r."Code", r."Name", r."Kind", r."Status", r."SelfTotal", r."FinalTotal", r."Disagreement",
               CASE WHEN r."Ranked" = 1 THEN (SELECT MIN(b."Seq") FROM "RankBands" b WHERE b."SetId" = @set AND r."FinalTotal" >= b."MinPoints") END,
               CASE WHEN r."Ranked" = 1 THEN RANK() OVER (PARTITION BY r."Ranked" ORDER BY r."FinalTotal" DESC) END,
               CASE WHEN r."Ranked" = 1 THEN COUNT(*) OVER (PARTITION BY r."Ranked", r."FinalTotal") END
        FROM (SELECT a."Id", a."UnitId", u."Code", u."Name", k."Name" AS "Kind", a."Status", a."SelfTotal", a."FinalTotal", a."Disagreement",
                     CASE WHEN a."Status" IN ('Appraised', 'Appealed') AND a."PrerequisitesMet" AND a."FinalTotal" IS NOT NULL THEN 1 ELSE 0 END AS "Ranked"
              FROM "UnitAssessments" a JOIN "Units" u ON u."Id" = a."UnitId" JOIN "UnitKinds" k ON k."Id" = u."KindId"
              WHERE a."TenantId" = @t AND a."RoundId" = @round) r
        ORDER BY r."Ranked" DESC, CASE WHEN r."Ranked" = 1 THEN r."FinalTotal" END DESC, r."Code"
        """;

    /// <summary>How many units reached each band per unit kind (not ranked: band null).</summary>
    private const string ByKind = """
        SELECT x."Kind", x."Band", x."Status", COUNT(*)
        FROM (SELECT k."Name" AS "Kind", a."Status",
                     CASE WHEN a."Status" IN ('Appraised', 'Appealed') AND a."PrerequisitesMet" AND a."FinalTotal" IS NOT NULL
                          THEN (SELECT MIN(b."Seq") FROM "RankBands" b WHERE b."SetId" = @set AND a."FinalTotal" >= b."MinPoints") END AS "Band"
              FROM "UnitAssessments" a JOIN "Units" u ON u."Id" = a."UnitId" JOIN "UnitKinds" k ON k."Id" = u."KindId"
              WHERE a."TenantId" = @t AND a."RoundId" = @round) x
        GROUP BY x."Kind", x."Band", x."Status"
        """;

    public const string Goal = "p95 ≤ 1.5 × raw + 15 ms";

    public static async Task<IReadOnlyList<WorkloadResult>> RunAsync(BenchContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var iterations = Math.Max(3, c.Options.Iterations / 4);
        (string, object)[] parameters = [("@t", c.Host.Id(c.TenantId)), ("@round", c.Host.Id(c.RoundId)), ("@set", c.Host.Id(c.CriteriaSetId))];
        await using var connection = c.Host.OpenRaw();
        await using var ranking = BenchContext.Command(connection, Ranking, parameters);
        await using var byKind = BenchContext.Command(connection, ByKind, parameters);
        await SameRankingAsync(c, ranking);
        var rankingRaw = await Measure.SequentialAsync(() => RawSql.ReadAllAsync(ranking), iterations);
        return
        [
            await OneAsync(c, $"Xếp hạng đợt đánh giá ({c.RoundUnits} đơn vị)", $"api/v1/assessment/rounds/{c.RoundId}/ranking",
                "cùng bảng xếp hạng bằng SQL thuần (tổng điểm → mức, thứ hạng)", rankingRaw, iterations),
            await OneAsync(c, $"Kết quả đợt đánh giá (roll-up, {c.RoundUnits} đơn vị)", $"api/v1/assessment/rounds/{c.RoundId}/results",
                "bảng xếp hạng + số đơn vị theo loại × mức bằng SQL thuần", await Measure.SequentialAsync(async () =>
                {
                    await RawSql.ReadAllAsync(ranking);
                    await RawSql.ReadAllAsync(byKind);
                }, iterations), iterations),
        ];
    }

    /// <summary>The baseline does the same work: every unit gets the same band and position from the app and from the raw SQL.</summary>
    private static async Task SameRankingAsync(BenchContext c, DbCommand ranking)
    {
        var raw = new Dictionary<Guid, (long? Band, long? Position)>();
        await using (var reader = await ranking.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                raw[Guid.Parse(reader.GetValue(0).ToString()!)] = (reader.IsDBNull(9) ? null : Convert.ToInt64(reader.GetValue(9), CultureInfo.InvariantCulture),
                    reader.IsDBNull(10) ? null : Convert.ToInt64(reader.GetValue(10), CultureInfo.InvariantCulture));
            }
        }

        using var document = JsonDocument.Parse(await c.Officer.GetStringAsync($"api/v1/assessment/rounds/{c.RoundId}/ranking"));
        var app = document.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("assessmentId").GetGuid(), r => (
            Band: r.GetProperty("bandSeq").ValueKind == JsonValueKind.Null ? (long?)null : r.GetProperty("bandSeq").GetInt64(),
            Position: r.GetProperty("position").ValueKind == JsonValueKind.Null ? (long?)null : r.GetProperty("position").GetInt64()));
        if (raw.Count == 0 || app.Count != raw.Count || app.Any(a => !raw.TryGetValue(a.Key, out var r) || r != a.Value))
        {
            throw new InvalidOperationException($"Bảng xếp hạng của ứng dụng ({app.Count} dòng) khác SQL thuần ({raw.Count} dòng): đường cơ sở không cùng phép tính.");
        }
    }

    private static async Task<WorkloadResult> OneAsync(BenchContext c, string name, string url, string baseline, Figure raw, int iterations)
    {
        using var memory = new MemoryPeak();
        var app = await Measure.SequentialAsync(() => Http.GetAsync(c.Officer, url), iterations);
        var (queries, _) = await QueryCount.PerRequestAsync(c, c.Officer, url);
        var ratio = Math.Round(app.P95 / Math.Max(raw.P95, 1e-6), 2);
        return new WorkloadResult(name, "GET /" + url, baseline, app, raw, ratio, queries, null, memory.PeakMegabytes, Goal,
            app.P95 <= (1.5 * raw.P95) + 15) { Sql = c.Queries.Commands };
    }
}
