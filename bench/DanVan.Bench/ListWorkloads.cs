using DanVan.Infrastructure.Data;

namespace DanVan.Bench;

/// <summary>
/// Scoped lists and searches, keyset page of 50, diacritic-insensitive: the app over HTTP (token auth, scope
/// predicate, JSON) against the same page as one hand-written SQL query on the same database.
/// Goal (QUALITY.md): p95 ≤ 2 × raw + 10 ms; a fixed number of SQL queries per request.
/// </summary>
internal static class ListWorkloads
{
    public const string Goal = "p95 ≤ 2 × raw + 10 ms; số truy vấn cố định";

    private const string PeopleSelect = """
        SELECT p."Id", p."FullName", p."Gender", p."BirthYear", p."Position", p."StaffCategory", p."UnitId", u."Name", p."Ethnicity", p."IsPartyMember"
        FROM "People" p JOIN "Units" u ON u."Id" = p."UnitId"
        """;

    private const string ModelsSelect = """
        SELECT m."Id", m."Name", m."Field", m."Level", m."Status", m."Year", m."UnitId", u."Name", m."ReplicatedFromId",
               (SELECT COUNT(*) FROM "DvkModels" r WHERE r."ReplicatedFromId" = m."Id")
        FROM "DvkModels" m JOIN "Units" u ON u."Id" = m."UnitId"
        WHERE m."TenantId" = @t AND (m."SearchFolded" LIKE @w1 ESCAPE '\' OR u."NameFolded" LIKE @w1 ESCAPE '\')
          AND (m."SearchFolded" LIKE @w2 ESCAPE '\' OR u."NameFolded" LIKE @w2 ESCAPE '\')
        ORDER BY m."Id" DESC LIMIT 51
        """;

    private const string DocumentsSelect = """
        SELECT d."Id", d."Number", d."Type", d."Title", d."IssuerName", d."IssueDate", d."Status", d."Year", d."IsStub"
        FROM "Documents" d
        WHERE d."TenantId" = @t AND d."SearchFolded" LIKE @w1 ESCAPE '\' AND d."SearchFolded" LIKE @w2 ESCAPE '\'
        ORDER BY d."Id" DESC LIMIT 51
        """;

