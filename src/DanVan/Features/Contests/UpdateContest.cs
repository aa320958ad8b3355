using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>Replaces a draft contest's whole configuration (organiser only; the organising unit stays). An open contest's rules are fixed.</summary>
public static class UpdateContest
{
    public static async Task<Result<ContestDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, ContestInput input, int? version, CancellationToken ct)
    {
        if (!(await ContestAccess.Rule.LoadAsync(db, user, id, Permission.ManageContests, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        if (db.Expect(found, version) is { } stale)
        {
            return stale;
        }

        var contest = await db.Contests.AsSplitQuery().Include(c => c.Eligible).Include(c => c.Clusters).Include(c => c.Rounds).ThenInclude(r => r.Parts)
            .ThenInclude(p => p.Criteria).FirstAsync(c => c.Id == id, ct);
        if (contest.Status == ContestStatus.Draft && (ContestRules.Check(input) ?? await CreateContest.CheckReferencesAsync(db, user, input, ct)) is { } invalid)
        {
            return invalid;
        }

        if (contest.SetRules(input, Actor.Of(user, db.Time)) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return (await GetContest.HandleAsync(db, user, id, ct)).Value!;
    }
}
