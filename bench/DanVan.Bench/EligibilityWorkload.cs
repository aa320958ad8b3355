using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using DanVan.Features.Awards;
using DanVan.Features.Eligibility;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench;

/// <summary>
/// Eligibility (issue 14 §5), as the province's commendation officer: "who qualifies" (GET /api/v1/eligibility/qualifies)
/// for Lao động tiên tiến in one commune's subtree and one department, Chiến sĩ thi đua tỉnh in a department, Tập thể lao
/// động xuất sắc and Xã, phường tiêu biểu over the whole province's units; and the whole province's round — every person
/// evaluated for Lao động tiên tiến in-process through <see cref="Eligibility.EvaluateAsync"/>. Each against raw SQL of the
/// same checks (<see cref="EligibilitySql"/>) in the same run; before timing, the app and the raw SQL must give the same
/// counts (the API) or the same verdict for every person (the round). Goal like the ranking: p95 ≤ 1.5 × raw + 15 ms.
/// </summary>
internal static class EligibilityWorkload
{
    public const string Goal = "p95 ≤ 1.5 × raw + 15 ms; số truy vấn cố định theo khối 1.000 đối tượng";

    /// <summary>The achievement year and proposal date asked (the generated history ends at the dataset's last year).</summary>
    private static readonly int Year = DanVan.Features.Generate.GenerateDataset.Now.Year - 1;

    private static readonly DateOnly Date = new(Year + 1, 3, 15);

    private sealed record Setup(Dictionary<string, Guid> Kinds, string RootPath, Guid DepartmentId, string DepartmentPath, Guid DivisionId,
        string CommunePath, Guid VillageId, Guid RootId);

    public static async Task<IReadOnlyList<WorkloadResult>> RunAsync(BenchContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var s = await SetupAsync(c);
        var iterations = Math.Max(3, c.Options.Iterations / 4);
        await using var connection = c.Host.OpenRaw();
        var results = new List<WorkloadResult>
        {
            await ApiAsync(c, connection, s, "Ai đủ tiêu chuẩn: Lao động tiên tiến – một xã (cá nhân)", "lao-dong-tien-tien", c.OneUnitId, s.VillageId,
                EligibilitySql.Lđtt, s.CommunePath, iterations),
            await ApiAsync(c, connection, s, "Ai đủ tiêu chuẩn: Lao động tiên tiến – một sở (cá nhân)", "lao-dong-tien-tien", s.DepartmentId, s.DivisionId,
                EligibilitySql.Lđtt, s.DepartmentPath, iterations),
            await ApiAsync(c, connection, s, "Ai đủ tiêu chuẩn: Chiến sĩ thi đua tỉnh – một sở (cá nhân)", "chien-si-thi-dua-tinh", s.DepartmentId,
                s.DivisionId, EligibilitySql.Cstđ, s.DepartmentPath, iterations),
            await ApiAsync(c, connection, s, "Ai đủ tiêu chuẩn: Tập thể lao động xuất sắc – toàn tỉnh (tập thể)", "tap-the-lao-dong-xuat-sac", s.RootId,
                s.DepartmentId, EligibilitySql.Collective(notTwice: true), s.RootPath, iterations),
            await ApiAsync(c, connection, s, "Ai đủ tiêu chuẩn: Xã, phường tiêu biểu – toàn tỉnh (tập thể)", "xa-phuong-tieu-bieu", s.RootId,
                s.DepartmentId, EligibilitySql.Collective(notTwice: false), s.RootPath, iterations),
            await RoundAsync(c, connection, s),
        };
        return results;
    }

    private static async Task<Setup> SetupAsync(BenchContext c)
    {
        await using var scope = c.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var kinds = await db.AwardKinds.AsNoTracking().Where(k => k.TenantId == c.TenantId).ToDictionaryAsync(k => k.Code, k => k.Id);
        var root = await db.Units.AsNoTracking().Where(u => u.TenantId == c.TenantId && u.ParentId == null).Select(u => new { u.Id, u.Path }).SingleAsync();
        var department = await db.Units.AsNoTracking().Where(u => u.TenantId == c.TenantId && u.Code == "SNV").Select(u => new { u.Id, u.Path }).SingleAsync();
        var division = await db.Units.AsNoTracking().Where(u => u.ParentId == department.Id).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync();
        var commune = await db.Units.AsNoTracking().Where(u => u.Id == c.OneUnitId).Select(u => u.Path).SingleAsync();
        var village = await db.Units.AsNoTracking().Where(u => u.ParentId == c.OneUnitId).OrderByDescending(u => u.Code).Select(u => u.Id).FirstAsync();
        return new Setup(kinds, root.Path, department.Id, department.Path, division, commune, village, root.Id);
    }

