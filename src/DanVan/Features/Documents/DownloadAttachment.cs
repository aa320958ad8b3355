using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Documents;

/// <summary>Serves an attached file as a download (never inline), to those who may read the document.</summary>
public static class DownloadAttachment
{
    public static async Task<IResult> HandleAsync(AppDbContext db, CurrentUser user, Guid documentId, Guid attachmentId, CancellationToken ct)
    {
        var visible = DocumentAccess.Visible(db, user).Where(d => d.Id == documentId).Select(d => d.Id);
        var file = await db.DocumentAttachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && a.DocumentId == documentId && visible.Contains(a.DocumentId))
            .Select(a => new { a.FileName, a.ContentType, a.Sha256 }).FirstOrDefaultAsync(ct);
        if (file is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy tệp hoặc bạn không có quyền xem.");
        }

        return StoredFile.Download(db.Files, file.Sha256, file.ContentType, file.FileName);
    }
}
