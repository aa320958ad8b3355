using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>The organiser sets (replaces) the prize structure and the text it comes from, until the results decision is issued.</summary>
public static class SetPrizes
{
    public static async Task<Result<ResultsDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, PrizesInput input, int? version, CancellationToken ct)
    {
        if (!(await JudgingAccess.ManagedAsync(db, user, contestId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var contest = await db.Contests.Include(c => c.Prizes).FirstAsync(c => c.Id == found.Id, ct);
        if (db.Expect(contest, version) is { } stale)
        {
            return stale;
        }

        if (contest.SetPrizes(input, Actor.Of(user, db.Time)) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return (await GetResults.HandleAsync(db, user, contestId, ct)).Value!;
    }
}
