using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Clusters;

/// <summary>
/// Copies a year's groups to a year that has none yet: same names, kinds, founding documents, members, leader and
/// deputy. A member closed since (a 2025 merger) is replaced by its successor when it was taken over wholly by one
/// unit; otherwise it is left out (the province picks). A leader or deputy not carried over is left empty.
/// All or nothing, in one save.
/// </summary>
public static class CopyClusters
{
    public sealed record Copied(int ToYear, int Clusters, int Members);

    public static async Task<Result<Copied>> HandleAsync(AppDbContext db, CurrentUser user, CopyInput input, CancellationToken ct)
    {
        if (await ClusterAccess.CheckManageAsync(db, user, ct) is { } refused)
        {
            return refused;
        }

        var (from, to) = (input.FromYear!.Value, input.ToYear!.Value);
        if (CreateCluster.CheckYear(db, to) is { } badYear)
        {
            return badYear;
        }

        var tenantId = user.TenantId;
        if (await db.EmulationClusters.AnyAsync(c => c.TenantId == tenantId && c.Year == to, ct))
        {
            return ClusterErrors.TargetNotEmpty;
        }

        var sources = await db.EmulationClusters.AsNoTracking().Include(c => c.Members).Where(c => c.TenantId == tenantId && c.Year == from)
            .OrderBy(c => c.Kind).ThenBy(c => c.Name).ToListAsync(ct);
        if (sources.Count == 0)
        {
            return ClusterErrors.NothingToCopy;
        }

        var replacement = await ReplacementsAsync(db, tenantId, sources.SelectMany(c => c.Members).Select(m => m.UnitId).Distinct().ToList(), ct);
        var by = Actor.Of(user, db.Time);
        var members = 0;
        var taken = new HashSet<(Guid Unit, ClusterKind Kind)>();
        foreach (var source in sources)
        {
            var copy = EmulationCluster.Create(tenantId, to, source.Kind, source.Name, source.FoundingDocumentId, by, source.Id);
            foreach (var unitId in source.Members.Select(m => replacement.GetValueOrDefault(m.UnitId)).OfType<Guid>())
            {
                if (taken.Add((unitId, source.Kind)) && copy.AddMember(unitId, by) is null)
                {
                    members++;
                }
            }

            Guid? Carried(Guid? id) => id is { } u && replacement.GetValueOrDefault(u) is { } r && copy.Members.Any(m => m.UnitId == r) ? r : null;
            var (leader, deputy) = (Carried(source.LeaderUnitId), Carried(source.DeputyUnitId));
            copy.SetLeaders(leader, deputy == leader ? null : deputy, null, by);
            db.EmulationClusters.Add(copy);
        }

        await db.SaveChangesAsync(ct);
        return new Copied(to, sources.Count, members);
    }

    /// <summary>Each unit → itself while active; a closed one → its single whole successor, if active; otherwise absent.</summary>
    private static async Task<Dictionary<Guid, Guid>> ReplacementsAsync(AppDbContext db, Guid tenantId, List<Guid> unitIds, CancellationToken ct)
    {
        var today = VnTime.Today(db.Time);
        var units = await db.Units.AsNoTracking().Where(u => u.TenantId == tenantId && unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.ValidFrom, u.ValidTo }).ToListAsync(ct);
        var result = units.Where(u => Unit.IsActiveOn(u.ValidFrom, u.ValidTo, today)).ToDictionary(u => u.Id, u => u.Id);
        var closed = units.Select(u => u.Id).Except(result.Keys).ToList();
        var links = await db.UnitSuccessions.AsNoTracking()
            .Where(s => s.TenantId == tenantId && closed.Contains(s.PredecessorId) && (s.Kind == SuccessionKind.Merge || s.Kind == SuccessionKind.Dissolve))
            .Select(s => new { s.PredecessorId, s.SuccessorId }).ToListAsync(ct);
        var successorIds = links.Select(l => l.SuccessorId).Distinct().ToList();
        var activeSuccessors = (await db.Units.AsNoTracking().Where(u => successorIds.Contains(u.Id)).Select(u => new { u.Id, u.ValidFrom, u.ValidTo })
            .ToListAsync(ct)).Where(u => Unit.IsActiveOn(u.ValidFrom, u.ValidTo, today)).Select(u => u.Id).ToHashSet();
        foreach (var group in links.GroupBy(l => l.PredecessorId).Where(g => g.Select(l => l.SuccessorId).Distinct().Count() == 1))
        {
            if (activeSuccessors.Contains(group.First().SuccessorId))
            {
                result[group.Key] = group.First().SuccessorId;
            }
        }

        return result;
    }
}
