using DanVan.Features.Accounts;

namespace DanVan.Features.Movements;

public static class MovementsServices
{
    /// <summary>Movements and the plan cascade: the settings, the obligations on the home page's work list, and the pages' permissions.</summary>
    public static IServiceCollection AddMovements(this IServiceCollection services) =>
        services.AddSingleton<MovementSettings>()
            .RequirePermissionForPages(Permission.ManageMovements, "/Movements/Edit", "/Movements/Obligations")
            .RequirePermissionForPages(Permission.FilePlans, "/Movements/FilePlan");
}
