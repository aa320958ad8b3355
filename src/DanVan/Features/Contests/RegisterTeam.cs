using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public sealed class RegisterTeamInput
{
    public Guid? UnitId { get; set; }
    public List<MemberInput>? Members { get; set; }
}

/// <summary>
/// An eligible unit's officer (RegisterContestTeams on the unit) registers its team before the deadline: people of the
/// unit holding an allowed position, one captain, the team size of the rules, reserves up to their maximum, nobody
/// already in another team. A returned team is registered again the same way, until the contest starts. All or nothing.
/// </summary>
public static class RegisterTeam
{
    public static async Task<Result<TeamDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, RegisterTeamInput input, CancellationToken ct)
    {
        if (!(await ContestAccess.Rule.FindAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        if (contest.Status != ContestStatus.Open)
        {
            return ContestErrors.NotOpen;
        }

        if (input.UnitId is not { } unitId)
        {
            return AppError.Required("UnitId", "đơn vị cử đội thi");
        }

        if (!await Scope.CanAsync(db, user, Permission.RegisterContestTeams, unitId, ct))
        {
            return await db.Units.AnyAsync(u => u.Id == unitId && u.TenantId == user.TenantId, ct) ? AppError.Forbidden : ContestErrors.UnitNotFound;
        }

        if (!await ContestAccess.EligibleUnits(db, contest).AnyAsync(u => u.Id == unitId, ct))
        {
            return ContestErrors.NotEligible;
        }

        // Read, checked and saved under the contest's team lock: two teams registered at once cannot both take the same
        // person (TeamMembers.CheckFreeAsync reads the other teams after the lock).
        await using var tx = await db.BeginWriteTransactionAsync(ct);
        await db.LockContestTeamsAsync(contestId, ct);
        var existing = await db.ContestTeams.Include(t => t.Members).FirstOrDefaultAsync(t => t.ContestId == contestId && t.UnitId == unitId, ct);
        if (existing is { State: not TeamState.Returned })
        {
            return ContestErrors.TeamExists;
        }

        var today = VnTime.Today(db.Time);
        if (!contest.RegistrationOpen(today, returnedTeam: existing is not null))
        {
            return existing is null ? ContestErrors.Late(contest.RegistrationDeadline) : ContestErrors.LateResubmission(contest.StartsOn);
        }

        if (!(await ChooseAsync(db, contest, unitId, existing?.Id, input.Members ?? [], ct)).TryGet(out var members, out var refused))
        {
            return refused;
        }

        var by = Actor.Of(user, db.Time);
        var team = existing ?? ContestTeam.Register(contest, unitId, members, today, by);
        if (existing is not null && existing.Resubmit(members, today, by) is { } notAgain)
        {
            return notAgain;
        }
        else if (existing is null)
        {
            db.ContestTeams.Add(team);
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await GetTeam.HandleAsync(db, user, team.Id, ct)).Value!;
    }

    /// <summary>The size, captain, reserves, eligibility and "one team per person" rules, in that order.</summary>
    public static async Task<Result<List<MemberChoice>>> ChooseAsync(AppDbContext db, Contest contest, Guid unitId, Guid? teamId, IReadOnlyList<MemberInput> members,
        CancellationToken ct)
    {
        if (members.Any(m => m.Role is null))
        {
            return AppError.Required("Members", "vai trò của từng thành viên (đội trưởng, thành viên, dự bị)");
        }

        if (members.Select(m => m.PersonId).Distinct().Count() < members.Count)
        {
            return ContestErrors.DuplicateMember;
        }

        var main = members.Count(m => m.Role != MemberRole.Reserve);
        var reserves = members.Count - main;
        if (main < contest.TeamMin || main > contest.TeamMax || reserves > contest.ReservesMax)
        {
            return ContestErrors.MemberCount(contest.TeamMin, contest.TeamMax, contest.ReservesMax);
        }

        if (members.Count(m => m.Role == MemberRole.Captain) != 1)
        {
            return ContestErrors.OneCaptain;
        }

        if (!(await TeamMembers.ResolveAsync(db, contest, unitId, [.. members.Select(m => (m.PersonId, m.Role!.Value))], ct)).TryGet(out var chosen, out var error))
        {
            return error;
        }

        return await TeamMembers.CheckFreeAsync(db, contest.Id, teamId, [.. chosen.Select(c => c.PersonId)], ct) is { } taken ? taken : chosen;
    }
}
