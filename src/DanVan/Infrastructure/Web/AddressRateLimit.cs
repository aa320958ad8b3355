using System.Threading.RateLimiting;

namespace DanVan.Infrastructure.Web;

/// <summary>A named rate limit per client address: <c>permits</c> per <c>window</c>, then 429. The address is only the limiter's key in memory, never stored.</summary>
public static class AddressRateLimit
{
    public static IServiceCollection AddAddressRateLimit(this IServiceCollection services, string name, int permits, TimeSpan window) =>
        // A request without a peer address does not come over TCP (the in-process test server): nothing to key a limit on.
        services.AddRateLimiter(o => o.AddPolicy(name, ctx => ctx.Connection.RemoteIpAddress is { } address
            ? RateLimitPartition.GetFixedWindowLimiter(address.ToString(), _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("no-address")));
}
