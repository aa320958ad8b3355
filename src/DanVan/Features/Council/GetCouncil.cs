using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>A council: term, quorum, members in the order of their place in the council, sessions newest first.</summary>
public static class GetCouncil
{
    public static async Task<Result<CouncilDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!(await CouncilAccess.FindAsync(db, user, id, ct)).TryGet(out var council, out var error))
        {
            return error;
        }

        return await DtoAsync(db, user, council, ct);
    }

    public static async Task<CouncilDto> DtoAsync(AppDbContext db, CurrentUser user, Council council, CancellationToken ct)
    {
        var unitId = council.UnitId;
        var unitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).FirstAsync(ct);
        var councilId = council.Id;
        var sessions = await db.CouncilSessions.AsNoTracking().Where(s => s.CouncilId == councilId).OrderByDescending(s => s.Date).Take(100)
            .Select(s => new { s.Id, s.Date, s.Place, s.State }).ToListAsync(ct);
        return new CouncilDto(council.Id, council.UnitId, unitName, council.Name, council.TermFrom, council.TermTo, council.QuorumPercent,
            CouncilLabels.QuorumRule(council), council.Version, await CouncilAccess.MayManageAsync(db, user, council, ct),
            council.Members.OrderBy(m => m.Role).ThenBy(m => m.Name, StringComparer.Ordinal)
                .Select(m => new MemberDto(m.Id, m.PersonId, m.Name, m.UnitName, m.Role, m.Role.Label(), m.UserId is not null)).ToList(),
            sessions.Select(s => new SessionSummary(s.Id, s.Date, s.Place, s.State, s.State.Label())).ToList());
    }
}
