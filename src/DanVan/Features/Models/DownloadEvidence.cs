using DanVan.Features.Accounts;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// An evidence file of a model the caller may see, always as a download (never rendered inline). Every download is
/// audited (who, which file, which model); a file of a model outside the caller's scope is a 404, audited as a denial.
/// </summary>
public static class DownloadEvidence
{
    public static async Task<IResult> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Guid evidenceId, CancellationToken ct)
    {
        var visible = ModelAccess.Visible(db, user).Where(m => m.Id == id);
        var file = await db.ModelEvidence.AsNoTracking().Where(e => e.Id == evidenceId && e.ModelId == id)
            .Join(visible, e => e.ModelId, m => m.Id, (e, m) => new { e.FileName, e.ContentType, e.Sha256, m.Name, m.UnitId })
            .FirstOrDefaultAsync(ct);
        if (file is null)
        {
            await Access.NotVisibleAsync(db, db.ModelEvidence.Where(e => e.Id == evidenceId && e.ModelId == id), "tệp minh chứng", ct);
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy tệp hoặc bạn không có quyền xem.");
        }

        await AuditLog.RecordDownloadAsync(db, nameof(ModelEvidence), evidenceId, file.FileName, nameof(DvkModel), id, file.Name, file.UnitId, ct);
        return StoredFile.Download(db.Files, file.Sha256, file.ContentType, file.FileName);
    }
}
