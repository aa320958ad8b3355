using DanVan.Features.Accounts;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Contests;

public static class ContestsServices
{
    /// <summary>The judge's page, and the part's desk where a round's chair corrects sheets after closing (its handler admits the chair, not every judge).</summary>
    private static readonly HashSet<string> SeatPages = ["/Contests/Judge", "/Contests/PaperSheets"];

    /// <summary>
    /// The pages need ViewMovements somewhere (who sees a contest and who acts is checked by the handlers) — except the
    /// judge's page and the part's desk, which also admit a judge seated in that contest (<see cref="JudgeSeatRequirement"/>:
    /// guest judges hold no role; the desk's handler then lets in only the organiser and the round's chair); the register page needs RegisterContestTeams, the edit page ManageContests; the rules page is anonymous.
    /// </summary>
    public static IServiceCollection AddContests(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, JudgeSeatHandler>();
        services.AddSingleton<PublicBoards>(); // the public boards computed once per change, however many watch
        services.AddAddressRateLimit(ContestQuizApi.RateLimit, ContestQuizApi.PerWindow, ContestQuizApi.Window);
        services.AddAuthorizationBuilder().AddPolicy(JudgeSeatRequirement.PolicyName, p => p
            .AddAuthenticationSchemes(AccountsServices.SmartScheme).RequireAuthenticatedUser().AddRequirements(new JudgeSeatRequirement()));
        return services.Configure<RazorPagesOptions>(o => o.Conventions.AddFolderApplicationModelConvention("/Contests", page =>
                page.EndpointMetadata.Add(new AuthorizeAttribute(SeatPages.Contains(page.ViewEnginePath)
                    ? JudgeSeatRequirement.PolicyName
                    : PermissionRequirement.PolicyName(Permission.ViewMovements)))))
            .RequirePermissionForPages(Permission.RegisterContestTeams, "/Contests/Register")
            .RequirePermissionForPages(Permission.ManageContests, "/Contests/Edit");
    }
}
