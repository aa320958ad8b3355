using DanVan.Features.Accounts;
using DanVan.Features.Calendar;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Reports;

/// <summary>
/// A unit holding ManageReports launches a campaign on a form version: the recipients resolve by the participants rule
/// (<see cref="UnitRules.Matching"/>), each gets an open report; the deadline is a date, or N working days from today on
/// the tenant's calendar (<see cref="WorkingDays"/>). The form version is frozen from then on. One transaction.
/// </summary>
public static class LaunchReportCampaign
{
    public static async Task<Result<CampaignDto>> HandleAsync(AppDbContext db, WorkingDays workingDays, CurrentUser user, CampaignInput input,
        CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var unitId = input.UnitId ?? await db.Units.VisibleTo(db, user, Permission.ManageReports).OrderBy(u => u.Path).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        if (unitId is not { } launcher)
        {
            return AppError.Forbidden;
        }

        if (!await Scope.CanAsync(db, user, Permission.ViewUnits, launcher, ct))
        {
            return ReportErrors.UnitNotFound;
        }

        if (!await Scope.CanAsync(db, user, Permission.ManageReports, launcher, ct))
        {
            return AppError.Forbidden;
        }

        var form = await db.ReportForms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == input.FormId && f.TenantId == tenantId, ct);
        if (form is null)
        {
            return ReportErrors.FormNotFound;
        }

        var today = VnTime.Today(db.Time);
        DateOnly due;
        var provisional = false;
        if (input.WorkingDays is { } days)
        {
            if (input.DueOn is not null || days is < 1 or > ReportCampaign.MaxWorkingDays)
            {
                return ReportErrors.Days;
            }

            var counted = await workingDays.AddWorkingDaysAsync(tenantId, today, days, ct);
            (due, provisional) = (counted.Date, counted.Provisional);
        }
        else if (input.DueOn is { } on)
        {
            due = on;
        }
        else
        {
            return ReportErrors.DueRequired;
        }

        if (!ReportCampaign.Launch(tenantId, form.Id, launcher, VietnameseText.Clean(input.Name), input.Year, due, input.WorkingDays, provisional, today,
                Actor.Of(user, db.Time)).TryGet(out var campaign, out var invalid))
        {
            return invalid;
        }

        var recipients = input.Recipients ?? [];
        if (recipients.Count == 0)
        {
            return ReportErrors.NoRecipients;
        }

        switch (await UnitRules.CheckAsync(db, tenantId, recipients.Select(r => (r.UnitId, r.KindId)).ToList(), null, ct))
        {
            case UnitRules.Reference.UnitNotFound:
                return ReportErrors.UnitNotFound;
            case UnitRules.Reference.KindNotFound:
                return ReportErrors.KindNotFound;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ReportCampaigns.Add(campaign);
        db.ReportRecipients.AddRange(recipients.Select(r => new ReportRecipient(tenantId, campaign.Id, r.UnitId, r.IncludeDescendants, r.KindId)));
        await db.SaveChangesAsync(ct);
        var rules = db.ReportRecipients.Where(r => r.CampaignId == campaign.Id).Join(db.Units, r => r.UnitId, u => u.Id,
            (r, u) => new UnitRuleRow { UnitId = r.UnitId, IncludeDescendants = r.IncludeDescendants, KindId = r.KindId, Path = u.Path });
        var units = await UnitRules.Matching(db, tenantId, launcher, rules, today).OrderBy(u => u.Path).Select(u => u.Id).ToListAsync(ct);
        if (units.Count == 0)
        {
            return ReportErrors.NoRecipients; // the transaction rolls back: nothing saved
        }

        db.ReportSubmissions.AddRange(units.Select(u => new ReportSubmission(tenantId, campaign.Id, u)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (await GetRollUp.CampaignAsync(db, user, campaign.Id, ct)).Value!;
    }
}
