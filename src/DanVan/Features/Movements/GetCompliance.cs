using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Movements;

public sealed record StatusCounts(int Total, int OnTime, int Late, int Missing, int Pending, int NotRequired)
{
    public int Filed => OnTime + Late;
    public int Required => Total - NotRequired;
    public double FiledPercent => Required == 0 ? 0 : Math.Round(100.0 * Filed / Required, 1);
    public double OnTimePercent => Required == 0 ? 0 : Math.Round(100.0 * OnTime / Required, 1);

    public static StatusCounts Of(IEnumerable<(PlanStatus Status, int Count)> groups)
    {
        var list = groups.ToList();
        int Sum(PlanStatus s) => list.Where(g => g.Status == s).Sum(g => g.Count);
        return new StatusCounts(list.Sum(g => g.Count), Sum(PlanStatus.OnTime), Sum(PlanStatus.Late), Sum(PlanStatus.Missing),
            Sum(PlanStatus.Pending), Sum(PlanStatus.NotRequired));
    }
}

public sealed record ComplianceRow(Guid UnitId, string UnitCode, string UnitName, string KindName, int Depth, int Level, DateOnly DueOn,
    PlanStatus Status, DateOnly? FiledOn, Guid? PlanDocumentId, string? PlanNumber, int Version);

public sealed record GroupCounts(string Key, string Label, StatusCounts Counts);

public sealed record BranchCounts(Guid UnitId, string UnitName, bool HasChildren, StatusCounts Counts);

public sealed record TimelinePoint(DateOnly Date, int OnTime, int Late);

public sealed record ComplianceReport(Guid MovementId, string MovementName, DateOnly Today, DateOnly PlanDeadline, Guid RootUnitId,
    string RootUnitName, StatusCounts Totals, IReadOnlyList<GroupCounts> ByKind, IReadOnlyList<GroupCounts> ByLevel,
    IReadOnlyList<BranchCounts> Branches, IReadOnlyList<TimelinePoint> Timeline, Page<ComplianceRow> Units);

/// <summary>
/// The cascade seen from above: every participating unit the viewer may see, with its plan status, counted per
/// status, unit kind, tree level and branch (drill-down), and the cumulative filings over time. Every count is one
/// grouped SQL query over the obligations joined to the viewer's unit scope — never a loop over units.
/// </summary>
public static class GetCompliance
{
    public sealed record Query(PlanStatus? Status, Guid? KindId, Guid? UnderUnitId, string? Q, int? Limit, string? Cursor);

