using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Reports;

/// <summary>The tenant's report forms, every version, newest first within a code: the province's templates, read by everyone in it.</summary>
public static class ListReportForms
{
    public static async Task<Result<IReadOnlyList<ReportFormDto>>> HandleAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var forms = await db.ReportForms.AsNoTracking().Include(f => f.Fields).Where(f => f.TenantId == tenantId)
            .OrderBy(f => f.Code).ThenByDescending(f => f.Revision).ToListAsync(ct);
        var used = await db.ReportCampaigns.Where(c => c.TenantId == tenantId).Select(c => c.FormId).Distinct().ToListAsync(ct);
        return forms.Select(f => Dto(f, used.Contains(f.Id))).ToList();
    }

    public static async Task<Result<ReportFormDto>> GetAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var form = await db.ReportForms.AsNoTracking().Include(f => f.Fields).FirstOrDefaultAsync(f => f.Id == id && f.TenantId == tenantId, ct);
        return form is null ? ReportErrors.FormNotFound : Dto(form, await db.ReportCampaigns.AnyAsync(c => c.FormId == id, ct));
    }

    public static ReportFormDto Dto(ReportForm f, bool frozen) => new(f.Id, f.Version, f.Code, f.Revision, f.Name, frozen,
        f.Fields.OrderBy(x => x.Seq).Select(x => new ReportFieldDto(x.Seq, x.Section, x.Code, x.Label, x.Kind, x.Unit, x.Required, x.Parts, x.Source,
            x.Source?.Label())).ToList());
}
