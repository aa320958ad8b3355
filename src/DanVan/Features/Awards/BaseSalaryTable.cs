using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>The base-salary table: read it (newest first, the row in force today marked), add a later row (the catalogue's managers).</summary>
public static class BaseSalaryTable
{
    public static async Task<Result<IReadOnlyList<BaseSalaryDto>>> ListAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (!await AwardCatalogue.MayViewAsync(db, user, ct))
        {
            return AppError.Forbidden;
        }

        var rows = await db.BaseSalaries.AsNoTracking().Where(s => s.TenantId == user.TenantId).OrderByDescending(s => s.EffectiveFrom).ToListAsync(ct);
        var today = VnTime.Today(db.Time);
        var inForce = rows.FirstOrDefault(r => r.EffectiveFrom <= today)?.Id;
        return rows.Select(r => new BaseSalaryDto(r.Id, r.EffectiveFrom, r.Amount, r.Citation, r.CitationDocumentId, r.EnteredByName, r.Id == inForce)).ToList();
    }

    public static async Task<Result<BaseSalaryDto>> AddAsync(AppDbContext db, CurrentUser user, BaseSalaryInput input, CancellationToken ct)
    {
        if (!await AwardCatalogue.MayManageAsync(db, user, ct))
        {
            return AppError.Forbidden;
        }

        if (input.CitationDocumentId is { } documentId && !await db.Documents.AnyAsync(d => d.Id == documentId && d.TenantId == user.TenantId, ct))
        {
            return AwardErrors.DocumentNotFound;
        }

        var created = BaseSalary.Create(user.TenantId, input.EffectiveFrom, input.Amount, VietnameseText.Clean(input.Citation), input.CitationDocumentId,
            new Actor(user.UserId, user.UserName, db.Time.GetUtcNow().UtcDateTime));
        if (!created.TryGet(out var row, out var error))
        {
            return error;
        }

        if (await db.BaseSalaries.AnyAsync(s => s.TenantId == user.TenantId && s.EffectiveFrom == row.EffectiveFrom, ct))
        {
            return AwardErrors.BaseSalaryDateTaken;
        }

        db.BaseSalaries.Add(row);
        await db.SaveChangesAsync(ct);
        var today = VnTime.Today(db.Time);
        var inForce = await db.BaseSalaries.InForceOn(user.TenantId, today).Select(s => s.Id).FirstOrDefaultAsync(ct);
        return new BaseSalaryDto(row.Id, row.EffectiveFrom, row.Amount, row.Citation, row.CitationDocumentId, row.EnteredByName, row.Id == inForce);
    }
}
