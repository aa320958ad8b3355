using DanVan.Features.Accounts;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Reports;

/// <summary>
/// A campaign's roll-up for the caller: the reporting rate (expected, received, on time, late, missing, pending — the
/// plan obligation rule, <see cref="PlanObligation.Classify"/>), every unit's state, and each numeric indicator's total over
/// accepted reports; each total drills down to the units that make it. The campaign's unit's managers see every unit; others
/// see the reports they may see.
/// </summary>
public static class GetRollUp
{
    private sealed record Row(Guid Id, Guid UnitId, string UnitName, string Path, ReportState State, DateOnly? FirstSubmittedOn, string? AcceptedByName,
        DateTime? AcceptedAt);

    public static async Task<Result<RollUpDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!(await LoadAsync(db, user, id, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        var (campaign, rows, canReview) = loaded;
        var form = await db.ReportForms.AsNoTracking().Include(f => f.Fields).FirstAsync(f => f.Id == campaign.FormId, ct);
        var accepted = rows.Where(r => r.State == ReportState.Accepted).Select(r => r.Id).ToList();
        var sums = await db.ReportValues.AsNoTracking().Where(v => accepted.Contains(v.SubmissionId) && v.Number != null)
            .GroupBy(v => v.Code).Select(g => new { Code = g.Key, Total = g.Sum(v => v.Number!.Value), Units = g.Count() }).ToListAsync(ct);
        var today = VnTime.Today(db.Time);
        var totals = form.Fields.Where(f => f.Kind == FieldKind.Number).OrderBy(f => f.Seq)
            .Select(f => sums.FirstOrDefault(s => s.Code == f.Code) is { } s
                ? new IndicatorTotal(f.Section, f.Code, f.Label, f.Unit, s.Total, s.Units)
                : new IndicatorTotal(f.Section, f.Code, f.Label, f.Unit, 0, 0)).ToList();
        var units = rows.Select(r =>
        {
            var status = ReportSubmission.Status(r.FirstSubmittedOn, campaign.DueOn, today);
            return new RollUpRow(r.Id, r.UnitId, r.UnitName, r.State, r.State.Label(), status, status.ReportLabel(), r.FirstSubmittedOn, r.AcceptedByName);
        }).ToList();
        return new RollUpDto(await DtoAsync(db, campaign, rows, canReview, ct), units, totals);
    }

    /// <summary>The units that make one indicator's total: value, state, who accepted; only accepted reports count.</summary>
    public static async Task<Result<DrillDownDto>> DrillDownAsync(AppDbContext db, CurrentUser user, Guid id, string code, CancellationToken ct)
    {
        if (!(await LoadAsync(db, user, id, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        var (campaign, rows, _) = loaded;
        var field = await db.ReportFields.AsNoTracking().FirstOrDefaultAsync(f => f.FormId == campaign.FormId && f.Code == code && f.Kind == FieldKind.Number, ct);
        if (field is null)
        {
            return ReportErrors.UnknownField(code);
        }

        // Only what was sent up: a report never submitted, or being corrected after a return, shows no figure here.
        var sent = rows.Where(r => ReportSubmission.IsSentUp(r.State)).Select(r => r.Id).ToList();
        var values = await db.ReportValues.AsNoTracking().Where(v => sent.Contains(v.SubmissionId) && v.Code == code)
            .ToDictionaryAsync(v => v.SubmissionId, v => v.Number, ct);
        var drill = rows.Select(r => new DrillRow(r.Id, r.UnitId, r.UnitName, values.GetValueOrDefault(r.Id), r.State, r.State.Label(),
            r.State == ReportState.Accepted && values.GetValueOrDefault(r.Id) is not null, r.AcceptedByName, r.AcceptedAt)).ToList();
        return new DrillDownDto(campaign.Id, field.Code, field.Label, field.Unit, drill.Where(d => d.Counted).Sum(d => d.Value!.Value), drill);
    }

    public static async Task<Result<CampaignDto>> CampaignAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!(await LoadAsync(db, user, id, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        return await DtoAsync(db, loaded.Campaign, loaded.Rows, loaded.CanReview, ct);
    }

    private static async Task<Result<(ReportCampaign Campaign, List<Row> Rows, bool CanReview)>> LoadAsync(AppDbContext db, CurrentUser user, Guid id,
        CancellationToken ct)
    {
        var campaign = await ReportAccess.VisibleCampaigns(db, user).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null)
        {
            return ReportErrors.CampaignNotFound;
        }

        var canReview = await ReportAccess.CanReviewAsync(db, user, campaign, ct);
        var submissions = canReview ? db.ReportSubmissions.Where(s => s.CampaignId == id) : ReportAccess.VisibleSubmissions(db, user).Where(s => s.CampaignId == id);
        var rows = await submissions.AsNoTracking().Join(db.Units, s => s.UnitId, u => u.Id,
                (s, u) => new Row(s.Id, s.UnitId, u.Name, u.Path, s.State, s.FirstSubmittedOn, s.AcceptedByName, s.AcceptedAt))
            .ToListAsync(ct);
        return (campaign, rows.OrderBy(r => r.Path, StringComparer.Ordinal).ToList(), canReview);
    }

    private static async Task<CampaignDto> DtoAsync(AppDbContext db, ReportCampaign c, List<Row> rows, bool canReview, CancellationToken ct)
    {
        var form = await db.ReportForms.AsNoTracking().Where(f => f.Id == c.FormId).Select(f => new { f.Name, f.Revision }).FirstAsync(ct);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == c.UnitId).Select(u => u.Name).FirstAsync(ct);
        return Dto(c, form.Name, form.Revision, unit, rows.Select(r => (r.State, r.FirstSubmittedOn)), canReview, VnTime.Today(db.Time));
    }

    /// <summary>A campaign with its reporting rate over the given reports (state, first submission day) — one rule for the list and the campaign page.</summary>
    public static CampaignDto Dto(ReportCampaign c, string formName, int formRevision, string unitName, IEnumerable<(ReportState State, DateOnly? FirstSubmittedOn)> reports,
        bool canReview, DateOnly today)
    {
        var rows = reports.ToList();
        var counts = StatusCounts.Of(rows.GroupBy(r => ReportSubmission.Status(r.FirstSubmittedOn, c.DueOn, today)).Select(g => (g.Key, g.Count())));
        return new CampaignDto(c.Id, c.Version, c.Name, c.Year, c.FormId, formName, formRevision, c.UnitId, unitName, c.LaunchedOn, c.DueOn, c.WorkingDays,
            c.DueProvisional, c.LaunchedByName, counts.Total, counts.Filed, counts.OnTime, counts.Late, counts.Missing, counts.Pending,
            rows.Count(r => r.State == ReportState.Accepted), canReview);
    }
}
