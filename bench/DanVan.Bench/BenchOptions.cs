using System.Globalization;
using DanVan.Features.Generate;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;

namespace DanVan.Bench;

/// <summary>
/// <c>--size XS|S|M|L --provider sqlite|postgres [--iterations N] [--seconds S] [--workers N] [--seed 42] [--smoke]
/// [--pg "connection string"] [--data DIR] [--results DIR] [--regenerate] [--only lists|coverage|ranking|eligibility|load|storm|export|import|board|TEXT]
/// [--import-rows N] [--viewers N] [--submits N]</c>;
/// <c>--only</c> runs just one workload group, or just the list/search workloads whose name contains TEXT
/// (diacritics and case ignored, e.g. <c>--only "can bo"</c>); everything when absent. <c>--import-rows</c>: rows of the
/// Excel import file (default 100,000; smoke 300). <c>--viewers</c>, <c>--submits</c>: the scoreboard's connected viewers and
/// the judges' sheets whose delivery is timed (default 300 and 80; smoke 20 and 12).
/// </summary>
internal sealed record BenchOptions(DatasetSize Size, DatabaseProvider Provider, int Iterations, double Seconds, int Workers, int Seed,
    bool Smoke, string? PostgresConnection, string DataDirectory, string ResultsDirectory, bool Regenerate, string? Only = null, int ImportRows = 100_000,
    int Viewers = 300, int Submits = 80)
{
    /// <summary>Whether the workload group <paramref name="group"/> runs under <c>--only</c>.</summary>
    public bool Runs(string group) => Only is null || string.Equals(group, Only, StringComparison.OrdinalIgnoreCase)
        || (group == "lists" && !IsGroup(Only));

    /// <summary>Whether the list/search workload named <paramref name="workload"/> runs under <c>--only</c>.</summary>
    public bool Selected(string workload) =>
        Only is null || IsGroup(Only) || VietnameseText.Fold(workload).Contains(VietnameseText.Fold(Only), StringComparison.Ordinal);

    private static bool IsGroup(string only) => only.ToLowerInvariant() is "lists" or "coverage" or "ranking" or "eligibility" or "load" or "storm" or "export" or "import" or "board";

    public static BenchOptions? Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        int Int(string name, int fallback) => int.TryParse(Value(name), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;

        var smoke = args.Contains("--smoke");
        var size = DatasetSize.Parse(Value("--size") ?? (smoke ? "XS" : "M"));
        DatabaseProvider? provider = (Value("--provider") ?? "sqlite").ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "pg" => DatabaseProvider.Postgres,
            _ => null,
        };
        if (size is null || provider is null)
        {
            return null;
        }

        var root = FindRepositoryRoot();
        return new BenchOptions(size, provider.Value, Int("--iterations", smoke ? 5 : 200),
            double.TryParse(Value("--seconds"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : smoke ? 0.5 : 10,
            Int("--workers", smoke ? 2 : 16), Int("--seed", 42), smoke, Value("--pg"),
            Value("--data") ?? (smoke ? Path.Combine(Path.GetTempPath(), "danvan-bench-smoke") : Path.Combine(root, "bench", "data")), Value("--results") ?? (smoke ? Path.Combine(Path.GetTempPath(), "danvan-bench-smoke") : Path.Combine(root, "bench", "results")),
            args.Contains("--regenerate"), Value("--only"), Math.Max(1, Int("--import-rows", smoke ? 300 : 100_000)),
            Math.Max(1, Int("--viewers", smoke ? 20 : 300)), Math.Max(1, Int("--submits", smoke ? 12 : 80)));
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DanVan.slnx")))
            {
                return dir.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
