namespace DanVan.Bench;

/// <summary>One measured workload: the app's figure, the baseline's in the same run, and the goal from QUALITY.md.</summary>
internal sealed record WorkloadResult(string Workload, string Endpoint, string Baseline, Figure App, Figure Base, double Ratio,
    double? QueriesPerRequest, bool? QueriesFixed, long PeakWorkingSetMb, string Goal, bool Pass, string? Note = null)
{
    /// <summary>The SQL the app ran for one request of this workload (first 20 commands).</summary>
    public IReadOnlyList<string>? Sql { get; init; }

    /// <summary>Figures of the workload that the common columns cannot hold (e.g. the scoreboard's maximum delivery latency and missing deliveries).</summary>
    public object? Details { get; init; }
}
