using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>The contests the caller sees, newest first, with their number of teams.</summary>
public static class ListContests
{
    public static async Task<IReadOnlyList<ContestListItem>> HandleAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var rows = await ContestAccess.Visible(db, user).AsNoTracking().OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name)
            .Select(c => new
            {
                c.Id, c.Name, c.Year, c.Status, Unit = db.Units.Where(u => u.Id == c.OrganisingUnitId).Select(u => u.Name).First(), c.StartsOn, c.EndsOn,
                c.RegistrationDeadline, Teams = db.ContestTeams.Count(t => t.ContestId == c.Id && t.State != TeamState.Returned),
            }).Take(200).ToListAsync(ct);
        return [.. rows.Select(r => new ContestListItem(r.Id, r.Name, r.Year, r.Status, r.Status.Label(), r.Unit, r.StartsOn, r.EndsOn, r.RegistrationDeadline, r.Teams))];
    }
}
