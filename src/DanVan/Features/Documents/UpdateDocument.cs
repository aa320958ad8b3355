using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Documents;

/// <summary>Corrects a document's metadata; citations and relations given are added to the existing ones.</summary>
public static class UpdateDocument
{
    public static async Task<Result<DocumentDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, DocumentInput input, int? expectedVersion,
        CancellationToken ct)
    {
        if (!(await DocumentAccess.Rule.LoadAsync(db, user, id, Permission.ManageDocuments, ct)).TryGet(out var document, out var refused))
        {
            return refused;
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
