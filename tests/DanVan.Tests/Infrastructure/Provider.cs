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
