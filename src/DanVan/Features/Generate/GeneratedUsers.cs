namespace DanVan.Features.Generate;

/// <summary>The accounts every generated tenant has (the benchmark issues tokens for them by name).</summary>
public static class GeneratedUsers
{
    /// <summary>Tenant administrator on the root.</summary>
    public static string Admin(string tenantCode) => "qtv." + tenantCode.ToLowerInvariant();

    /// <summary>A unit officer of one commune only (the assignment does not include its sub-units).</summary>
    public static string OneUnit(string tenantCode) => "bench.motdv." + tenantCode.ToLowerInvariant();

    /// <summary>A unit officer of the provincial people's committee and everything under it (thousands of units).</summary>
    public static string ManyUnits(string tenantCode) => "bench.nhieudv." + tenantCode.ToLowerInvariant();

    /// <summary>The commendation officer (Sở Nội vụ) on the whole tenant: sees the movement's coverage.</summary>
    public static string Officer(string tenantCode) => "bench.tdkt." + tenantCode.ToLowerInvariant();

    /// <summary>The first (or only) tenant's code.</summary>
    public static string TenantCode(int index, int tenants) => tenants == 1 ? "SONGLAM" : $"T{index + 1:00}";
}
