using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// Creates a contest, as a draft, from its plan document (a document of the register the caller sees), organised by
/// a unit where the caller holds ManageContests, with the whole configuration checked at once (nothing saved on refusal).
/// </summary>
public static class CreateContest
{
    public static async Task<Result<ContestDto>> HandleAsync(AppDbContext db, CurrentUser user, ContestInput input, CancellationToken ct)
    {
        if (input.OrganisingUnitId is not { } organiser)
        {
            return ContestErrors.OrganiserRequired;
        }

        if (!await Scope.CanAsync(db, user, Permission.ManageContests, organiser, ct))
        {
            return await db.Units.AnyAsync(u => u.Id == organiser && u.TenantId == user.TenantId, ct) ? AppError.Forbidden : ContestErrors.UnitNotFound;
        }

        if ((ContestRules.Check(input) ?? await CheckReferencesAsync(db, user, input, ct)) is { } error)
        {
            return error;
        }

        if (!Contest.Create(user.TenantId, organiser, input, Actor.Of(user, db.Time)).TryGet(out var contest, out var refused))
        {
            return refused;
        }

        db.Contests.Add(contest);
        await db.SaveChangesAsync(ct);
        return (await GetContest.HandleAsync(db, user, contest.Id, ct)).Value!;
    }

    /// <summary>What the shape check cannot see: the plan in the caller's register, the eligible units and kinds in the tenant.</summary>
    public static async Task<AppError?> CheckReferencesAsync(AppDbContext db, CurrentUser user, ContestInput input, CancellationToken ct)
    {
        var planId = input.PlanDocumentId!.Value;
        if (!await DocumentAccess.Visible(db, user).AnyAsync(d => d.Id == planId, ct))
        {
            return ContestErrors.PlanNotFound;
        }

        return await UnitRules.CheckAsync(db, user.TenantId, input.Eligible!.Select(e => (e.UnitId, e.KindId)).ToList(), null, ct) switch
        {
            UnitRules.Reference.UnitNotFound => ContestErrors.UnitNotFound,
            UnitRules.Reference.KindNotFound => ContestErrors.KindNotFound,
            _ => null,
        };
    }
}
