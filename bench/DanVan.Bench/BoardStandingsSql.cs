using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace DanVan.Bench;

/// <summary>
/// The raw baseline of the scoreboard (issue 17 §5, "a raw query of the standings"): one hand-written SQL computing what the
/// public board shows while the round is live — each judge's sheet total (its first entry's points), the part score as
/// the mean of the confirmed sheets, or from the part's trimmed-mean threshold on (<c>@trim</c>, the default 5, never
/// under 3) the mean without one highest and one lowest sheet, rounded to 2 decimals; the team's total over the closed
/// parts, its rank (ties share one: the round has no tie-break parts) and, for every part, the number of confirmed sheets
/// (what an open part shows). Not done here, because the benchmark's round has none: late penalties and no-shows (no
/// attendance is recorded), tie-break parts, clusters; nor names and JSON.
/// </summary>
internal static class BoardStandingsSql
{
    public const string Sql = """
        WITH sheet AS (
            SELECT s."TeamId", s."PartId", SUM(l."Points") AS "Total"
            FROM "ContestSheets" s JOIN "ContestSheetLines" l ON l."SheetId" = s."Id" AND l."Entry" = 1
            WHERE s."ContestId" = @contest AND s."State" = 'Confirmed'
              AND s."PartId" IN (SELECT p."Id" FROM "ContestParts" p WHERE p."RoundId" = @round)
            GROUP BY s."Id", s."TeamId", s."PartId"),
        placed AS (
            SELECT x."TeamId", x."PartId", x."Total",
                   ROW_NUMBER() OVER (PARTITION BY x."TeamId", x."PartId" ORDER BY x."Total") AS "Low",
                   ROW_NUMBER() OVER (PARTITION BY x."TeamId", x."PartId" ORDER BY x."Total" DESC) AS "High",
                   COUNT(*) OVER (PARTITION BY x."TeamId", x."PartId") AS "Sheets",
                   (SELECT CASE WHEN COALESCE(p."TrimmedMeanFrom", @trim) > 3 THEN COALESCE(p."TrimmedMeanFrom", @trim) ELSE 3 END
                    FROM "ContestParts" p WHERE p."Id" = x."PartId") AS "TrimFrom"
            FROM sheet x),
        cell AS (
            SELECT y."TeamId", y."PartId", COUNT(*) AS "Sheets",
                   ROUND(AVG(CASE WHEN y."Sheets" < y."TrimFrom" OR (y."Low" > 1 AND y."High" > 1) THEN y."Total" END), 2) AS "Score"
            FROM placed y GROUP BY y."TeamId", y."PartId"),
        team AS (
            SELECT t."Id", COALESCE(SUM(CASE WHEN p."ClosedAt" IS NOT NULL THEN c."Score" END), 0) AS "Total"
            FROM "ContestTeams" t
            LEFT JOIN cell c ON c."TeamId" = t."Id"
            LEFT JOIN "ContestParts" p ON p."Id" = c."PartId"
            WHERE t."ContestId" = @contest AND t."State" = 'Accepted'
            GROUP BY t."Id"),
        ranked AS (
            SELECT team."Id", team."Total", RANK() OVER (ORDER BY team."Total" DESC) AS "Rank" FROM team)
        SELECT r."Id", r."Total", r."Rank", p."Seq", p."ClosedAt" IS NOT NULL AS "Closed", COALESCE(c."Sheets", 0) AS "Sheets", c."Score"
        FROM ranked r
        CROSS JOIN "ContestParts" p
        LEFT JOIN cell c ON c."TeamId" = r."Id" AND c."PartId" = p."Id"
        WHERE p."RoundId" = @round
        ORDER BY r."Rank", r."Id", p."Seq"
        """;

    /// <summary>A team's line as both sides give it: total, rank, and per part (by number) whether shown, its score when shown, its sheets.</summary>
    public sealed record Line(decimal Total, int Rank, IReadOnlyDictionary<int, (bool Shown, decimal? Score, int Sheets)> Parts);

    public static async Task<Dictionary<Guid, Line>> ReadAsync(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var lines = new Dictionary<Guid, (decimal Total, int Rank, Dictionary<int, (bool, decimal?, int)> Parts)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var id = Guid.Parse(reader.GetValue(0).ToString()!);
                if (!lines.TryGetValue(id, out var line))
                {
                    line = (Number(reader.GetValue(1))!.Value, Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture), []);
                    lines[id] = line;
                }

                var shown = Convert.ToBoolean(reader.GetValue(4), CultureInfo.InvariantCulture);
                line.Parts[Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture)] =
                    (shown, shown ? Number(reader.GetValue(6)) : null, Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture));
            }
        }

        return lines.ToDictionary(l => l.Key, l => new Line(l.Value.Total, l.Value.Rank, l.Value.Parts));
    }

    /// <summary>The same lines from the app's public board JSON (<c>GET …/board</c>).</summary>
    public static Dictionary<Guid, Line> FromBoard(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("teamId").GetGuid(), r => new Line(
            r.GetProperty("total").GetDecimal(), r.GetProperty("rank").GetInt32(),
            r.GetProperty("parts").EnumerateArray().ToDictionary(p => p.GetProperty("seq").GetInt32(), p => (
                p.GetProperty("shown").GetBoolean(),
                p.GetProperty("value").ValueKind == JsonValueKind.Null ? (decimal?)null : p.GetProperty("value").GetDecimal(),
                p.GetProperty("sheetsIn").GetInt32()))));
    }

    /// <summary>Whether both sides give every team the same total, rank and parts (a baseline that does less work would flatter the app).</summary>
    public static bool Same(Dictionary<Guid, Line> app, Dictionary<Guid, Line> raw) =>
        raw.Count > 0 && app.Count == raw.Count && app.All(a => raw.TryGetValue(a.Key, out var r) && r.Total == a.Value.Total && r.Rank == a.Value.Rank
            && r.Parts.Count == a.Value.Parts.Count && a.Value.Parts.All(p => r.Parts.TryGetValue(p.Key, out var q) && q == p.Value));

    /// <summary>SQLite gives the mean as a double, PostgreSQL as a numeric: both to 2 decimals.</summary>
    private static decimal? Number(object value) => value is DBNull ? null
        : Math.Round(Convert.ToDecimal(value, CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero);
}