    public static async Task<Result<ComplianceReport>> HandleAsync(AppDbContext db, CurrentUser user, Guid movementId, Query query, CancellationToken ct)
    {
        if (!(await MovementAccess.FindAsync(db, user, movementId, ct)).TryGet(out var movement, out var refused))
        {
            return refused;
        }

        var cursor = Paging.Decode(query.Cursor);
        if (cursor.Error is not null)
        {
            return cursor.Error;
        }

        var rootId = query.UnderUnitId ?? movement.LaunchingUnitId;
        var root = await db.Units.AsNoTracking().Where(u => u.Id == rootId && u.TenantId == user.TenantId)
            .Select(u => new { u.Id, u.Name, u.Path }).FirstOrDefaultAsync(ct);
        if (root is null || (query.UnderUnitId is not null && !await Scope.CanAsync(db, user, Permission.ViewUnits, rootId, ct)))
        {
            return AppError.NotFound("đơn vị");
        }

        var today = VnTime.Today(db.Time);
        var visibleUnits = db.Units.VisibleTo(db, user, Permission.ViewUnits);
        var scoped = Current(db, db.PlanObligations.AsNoTracking().Where(o => o.MovementId == movementId && o.TenantId == user.TenantId), today)
            .Join(visibleUnits.Where(u => u.Path.StartsWith(root.Path)), o => o.UnitId, u => u.Id, (o, u) => new { o, u });

        var groups = await scoped
            .GroupBy(x => new
            {
                Waived = x.o.WaivedReason != null,
                Filed = x.o.FiledOn != null,
                InTime = x.o.FiledOn != null && x.o.FiledOn <= x.o.DueOn,
                Overdue = x.o.DueOn < today,
                x.u.KindId,
                x.u.Depth,
                Branch = x.u.Path.Substring(root.Path.Length, 33),
            })
            .Select(g => new { g.Key.Waived, g.Key.Filed, g.Key.InTime, g.Key.Overdue, g.Key.KindId, g.Key.Depth, g.Key.Branch, Count = g.Count() })
            .ToListAsync(ct);
        var classified = groups.Select(g => new
        {
            Status = PlanObligation.Classify(g.Waived, g.Filed, g.InTime, g.Overdue),
            g.KindId,
            g.Depth,
            g.Branch,
            g.Count,
        }).ToList();

        var kinds = await db.UnitKinds.AsNoTracking().Where(k => k.TenantId == user.TenantId).ToDictionaryAsync(k => k.Id, k => k.Name, ct);
        var byKind = classified.GroupBy(g => g.KindId)
            .Select(g => new GroupCounts(g.Key.ToString(), kinds.GetValueOrDefault(g.Key, "?"), StatusCounts.Of(g.Select(x => (x.Status, x.Count)))))
            .OrderBy(g => g.Label, StringComparer.Create(VietnameseText.Culture, false)).ToList();
        var byLevel = classified.GroupBy(g => g.Depth).OrderBy(g => g.Key)
            .Select(g => new GroupCounts(g.Key.ToString(VietnameseText.Culture), $"Cấp {g.Key}", StatusCounts.Of(g.Select(x => (x.Status, x.Count)))))
            .ToList();

        var branchIds = classified.Select(g => g.Branch).Where(b => b.Length == 33).Select(b => Guid.ParseExact(b[..32], "N")).Distinct().ToList();
        var branchUnits = await db.Units.AsNoTracking().Where(u => branchIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.Code, HasChildren = db.Units.Any(c => c.ParentId == u.Id) }).ToListAsync(ct);
        var branches = branchUnits.OrderBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => new BranchCounts(u.Id, u.Name, u.HasChildren,
                StatusCounts.Of(classified.Where(g => g.Branch == Unit.PathSegment(u.Id)).Select(x => (x.Status, x.Count)))))
            .ToList();

        var filings = await scoped.Where(x => x.o.FiledOn != null && x.o.WaivedReason == null)
            .GroupBy(x => new { x.o.FiledOn, InTime = x.o.FiledOn <= x.o.DueOn })
            .Select(g => new { g.Key.FiledOn, g.Key.InTime, Count = g.Count() }).ToListAsync(ct);
        var timeline = new List<TimelinePoint>();
        var (onTime, late) = (0, 0);
        foreach (var day in filings.GroupBy(f => f.FiledOn!.Value).OrderBy(g => g.Key))
        {
            onTime += day.Where(f => f.InTime).Sum(f => f.Count);
            late += day.Where(f => !f.InTime).Sum(f => f.Count);
            timeline.Add(new TimelinePoint(day.Key, onTime, late));
        }

        var rows = await RowsAsync(db, scoped.Select(x => x.o), visibleUnits, root.Path, query, cursor.Value, today, Paging.Clamp(query.Limit), ct);
        return new ComplianceReport(movement.Id, movement.Name, today, movement.PlanDeadline, root.Id, root.Name,
            StatusCounts.Of(classified.Select(x => (x.Status, x.Count))), byKind, byLevel, branches, timeline, rows);
    }

    /// <summary>Every row of the report (for the Excel file), with the same filters as the page.</summary>
    public static async Task<Result<(ComplianceReport Report, IReadOnlyList<ComplianceRow> Rows)>> AllRowsAsync(AppDbContext db, CurrentUser user,
        Guid movementId, Query query, CancellationToken ct)
    {
        var report = await HandleAsync(db, user, movementId, query with { Limit = 1, Cursor = null }, ct);
        if (report.Error is not null)
        {
            return report.Error;
        }

        var rootPath = await db.Units.Where(u => u.Id == report.Value!.RootUnitId).Select(u => u.Path).FirstAsync(ct);
        var obligations = Current(db, db.PlanObligations.AsNoTracking().Where(o => o.MovementId == movementId && o.TenantId == user.TenantId),
            report.Value!.Today);
        var rows = await RowsAsync(db, obligations, db.Units.VisibleTo(db, user, Permission.ViewUnits), rootPath, query, null,
            report.Value!.Today, MaxExportRows, ct);
        return (report.Value!, rows.Items);
    }

    public const int MaxExportRows = 100_000;

    /// <summary>
    /// The duties that still count: a closed unit's duty neither filed nor waived is left out (its open work passed to
    /// a successor, Units README), so a closed unit is never "missing" forever; filed and waived ones stay as history.
    /// </summary>
    private static IQueryable<PlanObligation> Current(AppDbContext db, IQueryable<PlanObligation> obligations, DateOnly today)
    {
        var closed = db.Units.ClosedOn(today).Select(u => u.Id);
        return obligations.Where(o => o.FiledOn != null || o.WaivedReason != null || !closed.Contains(o.UnitId));
    }

    private static async Task<Page<ComplianceRow>> RowsAsync(AppDbContext db, IQueryable<PlanObligation> obligations, IQueryable<Unit> units,
        string rootPath, Query query, (string SortKey, Guid Id)? after, DateOnly today, int limit, CancellationToken ct)
    {
        if (query.Status is { } status)
        {
            obligations = PlanObligation.WhereStatus(obligations, status, today);
        }

        var joined = obligations.Join(units.Where(u => u.Path.StartsWith(rootPath)), o => o.UnitId, u => u.Id, (o, u) => new { o, u });
        if (query.KindId is { } kindId)
        {
            joined = joined.Where(x => x.u.KindId == kindId);
        }

        var folded = VietnameseText.Fold(query.Q);
        if (folded.Length > 0)
        {
            var pattern = SearchPatterns.Contains(folded);
            joined = joined.Where(x => EF.Functions.Like(x.u.NameFolded, pattern, SearchPatterns.Escape));
        }

        if (after is { } a)
        {
            var (code, id) = (a.SortKey, a.Id);
            joined = joined.Where(x => string.Compare(x.u.Code, code) > 0 || (x.u.Code == code && x.u.Id.CompareTo(id) > 0));
        }

        var list = await joined.OrderBy(x => x.u.Code).ThenBy(x => x.u.Id).Take(limit + 1)
            .Select(x => new
            {
                x.o,
                x.u.Code,
                x.u.Name,
                Kind = x.u.Kind!.Name,
                x.u.Depth,
                Number = db.Documents.Where(d => d.Id == x.o.PlanDocumentId).Select(d => d.Number).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var items = list.Take(limit).Select(x => new ComplianceRow(x.o.UnitId, x.Code, x.Name, x.Kind, x.Depth, x.o.Level, x.o.DueOn,
            x.o.StatusOn(today), x.o.FiledOn, x.o.PlanDocumentId, x.Number, x.o.Version)).ToList();
        var next = list.Count > limit ? Paging.Encode(list[limit - 1].Code, list[limit - 1].o.UnitId) : null;
        return new Page<ComplianceRow>(items, next);
    }
}
