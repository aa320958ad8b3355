using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>Publishes the rules: the contest becomes visible to the province, its rules page public, and eligible units may register teams.</summary>
public static class OpenContest
{
    public static async Task<Result<ContestDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, int? version, CancellationToken ct)
    {
        if (!(await ContestAccess.Rule.LoadAsync(db, user, id, Permission.ManageContests, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        if (db.Expect(contest, version) is { } stale)
        {
            return stale;
        }

        if (contest.Open(Actor.Of(user, db.Time)) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return (await GetContest.HandleAsync(db, user, id, ct)).Value!;
    }
}
