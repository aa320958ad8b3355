using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public sealed class MemberInput
{
    public Guid PersonId { get; set; }
    public MemberRole? Role { get; set; }
}

/// <summary>Who may be a team's member, stated once for registration and substitution.</summary>
public static class TeamMembers
{
    /// <summary>A position is allowed when it contains one of the contest's positions, ignoring accents and case ("Chủ tịch UBND xã" holds "Chủ tịch UBND").</summary>
    public static bool PositionAllowed(IReadOnlyList<string> allowed, string? position) =>
        allowed.Count == 0 || (position is not null && allowed.Any(a => VietnameseText.Fold(position).Contains(VietnameseText.Fold(a), StringComparison.Ordinal)));

    /// <summary>The chosen people, if each is of the unit (or a unit under it) and holds an allowed position; else the 400.</summary>
    public static async Task<Result<List<MemberChoice>>> ResolveAsync(AppDbContext db, Contest contest, Guid unitId, IReadOnlyList<(Guid PersonId, MemberRole Role)> chosen,
        CancellationToken ct)
    {
        var ids = chosen.Select(c => c.PersonId).ToList();
        var unitPath = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).FirstAsync(ct);
        var tenantId = contest.TenantId;
        var people = await db.People.AsNoTracking().Where(p => p.TenantId == tenantId && ids.Contains(p.Id) && p.Unit!.Path.StartsWith(unitPath))
            .Select(p => new { p.Id, p.FullName, p.Position }).ToListAsync(ct);
        if (people.Count < ids.Count || people.Any(p => !PositionAllowed(contest.Positions, p.Position)))
        {
            return ContestErrors.IneligibleMember;
        }

        return chosen.Select(c => people.First(p => p.Id == c.PersonId) is var p ? new MemberChoice(p.Id, p.FullName, p.Position, c.Role) : null!).ToList();
    }

    /// <summary>
    /// The 409 when one of the people is a current member of another (not returned) team of the contest. Callers check
    /// and save under <see cref="AppDbContext.LockContestTeamsAsync"/> (the rule spans teams, so no index can hold it).
    /// </summary>
    public static async Task<AppError?> CheckFreeAsync(AppDbContext db, Guid contestId, Guid? ownTeamId, IReadOnlyList<Guid> personIds, CancellationToken ct)
    {
        var taken = await db.ContestMembers.AsNoTracking()
            .Where(m => m.Active && personIds.Contains(m.PersonId))
            .Join(db.ContestTeams.Where(t => t.ContestId == contestId && t.Id != ownTeamId && t.State != TeamState.Returned), m => m.TeamId, t => t.Id,
                (m, t) => new { m.Name, Unit = db.Units.Where(u => u.Id == t.UnitId).Select(u => u.Name).First() })
            .FirstOrDefaultAsync(ct);
        return taken is null ? null : ContestErrors.InAnotherTeam(taken.Name, taken.Unit);
    }
}
