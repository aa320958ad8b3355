using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;

namespace DanVan.Features.Nominations;

/// <summary>A file of a dossier the caller may see (its unit, the levels it reached), always as a download, audited (<see cref="FileDownload"/>).</summary>
public static class DownloadDossierAttachment
{
    public static Task<IResult> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Guid attachmentId, CancellationToken ct)
    {
        var attachment = db.DossierAttachments.Where(a => a.Id == attachmentId && a.DossierId == id);
        var visible = attachment
            .Join(NominationAccess.Visible(db, user).Where(d => d.Id == id), a => a.DossierId, d => d.Id, (a, d) => new { a, d.UnitId })
            .Join(db.Units, x => x.UnitId, u => u.Id, (x, u) => new FileDownload.Found(x.a.FileName, x.a.ContentType, x.a.Sha256, u.Name, x.UnitId));
        return FileDownload.ServeAsync(db, visible, attachment, "tệp đính kèm", (nameof(DossierAttachment), attachmentId), (nameof(Dossier), id), ct);
    }
}
