using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Reports;

/// <summary>
/// The unit saves what it has filled (SubmitReports on its unit), and with <c>submit</c> sends it to the level above:
/// the entries are checked line by line (integers ≥ 0, a changed computed figure needs its reason), then the whole report
/// (required lines, sums equal to their parts). Nothing is saved when anything is refused.
/// </summary>
public static class FillReport
{
    public static async Task<Result<SubmissionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, EntriesInput input, bool submit,
        int? expectedVersion, CancellationToken ct)
    {
        if (!(await GetReportSubmission.LoadAsync(db, user, id, tracked: true, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        var (s, c, form) = loaded;
        if (!await ReportAccess.CanFillAsync(db, user, s, c, ct))
        {
            return AppError.Forbidden;
        }

        var fields = form.Fields.OrderBy(f => f.Seq).ToList();
        var computed = await ComputedIndicators.ForAsync(db, fields, s.UnitId, c.Year, ct);
        var entries = (input.Values ?? []).Select(e => e with { Value = VietnameseText.Clean(e.Value), Reason = VietnameseText.Clean(e.Reason) }).ToList();
        var by = Actor.Of(user, db.Time);
        if ((db.Expect(s, expectedVersion) ?? s.Fill(fields, entries, computed, by) ?? (submit ? s.Submit(fields, VnTime.Today(db.Time), by) : null)) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return await GetReportSubmission.DtoAsync(db, user, loaded, ct);
    }
}
