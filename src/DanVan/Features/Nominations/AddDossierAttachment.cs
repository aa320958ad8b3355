using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Nominations;

/// <summary>
/// The unit attaches a file to its dossier, tagged with the document it is (council minutes, initiative confirmation …)
/// and optionally one nominee: PDF, DOCX, JPEG or PNG checked by its bytes, within the size limit (<see cref="FileCheck"/>).
/// </summary>
public static class AddDossierAttachment
{
    public static Task<Result<DossierDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, DossierDocument? document, Guid? nomineeId, IFormFile? file,
        int? expectedVersion, CancellationToken ct) =>
        NominationAccess.UnitChangeAsync(db, user, id, expectedVersion, async l =>
        {
            if (document is not { } kind || !Enum.IsDefined(kind))
            {
                return AppError.Required("Document", "loại thành phần hồ sơ của tệp");
            }

            var read = await FileCheck.ReadAsync(file, DossierAttachment.FileKinds, ct);
            if (read.Error is not null)
            {
                return read.Error;
            }

            var by = Actor.Of(user, db.Time);
            var added = l.Dossier.AddAttachment(new DossierAttachment(user.TenantId, l.Dossier.Id, nomineeId, kind, read.Value!, by), by);
            if (added is null)
            {
                await db.Files.SaveAsync(read.Value!, ct); // the file before its row: a crash in between leaves a file the sweep removes
            }

            return added;
        }, ct);
}
