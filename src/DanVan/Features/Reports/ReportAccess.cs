using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Reports;

/// <summary>
/// Who sees and does what. Forms are the tenant's: seen by whoever reports or manages reports anywhere, written by
/// ManageReports. A unit's report is seen by those who report for it or manage reports over it (their grant reaches its
/// unit) and by the campaign's unit's managers; it is filled and submitted by SubmitReports on its unit (never by a reviewer of its campaign), and accepted or
/// returned only by ManageReports on the campaign's unit (the level above). A campaign is seen by its unit's managers and
/// by whoever sees one of its reports (the roll-up then counts only those).
/// </summary>
public static class ReportAccess
{
    public static readonly ObjectAccess<ReportSubmission> Submission = new("báo cáo của đơn vị", VisibleSubmissions, db => db.ReportSubmissions,
        id => s => s.Id == id, s => s.UnitId);

    public static IQueryable<ReportSubmission> VisibleSubmissions(AppDbContext db, CurrentUser user)
    {
        var tenantId = user.TenantId;
        var reporting = db.Units.VisibleTo(db, user, Permission.SubmitReports).Select(u => u.Id);
        var managed = db.Units.VisibleTo(db, user, Permission.ManageReports).Select(u => u.Id);
        var reviewed = db.ReportCampaigns.Where(c => managed.Contains(c.UnitId)).Select(c => c.Id);
        return db.ReportSubmissions.Where(s => s.TenantId == tenantId
            && (reporting.Contains(s.UnitId) || managed.Contains(s.UnitId) || reviewed.Contains(s.CampaignId)));
    }

    public static IQueryable<ReportCampaign> VisibleCampaigns(AppDbContext db, CurrentUser user)
    {
        var tenantId = user.TenantId;
        var managed = db.Units.VisibleTo(db, user, Permission.ManageReports).Select(u => u.Id);
        var seen = VisibleSubmissions(db, user).Select(s => s.CampaignId);
        return db.ReportCampaigns.Where(c => c.TenantId == tenantId && (managed.Contains(c.UnitId) || seen.Contains(c.Id)));
    }

    public static Task<bool> CanReviewAsync(AppDbContext db, CurrentUser user, ReportCampaign campaign, CancellationToken ct) =>
        Scope.CanAsync(db, user, Permission.ManageReports, campaign.UnitId, ct);

    /// <summary>
    /// SubmitReports reaching the unit — but never for a reviewer of the campaign: the level above checks a unit's figures,
    /// it does not write them (else it could fill a commune's report and accept it itself, and the roll-up would credit the
    /// commune). The work list states the same rule in SQL (<see cref="ReportsWork"/>).
    /// </summary>
    public static async Task<bool> CanFillAsync(AppDbContext db, CurrentUser user, ReportSubmission submission, ReportCampaign campaign, CancellationToken ct) =>
        await Scope.CanAsync(db, user, Permission.SubmitReports, submission.UnitId, ct) && !await CanReviewAsync(db, user, campaign, ct);

    public static async Task<AppError?> CheckFormsAsync(AppDbContext db, CurrentUser user, Permission permission, CancellationToken ct) =>
        await Scope.HoldsAnywhereAsync(db, user, permission, ct) ? null : AppError.Forbidden;
}
