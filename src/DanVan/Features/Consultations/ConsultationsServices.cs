using DanVan.Features.Accounts;

namespace DanVan.Features.Consultations;

public static class ConsultationsServices
{
    /// <summary>The page needs ViewAwards somewhere (every role holds it); who sees a dossier's consultations and who acts is checked by the handlers.</summary>
    public static IServiceCollection AddConsultations(this IServiceCollection services)
    {
        services.RequirePermissionForFolder(Permission.ViewAwards, "/Consultations");
        return services;
    }
}
