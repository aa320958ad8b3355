using DanVan.Features.Units;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Clusters;

/// <summary>One group with its members (leader and deputy marked; a member closed by the 2025 reorganisation shows its successor) and history.</summary>
public static class GetCluster
{
    public static async Task<Result<ClusterDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (await ClusterAccess.CheckViewAsync(db, user, ct) is { } refused)
        {
            return refused;
        }

        var tenantId = user.TenantId;
        var c = await db.EmulationClusters.AsNoTracking().Where(c => c.TenantId == tenantId && c.Id == id)
            .Select(c => new
            {
                c.Id, c.Year, c.Kind, c.Name, c.LeaderUnitId, c.DeputyUnitId, c.FoundingDocumentId, c.Version,
                Document = db.Documents.Where(d => d.Id == c.FoundingDocumentId).Select(d => d.Number + " — " + d.Title).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (c is null)
        {
            return await Access.NotVisibleAsync(db, db.EmulationClusters.Where(x => x.Id == id), "cụm, khối thi đua", ct);
        }

        var today = VnTime.Today(db.Time);
        var members = await db.ClusterMembers.AsNoTracking().Where(m => m.ClusterId == id)
            .Select(m => new { m.UnitId, m.Unit!.Code, m.Unit.Name, m.Unit.Path, m.Unit.ValidFrom, m.Unit.ValidTo })
            .ToListAsync(ct);
        var closed = members.Where(m => !Unit.IsActiveOn(m.ValidFrom, m.ValidTo, today)).Select(m => m.UnitId).ToList();
        var successors = await SuccessorNamesAsync(db, tenantId, closed, ct);
        var history = await db.ClusterEvents.AsNoTracking().Where(e => e.ClusterId == id).OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new { e.At, e.UserName, e.Action, Unit = db.Units.Where(u => u.Id == e.UnitId).Select(u => u.Name).FirstOrDefault(), e.Note })
            .ToListAsync(ct);
        return new ClusterDto(c.Id, c.Year, c.Kind, c.Kind.Label(), c.Name, c.LeaderUnitId, c.DeputyUnitId, c.FoundingDocumentId, c.Document,
            members.OrderByDescending(m => m.UnitId == c.LeaderUnitId).ThenByDescending(m => m.UnitId == c.DeputyUnitId).ThenBy(m => m.Path, StringComparer.Ordinal)
                .Select(m => new MemberDto(m.UnitId, m.Code, m.Name, m.UnitId == c.LeaderUnitId, m.UnitId == c.DeputyUnitId,
                    Unit.IsActiveOn(m.ValidFrom, m.ValidTo, today), successors.GetValueOrDefault(m.UnitId)))
                .ToList(),
            history.Select(e => new ClusterEventDto(e.At, e.UserName, e.Action.Label(), e.Unit, e.Note)).ToList(),
            c.Version, await ClusterAccess.MayManageAsync(db, user, ct));
    }

    /// <summary>
    /// For closed units: the names of the units that took them over wholly (merge, split, dissolution; not a transfer of
    /// part, after which the unit lives on), one step. A successor closed in turn is not followed further: the 2025
    /// reorganisation is one step, and the unit page's lineage shows longer chains.
    /// </summary>
    public static async Task<Dictionary<Guid, string>> SuccessorNamesAsync(AppDbContext db, Guid tenantId, IReadOnlyCollection<Guid> closed,
        CancellationToken ct)
    {
        if (closed.Count == 0)
        {
            return [];
        }

        var links = await db.UnitSuccessions.AsNoTracking()
            .Where(s => s.TenantId == tenantId && closed.Contains(s.PredecessorId) && s.Kind != SuccessionKind.Transfer)
            .Select(s => new { s.PredecessorId, Name = db.Units.Where(u => u.Id == s.SuccessorId).Select(u => u.Name).First() })
            .ToListAsync(ct);
        return links.GroupBy(l => l.PredecessorId).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(l => l.Name).Distinct()));
    }
}
