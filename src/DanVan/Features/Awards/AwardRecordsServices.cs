using DanVan.Features.Accounts;

namespace DanVan.Features.Awards;

public static class AwardRecordsServices
{
    /// <summary>The register page needs ViewAwards somewhere (the list is filtered in SQL), the import and withdrawal pages ManageAwardRecords somewhere.</summary>
    public static IServiceCollection AddAwardRecords(this IServiceCollection services) =>
        services.RequirePermissionForPages(Permission.ViewAwards, "/Awards/Register")
            .RequirePermissionForPages(Permission.ManageAwardRecords, "/Awards/RegisterImport", "/Awards/Withdraw");
}
