using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Features.Units;

/// <summary>Section "Units" (env: DANVAN_UNITS__…).</summary>
public sealed class HandoverOptions
{
    public const string Section = "Units";

    /// <summary>How often due pending handovers are applied (ADR 0018), in minutes; also once at start-up. 0 turns the service off.</summary>
    public int HandoverIntervalMinutes { get; set; } = 60;
}

/// <summary>Applies the due pending handovers (<see cref="ApplyPendingHandovers"/>) at start-up and then every interval.</summary>
public sealed class PendingHandoverService(IServiceProvider services, IOptions<HandoverOptions> options, TimeProvider time,
    ILogger<PendingHandoverService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = options.Value.HandoverIntervalMinutes;
        if (minutes <= 0)
        {
            return;
        }

        await Task.Yield(); // start-up goes on; the first run happens beside it
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), time);
        try
        {
            do
            {
                await RunAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down; what is due is applied at the next start
        }
    }

    private async Task RunAsync(CancellationToken ct)
    {
        try
        {
            var outcome = await ApplyPendingHandovers.RunAsync(services, ct);
            if (outcome.Applied > 0 && logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Applied {Count} pending handovers", outcome.Applied);
            }

            foreach (var refused in outcome.Refused)
            {
                logger.LogWarning("Pending handover refused: {Reason}", refused);
            }
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or DbUpdateException)
        {
            // A database outage must not stop the app; the next run tries again.
            logger.LogWarning(e, "Pending handovers not applied");
        }
    }
}
