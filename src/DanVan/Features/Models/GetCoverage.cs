using DanVan.Features.Accounts;
using DanVan.Features.Movements;
using DanVan.Features.Registrations;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

public sealed record CoverageRow(Guid UnitId, string UnitCode, string UnitName, string KindName, int Registered, int Implementing, int Proposed,
    int Recognised)
{
    public int Total => Registered + Implementing + Proposed + Recognised;
}

public sealed record CoverageCounts(string Label, int Units, int WithModel, int WithRecognised)
{
    public double Percent => Units == 0 ? 0 : Math.Round(100.0 * WithModel / Units, 1);
}

public sealed record FieldCount(ModelField Field, ModelLevel Level, ModelStatus Status, int Count);

public sealed record CoverageReport(Guid MovementId, string MovementName, int Year, CoverageCounts Totals, IReadOnlyList<CoverageCounts> ByKind,
    IReadOnlyList<CoverageRow> Units, IReadOnlyList<CoverageRow> UnitsWithoutModel, IReadOnlyList<FieldCount> ByFieldLevelStatus);

/// <summary>
/// "Which of our participating units have no model yet?" For every participating unit in the caller's scope, the
/// models of its subtree for this movement (or unattached models of the movement's year) that are registered,
/// implementing, proposed or recognised — one SQL query with correlated counts, plus one grouped query for
/// field × level × status. Withdrawn, rejected and dropped models do not count.
/// </summary>
public static class GetCoverage
{
    private static readonly ModelStatus[] Active = [ModelStatus.Registered, ModelStatus.Implementing, ModelStatus.Proposed, ModelStatus.Recognised];

    public static async Task<Result<CoverageReport>> HandleAsync(AppDbContext db, CurrentUser user, Guid movementId, CancellationToken ct)
    {
        var movement = await MovementAccess.FindAsync(db, user, movementId, ct);
        if (movement is null)
        {
            return AppError.NotFound("phong trào");
        }

        var year = movement.Year;
        var models = db.DvkModels.Where(m => m.TenantId == user.TenantId && (m.MovementId == movementId || (m.MovementId == null && m.Year == year)));
        var units = db.Units.VisibleTo(db, user, Permission.ViewUnits);
        var rows = await (from o in db.PlanObligations.AsNoTracking().Where(o => o.MovementId == movementId && o.TenantId == user.TenantId)
                join u in units on o.UnitId equals u.Id
                orderby u.Code
                select new CoverageRow(u.Id, u.Code, u.Name, u.Kind!.Name,
                    models.Count(m => m.Status == ModelStatus.Registered && db.Units.Any(x => x.Id == m.UnitId && x.Path.StartsWith(u.Path))),
                    models.Count(m => m.Status == ModelStatus.Implementing && db.Units.Any(x => x.Id == m.UnitId && x.Path.StartsWith(u.Path))),
                    models.Count(m => m.Status == ModelStatus.Proposed && db.Units.Any(x => x.Id == m.UnitId && x.Path.StartsWith(u.Path))),
                    models.Count(m => m.Status == ModelStatus.Recognised && db.Units.Any(x => x.Id == m.UnitId && x.Path.StartsWith(u.Path)))))
            .ToListAsync(ct);

        var participating = units.Where(u => db.PlanObligations.Any(o => o.MovementId == movementId && o.UnitId == u.Id));
        var byField = await models.Where(m => Active.Contains(m.Status)
                && db.Units.Any(x => x.Id == m.UnitId && participating.Any(p => x.Path.StartsWith(p.Path))))
            .GroupBy(m => new { m.Field, m.Level, m.Status })
            .Select(g => new FieldCount(g.Key.Field, g.Key.Level, g.Key.Status, g.Count())).ToListAsync(ct);

        CoverageCounts Count(string label, IEnumerable<CoverageRow> group)
        {
            var list = group.ToList();
            return new CoverageCounts(label, list.Count, list.Count(r => r.Total > 0), list.Count(r => r.Recognised > 0));
        }

        return new CoverageReport(movement.Id, movement.Name, year, Count("Tổng", rows),
            rows.GroupBy(r => r.KindName).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Count(g.Key, g)).ToList(),
            rows, rows.Where(r => r.Total == 0).ToList(), byField.OrderBy(f => f.Field).ThenBy(f => f.Level).ThenBy(f => f.Status).ToList());
    }
}
