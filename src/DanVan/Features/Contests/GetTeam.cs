using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>A team, its members (current and substituted) and its history: seen by whoever sees the contest.</summary>
public static class GetTeam
{
    public static async Task<Result<TeamDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var team = await db.ContestTeams.AsNoTracking().Include(t => t.Members).Include(t => t.Events).FirstOrDefaultAsync(t => t.Id == id && t.TenantId == tenantId, ct);
        if (team is null || !(await ContestAccess.Rule.FindAsync(db, user, team.ContestId, ct)).TryGet(out var contest, out _))
        {
            return ContestErrors.TeamNotFound;
        }

        var clusters = await db.ContestClusters.AsNoTracking().Where(c => c.ContestId == contest.Id).OrderBy(c => c.Seq)
            .Select(c => new ClusterDto(c.Id, c.Seq, c.Name)).ToListAsync(ct);
        var unit = await db.Units.Where(u => u.Id == team.UnitId).Select(u => u.Name).FirstAsync(ct);
        return GetContest.Team(team, unit, clusters, await ContestAccess.CanManageAsync(db, user, contest, ct),
            await Scope.CanAsync(db, user, Permission.RegisterContestTeams, team.UnitId, ct));
    }
}
