using System.Security.Claims;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Features.Accounts;

/// <summary>Adds tenant and display name; marks users whose role requires two-factor sign-in and who have not enabled it yet.</summary>
internal sealed class DanVanClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options, AppDbContext db, MfaPolicy mfa)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    public const string MfaSetupRequired = "danvan:mfa-setup";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DanVanClaims.TenantId, user.TenantId.ToString()));
        identity.AddClaim(new Claim(DanVanClaims.FullName, user.FullName));
        if (!user.TwoFactorEnabled && await mfa.IsRequiredAsync(db, user.Id))
        {
            identity.AddClaim(new Claim(MfaSetupRequired, "1"));
        }

        return identity;
    }

    /// <summary>Holds SystemAdmin or TenantAdmin (who must use MFA is <see cref="MfaPolicy"/>'s question).</summary>
    public static Task<bool> IsAdministratorAsync(AppDbContext db, Guid userId) =>
        db.RoleAssignments.AnyAsync(a => a.UserId == userId && (a.Role == Role.SystemAdmin || a.Role == Role.TenantAdmin));
}

/// <summary>A disabled account cannot sign in (SignInResult.NotAllowed).</summary>
public sealed class EnabledUserConfirmation : IUserConfirmation<AppUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(!user.IsDisabled);
}
