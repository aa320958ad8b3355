using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DanVan.Features.Demo;
using DanVan.Features.People;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Data.Bulk;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using ExcelDataReader;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DanVan.Bench;

/// <summary>
/// Excel import of N people (POST /api/v1/people/import, all or nothing) as the many-units user, against a raw parse of
/// the same bytes (ExcelDataReader, every cell to a string, no validation) plus a raw bulk insert of the same rows
/// (SQLite: one prepared INSERT in one transaction; PostgreSQL: binary COPY). Goal (QUALITY.md): ≤ 2 × baseline, peak
/// memory ≤ 300 MB, every bad row reported with its row number — checked with a second file of N rows, ~1 % bad.
/// Every imported row carries <see cref="Marker"/> in its position, and is deleted after each iteration.
/// </summary>
internal static class ImportWorkload
{
    /// <summary>Suffix of every generated position: the rows the bench deletes afterwards.</summary>
    public const string Marker = " [bench-import]";

    private const string Url = "api/v1/people/import";
    private const int WarmUpRows = 100;

    /// <summary>One in this many rows of the bad file is bad (1 %).</summary>
    private const int BadEvery = 100;

    private static readonly string[] Columns =
        ["Id", "TenantId", "UnitId", "FullName", "FullNameFolded", "Gender", "BirthYear", "Position", "StaffCategory", "Ethnicity", "IsPartyMember", "CreatedAt", "UpdatedAt", "Version"];

    private static int encodingsRegistered;

    public static async Task<IReadOnlyList<WorkloadResult>> RunAsync(BenchContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (Interlocked.Exchange(ref encodingsRegistered, 1) == 0)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        }

        var n = c.Options.ImportRows;
        var iterations = c.Options.Smoke ? 1 : 5;
        var units = await ManagedUnitsAsync(c);
        if (units.Count == 0)
        {
            throw new InvalidOperationException("Không có đơn vị xã/phường nào trong phạm vi của người dùng nhiều đơn vị để nhập cán bộ.");
        }

        await DeleteMarkedAsync(c); // leftovers of an interrupted run
        var people = Rows(n, units.Keys.ToArray(), c.Options.Seed);
        var file = Xlsx(people);
        var warmUp = Xlsx(people.Take(Math.Min(WarmUpRows, n)).ToList());
        var bad = BadRows(people);
        var badFile = Xlsx(bad.Rows);

        // App: one small import first (JIT, pools; its SQL count for comparison), then the measured ones.
        c.Queries.Reset();
        await ImportAsync(c, warmUp, Math.Min(WarmUpRows, n));
        var smallQueries = c.Queries.Count;
        await DeleteMarkedAsync(c);

        GC.Collect();
        var before = Environment.WorkingSet / (1024 * 1024);
        var millis = new List<double>(iterations);
        long peak;
        long queries = 0;
        IReadOnlyList<string> sql = [];
        using (var memory = new MemoryPeak())
        {
            for (var i = 0; i < iterations; i++)
            {
                c.Queries.Reset();
                var start = Stopwatch.GetTimestamp();
                await ImportAsync(c, file, n);
                millis.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                (queries, sql) = (c.Queries.Count, c.Queries.Commands.Select(Shorten).ToList());
                var deleted = await DeleteMarkedAsync(c);
                if (deleted != n)
                {
                    throw new InvalidOperationException($"Nhập {n} dòng nhưng xóa được {deleted} dòng có dấu “{Marker.Trim()}”.");
                }
            }

            peak = memory.PeakMegabytes;
        }

        var app = FigureOf(millis);
        var growth = peak - before;

        // The app's own reader on the same bytes, for where the time goes (not part of any figure).
        var readerStart = Stopwatch.GetTimestamp();
        var read = await XlsxReader.ReadAsync(new MemoryStream(file, writable: false), PeopleExcel.Columns, CancellationToken.None);
        var readerMs = Stopwatch.GetElapsedTime(readerStart).TotalMilliseconds;

        // Baseline: raw parse + raw bulk insert of the same bytes, timed together; the rows deleted after each.
        var (raw, parseMs, insertMs) = await BaselineAsync(c, file, warmUp, units, n, iterations);

        // Bad rows: every one reported with its Excel row number, and nothing saved.
        c.Queries.Reset();
        var badStart = Stopwatch.GetTimestamp();
        var reported = await ImportRejectedAsync(c, badFile);
        var badApp = FigureOf([Stopwatch.GetElapsedTime(badStart).TotalMilliseconds]);
        var badQueries = c.Queries.Count;
        var saved = await CountMarkedAsync(c);
        if (saved > 0)
        {
            await DeleteMarkedAsync(c);
        }

