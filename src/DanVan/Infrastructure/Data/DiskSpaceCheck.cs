using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVan.Infrastructure.Data;

/// <summary>
/// Readiness fails when the data directory's file system has less free space than <c>Database:MinFreeMegabytes</c>:
/// writes would fail there (SQLite database and journal, uploaded files, audit checkpoints), so a load balancer or an
/// operator hears it before the users do.
/// </summary>
public sealed class DiskSpaceCheck(IConfiguration configuration, DatabaseOptions options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var directory = DataServices.DataDirectory(configuration);
        var free = new DriveInfo(Directory.Exists(directory) ? directory : Path.GetPathRoot(directory)!).AvailableFreeSpace / (1024 * 1024);
        var minimum = options.MinFreeMegabytes;
        return Task.FromResult(free < minimum
            ? HealthCheckResult.Unhealthy($"Thư mục dữ liệu còn {free} MB trống, dưới mức tối thiểu {minimum} MB.")
            : HealthCheckResult.Healthy($"Thư mục dữ liệu còn {free} MB trống."));
    }
}
