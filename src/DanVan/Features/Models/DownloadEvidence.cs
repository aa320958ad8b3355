using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>An evidence file of a model the caller may see, always as a download (never rendered inline).</summary>
public static class DownloadEvidence
{
    public static async Task<IResult> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Guid evidenceId, CancellationToken ct)
    {
        var visible = ModelAccess.Visible(db, user).Where(m => m.Id == id).Select(m => m.Id);
        var file = await db.ModelEvidence.AsNoTracking().Where(e => e.Id == evidenceId && e.ModelId == id && visible.Contains(e.ModelId))
            .Select(e => new { e.FileName, e.ContentType, e.Sha256 }).FirstOrDefaultAsync(ct);
        return file is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy tệp hoặc bạn không có quyền xem.")
            : StoredFile.Download(db.Files, file.Sha256, file.ContentType, file.FileName);
    }
}
