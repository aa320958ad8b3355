using DanVan.Infrastructure.Data;

namespace DanVan.Features.Accounts;

/// <summary>
/// The bound on administering rights (ADR 0002, amendment 2026-12-04): an administrator may grant, remove or disable
/// only what their own ManageUsers grants reach, each with a role at least as powerful as the one touched
/// (<see cref="RolePermissions.IsAtLeast"/>). So "include sub-units" needs the administrator's own grant to include the
/// sub-units of that unit or of an ancestor.
/// </summary>
internal static class GrantReach
{
    /// <summary>True when every grant in <paramref name="touched"/> lies within the caller's reach. One query.</summary>
    public static async Task<bool> CoversAsync(AppDbContext db, CurrentUser me, IReadOnlyList<Scope.Grant> touched, CancellationToken ct)
    {
        var mine = (await Scope.GrantsAsync(db, me, ct)).Giving(Permission.ManageUsers);
        return touched.All(t => mine.Where(m => RolePermissions.IsAtLeast(m.Role, t.Role)).ToList().Covers([t]));
    }
}
