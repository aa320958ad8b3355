using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DanVan.Bench;

/// <summary>The printed table and bench/results/&lt;yyyy-MM-dd&gt;-&lt;size&gt;-&lt;provider&gt;.json.</summary>
internal static class Report
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static void Print(IReadOnlyList<WorkloadResult> results, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"Khối lượng",-46} {"app p50",8} {"app p95",8} {"app p99",8} {"app rps",9} {"base p95",9} {"base rps",9} {"tỉ lệ",7} {"SQL/yc",7} {"MB",6}  Đạt"));
        foreach (var r in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Cut(r.Workload, 46),-46} {r.App.P50,8:F1} {r.App.P95,8:F1} {r.App.P99,8:F1} {r.App.Throughput,9:F0} {r.Base.P95,9:F1} {r.Base.Throughput,9:F0} {r.Ratio,7:F2} {r.QueriesPerRequest,7:F0} {r.PeakWorkingSetMb,6}  {(r.Pass ? "đạt" : "KHÔNG")}"));
        }

        output.WriteLine();
        foreach (var r in results.Where(r => r.Note is not null))
        {
            output.WriteLine($"· {r.Workload}: {r.Note}");
        }

        output.WriteLine();
    }

    public static string Write(BenchOptions options, object summary)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(options.ResultsDirectory);
        var name = $"{TimeProvider.System.GetUtcNow():yyyy-MM-dd}-{options.Size.Name}-{options.Provider.ToString().ToLowerInvariant()}{(options.Smoke ? "-smoke" : "")}.json";
        var path = Path.Combine(options.ResultsDirectory, name);
        File.WriteAllText(path, JsonSerializer.Serialize(summary, Json));
        return path;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
