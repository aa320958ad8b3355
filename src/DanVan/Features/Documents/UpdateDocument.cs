using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Documents;

/// <summary>Corrects a document's metadata; citations and relations given are added to the existing ones.</summary>
public static class UpdateDocument
{
    public static async Task<Result<DocumentDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, DocumentInput input, int? expectedVersion,
        CancellationToken ct)
    {
        var document = await DocumentAccess.Visible(db, user).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (document is null)
        {
            return await DocumentAccess.NotVisibleAsync(db, id, ct);
        }

        if (!await Scope.CanAsync(db, user, Permission.ManageDocuments, document.OwnerUnitId, ct))
        {
            return AppError.Forbidden;
        }

        if (db.Expect(document, expectedVersion) is { } stale)
        {
            return stale;
        }

        var check = await DocumentRules.CheckAsync(db, user, input, document.OwnerUnitId, document.Id, ct);
        if (check.Error is not null)
        {
            return check.Error;
        }

        var c = check.Value!;
        document.Complete(c.OwnerUnitId, c.Number, c.Details);
        if (await DocumentLinks.AddAsync(db, user, document, input.Citations ?? [], input.Relations ?? [], ct) is { } linkError)
        {
            return linkError;
        }

        await db.SaveChangesAsync(ct);
        return (await GetDocument.HandleAsync(db, user, id, ct)).Value!;
    }
}
