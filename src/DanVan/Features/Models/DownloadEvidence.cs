using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;

namespace DanVan.Features.Models;

/// <summary>
/// An evidence file of a model the caller may see, always as a download (never rendered inline). Every download is
/// audited (who, which file, which model); a file of a model outside the caller's scope is a 404, audited as a denial
/// (<see cref="FileDownload"/>).
/// </summary>
public static class DownloadEvidence
{
    public static Task<IResult> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Guid evidenceId, CancellationToken ct)
    {
        var evidence = db.ModelEvidence.Where(e => e.Id == evidenceId && e.ModelId == id);
        var visible = evidence.Join(ModelAccess.Visible(db, user).Where(m => m.Id == id), e => e.ModelId, m => m.Id,
            (e, m) => new FileDownload.Found(e.FileName, e.ContentType, e.Sha256, m.Name, m.UnitId));
        return FileDownload.ServeAsync(db, visible, evidence, "tệp minh chứng", (nameof(ModelEvidence), evidenceId), (nameof(DvkModel), id), ct);
    }
}
