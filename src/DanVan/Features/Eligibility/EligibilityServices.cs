using DanVan.Features.Accounts;

namespace DanVan.Features.Eligibility;

public static class EligibilityServices
{
    /// <summary>The pages need ViewAwards somewhere; each nominee and scope is checked by the handlers.</summary>
    public static IServiceCollection AddEligibility(this IServiceCollection services) =>
        services.RequirePermissionForFolder(Permission.ViewAwards, "/Eligibility");
}
