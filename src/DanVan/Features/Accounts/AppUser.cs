using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Features.Accounts;

/// <summary>An account. Rights come only from <see cref="RoleAssignment"/>s, never from Identity roles.</summary>
public sealed class AppUser : IdentityUser<Guid>, ITenantOwned
{
    public const int FullNameMax = 150;
    public const int UserNameMax = 64;

    /// <summary>Password length, stated once: Identity's policy, every password field's validation and its message.</summary>
    public const int PasswordMin = 10;

    /// <summary>The longest password accepted (a bound on the hashing work a request can ask for).</summary>
    public const int PasswordMax = 200;

    /// <summary>The longest one-time code accepted as input (six digits, with room for spaces a user types).</summary>
    public const int TotpInputMax = 10;

    public Guid TenantId { get; set; }
    public string FullName { get; set; } = "";
    public bool IsDisabled { get; set; }
    public DateTime CreatedAt { get; set; }
}
