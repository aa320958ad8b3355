namespace DanVan.Tests.Infrastructure;

/// <summary>The database engines every data and API test runs on (HOUSE-STYLE 15).</summary>
public enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>Theory data for <c>[ProviderTheory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]</c>.</summary>
public static class Providers
{
    public static TheoryData<Provider> All => new() { Provider.Sqlite, Provider.Postgres };
}

/// <summary>Every test that starts a <see cref="TestApp"/> joins this collection (or "security") and shares one PostgreSQL cluster.</summary>
[CollectionDefinition("app")]
public sealed class AppCollection : ICollectionFixture<PostgresServer>;

/// <summary>
/// The security tests (<c>tests/DanVan.Tests/Security</c>, a third of the app tests' time, most of it the permission
/// table): the same kind of tests as "app", run beside it on a PostgreSQL cluster of their own so that the two cores
/// are both busy once the fault tests are done. The tests in one collection still run one at a time.
/// </summary>
[CollectionDefinition("security")]
public sealed class SecurityCollection : ICollectionFixture<PostgresServer>;

/// <summary>
/// The fault tests (<c>tests/DanVan.Tests/Faults</c>): they spend their time starting and killing the real server
/// process, so they run beside the "app" collection rather than after it, on a PostgreSQL cluster of their own.
/// </summary>
[CollectionDefinition("faults")]
public sealed class FaultsCollection : ICollectionFixture<PostgresServer>;

/// <summary>
/// The second half of the permission table (<c>PermissionTableSecondHalfTests</c>), about a quarter of the app tests'
/// time on its own: beside "security" (which runs the first half), on a cluster of its own, so that neither lane
/// is the last one running long after the others (CI time).
/// </summary>
[CollectionDefinition("permissions")]
public sealed class PermissionsCollection : ICollectionFixture<PostgresServer>;
