using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

public sealed class ReasonInput
{
    public string? Reason { get; set; }
}

/// <summary>The organiser returns a registered team with a reason, shown on the team; the unit registers it again.</summary>
public static class ReturnTeam
{
    public static async Task<Result<TeamDto>> HandleAsync(AppDbContext db, Features.Accounts.CurrentUser user, Guid teamId, ReasonInput input, int? version,
        CancellationToken ct)
    {
        if (!(await ContestAccess.TeamToManageAsync(db, user, teamId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var team = found.Team;
        if (db.Expect(team, version) is { } stale)
        {
            return stale;
        }

        if (team.Return(Infrastructure.Text.VietnameseText.Clean(input.Reason), Actor.Of(user, db.Time)) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return (await GetTeam.HandleAsync(db, user, teamId, ct)).Value!;
    }
}
