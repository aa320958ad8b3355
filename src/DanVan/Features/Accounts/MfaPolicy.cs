using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Features.Accounts;

/// <summary>Who must use two-factor sign-in: holders of a role in <c>Security:MfaRequiredRoles</c> (default: the administrators).</summary>
public sealed class MfaPolicy(IOptions<SecurityOptions> options)
{
    private readonly Role[] roles = [.. options.Value.MfaRoles()];

    public IReadOnlyList<Role> Roles => roles;

    public Task<bool> IsRequiredAsync(AppDbContext db, Guid userId, CancellationToken ct = default) =>
        roles.Length == 0 ? Task.FromResult(false) : db.RoleAssignments.AnyAsync(a => a.UserId == userId && roles.Contains(a.Role), ct);
}
