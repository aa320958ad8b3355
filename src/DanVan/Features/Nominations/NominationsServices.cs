using DanVan.Features.Accounts;

namespace DanVan.Features.Nominations;

public static class NominationsServices
{
    /// <summary>The pages need ViewAwards somewhere; what a caller may see and do on a round or dossier is checked by the handlers.</summary>
    public static IServiceCollection AddNominations(this IServiceCollection services) =>
        services.RequirePermissionForFolder(Permission.ViewAwards, "/Nominations");
}
