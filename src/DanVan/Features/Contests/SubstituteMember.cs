using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

public sealed class SubstituteInput
{
    public Guid OutPersonId { get; set; }
    public Guid InPersonId { get; set; }
    public string? Reason { get; set; }
}

/// <summary>
/// After acceptance and until the contest ends, the organiser (on the unit's request) replaces a member by another
/// eligible person of the unit (same role), with a reason; the member who left stays listed, inactive, with who and when.
/// </summary>
public static class SubstituteMember
{
    public static async Task<Result<TeamDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid teamId, SubstituteInput input, int? version, CancellationToken ct)
    {
        if (!(await ContestAccess.TeamToManageAsync(db, user, teamId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var (contest, team) = found;
        if (db.Expect(team, version) is { } stale)
        {
            return stale;
        }

        if (VnTime.Today(db.Time) > contest.EndsOn)
        {
            return ContestErrors.ContestOver;
        }

        var role = team.Current.FirstOrDefault(m => m.PersonId == input.OutPersonId)?.Role ?? MemberRole.Member;
        if (!(await TeamMembers.ResolveAsync(db, contest, team.UnitId, [(input.InPersonId, role)], ct)).TryGet(out var incoming, out var ineligible))
        {
            return ineligible;
        }

        // Checked and saved under the contest's team lock: a registration naming the same person at once waits (TeamMembers.CheckFreeAsync).
        await using var tx = await db.BeginWriteTransactionAsync(ct);
        await db.LockContestTeamsAsync(contest.Id, ct);
        if (team.Current.All(m => m.PersonId != input.InPersonId) && await TeamMembers.CheckFreeAsync(db, contest.Id, team.Id, [input.InPersonId], ct) is { } taken)
        {
            return taken;
        }

        if (team.Substitute(input.OutPersonId, incoming[0], VietnameseText.Clean(input.Reason), Actor.Of(user, db.Time)) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await GetTeam.HandleAsync(db, user, teamId, ct)).Value!;
    }
}
