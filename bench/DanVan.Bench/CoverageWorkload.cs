namespace DanVan.Bench;

/// <summary>
/// The roll-up dashboard: a movement's model coverage by participating unit subtree × status, and field × level × status
/// (GET /api/v1/movements/{id}/coverage) against the same two aggregates as raw SQL.
/// Goal (QUALITY.md): p95 ≤ 1.5 × raw + 15 ms.
/// </summary>
internal static class CoverageWorkload
{
    private const string ByUnit = """
        SELECT u."Id", u."Code", u."Name", k."Name",
               SUM(CASE WHEN mm."Status" = 'Registered' THEN 1 ELSE 0 END), SUM(CASE WHEN mm."Status" = 'Implementing' THEN 1 ELSE 0 END),
               SUM(CASE WHEN mm."Status" = 'Proposed' THEN 1 ELSE 0 END), SUM(CASE WHEN mm."Status" = 'Recognised' THEN 1 ELSE 0 END)
        FROM "PlanObligations" o
        JOIN "Units" u ON u."Id" = o."UnitId"
        JOIN "UnitKinds" k ON k."Id" = u."KindId"
        LEFT JOIN (SELECT m."Status", x."Path" FROM "DvkModels" m JOIN "Units" x ON x."Id" = m."UnitId"
                   WHERE m."TenantId" = @t AND (m."MovementId" = @mv OR (m."MovementId" IS NULL AND m."Year" = @y))) mm
               ON substr(mm."Path", 1, length(u."Path")) = u."Path"
        WHERE o."TenantId" = @t AND o."MovementId" = @mv
        GROUP BY u."Id", u."Code", u."Name", k."Name"
        ORDER BY u."Code"
        """;

    private const string ByField = """
        SELECT m."Field", m."Level", m."Status", COUNT(*)
        FROM "DvkModels" m JOIN "Units" x ON x."Id" = m."UnitId"
        WHERE m."TenantId" = @t AND (m."MovementId" = @mv OR (m."MovementId" IS NULL AND m."Year" = @y))
          AND m."Status" IN ('Registered', 'Implementing', 'Proposed', 'Recognised')
          AND EXISTS (SELECT 1 FROM "PlanObligations" o JOIN "Units" p ON p."Id" = o."UnitId"
                      WHERE o."TenantId" = @t AND o."MovementId" = @mv AND substr(x."Path", 1, length(p."Path")) = p."Path")
        GROUP BY m."Field", m."Level", m."Status"
        """;

    public const string Goal = "p95 ≤ 1.5 × raw + 15 ms; số truy vấn cố định";

    /// <summary>
    /// The report's fixed query budget, none of which grows with units or models: the access token, the movement, the
    /// per-unit roll-up, field × level × status, the trend's series and its earlier years.
    /// </summary>
    public const int QueryBudget = 6;

    public static async Task<WorkloadResult> RunAsync(BenchContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var url = $"api/v1/movements/{c.MovementId}/coverage";
        using var memory = new MemoryPeak();
        var iterations = Math.Max(3, c.Options.Iterations / 4);
        var app = await Measure.SequentialAsync(() => Http.GetAsync(c.Officer, url), iterations);
        await using var connection = c.Host.OpenRaw();
        (string, object)[] parameters = [("@t", c.Host.Id(c.TenantId)), ("@mv", c.Host.Id(c.MovementId)), ("@y", c.MovementYear)];
        await using var byUnit = BenchContext.Command(connection, ByUnit, parameters);
        await using var byField = BenchContext.Command(connection, ByField, parameters);
        var raw = await Measure.SequentialAsync(async () =>
        {
            await RawSql.ReadAllAsync(byUnit);
            await RawSql.ReadAllAsync(byField);
        }, iterations);
        var (queries, _) = await QueryCount.PerRequestAsync(c, c.Officer, url);
        var ratio = Math.Round(app.P95 / Math.Max(raw.P95, 1e-6), 2);
        return new WorkloadResult("Độ phủ mô hình của phong trào (roll-up)", "GET /" + url, "cùng phép tổng hợp bằng SQL thuần", app, raw, ratio,
            queries, queries <= QueryBudget, memory.PeakMegabytes, Goal, app.P95 <= (1.5 * raw.P95) + 15 && queries <= QueryBudget) { Sql = c.Queries.Commands };
    }
}
