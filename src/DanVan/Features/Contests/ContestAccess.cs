using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// An open contest is the province's public call: anyone holding ViewMovements in the tenant sees it (and anyone at
/// all reads its rules page). A draft is seen only by those holding ManageContests at the organising unit, who also
/// run it (rules, acceptance). Teams are registered by holders of RegisterContestTeams on an eligible unit.
/// </summary>
public static class ContestAccess
{
    public static readonly ObjectAccess<Contest> Rule = new("hội thi", Visible, db => db.Contests, id => c => c.Id == id, c => c.OrganisingUnitId);

    public static IQueryable<Contest> Visible(AppDbContext db, CurrentUser user)
    {
        var viewers = Scope.Granting(db, user, Permission.ViewMovements);
        var tenantId = user.TenantId;
        var managed = db.Units.VisibleTo(db, user, Permission.ManageContests).Select(u => u.Id);
        return db.Contests.Where(c => c.TenantId == tenantId && viewers.Any() && (c.Status != ContestStatus.Draft || managed.Contains(c.OrganisingUnitId)));
    }

    public static Task<bool> CanManageAsync(AppDbContext db, CurrentUser user, Contest contest, CancellationToken ct) =>
        Rule.CanAsync(db, user, contest, Permission.ManageContests, ct);

    /// <summary>The active units that may field a team (never the organiser itself).</summary>
    public static IQueryable<Unit> EligibleUnits(AppDbContext db, Contest contest) => EligibleUnits(db, contest.Id, contest.OrganisingUnitId, contest.TenantId);

    /// <summary>The same, from the contest's keys (a list of contests need not load each one).</summary>
    public static IQueryable<Unit> EligibleUnits(AppDbContext db, Guid contestId, Guid organiser, Guid tenantId)
    {
        var rules = db.ContestEligibleUnits.Where(e => e.ContestId == contestId)
            .Join(db.Units, e => e.UnitId, u => u.Id, (e, u) => new UnitRuleRow { UnitId = e.UnitId, IncludeDescendants = e.IncludeDescendants, KindId = e.KindId, Path = u.Path });
        return UnitRules.Matching(db, tenantId, organiser, rules, VnTime.Today(db.Time));
    }

    /// <summary>The eligible units the caller may register a team for.</summary>
    public static IQueryable<Unit> RegisterableUnits(AppDbContext db, CurrentUser user, Contest contest) =>
        RegisterableUnits(db, user, contest.Id, contest.OrganisingUnitId, contest.TenantId);

    public static IQueryable<Unit> RegisterableUnits(AppDbContext db, CurrentUser user, Guid contestId, Guid organiser, Guid tenantId)
    {
        var mine = db.Units.VisibleTo(db, user, Permission.RegisterContestTeams).Select(u => u.Id);
        return EligibleUnits(db, contestId, organiser, tenantId).Where(u => mine.Contains(u.Id));
    }

    /// <summary>A team for a change by the organiser: the contest's 404 when the caller does not see it, 403 without ManageContests.</summary>
    public static async Task<Result<(Contest Contest, ContestTeam Team)>> TeamToManageAsync(AppDbContext db, CurrentUser user, Guid teamId, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var team = await db.ContestTeams.Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == teamId && t.TenantId == tenantId, ct);
        if (team is null || !(await Rule.FindAsync(db, user, team.ContestId, ct)).TryGet(out var contest, out _))
        {
            return ContestErrors.TeamNotFound;
        }

        return await CanManageAsync(db, user, contest, ct) ? (contest, team) : AppError.Forbidden;
    }
}
