namespace DanVan.Infrastructure.Jobs;

/// <summary>The one hosted service that polls the jobs table (when <see cref="JobSettings.Enabled"/>); it stops with the host.</summary>
public sealed class JobWorker(JobRunner runner, JobSettings settings, ILogger<JobWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled)
        {
            return;
        }

        var poll = TimeSpan.FromSeconds(Math.Clamp(settings.PollSeconds, 0.05, 3600));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the database may be away for a while: log, wait, try again
            catch (Exception e)
#pragma warning restore CA1031
            {
                log.LogError(e, "The job worker could not read the queue; it tries again in {Poll}.", poll);
            }

            try
            {
                await Task.Delay(poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
