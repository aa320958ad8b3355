using DanVan.Features.Accounts;

namespace DanVan.Features.Decisions;

public static class DecisionsServices
{
    /// <summary>The pages need ViewAwards somewhere; which decisions a caller sees and may change is checked by the handlers.</summary>
    public static IServiceCollection AddDecisions(this IServiceCollection services) =>
        services.RequirePermissionForFolder(Permission.ViewAwards, "/Decisions");
}
