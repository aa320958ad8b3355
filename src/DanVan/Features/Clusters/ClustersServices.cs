using DanVan.Features.Accounts;

namespace DanVan.Features.Clusters;

public static class ClustersServices
{
    /// <summary>The clusters pages: reading needs ViewAssessments somewhere; changes are checked against the tenant's root in the handlers.</summary>
    public static IServiceCollection AddClusters(this IServiceCollection services) =>
        services.RequirePermissionForFolder(Permission.ViewAssessments, "/Clusters");
}
