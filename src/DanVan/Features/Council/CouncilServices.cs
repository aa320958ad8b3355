using DanVan.Features.Accounts;

namespace DanVan.Features.Council;

public static class CouncilServices
{
    /// <summary>The pages need ViewAwards somewhere (every role holds it); which councils a caller sees — those they manage or sit on — is checked by the handlers.</summary>
    public static IServiceCollection AddCouncil(this IServiceCollection services) =>
        services.RequirePermissionForFolder(Permission.ViewAwards, "/Council");
}
