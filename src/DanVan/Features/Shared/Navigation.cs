using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Shared;

/// <summary>What the menu shows for the current user; one query per permission, once per request.</summary>
public sealed class Navigation(AppDbContext db, IHttpContextAccessor http)
{
    private Menu? menu;

    public sealed record Menu(bool IsSignedIn, string FullName, bool ManageUsers, bool ViewAudit, bool MfaSetupPending = false, bool ViewAwards = false,
        int Unread = 0);

    public async Task<Menu> GetAsync()
    {
        if (menu is not null)
        {
            return menu;
        }

        var principal = http.HttpContext?.User;
        var user = principal is null ? null : CurrentUser.From(principal);
        if (user is null)
        {
            return menu = new Menu(false, "", false, false);
        }

        var name = principal!.FindFirst(DanVanClaims.FullName)?.Value ?? user.UserName;
        return menu = new Menu(true, name,
            await Scope.HoldsAnywhereAsync(db, user, Permission.ManageUsers, CancellationToken.None),
            await Scope.HoldsAnywhereAsync(db, user, Permission.ViewAudit, CancellationToken.None),
            principal.HasClaim(c => c.Type == DanVanClaimsFactory.MfaSetupRequired),
            await Scope.HoldsAnywhereAsync(db, user, Permission.ViewAwards, CancellationToken.None),
            await Notifications.MyNotifications.UnreadAsync(db, user, CancellationToken.None));
    }
}
