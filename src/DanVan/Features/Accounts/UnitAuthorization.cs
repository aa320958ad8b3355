using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;

namespace DanVan.Features.Accounts;

/// <summary>The unit a resource belongs to; the resource passed to IAuthorizationService.</summary>
public sealed record UnitResource(Guid UnitId);

/// <summary>"Holds <see cref="Permission"/> on the resource's unit" (or anywhere, when there is no resource).</summary>
public sealed record PermissionRequirement(Permission Permission) : IAuthorizationRequirement
{
    public static string PolicyName(Permission p) => "perm:" + p;
}

public sealed class PermissionHandler(AppDbContext db) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var user = CurrentUser.From(context.User);
        if (user is null)
        {
            return;
        }

        var allowed = context.Resource is UnitResource unit
            ? await Scope.CanAsync(db, user, requirement.Permission, unit.UnitId, CancellationToken.None)
            : await Scope.HoldsAnywhereAsync(db, user, requirement.Permission, CancellationToken.None);
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }
}