        var parseStart = Stopwatch.GetTimestamp();
        Parse(badFile);
        var badRaw = FigureOf([Stopwatch.GetElapsedTime(parseStart).TotalMilliseconds]);
        var missing = bad.Numbers.Except(reported).Count();
        var extra = reported.Except(bad.Numbers).Count();
        var exact = missing == 0 && extra == 0;

        var ratio = Math.Round(app.P95 / Math.Max(raw.P95, 1e-6), 2);
        var rowsText = n.ToString("N0", VietnameseText.Culture);
        var main = new WorkloadResult($"Nhập Excel cán bộ ({rowsText} dòng)", "POST /" + Url, "đọc xlsx thuần (ExcelDataReader) + chèn hàng loạt cùng dòng",
            app, raw, ratio, queries, smallQueries == queries ? null : false, peak,
            "≤ 2 × baseline; bộ nhớ đỉnh ≤ 300 MB (tăng trong lúc nhập); mọi dòng lỗi được báo kèm số dòng",
            ratio <= 2 && growth <= 300,
            string.Create(CultureInfo.InvariantCulture,
                $"bộ nhớ tăng {growth} MB trong lúc nhập; tệp {file.Length / 1024:N0} KB; {n / Math.Max(app.P50 / 1000, 1e-6):N0} dòng/s (p50); " +
                $"baseline p50: đọc {parseMs:F0} ms + chèn {insertMs:F0} ms; XlsxReader của app riêng: {readerMs:F0} ms" +
                $"{(read.Error is { } e ? $" (từ chối: {e.Message})" : "")}; SQL: {queries} lệnh cho {n} dòng, {smallQueries} cho {Math.Min(WarmUpRows, n)} dòng"))
        {
            Sql = sql,
        };
        var rejected = new WorkloadResult($"Nhập Excel có dòng lỗi ({rowsText} dòng, {bad.Numbers.Count} lỗi)", "POST /" + Url + " → 422",
            "đọc xlsx thuần (ExcelDataReader) cùng tệp", badApp, badRaw, Math.Round(badApp.P95 / Math.Max(badRaw.P95, 1e-6), 2), badQueries, null,
            peak, "mọi dòng lỗi được báo kèm số dòng; không ghi dòng nào", exact && saved == 0,
            $"{bad.Numbers.Count} dòng lỗi cài sẵn, báo {reported.Count} dòng; thiếu {missing}, thừa {extra}; đã ghi {saved} dòng");
        return [main, rejected];
    }

    /// <summary>Active communes and wards (and their offices and villages) in the many-units user's scope: code → id.</summary>
    private static async Task<Dictionary<string, Guid>> ManagedUnitsAsync(BenchContext c)
    {
        await using var connection = c.Host.OpenRaw();
        await using var command = BenchContext.Command(connection, """
            SELECT "Code", "Id" FROM "Units"
            WHERE "TenantId" = @t AND "Path" LIKE @path AND "ValidTo" IS NULL AND ("Code" LIKE 'XA%' OR "Code" LIKE 'PHUONG%')
            ORDER BY "Code"
            """, ("@t", c.Host.Id(c.TenantId)), ("@path", c.ManyUnitsPath + "%")); // no end date: the generated data closes nothing ahead
        await using var reader = await command.ExecuteReaderAsync();
        var units = new Dictionary<string, Guid>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            units[reader.GetString(0)] = reader.GetGuid(1);
        }

        return units;
    }

    /// <summary>N realistic rows in the template's column order (deterministic for a seed).</summary>
    private static List<object?[]> Rows(int n, string[] unitCodes, int seed)
    {
        var rng = new Random(seed + 5);
        var categories = Enum.GetValues<StaffCategory>();
        var rows = new List<object?[]>(n);
        for (var i = 0; i < n; i++)
        {
            var female = rng.Next(100) < 48;
            var pick = rng.Next(100);
            var family = DemoNames.Families.First(f => (pick -= f.Weight) < 0 || f == DemoNames.Families[^1]).Name;
            var (middle, given) = female ? (DemoNames.FemaleMiddle, DemoNames.FemaleGiven) : (DemoNames.MaleMiddle, DemoNames.MaleGiven);
            var party = rng.Next(100);
            rows.Add([
                $"{family} {middle[rng.Next(middle.Length)]} {given[rng.Next(given.Length)]}",
                female ? "Nữ" : "Nam",
                rng.Next(1966, 2003),
                DemoNames.Positions[rng.Next(DemoNames.Positions.Length)] + Marker,
                categories[rng.Next(categories.Length)].Label(),
                unitCodes[rng.Next(unitCodes.Length)],
                rng.Next(10) < 9 ? "Kinh" : DemoNames.Ethnicities[rng.Next(DemoNames.Ethnicities.Length)],
                party < 50 ? "Có" : party < 90 ? "Không" : null,
            ]);
        }

        return rows;
    }

    /// <summary>The same rows with 1 % made bad in three known ways; their Excel row numbers (header = row 1).</summary>
    private static (List<object?[]> Rows, HashSet<int> Numbers) BadRows(List<object?[]> good)
    {
        var rows = new List<object?[]>(good.Count);
        var numbers = new HashSet<int>();
        for (var i = 0; i < good.Count; i++)
        {
            var row = (object?[])good[i].Clone();
            if (i % BadEvery == BadEvery / 2)
            {
                switch (i / BadEvery % 3)
                {
                    case 0:
                        row[PeopleExcel.Sex] = "X";
                        break;
                    case 1:
                        row[PeopleExcel.BirthYear] = 2999;
                        break;
                    default:
                        row[PeopleExcel.UnitCode] = "KHONGCO";
                        break;
                }

                numbers.Add(i + 2);
            }

            rows.Add(row);
        }

        return (rows, numbers);
    }

    private static byte[] Xlsx(IReadOnlyList<object?[]> rows)
    {
        using var output = new MemoryStream();
        using (var xlsx = XlsxWriter.Create(output))
        using (var sheet = xlsx.StartSheet(PeopleExcel.SheetName, PeopleExcel.Columns))
        {
            foreach (var row in rows)
            {
                sheet.WriteRow(row);
            }
        }

        return output.ToArray();
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(BenchContext c, byte[] file)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(ExcelHttp.ContentType);
        form.Add(content, ExcelHttp.FormField, "nhap-can-bo.xlsx");
        using var response = await c.ManyUnits.PostAsync(Url, form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A good file: 200 and every row imported, or the harness (or the app) is broken.</summary>
    private static async Task ImportAsync(BenchContext c, byte[] file, int expected)
    {
        var (status, body) = await PostAsync(c, file);
        if (status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"POST /{Url} ({expected} dòng) → {(int)status}: {Shorten(body)}");
        }

        using var json = JsonDocument.Parse(body);
        var imported = json.RootElement.GetProperty("imported").GetInt32();
        if (imported != expected)
        {
            throw new InvalidOperationException($"POST /{Url}: nhập {imported} dòng, cần {expected}: {Shorten(body)}");
        }
    }

    /// <summary>A file with bad rows: 422 and the Excel row numbers it reports.</summary>
    private static async Task<HashSet<int>> ImportRejectedAsync(BenchContext c, byte[] file)
    {
        var (status, body) = await PostAsync(c, file);
        if (status != HttpStatusCode.UnprocessableEntity)
        {
            throw new InvalidOperationException($"POST /{Url} (tệp có dòng lỗi) → {(int)status}, cần 422: {Shorten(body)}");
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("row").GetInt32()).ToHashSet();
    }

    private static async Task<long> CountMarkedAsync(BenchContext c)
    {
        await using var connection = c.Host.OpenRaw();
        await using var command = BenchContext.Command(connection, """SELECT COUNT(*) FROM "People" WHERE "TenantId" = @t AND "Position" LIKE @m""",
            ("@t", c.Host.Id(c.TenantId)), ("@m", "%" + Marker));
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Plain DELETE: on SQLite the People delete trigger keeps the FTS tables in step. Audit rows stay (append-only).</summary>
    private static async Task<int> DeleteMarkedAsync(BenchContext c)
    {
        await using var connection = c.Host.OpenRaw();
        await using var command = BenchContext.Command(connection, """DELETE FROM "People" WHERE "TenantId" = @t AND "Position" LIKE @m""",
            ("@t", c.Host.Id(c.TenantId)), ("@m", "%" + Marker));
        command.CommandTimeout = 600;
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every cell of every data row as a string: no header mapping, no validation.</summary>
    private static List<string?[]> Parse(byte[] file)
    {
        using var stream = new MemoryStream(file, writable: false);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        var rows = new List<string?[]>();
        var header = true;
        while (reader.Read())
        {
            if (header)
            {
                header = false;
                continue;
            }

            var cells = new string?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
            }

            rows.Add(cells);
        }

        return rows;
    }

    private static async Task<(Figure Raw, double ParseMs, double InsertMs)> BaselineAsync(BenchContext c, byte[] file, byte[] warmUp,
        Dictionary<string, Guid> units, int n, int iterations)
    {
        BulkTable table;
        await using (var scope = c.Host.Services.CreateAsyncScope())
        {
            table = BulkTable.For(scope.ServiceProvider.GetRequiredService<AppDbContext>(), typeof(Person));
        }

        var source = table.Columns.Select(col => Array.IndexOf(Columns, col.Name)).ToArray();
        if (Array.IndexOf(source, -1) is var missing and >= 0)
        {
            throw new InvalidOperationException($"Cột People.{table.Columns[missing].Name} chưa có trong baseline nhập Excel của bench.");
        }

        await using var connection = c.Host.OpenRaw();
        if (connection is SqliteConnection)
        {
            // The app's own pragmas (SqlitePragmas): same durability for both sides; and the page cache the app's bulk
            // transaction uses (SqliteAppDbContext.TuneForBulkAsync), which any raw bulk loader would set too.
            await using var pragmas = BenchContext.Command(connection,
                "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA cache_size=-32768;");
            await pragmas.ExecuteNonQueryAsync();
        }

        var categories = Enum.GetValues<StaffCategory>().ToDictionary(s => s.Label(), s => s, StringComparer.Ordinal);
        var parses = new List<double>();
        var inserts = new List<double>();
        async Task<int> Once(byte[] bytes, bool record)
        {
            var start = Stopwatch.GetTimestamp();
            var rows = Parse(bytes);
            var parsed = Stopwatch.GetTimestamp();
            await InsertAsync(c, connection, table, source, rows, units, categories);
            if (record)
            {
                parses.Add(Stopwatch.GetElapsedTime(start, parsed).TotalMilliseconds);
                inserts.Add(Stopwatch.GetElapsedTime(parsed).TotalMilliseconds);
            }

            return rows.Count;
        }

        await Once(warmUp, record: false);
        await DeleteMarkedAsync(c);
        var millis = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var rows = await Once(file, record: true);
            millis.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            var deleted = await DeleteMarkedAsync(c);
            if (rows != n || deleted != n)
            {
                throw new InvalidOperationException($"Baseline: đọc {rows}, xóa {deleted} dòng, cần {n}.");
            }
        }

        return (FigureOf(millis), Median(parses), Median(inserts));
    }

    /// <summary>The parsed rows into "People" in one transaction: SQLite one prepared INSERT, PostgreSQL binary COPY.</summary>
    private static async Task InsertAsync(BenchContext c, DbConnection connection, BulkTable table, int[] source, List<string?[]> rows,
        Dictionary<string, Guid> units, Dictionary<string, StaffCategory> categories)
    {
        var now = DateTime.UtcNow;
        var clr = new object?[Columns.Length];
        var values = new object?[table.Columns.Count];
        void Fill(string?[] cells)
        {
            var name = cells[PeopleExcel.FullName]!;
            clr[0] = Guid.CreateVersion7();
            clr[1] = c.TenantId;
            clr[2] = units[cells[PeopleExcel.UnitCode]!];
            clr[3] = name;
            clr[4] = VietnameseText.Fold(name);
            clr[5] = cells[PeopleExcel.Sex] == "Nữ" ? Gender.Female : Gender.Male;
            clr[6] = cells[PeopleExcel.BirthYear] is { } year ? int.Parse(year, CultureInfo.InvariantCulture) : null;
            clr[7] = cells[PeopleExcel.Position];
            clr[8] = categories[cells[PeopleExcel.Category]!];
            clr[9] = cells[PeopleExcel.Ethnicity];
            clr[10] = cells[PeopleExcel.PartyMember] switch { "Có" => true, "Không" => false, _ => null };
            clr[11] = now;
            clr[12] = now;
            clr[13] = 0;
            for (var i = 0; i < values.Length; i++)
            {
                var value = clr[source[i]];
                values[i] = value is null ? null : table.Columns[i].Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
            }
        }

        var columns = string.Join(", ", table.Columns.Select(col => $"\"{col.Name}\""));
        if (connection is NpgsqlConnection pg)
        {
            await using var transaction = await pg.BeginTransactionAsync();
            var types = table.Columns.Select(col => col.Mapping.StoreTypeNameBase).ToArray();
            await using (var importer = await pg.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var cells in rows)
                {
                    Fill(cells);
                    await importer.StartRowAsync();
                    for (var i = 0; i < values.Length; i++)
                    {
                        if (values[i] is null)
                        {
                            await importer.WriteNullAsync();
                        }
                        else
                        {
                            await importer.WriteAsync(values[i], types[i]);
                        }
                    }
                }

                await importer.CompleteAsync();
            }

            await transaction.CommitAsync();
            return;
        }

        var sqlite = (SqliteConnection)connection;
        await using (var transaction = sqlite.BeginTransaction())
        {
            await using var command = sqlite.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table.Name}\" ({columns}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
            var parameters = table.Columns
                .Select((col, i) => (SqliteParameter)col.Mapping.CreateParameter(command, $"$p{i}", null, col.Property.IsNullable, ParameterDirection.Input))
                .ToArray();
            command.Parameters.AddRange(parameters);
            command.Prepare();
            foreach (var cells in rows)
            {
                Fill(cells);
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].Value = values[i] ?? DBNull.Value;
                }

                command.ExecuteNonQuery();
            }

            await transaction.CommitAsync();
        }
    }

    private static Figure FigureOf(List<double> millis) => Figure.From(millis, TimeSpan.FromMilliseconds(millis.Sum()));

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
