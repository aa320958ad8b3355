using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;

namespace DanVan.Features.Documents;

/// <summary>
/// Serves an attached file as a download (never inline), to those who may read the document. Every download is
/// audited (who, which file, which document); a file of a document outside the caller's scope is a 404, audited as a denial
/// (<see cref="FileDownload"/>).
/// </summary>
public static class DownloadAttachment
{
    public static Task<IResult> HandleAsync(AppDbContext db, CurrentUser user, Guid documentId, Guid attachmentId, CancellationToken ct)
    {
        var attachment = db.DocumentAttachments.Where(a => a.Id == attachmentId && a.DocumentId == documentId);
        var visible = attachment.Join(DocumentAccess.Visible(db, user).Where(d => d.Id == documentId), a => a.DocumentId, d => d.Id,
            (a, d) => new FileDownload.Found(a.FileName, a.ContentType, a.Sha256, d.Number, d.OwnerUnitId));
        return FileDownload.ServeAsync(db, visible, attachment, "tệp đính kèm", (nameof(DocumentAttachment), attachmentId), (nameof(Document), documentId), ct);
    }
}
