namespace DanVan.Tests.Infrastructure;

/// <summary>A clock the test moves by hand; registered as the app's TimeProvider (cookies, security stamps, audit).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
