using DanVan.Features.Accounts;

namespace DanVan.Features.Awards;

public static class AwardsServices
{
    /// <summary>The catalogue pages need ViewAwards somewhere; changing it is checked by the handlers (ManageAwardCatalogue at the province's root).</summary>
    public static IServiceCollection AddAwards(this IServiceCollection services) =>
        services.RequirePermissionForFolder(Permission.ViewAwards, "/Awards");
}
