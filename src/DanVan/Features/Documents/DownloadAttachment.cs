using DanVan.Features.Accounts;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Documents;

/// <summary>
/// Serves an attached file as a download (never inline), to those who may read the document. Every download is
/// audited (who, which file, which document); a file of a document outside the caller's scope is a 404, audited as a denial.
/// </summary>
public static class DownloadAttachment
{
    public static async Task<IResult> HandleAsync(AppDbContext db, CurrentUser user, Guid documentId, Guid attachmentId, CancellationToken ct)
    {
        var visible = DocumentAccess.Visible(db, user).Where(d => d.Id == documentId);
        var file = await db.DocumentAttachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && a.DocumentId == documentId)
            .Join(visible, a => a.DocumentId, d => d.Id, (a, d) => new { a.FileName, a.ContentType, a.Sha256, d.Number, d.OwnerUnitId })
            .FirstOrDefaultAsync(ct);
        if (file is null)
        {
            await Access.NotVisibleAsync(db, db.DocumentAttachments.Where(a => a.Id == attachmentId && a.DocumentId == documentId), "tệp đính kèm", ct);
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy tệp hoặc bạn không có quyền xem.");
        }

        await AuditLog.RecordDownloadAsync(db, nameof(DocumentAttachment), attachmentId, file.FileName, nameof(Document), documentId, file.Number,
            file.OwnerUnitId, ct);
        return StoredFile.Download(db.Files, file.Sha256, file.ContentType, file.FileName);
    }
}
