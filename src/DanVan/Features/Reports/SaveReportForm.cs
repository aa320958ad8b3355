using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Reports;

/// <summary>
/// Defines a report form or edits it (ManageReports): a new code makes version 1; an existing code replaces its latest
/// version while no campaign uses it, and otherwise makes the next version — a used version never changes.
/// </summary>
public static class SaveReportForm
{
    public static async Task<Result<ReportFormDto>> HandleAsync(AppDbContext db, CurrentUser user, FormInput input, CancellationToken ct)
    {
        if (await ReportAccess.CheckFormsAsync(db, user, Permission.ManageReports, ct) is { } refused)
        {
            return refused;
        }

        var code = VietnameseText.Clean(input.Code);
        if (code is null || code.Length > ReportForm.CodeMax || code.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-'))
        {
            return ReportErrors.FormCodeRequired;
        }

        var tenantId = user.TenantId;
        var fields = input.Fields ?? [];
        var latest = await db.ReportForms.Include(f => f.Fields).Where(f => f.TenantId == tenantId && f.Code == code)
            .OrderByDescending(f => f.Revision).FirstOrDefaultAsync(ct);
        if (latest is not null && !await db.ReportCampaigns.AnyAsync(c => c.FormId == latest.Id, ct))
        {
            if (latest.Replace(VietnameseText.Clean(input.Name), fields) is { } error)
            {
                return error;
            }

            db.ReportFields.AddRange(latest.Fields.Where(f => db.Entry(f).State == EntityState.Detached));
            await db.SaveChangesAsync(ct);
            return ListReportForms.Dto(latest, false);
        }

        if (!ReportForm.Create(tenantId, code, (latest?.Revision ?? 0) + 1, VietnameseText.Clean(input.Name), fields).TryGet(out var form, out var invalid))
        {
            return invalid;
        }

        db.ReportForms.Add(form);
        await db.SaveChangesAsync(ct);
        return ListReportForms.Dto(form, false);
    }
}
