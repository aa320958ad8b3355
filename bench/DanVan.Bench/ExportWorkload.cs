using System.Diagnostics;
using DanVan.Features.People;
using DanVan.Infrastructure.Excel;

namespace DanVan.Bench;

/// <summary>
/// The largest list with an export: people in the many-units user's scope (GET /api/v1/people/export.xlsx), against a
/// raw SELECT of the same rows written with the same xlsx writer. Goal (QUALITY.md): constant memory ≤ 300 MB.
/// </summary>
internal static class ExportWorkload
{
    private const string Select = """
        SELECT p."FullName", p."Gender", p."BirthYear", p."Position", p."StaffCategory", u."Code", p."Ethnicity", p."IsPartyMember"
        FROM "People" p JOIN "Units" u ON u."Id" = p."UnitId"
        WHERE p."TenantId" = @t AND u."Path" LIKE @path
        ORDER BY p."FullNameFolded", p."Id"
        """;

    public static async Task<WorkloadResult> RunAsync(BenchContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        const string url = "api/v1/people/export.xlsx";
        var iterations = c.Options.Smoke ? 1 : 3;
        GC.Collect();
        var before = Environment.WorkingSet / (1024 * 1024);
        long bytes = 0;
        long peak;
        Figure app;
        using (var memory = new MemoryPeak())
        {
            app = await Measure.SequentialAsync(async () => bytes = await Http.GetAsync(c.ManyUnits, url), iterations);
            peak = memory.PeakMegabytes;
        }

        await using var connection = c.Host.OpenRaw();
        await using var command = BenchContext.Command(connection, Select, ("@t", c.Host.Id(c.TenantId)), ("@path", c.ManyUnitsPath + "%"));
        var rows = 0;
        var raw = await Measure.SequentialAsync(async () =>
        {
            await using var reader = await command.ExecuteReaderAsync();
            using var xlsx = XlsxWriter.Create(Stream.Null);
            using var sheet = xlsx.StartSheet(PeopleExcel.SheetName, PeopleExcel.Columns);
            rows = 0;
            while (await reader.ReadAsync())
            {
                sheet.WriteRow([reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetBoolean(7)]);
                rows++;
            }
        }, iterations);
        var queries = await QueryCount.CountAsync(c, () => Http.GetAsync(c.ManyUnits, url));
        var growth = peak - before;
        Debug.Assert(bytes > 0);
        return new WorkloadResult($"Xuất Excel danh sách cán bộ ({rows:N0} dòng)", "GET /" + url, "SELECT thuần + ghi xlsx cùng dòng", app, raw,
            Math.Round(app.P95 / Math.Max(raw.P95, 1e-6), 2), queries, queries <= 4, peak, "bộ nhớ tăng ≤ 300 MB (không tỉ lệ với số dòng); thời gian ≤ 2 × baseline (tham khảo)",
            growth <= 300, $"bộ nhớ tăng {growth} MB trong lúc xuất; tệp {bytes / 1024:N0} KB") { Sql = c.Queries.Commands };
    }
}
