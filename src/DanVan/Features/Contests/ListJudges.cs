using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>The judges of every round of a contest, each with the teams they are recused from and why (automatic or declared).</summary>
public static class ListJudges
{
    public static async Task<Result<IReadOnlyList<JudgeDto>>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, CancellationToken ct)
    {
        if (!(await JudgingAccess.ManagedAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        return await OfAsync(db, contest, ct);
    }

    /// <summary>The list itself, for a caller whose access is already checked (the organiser above; a round's chair on the part's desk).</summary>
    public static async Task<List<JudgeDto>> OfAsync(AppDbContext db, Contest contest, CancellationToken ct)
    {
        var contestId = contest.Id;
        var judges = await db.ContestJudges.AsNoTracking().Where(j => j.ContestId == contestId).ToListAsync(ct);
        var rounds = await db.ContestRounds.AsNoTracking().Where(r => r.ContestId == contestId).ToDictionaryAsync(r => r.Id, ct);
        var teams = await JudgingAccess.TeamsAsync(db, contestId, ct);
        var units = await JudgingViews.UnitNamesAsync(db, teams, ct);
        var recused = await JudgingAccess.RecusalsAsync(db, contest.TenantId, judges, teams, ct);
        return judges.OrderBy(j => rounds[j.RoundId].Seq).ThenByDescending(j => j.IsChair).ThenBy(j => j.AddedAt)
            .Select(j => new JudgeDto(j.Id, j.RoundId, rounds[j.RoundId].Name, j.UserId, j.PersonId, j.Name, j.Organisation, j.IsGuest, j.IsChair, j.AddedAt,
                j.AddedByName, [.. teams.Where(t => recused.ContainsKey((j.Id, t.Id))).Select(t => new RecusalDto(t.Id, JudgingViews.TeamName(t, units, true), recused[(j.Id, t.Id)]))]))
            .ToList();
    }
}
