using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>
/// The lineage of a unit: every unit it took over, wholly or in part, directly or through earlier reorganisations
/// (predecessors recursively), each with the link's kind, date, share, basis and how many steps back it lies. Eligibility
/// (nominations) follows this: a successor proposes awards for the people of a dissolved or merged unit (Decree 152
/// Art. 33.4). The caller must see the unit; the predecessors are listed whatever the caller's scope, since a closed
/// unit's people and history belong to its successor now.
/// </summary>
public static class GetLineage
{
    public const int MaxSteps = 16;

    public sealed record Ancestor(Guid UnitId, string Code, string Name, Guid SuccessorId, SuccessionKind Kind, DateOnly EffectiveOn,
        int? SharePercent, string? Basis, string? Note, DateOnly? ValidFrom, DateOnly? ValidTo, int Steps);

    public sealed record Lineage(Guid UnitId, IReadOnlyList<Ancestor> Predecessors);

    public static async Task<Result<Lineage>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!await db.Units.VisibleTo(db, user, Permission.ViewUnits).AnyAsync(u => u.Id == id, ct))
        {
            return await Access.NotVisibleAsync(db, db.Units.Where(u => u.Id == id), "đơn vị", ct);
        }

        return new Lineage(id, await PredecessorsAsync(db, user.TenantId, id, ct));
    }

    /// <summary>
    /// Predecessors breadth-first, one query per step back (a lineage is a few steps deep: district → commune → merged
    /// commune); each unit once, at its nearest step.
    /// </summary>
    public static async Task<IReadOnlyList<Ancestor>> PredecessorsAsync(AppDbContext db, Guid tenantId, Guid id, CancellationToken ct)
    {
        var result = new List<Ancestor>();
        var seen = new HashSet<Guid> { id };
        var frontier = new List<Guid> { id };
        for (var step = 1; step <= MaxSteps && frontier.Count > 0; step++)
        {
            var current = frontier;
            var links = await db.UnitSuccessions.AsNoTracking().Where(s => s.TenantId == tenantId && current.Contains(s.SuccessorId))
                .Join(db.Units, s => s.PredecessorId, u => u.Id, (s, u) => new { s, u })
                .OrderBy(x => x.s.EffectiveOn).ThenBy(x => x.u.Code)
                .Select(x => new Ancestor(x.u.Id, x.u.Code, x.u.Name, x.s.SuccessorId, x.s.Kind, x.s.EffectiveOn, x.s.SharePercent, x.s.Basis,
                    x.s.Note, x.u.ValidFrom, x.u.ValidTo, step))
                .ToListAsync(ct);
            frontier = [];
            foreach (var link in links)
            {
                result.Add(link);
                if (seen.Add(link.UnitId))
                {
                    frontier.Add(link.UnitId);
                }
            }
        }

        return result;
    }
}
