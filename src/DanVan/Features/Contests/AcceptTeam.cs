using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public sealed class AcceptTeamInput
{
    public Guid? ClusterId { get; set; }
    public string? CodeName { get; set; }
}

/// <summary>The organiser accepts a registered team, placing it in one of the contest's clusters (when it has some), optionally under a code name unique in the contest.</summary>
public static class AcceptTeam
{
    public static async Task<Result<TeamDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid teamId, AcceptTeamInput input, int? version, CancellationToken ct)
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

        // A team accepted after a round's results are out would appear in that round's official board and could be sent
        // on without having competed (RoundTeams computes who goes on from the accepted teams).
        if (await db.ContestRounds.AnyAsync(r => r.ContestId == contest.Id && (r.Board == BoardState.Revealing || r.Board == BoardState.Final), ct))
        {
            return ContestErrors.AcceptAfterResults;
        }

        var clusters = await db.ContestClusters.Where(c => c.ContestId == contest.Id).Select(c => c.Id).ToListAsync(ct);
        if (clusters.Count > 0 ? input.ClusterId is not { } cluster || !clusters.Contains(cluster) : input.ClusterId is not null)
        {
            return ContestErrors.ClusterRequired;
        }

        var codeName = string.IsNullOrWhiteSpace(input.CodeName) ? null : input.CodeName.Trim();
        if (codeName?.Length > ContestTeam.CodeNameMax)
        {
            return ContestErrors.CodeNameTooLong;
        }

        if (codeName is not null && await db.ContestTeams.AnyAsync(t => t.ContestId == contest.Id && t.Id != teamId && t.CodeName == codeName, ct))
        {
            return ContestErrors.CodeNameTaken;
        }

        if (team.Accept(input.ClusterId, codeName, Actor.Of(user, db.Time)) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return (await GetTeam.HandleAsync(db, user, teamId, ct)).Value!;
    }
}
