using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// The judge's page and the part's desk only: "holds ViewMovements somewhere, or is seated as a judge of the contest in the route". A guest
/// judge's account has no role; being seated (a <see cref="ContestJudge"/> row for the account) is their permission,
/// as it is for the judge's API routes. Every other page of the folder keeps the ViewMovements policy (default deny).
/// </summary>
public sealed record JudgeSeatRequirement : IAuthorizationRequirement
{
    public const string PolicyName = "contest-judge-seat";
}

public sealed class JudgeSeatHandler(AppDbContext db) : AuthorizationHandler<JudgeSeatRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, JudgeSeatRequirement requirement)
    {
        if (CurrentUser.From(context.User) is not { } user)
        {
            return;
        }

        var http = context.Resource as HttpContext;
        var ct = http?.RequestAborted ?? CancellationToken.None;
        var (userId, tenantId) = (user.UserId, user.TenantId);
        var seated = Guid.TryParse(http?.GetRouteValue("id")?.ToString(), out var contestId) &&
                     await db.ContestJudges.AnyAsync(j => j.ContestId == contestId && j.UserId == userId && j.TenantId == tenantId, ct);
        if (seated || await Scope.HoldsAnywhereAsync(db, user, Permission.ViewMovements, ct))
        {
            context.Succeed(requirement);
        }
    }
}
