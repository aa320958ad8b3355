using DanVan.Features.Accounts;
using DanVan.Features.Movements;
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
/// One year of the movement's series: participating units (in the viewer's scope), those with a model counting that
/// year and with one recognised for that year, the models registered (not drafts, not withdrawn) in that year's
/// movement, and the models recognised for that year (recognised or re-confirmed for it).
/// </summary>
public sealed record CoverageTrendRow(int Year, Guid MovementId, string MovementName, int Units, int WithModel, int WithRecognised, int Models,
    int RecognisedModels)
{
    public double Percent => Units == 0 ? 0 : Math.Round(100.0 * WithModel / Units, 1);
}

/// <summary>
/// <see cref="SubunitModelsCoverParent"/>: the province's setting (<see cref="ModelSettings"/>) the report was counted with —
/// whether a sub-unit's model covers its participating parent.
/// </summary>
public sealed record CoverageReport(Guid MovementId, string MovementName, int Year, CoverageCounts Totals, IReadOnlyList<CoverageCounts> ByKind,
    IReadOnlyList<CoverageRow> Units, IReadOnlyList<CoverageRow> UnitsWithoutModel, IReadOnlyList<FieldCount> ByFieldLevelStatus,
    IReadOnlyList<CoverageTrendRow> Trend, bool SubunitModelsCoverParent);

/// <summary>A model as coverage counts it for one year: recognised when recognised for that year, else its status.</summary>
public sealed class CoverageFact
{
    public Guid Id { get; init; }
    public Guid UnitId { get; init; }
    public ModelStatus Status { get; init; }
    public ModelField Field { get; init; }
    public ModelLevel Level { get; init; }
}

/// <summary>
/// "Which of our participating units have no model yet?" For every participating unit in the caller's scope, the models
/// that count for the movement's year (<see cref="DvkModel.CountingInCoverage"/>: in progress in this movement, or
/// recognised for this year — carried over from an earlier year of the series and re-confirmed) owned by the unit or,
/// when the province's setting says a sub-unit's model covers its parent (<see cref="ModelSettings"/>), by a unit of its
/// subtree — one grouped query joining the participating units to the models' units on the path prefix once and
/// summing per status, plus one grouped query for field × level × status over the same join (each model once). The
/// trend across years compares the same movement in other years (the launched or closed movements of the tenant with
/// the same launching unit and form that have models, at most <see cref="MaxTrendYears"/>, up to this one's year), each
/// year counted by the same rule.
/// </summary>
public static class GetCoverage
{
    public const int MaxTrendYears = 10;

    public static async Task<Result<CoverageReport>> HandleAsync(AppDbContext db, CurrentUser user, ModelSettings settings, Guid movementId, CancellationToken ct)
    {
        if (!(await MovementAccess.FindAsync(db, user, movementId, ct)).TryGet(out var movement, out var refused))
        {
            return refused;
        }

        var year = movement.Year;
        var units = db.Units.VisibleTo(db, user, Permission.ViewUnits);
        var series = await SeriesAsync(db, user, movement, ct);
        var seriesIds = series.Select(s => s.Id).ToList();
        var cover = settings.SubunitModelsCoverParent;
        // Units closed today are not listed (their open work and models passed to their successors, Units README).
        var participating = Participating(db, user, units.ActiveOn(VnTime.Today(db.Time)), movementId);
        var counting = Counting(db, user.TenantId, movementId, year, seriesIds);
        var counts = from u in participating
            from a in counting
            where cover ? a.Path.StartsWith(u.Path) : a.UnitId == u.Id
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
                from a in counting
                where cover ? a.Path.StartsWith(p.Path) : a.UnitId == p.Id
                select new { a.Id, a.Field, a.Level, a.Status }).Distinct()
            .GroupBy(a => new { a.Field, a.Level, a.Status })
            .Select(g => new FieldCount(g.Key.Field, g.Key.Level, g.Key.Status, g.Count())).ToListAsync(ct);

