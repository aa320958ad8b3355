namespace DanVan.Bench.Tests;

/// <summary>
/// The benchmark harness must never rot: a smoke run (dataset XS, a few iterations, every workload) on each provider
/// must finish without a crash or an HTTP error. Timings and goals are printed, never asserted.
/// </summary>
public sealed class BenchSmokeTests
{
    [Fact]
    public async Task The_bench_runs_every_workload_on_SQLite() => (await SmokeAsync("sqlite")).ShouldBe(0);

    [PostgresFact]
    public async Task The_bench_runs_every_workload_on_PostgreSQL() => (await SmokeAsync("postgres")).ShouldBe(0);

    private static async Task<int> SmokeAsync(string provider)
    {
        var results = Directory.CreateTempSubdirectory("danvan-bench-smoke-").FullName;
        try
        {
            var options = BenchOptions.Parse(["--smoke", "--provider", provider, "--data", results, "--results", results])!;
            var code = await BenchRunner.RunAsync(options, TextWriter.Null);
            Directory.GetFiles(results, "*.json").ShouldHaveSingleItem();
            return code;
        }
        finally
        {
            Directory.Delete(results, recursive: true);
        }
    }
}

/// <summary>Skipped, with the reason, where the PostgreSQL 15 binaries are missing — unless CI=true, where it runs and fails.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!PgCluster.BinariesPresent && !ci)
        {
            Skip = $"PostgreSQL 15 không có trong {PgCluster.BinDirectory}: bỏ qua lượt chạy thử bench trên PostgreSQL (với CI=true thì bị tính là lỗi).";
        }
    }
}
