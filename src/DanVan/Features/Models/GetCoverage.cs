using DanVan.Features.Accounts;
using DanVan.Features.Movements;
using DanVan.Features.Registrations;
using DanVan.Features.Units;
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

/// <summary>
/// One year of the movement's series: participating units (in the viewer's scope), those with an active model and with
/// a recognised one, and the models registered (not drafts, not withdrawn) and recognised in that year's movement.
/// </summary>
public sealed record CoverageTrendRow(int Year, Guid MovementId, string MovementName, int Units, int WithModel, int WithRecognised, int Models,
    int RecognisedModels)
{
    public double Percent => Units == 0 ? 0 : Math.Round(100.0 * WithModel / Units, 1);
}

public sealed record CoverageReport(Guid MovementId, string MovementName, int Year, CoverageCounts Totals, IReadOnlyList<CoverageCounts> ByKind,
    IReadOnlyList<CoverageRow> Units, IReadOnlyList<CoverageRow> UnitsWithoutModel, IReadOnlyList<FieldCount> ByFieldLevelStatus,
    IReadOnlyList<CoverageTrendRow> Trend);

/// <summary>
/// "Which of our participating units have no model yet?" For every participating unit in the caller's scope, the
/// models of its subtree for this movement (or unattached models of the movement's year) that are registered,
/// implementing, proposed or recognised — one SQL query with correlated counts, plus one grouped query for
/// field × level × status. Withdrawn, rejected and dropped models do not count. The trend across years compares the
/// same movement in other years: the launched or closed movements of the tenant with the same launching unit and form
/// that have models (at most <see cref="MaxTrendYears"/>, up to this movement's year) — two grouped queries.
/// </summary>
public static class GetCoverage
{
    public const int MaxTrendYears = 10;

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
            rows, rows.Where(r => r.Total == 0).ToList(), byField.OrderBy(f => f.Field).ThenBy(f => f.Level).ThenBy(f => f.Status).ToList(),
            await TrendAsync(db, user, movement, units, ct));
    }

    /// <summary>
    /// The same movement across years, oldest first: per movement, the participating units in scope with an active and
    /// with a recognised model in their subtree (one grouped query over the obligations), and the models registered and
    /// recognised (one grouped query over the models). Models attached to no movement count in their year's movement.
    /// </summary>
    private static async Task<IReadOnlyList<CoverageTrendRow>> TrendAsync(AppDbContext db, CurrentUser user, Movement movement, IQueryable<Unit> units,
        CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var series = await MovementAccess.Visible(db, user)
            .Where(m => m.Id == movement.Id || (m.LaunchingUnitId == movement.LaunchingUnitId && m.Form == movement.Form && m.Year <= movement.Year
                && m.Status != MovementStatus.Draft && db.DvkModels.Any(x => x.MovementId == m.Id)))
            .OrderByDescending(m => m.Year).ThenByDescending(m => m.Id).Take(MaxTrendYears)
            .Select(m => new { m.Id, m.Year, m.Name }).ToListAsync(ct);
        var ids = series.Select(s => s.Id).ToList();
        var years = series.Select(s => s.Year).Distinct().ToList();
        var models = db.DvkModels.Where(m => m.TenantId == tenantId);

        var coverage = await (from o in db.PlanObligations.AsNoTracking().Where(o => o.TenantId == tenantId && ids.Contains(o.MovementId))
                join mv in db.Movements on o.MovementId equals mv.Id
                join u in units on o.UnitId equals u.Id
                select new
                {
                    o.MovementId,
                    HasModel = models.Any(m => (m.MovementId == mv.Id || (m.MovementId == null && m.Year == mv.Year)) && Active.Contains(m.Status)
                        && db.Units.Any(x => x.Id == m.UnitId && x.Path.StartsWith(u.Path))),
                    HasRecognised = models.Any(m => (m.MovementId == mv.Id || (m.MovementId == null && m.Year == mv.Year)) && m.Status == ModelStatus.Recognised
                        && db.Units.Any(x => x.Id == m.UnitId && x.Path.StartsWith(u.Path))),
                })
            .GroupBy(x => x.MovementId)
            .Select(g => new { MovementId = g.Key, Units = g.Count(), WithModel = g.Sum(x => x.HasModel ? 1 : 0), WithRecognised = g.Sum(x => x.HasRecognised ? 1 : 0) })
            .ToDictionaryAsync(x => x.MovementId, ct);

        var counts = await models.AsNoTracking()
            .Where(m => ((m.MovementId != null && ids.Contains(m.MovementId.Value)) || (m.MovementId == null && years.Contains(m.Year)))
                && m.Status != ModelStatus.Draft && m.Status != ModelStatus.Withdrawn && units.Any(u => u.Id == m.UnitId))
            .GroupBy(m => new { m.MovementId, m.Year })
            .Select(g => new { g.Key.MovementId, g.Key.Year, Models = g.Count(), Recognised = g.Sum(m => m.RecognisedYear != null ? 1 : 0) })
            .ToListAsync(ct);

        return series.OrderBy(s => s.Year).ThenBy(s => s.Id).Select(s =>
        {
            var c = coverage.GetValueOrDefault(s.Id);
            var mine = counts.Where(x => x.MovementId == s.Id || (x.MovementId == null && x.Year == s.Year)).ToList();
            return new CoverageTrendRow(s.Year, s.Id, s.Name, c?.Units ?? 0, c?.WithModel ?? 0, c?.WithRecognised ?? 0, mine.Sum(x => x.Models),
                mine.Sum(x => x.Recognised));
        }).ToList();
    }
}