        var totals = Count("Tổng", rows);
        return new CoverageReport(movement.Id, movement.Name, year, totals,
            rows.GroupBy(r => r.KindName).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Count(g.Key, g)).ToList(),
            rows, rows.Where(r => r.Total == 0).ToList(), byField.OrderBy(f => f.Field).ThenBy(f => f.Level).ThenBy(f => f.Status).ToList(),
            await TrendAsync(db, user, movement, series, totals, units, cover, ct), cover);
    }

    private static CoverageCounts Count(string label, IEnumerable<CoverageRow> group)
    {
        var list = group.ToList();
        return new CoverageCounts(label, list.Count, list.Count(r => r.Total > 0), list.Count(r => r.Recognised > 0));
    }

    /// <summary>The movement's participating units (its plan obligations) in the caller's scope.</summary>
    private static IQueryable<Unit> Participating(AppDbContext db, CurrentUser user, IQueryable<Unit> units, Guid movementId) =>
        from o in db.PlanObligations.Where(o => o.MovementId == movementId && o.TenantId == user.TenantId)
        join u in units on o.UnitId equals u.Id
        select u;

    /// <summary>
    /// The models counting for the movement's year with their unit's path and their status as coverage reads it
    /// (<see cref="DvkModel.CoverageFacts"/>). DISTINCT changes no row (one per model) but makes SQLite build this set once
    /// instead of once per participating unit.
    /// </summary>
    private static IQueryable<CoverageFactWithPath> Counting(AppDbContext db, Guid tenantId, Guid movementId, int year, IReadOnlyCollection<Guid> series) =>
        (from a in db.DvkModels.Where(m => m.TenantId == tenantId).Where(DvkModel.CountingInCoverage(movementId, year, series)).Select(DvkModel.CoverageFacts(year))
            join x in db.Units on a.UnitId equals x.Id
            select new CoverageFactWithPath { Id = a.Id, UnitId = a.UnitId, Status = a.Status, Field = a.Field, Level = a.Level, Path = x.Path }).Distinct();

    private sealed class CoverageFactWithPath
    {
        public Guid Id { get; init; }
        public Guid UnitId { get; init; }
        public ModelStatus Status { get; init; }
        public ModelField Field { get; init; }
        public ModelLevel Level { get; init; }
        public string Path { get; init; } = "";
    }

    private sealed record SeriesItem(Guid Id, int Year, string Name);

    /// <summary>The same movement across years: launched or closed movements with the same launching unit and form that have models (this one included).</summary>
    private static async Task<List<SeriesItem>> SeriesAsync(AppDbContext db, CurrentUser user, Movement movement, CancellationToken ct) =>
        await MovementAccess.Visible(db, user)
            .Where(m => m.Id == movement.Id || (m.LaunchingUnitId == movement.LaunchingUnitId && m.Form == movement.Form && m.Year <= movement.Year
                && m.Status != MovementStatus.Draft && db.DvkModels.Any(x => x.MovementId == m.Id)))
            .OrderByDescending(m => m.Year).ThenByDescending(m => m.Id).Take(MaxTrendYears)
            .Select(m => new SeriesItem(m.Id, m.Year, m.Name)).ToListAsync(ct);

    /// <summary>
    /// The series oldest first: for this movement the report's totals; for each earlier one the same count (participating
    /// units, with a counting model, with one recognised for the year: one grouped query each); the models registered per
    /// movement (one grouped query) and the models recognised for each year (one grouped query over the recognition
    /// spans, read with <see cref="DvkModel.IsRecognisedFor(int?, int?, int)"/>). Models attached to no movement count in their year's movement.
    /// </summary>
    private static async Task<IReadOnlyList<CoverageTrendRow>> TrendAsync(AppDbContext db, CurrentUser user, Movement movement, List<SeriesItem> series,
        CoverageCounts totals, IQueryable<Unit> units, bool cover, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var ids = series.Select(s => s.Id).ToList();
        var years = series.Select(s => s.Year).Distinct().ToList();
        var models = db.DvkModels.Where(m => m.TenantId == tenantId && units.Any(u => u.Id == m.UnitId));
        var coverage = new Dictionary<Guid, CoverageCounts>();
        foreach (var s in series.Where(s => s.Id != movement.Id))
        {
            var participating = Participating(db, user, units, s.Id);
            var counting = Counting(db, tenantId, s.Id, s.Year, ids);
            var perUnit = from u in participating
                from a in counting
                where cover ? a.Path.StartsWith(u.Path) : a.UnitId == u.Id
                group a by u.Id into g
                select new { UnitId = g.Key, Recognised = g.Max(a => a.Status == ModelStatus.Recognised ? 1 : 0) };
            var found = await perUnit.ToListAsync(ct);
            coverage[s.Id] = new CoverageCounts(s.Name, await participating.CountAsync(ct), found.Count, found.Sum(f => f.Recognised));
        }

        var registered = await models.AsNoTracking()
            .Where(m => ((m.MovementId != null && ids.Contains(m.MovementId.Value)) || (m.MovementId == null && years.Contains(m.Year)))
                && DvkModel.RegisteredStatuses.Contains(m.Status))
            .GroupBy(m => new { m.MovementId, m.Year })
            .Select(g => new { g.Key.MovementId, g.Key.Year, Models = g.Count() })
            .ToListAsync(ct);
        var spans = await models.AsNoTracking()
            .Where(m => m.RecognisedYear != null && (m.MovementId == null || ids.Contains(m.MovementId.Value)))
            .GroupBy(m => new { m.RecognisedYear, m.ConfirmedYear })
            .Select(g => new { g.Key.RecognisedYear, g.Key.ConfirmedYear, Models = g.Count() })
            .ToListAsync(ct);

        return series.OrderBy(s => s.Year).ThenBy(s => s.Id).Select(s =>
        {
            var c = s.Id == movement.Id ? totals : coverage.GetValueOrDefault(s.Id);
            var mine = registered.Where(x => x.MovementId == s.Id || (x.MovementId == null && x.Year == s.Year)).Sum(x => x.Models);
            var recognised = spans.Where(x => DvkModel.IsRecognisedFor(x.RecognisedYear, x.ConfirmedYear, s.Year)).Sum(x => x.Models);
            return new CoverageTrendRow(s.Year, s.Id, s.Name, c?.Units ?? 0, c?.WithModel ?? 0, c?.WithRecognised ?? 0, mine, recognised);
        }).ToList();
    }
}
