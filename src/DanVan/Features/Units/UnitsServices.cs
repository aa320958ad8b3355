using DanVan.Features.Accounts;

namespace DanVan.Features.Units;

public static class UnitsServices
{
    /// <summary>
    /// The unit register: its pages that change the tree need ManageUnits somewhere (then the unit is checked); the
    /// handovers of reorganisations dated in the future are applied on their date (ADR 0018).
    /// </summary>
    public static IServiceCollection AddUnits(this IServiceCollection services)
    {
        services.AddOptions<HandoverOptions>().BindConfiguration(HandoverOptions.Section);
        services.AddHostedService<PendingHandoverService>();
        return services.RequirePermissionForPages(Permission.ManageUnits,
            "/Units/Edit", "/Units/Move", "/Units/Merge", "/Units/Dissolve", "/Units/Split", "/Units/TransferPart", "/Units/Import", "/Units/Kinds");
    }
}