    private static (string, object)[] Parameters(BenchContext c, Setup s, string code, string path) =>
    [
        ("@t", c.Host.Id(c.TenantId)), ("@prefix", path + "%"), ("@y", Year), ("@kind", c.Host.Id(s.Kinds[code])),
        ("@base", c.Host.Id(s.Kinds["chien-si-thi-dua-co-so"])), ("@first", Day(c, new DateOnly(Year, 1, 1))), ("@date", Day(c, Date)),
    ];

    private static object Day(BenchContext c, DateOnly day) =>
        c.Host.Provider == DatabaseProvider.Postgres ? day : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Url(Setup s, string code, Guid unitId) =>
        $"api/v1/eligibility/qualifies?awardKindId={s.Kinds[code]}&unitId={unitId}&year={Year}&date={Date:yyyy-MM-dd}";

    private static async Task<WorkloadResult> ApiAsync(BenchContext c, DbConnection connection, Setup s, string name, string code,
        Guid unitId, Guid smallerUnitId, string sql, string path, int iterations)
    {
        var perChunk = await PerChunkAsync(c, s, code);
        await using var command = BenchContext.Command(connection, sql, Parameters(c, s, code, path));
        var raw = await VerdictsAsync(command);
        var counts = (raw.Count, raw.Values.Count(v => v == "Pass"), raw.Values.Count(v => v == "Fail"), raw.Values.Count(v => v == "CannotTell"));
        var url = Url(s, code, unitId);
        using (var document = JsonDocument.Parse(await c.Officer.GetStringAsync(url)))
        {
            var n = document.RootElement.GetProperty("counts");
            var app = (n.GetProperty("total").GetInt32(), n.GetProperty("pass").GetInt32(), n.GetProperty("fail").GetInt32(), n.GetProperty("cannotTell").GetInt32());
            if (raw.Count == 0 || app != counts)
            {
                throw new InvalidOperationException($"{name}: ứng dụng đếm {app}, SQL thuần đếm {counts} (tổng, đạt, không đạt, chưa xác định): đường cơ sở không cùng phép kiểm tra.");
            }
        }

        using var memory = new MemoryPeak();
        var appFigure = await Measure.SequentialAsync(() => Http.GetAsync(c.Officer, url), iterations);
        var rawFigure = await Measure.SequentialAsync(() => RawSql.ReadAllAsync(command), iterations);
        var small = await QueryCount.CountAsync(c, () => Http.GetAsync(c.Officer, Url(s, code, smallerUnitId)));
        var smallCount = await CountInScopeAsync(c, s, code, smallerUnitId);
        var queries = await QueryCount.CountAsync(c, () => Http.GetAsync(c.Officer, url));
        var chunks = Chunks(raw.Count) - Chunks(smallCount);
        var isFixed = queries - small == chunks * perChunk;
        var ratio = Math.Round(appFigure.P95 / Math.Max(rawFigure.P95, 1e-6), 2);
        return new WorkloadResult($"{name}, {raw.Count:N0} đối tượng", "GET /" + url,
            "cùng các tiêu chuẩn bằng SQL thuần (một dòng kết quả cho mỗi đối tượng); đã kiểm tra cùng số đạt / không đạt / chưa xác định", appFigure, rawFigure,
            ratio, queries, isFixed, memory.PeakMegabytes, Goal, appFigure.P95 <= (1.5 * rawFigure.P95) + 15 && isFixed)
        {
            Note = $"đạt {counts.Item2:N0} · không đạt {counts.Item3:N0} · chưa xác định {counts.Item4:N0}; SQL/yêu cầu {queries} "
                + $"(phạm vi nhỏ {smallCount:N0} đối tượng: {small}; {perChunk} mỗi khối {Eligibility.ChunkSize:N0})",
            Sql = c.Queries.Commands,
        };
    }

    private static int Chunks(int n) => (n + Eligibility.ChunkSize - 1) / Eligibility.ChunkSize;

    /// <summary>How many nominees the smaller scope holds (for the query-count check).</summary>
    private static async Task<int> CountInScopeAsync(BenchContext c, Setup s, string code, Guid unitId)
    {
        using var document = JsonDocument.Parse(await c.Officer.GetStringAsync(Url(s, code, unitId)));
        return document.RootElement.GetProperty("counts").GetProperty("total").GetInt32();
    }

    private static async Task<Dictionary<Guid, string>> VerdictsAsync(DbCommand command)
    {
        var verdicts = new Dictionary<Guid, string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            verdicts[Guid.Parse(reader.GetValue(0).ToString()!)] = reader.GetString(1);
        }

