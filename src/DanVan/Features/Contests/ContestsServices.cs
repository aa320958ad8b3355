using DanVan.Features.Accounts;

namespace DanVan.Features.Contests;

public static class ContestsServices
{
    /// <summary>The pages need ViewMovements somewhere (who sees a contest and who acts is checked by the handlers); the rules page is anonymous.</summary>
    public static IServiceCollection AddContests(this IServiceCollection services) =>
        services.RequirePermissionForFolder(Permission.ViewMovements, "/Contests")
            .RequirePermissionForPages(Permission.RegisterContestTeams, "/Contests/Register");
}
