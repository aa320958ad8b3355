using DanVan.Features.Accounts;

namespace DanVan.Features.Models;

public static class ModelsServices
{
    /// <summary>"Dân vận khéo" models: the indicators and settings, and the pages' permissions.</summary>
    public static IServiceCollection AddModels(this IServiceCollection services) =>
        services.AddSingleton<ModelIndicators>()
            .AddSingleton<ModelSettings>()
            .RequirePermissionForPages(Permission.ManageModels, "/Models/Edit")
            .RequirePermissionForPages(Permission.ReviewModels, "/Models/Recognition");
}