        return verdicts;
    }

    /// <summary>SQL commands of one chunk of the engine for an award: a chunk of 1,000 nominees and one of 10 must cost the same.</summary>
    private static async Task<double> PerChunkAsync(BenchContext c, Setup s, string code)
    {
        var (kind, version, subject, ids) = await InputsAsync(c, s, code);
        var big = await QueryCount.CountAsync(c, () => EvaluateAsync(c, kind, version, subject, ids.Take(Eligibility.ChunkSize).ToList()));
        var small = await QueryCount.CountAsync(c, () => EvaluateAsync(c, kind, version, subject, ids.Take(10).ToList()));
        if (big != small)
        {
            throw new InvalidOperationException($"Số truy vấn của một khối không cố định: {big} cho {Eligibility.ChunkSize} đối tượng, {small} cho 10.");
        }

        return big - 1; // the award names are read once per evaluation
    }

    /// <summary>The award's version in force, its first subject, and every nominee of that subject in the tenant.</summary>
    private static async Task<(AwardKind Kind, AwardKindVersion Version, AwardSubject Subject, List<Guid> Ids)> InputsAsync(BenchContext c, Setup s, string code)
    {
        await using var scope = c.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var kind = await db.AwardKinds.AsNoTracking().Where(k => k.Id == s.Kinds[code]).WithVersions().SingleAsync();
        var subject = kind.Subjects.First();
        var ids = subject == AwardSubject.Individual
            ? await db.People.AsNoTracking().Where(p => p.TenantId == c.TenantId).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync()
            : await db.Units.AsNoTracking().Where(u => u.TenantId == c.TenantId && u.ParentId != null).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync();
        return (kind, kind.VersionOn(Date)!, subject, ids);
    }

    private static async Task<IReadOnlyList<ProofSheet>> EvaluateAsync(BenchContext c, AwardKind kind, AwardKindVersion version, AwardSubject subject,
        List<Guid> ids)
    {
        await using var scope = c.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await Eligibility.EvaluateAsync(db, kind, version, subject, ids, Year, Date, CancellationToken.None);
    }

    /// <summary>The whole province's round: every person for Lao động tiên tiến, in-process, against the same verdicts from one raw query.</summary>
    private static async Task<WorkloadResult> RoundAsync(BenchContext c, DbConnection connection, Setup s)
    {
        var perChunk = await PerChunkAsync(c, s, "lao-dong-tien-tien");
        var (kind, version, subject, ids) = await InputsAsync(c, s, "lao-dong-tien-tien");
        await using var command = BenchContext.Command(connection, EligibilitySql.Lđtt, Parameters(c, s, "lao-dong-tien-tien", s.RootPath));
        var raw = await VerdictsAsync(command);
        var sheets = await EvaluateAsync(c, kind, version, subject, ids);
        var mismatch = sheets.Count(sheet => !raw.TryGetValue(sheet.Nominee.Id, out var v) || v != sheet.Verdict.ToString());
        if (sheets.Count != raw.Count || mismatch > 0)
        {
            throw new InvalidOperationException($"Đợt xét toàn tỉnh: ứng dụng {sheets.Count:N0} bảng, SQL thuần {raw.Count:N0} dòng, {mismatch:N0} kết quả khác nhau.");
        }

        var counts = (Pass: sheets.Count(x => x.Verdict == Verdict.Pass), Fail: sheets.Count(x => x.Verdict == Verdict.Fail),
            CannotTell: sheets.Count(x => x.Verdict == Verdict.CannotTell));
        sheets = [];
        var iterations = c.Options.Smoke ? 2 : 3;
        GC.Collect();
        var before = Environment.WorkingSet;
        using var memory = new MemoryPeak();
        var app = await Measure.SequentialAsync(async () => _ = await EvaluateAsync(c, kind, version, subject, ids), iterations);
        var peak = memory.PeakMegabytes;
        var rawFigure = await Measure.SequentialAsync(() => RawSql.ReadAllAsync(command), iterations);
        var queries = await QueryCount.CountAsync(c, () => EvaluateAsync(c, kind, version, subject, ids));
        var chunks = Chunks(ids.Count);
        var isFixed = queries == 1 + (chunks * perChunk);
        var ratio = Math.Round(app.P95 / Math.Max(rawFigure.P95, 1e-6), 2);
        return new WorkloadResult($"Đợt xét toàn tỉnh: Lao động tiên tiến cho {ids.Count:N0} người (trong tiến trình)", "Eligibility.EvaluateAsync",
            "cùng kết quả của từng người bằng một truy vấn SQL thuần; đã kiểm tra từng người", app, rawFigure, ratio, queries, isFixed, peak, Goal,
            app.P95 <= (1.5 * rawFigure.P95) + 15 && isFixed)
        {
            Note = $"đạt {counts.Pass:N0} · không đạt {counts.Fail:N0} · chưa xác định {counts.CannotTell:N0}; {queries} lệnh SQL = 1 + {chunks} khối × {perChunk}; "
                + $"bộ nhớ tăng {(peak * 1024 * 1024 - before) / (1024 * 1024):N0} MB (đỉnh {peak:N0} MB)",
            Sql = c.Queries.Commands,
        };
    }
}
