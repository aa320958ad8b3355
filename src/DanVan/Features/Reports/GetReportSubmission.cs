using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Reports;

/// <summary>
/// A unit's report as the form lays it out: each line with its value — or, while the report is being filled and the line
/// has no value yet, the figure DanVan computes — the correction's reason, the return's reason and what changed since.
/// While the unit is filling it, only those who may fill it see the draft; others see it as last sent up.
/// </summary>
public static class GetReportSubmission
{
    public static async Task<Result<SubmissionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!(await LoadAsync(db, user, id, tracked: false, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        return await DtoAsync(db, user, loaded, ct);
    }

    public sealed record Loaded(ReportSubmission Submission, ReportCampaign Campaign, ReportForm Form);

    public static async Task<Result<Loaded>> LoadAsync(AppDbContext db, CurrentUser user, Guid id, bool tracked, CancellationToken ct)
    {
        if (!(await ReportAccess.Submission.FindAsync(db, user, id, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var submissions = tracked ? db.ReportSubmissions : db.ReportSubmissions.AsNoTracking();
        var submission = await submissions.Include(s => s.Values).Include(s => s.History).FirstAsync(s => s.Id == found.Id, ct);
        var campaign = await db.ReportCampaigns.AsNoTracking().FirstAsync(c => c.Id == submission.CampaignId, ct);
        var form = await db.ReportForms.AsNoTracking().Include(f => f.Fields).FirstAsync(f => f.Id == campaign.FormId, ct);
        return new Loaded(submission, campaign, form);
    }

    public static async Task<SubmissionDto> DtoAsync(AppDbContext db, CurrentUser user, Loaded loaded, CancellationToken ct)
    {
        var (s, c, form) = loaded;
        var today = VnTime.Today(db.Time);
        var fields = form.Fields.OrderBy(f => f.Seq).ToList();
        var canFill = s.IsEditable && await ReportAccess.CanFillAsync(db, user, s, c, ct);

        // A draft is the unit's own: others see a report as it was last sent up — nothing while it was never submitted, the
        // values at the return while the unit corrects it — never the figures being typed nor the computed pre-fills.
        var draftHidden = s.IsEditable && !canFill;
        var computed = s.IsEditable && !draftHidden ? await ComputedIndicators.ForAsync(db, fields, s.UnitId, c.Year, ct) : new Dictionary<string, long>();
        var names = await db.Units.AsNoTracking().Where(u => u.Id == s.UnitId || u.Id == c.UnitId).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var lines = fields.Select(f =>
        {
            var v = s.Values.FirstOrDefault(x => x.Code == f.Code);
            if (draftHidden)
            {
                return new ReportLineDto(f.Section, f.Code, f.Label, f.Kind, f.Unit, f.Required, f.Parts, v?.WasReturned == true ? v.ReturnedText : null, null,
                    null, v?.ReturnReason, null, false);
            }

            long? pre = computed.TryGetValue(f.Code, out var n) ? n : v?.Computed;
            var value = v?.Text ?? (s.IsEditable && pre is { } p ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
            return new ReportLineDto(f.Section, f.Code, f.Label, f.Kind, f.Unit, f.Required, f.Parts, value, pre, v?.CorrectionReason, v?.ReturnReason,
                v?.WasReturned == true ? v.ReturnedText : null, v?.ChangedSinceReturn ?? false);
        }).ToList();
        var status = ReportSubmission.Status(s.FirstSubmittedOn, c.DueOn, today);
        var canReview = s.State == ReportState.Submitted && await ReportAccess.CanReviewAsync(db, user, c, ct);
        return new SubmissionDto(s.Id, s.Version, c.Id, c.Name, c.Year, s.UnitId, names[s.UnitId], names[c.UnitId], c.DueOn, s.State, s.State.Label(), status,
            status.ReportLabel(), s.FirstSubmittedOn, s.SubmittedByName, s.AcceptedByName, s.AcceptedAt, canFill, canReview, lines,
            s.History.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new ReportEventDto(e.At, e.UserName, e.Action, e.Note)).ToList());
    }
}
