using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Features.Accounts;

/// <summary>An account. Rights come only from <see cref="RoleAssignment"/>s, never from Identity roles.</summary>
public sealed class AppUser : IdentityUser<Guid>, ITenantOwned
{
    public const int FullNameMax = 150;
    public const int UserNameMax = 64;

    public Guid TenantId { get; set; }
    public string FullName { get; set; } = "";
    public bool IsDisabled { get; set; }
    public DateTime CreatedAt { get; set; }
}
