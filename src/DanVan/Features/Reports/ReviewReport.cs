using DanVan.Features.Accounts;
using DanVan.Features.Notifications;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Reports;

/// <summary>
/// The level above (ManageReports on the campaign's unit) accepts a submitted report — it locks — or returns it with a
/// reason on each field concerned; the unit's reporters are notified of a return. Versions are checked: of two reviewers
/// at once, one wins and the other gets the 409 <c>stale</c>.
/// </summary>
public static class ReviewReport
{
    public static async Task<Result<SubmissionDto>> AcceptAsync(AppDbContext db, CurrentUser user, Guid id, int? expectedVersion, CancellationToken ct) =>
        await ReviewAsync(db, user, id, expectedVersion, (s, _) => s.Accept(Actor.Of(user, db.Time)), ct);

    public static async Task<Result<SubmissionDto>> ReturnAsync(AppDbContext db, CurrentUser user, Guid id, ReturnInput input, int? expectedVersion,
        CancellationToken ct)
    {
        var reasons = (input.Reasons ?? new Dictionary<string, string?>()).ToDictionary(r => r.Key, r => VietnameseText.Clean(r.Value), StringComparer.Ordinal);
        return await ReviewAsync(db, user, id, expectedVersion,
            (s, fields) => s.Return(fields, reasons, Actor.Of(user, db.Time)) ?? Notify.ReportReturned(db, user, s), ct);
    }

    private static async Task<Result<SubmissionDto>> ReviewAsync(AppDbContext db, CurrentUser user, Guid id, int? expectedVersion,
        Func<ReportSubmission, IReadOnlyList<ReportField>, AppError?> step, CancellationToken ct)
    {
        if (!(await GetReportSubmission.LoadAsync(db, user, id, tracked: true, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        if (!await ReportAccess.CanReviewAsync(db, user, loaded.Campaign, ct))
        {
            return AppError.Forbidden;
        }

        if ((db.Expect(loaded.Submission, expectedVersion) ?? step(loaded.Submission, loaded.Form.Fields.OrderBy(f => f.Seq).ToList())) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return await GetReportSubmission.DtoAsync(db, user, loaded, ct);
    }
}