    public static async Task<List<WorkloadResult>> RunAsync(BenchContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var t = ("@t", c.Host.Id(c.TenantId));
        var name = ("@q", (object)SearchPatterns.Contains("nguyen thi"));
        var oneScope = $"{PeopleSelect} WHERE p.\"TenantId\" = @t AND p.\"UnitId\" = @unit";
        var manyScope = $"{PeopleSelect} WHERE p.\"TenantId\" = @t AND u.\"Path\" LIKE @path";
        var unit = ("@unit", c.Host.Id(c.OneUnitId));
        var path = ("@path", (object)(c.ManyUnitsPath + "%"));
        const string searchTail = " AND p.\"FullNameFolded\" LIKE @q ESCAPE '\\' ORDER BY p.\"FullNameFolded\", p.\"Id\" LIMIT 51";
        const string browseTail = " ORDER BY p.\"FullNameFolded\", p.\"Id\" LIMIT 51";
        var dvk = new[] { ("@w1", (object)SearchPatterns.Contains("dan")), ("@w2", (object)SearchPatterns.Contains("van")) };
        var plan = new[] { ("@w1", (object)SearchPatterns.Contains("ke")), ("@w2", (object)SearchPatterns.Contains("hoach")) };

        var all = new (string Workload, Func<Task<WorkloadResult>> Run)[]
        {
            ("Tìm cán bộ – 1 đơn vị", () => OneAsync(c, "Tìm cán bộ – 1 đơn vị", c.OneUnit, "api/v1/people?q=Nguy%E1%BB%85n%20Th%E1%BB%8B", oneScope + searchTail, [t, unit, name])),
            ($"Tìm cán bộ – {c.ManyUnitsCount} đơn vị", () => OneAsync(c, $"Tìm cán bộ – {c.ManyUnitsCount} đơn vị", c.ManyUnits, "api/v1/people?q=Nguy%E1%BB%85n%20Th%E1%BB%8B", manyScope + searchTail, [t, path, name])),
            ("Danh sách cán bộ – 1 đơn vị", () => OneAsync(c, "Danh sách cán bộ – 1 đơn vị", c.OneUnit, "api/v1/people", oneScope + browseTail, [t, unit])),
            ($"Danh sách cán bộ – {c.ManyUnitsCount} đơn vị", () => OneAsync(c, $"Danh sách cán bộ – {c.ManyUnitsCount} đơn vị", c.ManyUnits, "api/v1/people", manyScope + browseTail, [t, path])),
            ("Tìm mô hình – 1 đơn vị", () => OneAsync(c, "Tìm mô hình – 1 đơn vị", c.OneUnit, "api/v1/models?q=d%C3%A2n%20v%E1%BA%ADn", ModelsSelect, [t, .. dvk])),
            ($"Tìm mô hình – {c.ManyUnitsCount} đơn vị", () => OneAsync(c, $"Tìm mô hình – {c.ManyUnitsCount} đơn vị", c.ManyUnits, "api/v1/models?q=d%C3%A2n%20v%E1%BA%ADn", ModelsSelect, [t, .. dvk])),
            ("Tìm văn bản – 1 đơn vị", () => OneAsync(c, "Tìm văn bản – 1 đơn vị", c.OneUnit, "api/v1/documents?q=k%E1%BA%BF%20ho%E1%BA%A1ch", DocumentsSelect, [t, .. plan])),
            ($"Tìm văn bản – {c.ManyUnitsCount} đơn vị", () => OneAsync(c, $"Tìm văn bản – {c.ManyUnitsCount} đơn vị", c.ManyUnits, "api/v1/documents?q=k%E1%BA%BF%20ho%E1%BA%A1ch", DocumentsSelect, [t, .. plan])),
        };

        var measured = new WorkloadResult?[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            measured[i] = c.Options.Selected(all[i].Workload) ? await all[i].Run() : null;
        }

        var results = measured.OfType<WorkloadResult>().ToList();

        // A user scoped to thousands of units must cost about what a user scoped to one does (one SQL predicate).
        for (var i = 0; i + 1 < 4; i += 2)
        {
            if (measured[i] is not { } one || measured[i + 1] is not { } many)
            {
                continue;
            }

            var ratio = Math.Round(many.App.P95 / Math.Max(one.App.P95, 1e-6), 2);
            results.Add(new WorkloadResult($"{many.Workload} so với 1 đơn vị", many.Endpoint, one.Workload, many.App, one.App, ratio,
                many.QueriesPerRequest, many.QueriesFixed, many.PeakWorkingSetMb, "p95(nhiều đơn vị) ≤ 1.2 × p95(1 đơn vị)", ratio <= 1.2) { Sql = many.Sql });
        }

        return results;
    }

    private static async Task<WorkloadResult> OneAsync(BenchContext c, string workload, HttpClient client, string url, string sql,
        (string, object)[] parameters)
    {
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var page = $"{url}{separator}limit=50";
        using var memory = new MemoryPeak();
        var app = await Measure.SequentialAsync(() => Http.GetAsync(client, page), c.Options.Iterations);
        await using var connection = c.Host.OpenRaw();
        await using var command = BenchContext.Command(connection, sql, parameters);
        await command.PrepareAsync();
        var raw = await Measure.SequentialAsync(() => RawSql.ReadAllAsync(command), c.Options.Iterations);
        var (queries, fixedCount) = await QueryCount.PerRequestAsync(c, client, page, $"{url}{separator}limit=5");
        var pass = app.P95 <= (2 * raw.P95) + 10 && fixedCount;
        return new WorkloadResult(workload, "GET /" + page, "SQL thuần cùng trang", app, raw, Math.Round(app.P95 / Math.Max(raw.P95, 1e-6), 2),
            queries, fixedCount, memory.PeakMegabytes, Goal, pass) { Sql = c.Queries.Commands };
    }
}
