namespace DanVan.Bench;

/// <summary>
/// Detail page, a write action and the public list under concurrent load over loopback HTTP, each against the
/// hello-world endpoint of the same build measured with the same workers in the same run.
/// Goals (QUALITY.md): detail/action throughput ≥ 10 % of hello-world, p95 ≤ 100 ms read / ≤ 250 ms write; public ≥ 30 %.
/// </summary>
internal static class LoadWorkloads
{
    private static readonly string[] Given = ["An", "Bình", "Hương", "Lan", "Minh", "Thảo", "Tuấn", "Yến"];

    public static async Task<List<WorkloadResult>> RunAsync(BenchContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var (workers, seconds) = (c.Options.Workers, c.Options.Seconds);
        var hello = await Measure.ConcurrentAsync(_ => Http.GetAsync(c.Anonymous, BenchBaseline.Hello), workers, seconds);
        var results = new List<WorkloadResult>();

        string Detail(int i) => $"api/v1/models/{c.ModelIds[i % c.ModelIds.Count]}";
        using (var memory = new MemoryPeak())
        {
            var detail = await Measure.ConcurrentAsync(i => Http.GetAsync(c.ManyUnits, Detail(i)), workers, seconds);
            var (queries, _) = await QueryCount.PerRequestAsync(c, c.ManyUnits, Detail(0));
            var share = Math.Round(detail.Throughput / Math.Max(hello.Throughput, 1e-6), 3);
            results.Add(new WorkloadResult("Trang chi tiết mô hình (đọc, tải đồng thời)", "GET /api/v1/models/{id}", "hello-world", detail, hello, share,
                queries, true, memory.PeakMegabytes, "thông lượng ≥ 10 % hello-world; p95 ≤ 100 ms", share >= 0.10 && detail.P95 <= 100) { Sql = c.Queries.Commands });
        }

        object Person(int i) => new
        {
            fullName = $"Nguyễn Thị {Given[i % Given.Length]}",
            gender = "Female",
            birthYear = 1980 + (i % 20),
            position = "Chuyên viên",
            staffCategory = "CivilServant",
            unitId = c.CommuneIds[i % c.CommuneIds.Count],
        };
        using (var memory = new MemoryPeak())
        {
            var write = await Measure.ConcurrentAsync(i => Http.PostJsonAsync(c.ManyUnits, "api/v1/people", Person(i)), workers, seconds);
            var queries = await QueryCount.CountAsync(c, () => Http.PostJsonAsync(c.ManyUnits, "api/v1/people", Person(7)));
            var share = Math.Round(write.Throughput / Math.Max(hello.Throughput, 1e-6), 3);
            results.Add(new WorkloadResult("Thêm cán bộ (ghi, tải đồng thời)", "POST /api/v1/people", "hello-world", write, hello, share,
                queries, true, memory.PeakMegabytes, "thông lượng ≥ 10 % hello-world; p95 ≤ 250 ms", share >= 0.10 && write.P95 <= 250) { Sql = c.Queries.Commands });
        }

        using (var memory = new MemoryPeak())
        {
            const string url = "api/v1/public/models?limit=50";
            var pub = await Measure.ConcurrentAsync(_ => Http.GetAsync(c.Anonymous, url), workers, seconds);
            var (queries, fixedCount) = await QueryCount.PerRequestAsync(c, c.Anonymous, url, "api/v1/public/models?limit=5");
            var share = Math.Round(pub.Throughput / Math.Max(hello.Throughput, 1e-6), 3);
            results.Add(new WorkloadResult("Danh sách mô hình công khai (ẩn danh)", "GET /" + url, "hello-world", pub, hello, share,
                queries, fixedCount, memory.PeakMegabytes, "thông lượng ≥ 30 % hello-world", share >= 0.30) { Sql = c.Queries.Commands });
        }

        return results;
    }
}

/// <summary>The hello-world route of the bench host.</summary>
internal static class BenchBaseline
{
    public static readonly string Hello = BenchHost.HelloPath.TrimStart('/');
}
