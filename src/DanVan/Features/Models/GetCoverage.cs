using DanVan.Features.Accounts;
using DanVan.Features.Movements;
using DanVan.Features.Registrations;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
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
/// implementing, proposed or recognised — one grouped query joining the participating units to the models' units on the
/// path prefix once and summing per status, plus one grouped query for field × level × status over the same join (each
/// model once). Withdrawn, rejected and dropped models do not count. The trend across years compares the
/// same movement in other years: the launched or closed movements of the tenant with the same launching unit and form
/// that have models (at most <see cref="MaxTrendYears"/>, up to this movement's year) — one or two grouped queries.
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
        var units = db.Units.VisibleTo(db, user, Permission.ViewUnits);
        // Units closed today are not listed (their open work and models passed to their successors, Units README).
        var participating = from o in db.PlanObligations.Where(o => o.MovementId == movementId && o.TenantId == user.TenantId)
            join u in units.ActiveOn(VnTime.Today(db.Time)) on o.UnitId equals u.Id
            select u;

        // The movement's active models with their unit's path, joined once to the participating units whose subtree holds them.
        // DISTINCT changes no row (one per model) but makes SQLite build this set once instead of once per participating unit.
        var active = (from m in db.DvkModels
            where m.TenantId == user.TenantId && (m.MovementId == movementId || (m.MovementId == null && m.Year == year)) && Active.Contains(m.Status)
            join x in db.Units on m.UnitId equals x.Id
            select new { m.Id, m.Status, m.Field, m.Level, x.Path }).Distinct();
        var counts = from u in participating
            from a in active
            where a.Path.StartsWith(u.Path)
            group a by u.Id into g
            select new
            {
                UnitId = g.Key,
                Registered = g.Sum(a => a.Status == ModelStatus.Registered ? 1 : 0),
                Implementing = g.Sum(a => a.Status == ModelStatus.Implementing ? 1 : 0),
                Proposed = g.Sum(a => a.Status == ModelStatus.Proposed ? 1 : 0),
                Recognised = g.Sum(a => a.Status == ModelStatus.Recognised ? 1 : 0),
            };
        var rows = await (from u in participating.AsNoTracking()
                join c in counts on u.Id equals c.UnitId into found
                from c in found.DefaultIfEmpty()
                orderby u.Code
                select new CoverageRow(u.Id, u.Code, u.Name, u.Kind!.Name, (int?)c!.Registered ?? 0, (int?)c!.Implementing ?? 0,
                    (int?)c!.Proposed ?? 0, (int?)c!.Recognised ?? 0))
            .ToListAsync(ct);

        // A model under two participating units (one inside the other) counts once.
        var byField = await (from p in participating
                from a in active
                where a.Path.StartsWith(p.Path)
                select a).Distinct()
            .GroupBy(a => new { a.Field, a.Level, a.Status })
            .Select(g => new FieldCount(g.Key.Field, g.Key.Level, g.Key.Status, g.Count())).ToListAsync(ct);

        CoverageCounts Count(string label, IEnumerable<CoverageRow> group)
        {
            var list = group.ToList();
            return new CoverageCounts(label, list.Count, list.Count(r => r.Total > 0), list.Count(r => r.Recognised > 0));
        }

        var totals = Count("Tổng", rows);
        return new CoverageReport(movement.Id, movement.Name, year, totals,
            rows.GroupBy(r => r.KindName).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Count(g.Key, g)).ToList(),
            rows, rows.Where(r => r.Total == 0).ToList(), byField.OrderBy(f => f.Field).ThenBy(f => f.Level).ThenBy(f => f.Status).ToList(),
            await TrendAsync(db, user, movement, totals, units, ct));
    }

    /// <summary>
    /// The same movement across years, oldest first: per movement, the participating units in scope with an active and
    /// with a recognised model in their subtree — for this movement the report's totals, for the earlier ones one grouped
    /// query (the obligations joined to the models on the path prefix, grouped per unit then per movement; none when the
    /// series is this movement alone) — and the models registered and recognised (one grouped query over the models).
    /// Models attached to no movement count in their year's movement.
    /// </summary>
    private static async Task<IReadOnlyList<CoverageTrendRow>> TrendAsync(AppDbContext db, CurrentUser user, Movement movement, CoverageCounts totals,
        IQueryable<Unit> units, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var series = await MovementAccess.Visible(db, user)
            .Where(m => m.Id == movement.Id || (m.LaunchingUnitId == movement.LaunchingUnitId && m.Form == movement.Form && m.Year <= movement.Year
                && m.Status != MovementStatus.Draft && db.DvkModels.Any(x => x.MovementId == m.Id)))
            .OrderByDescending(m => m.Year).ThenByDescending(m => m.Id).Take(MaxTrendYears)
            .Select(m => new { m.Id, m.Year, m.Name }).ToListAsync(ct);
        var ids = series.Select(s => s.Id).ToList();
        var earlier = ids.Where(id => id != movement.Id).ToList(); // this movement's coverage is the report's totals
        var years = series.Select(s => s.Year).Distinct().ToList();
        var models = db.DvkModels.Where(m => m.TenantId == tenantId);

        // Per movement: its participating units in scope, and those whose subtree holds an active (a recognised) model —
        // the prefix join once, grouped per unit, then per movement.
        var active = (from m in models
            where Active.Contains(m.Status)
                && ((m.MovementId != null && earlier.Contains(m.MovementId.Value)) || (m.MovementId == null && years.Contains(m.Year)))
            join x in db.Units on m.UnitId equals x.Id
            select new { m.Id, m.MovementId, m.Year, m.Status, x.Path }).Distinct(); // one row per model; built once (see above)
        var obligations = from o in db.PlanObligations.Where(o => o.TenantId == tenantId && earlier.Contains(o.MovementId))
            join u in units on o.UnitId equals u.Id
            select new { o.MovementId, UnitId = u.Id, u.Path };
        var participating = obligations.GroupBy(o => o.MovementId).Select(g => new { MovementId = g.Key, Units = g.Count() });
        var covered = from o in obligations
            join mv in db.Movements on o.MovementId equals mv.Id
            from a in active
            where (a.MovementId == mv.Id || (a.MovementId == null && a.Year == mv.Year)) && a.Path.StartsWith(o.Path)
            group a by new { o.MovementId, o.UnitId } into g
            select new { g.Key.MovementId, Recognised = g.Max(a => a.Status == ModelStatus.Recognised ? 1 : 0) };
        var withModels = covered.GroupBy(c => c.MovementId)
            .Select(g => new { MovementId = g.Key, WithModel = g.Count(), WithRecognised = g.Sum(c => c.Recognised) });
        var coverage = earlier.Count == 0 ? [] : await (from p in participating
                join w in withModels on p.MovementId equals w.MovementId into found
                from w in found.DefaultIfEmpty()
                select new { p.MovementId, p.Units, WithModel = (int?)w!.WithModel ?? 0, WithRecognised = (int?)w!.WithRecognised ?? 0 })
            .ToDictionaryAsync(x => x.MovementId, ct);

        var counts = await models.AsNoTracking()
            .Where(m => ((m.MovementId != null && ids.Contains(m.MovementId.Value)) || (m.MovementId == null && years.Contains(m.Year)))
                && m.Status != ModelStatus.Draft && m.Status != ModelStatus.Withdrawn && units.Any(u => u.Id == m.UnitId))
            .GroupBy(m => new { m.MovementId, m.Year })
            .Select(g => new { g.Key.MovementId, g.Key.Year, Models = g.Count(), Recognised = g.Sum(m => m.RecognisedYear != null ? 1 : 0) })
            .ToListAsync(ct);

        return series.OrderBy(s => s.Year).ThenBy(s => s.Id).Select(s =>
        {
            var c = s.Id == movement.Id ? new { MovementId = s.Id, totals.Units, totals.WithModel, totals.WithRecognised } : coverage.GetValueOrDefault(s.Id);
            var mine = counts.Where(x => x.MovementId == s.Id || (x.MovementId == null && x.Year == s.Year)).ToList();
            return new CoverageTrendRow(s.Year, s.Id, s.Name, c?.Units ?? 0, c?.WithModel ?? 0, c?.WithRecognised ?? 0, mine.Sum(x => x.Models),
                mine.Sum(x => x.Recognised));
        }).ToList();
    }
}
