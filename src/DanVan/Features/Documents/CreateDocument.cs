using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Documents;

/// <summary>Registers a document with its citations and relations in one transaction; completes a stub of the same identity.</summary>
public static class CreateDocument
{
    public static async Task<Result<DocumentDto>> HandleAsync(AppDbContext db, CurrentUser user, DocumentInput input, CancellationToken ct)
    {
        var result = await CreateAsync(db, user, input, ct);
        if (result.Error is { } error)
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return (await GetDocument.HandleAsync(db, user, result.Value!.Id, ct)).Value!;
    }

    /// <summary>Adds the document and its links to the context without saving (a plan filing saves it with its obligation).</summary>
    public static async Task<Result<Document>> CreateAsync(AppDbContext db, CurrentUser user, DocumentInput input, CancellationToken ct)
    {
        var check = await DocumentRules.CheckAsync(db, user, input, null, null, ct);
        if (check.Error is not null)
        {
            return check.Error;
        }

        var c = check.Value!;
        var stub = await DocumentRules.FindStubAsync(db, user, c, ct);
        if (stub.Error is not null)
        {
            return stub.Error;
        }

        var document = stub.Value;
        if (document is null)
        {
            document = Document.Create(user.TenantId, c.OwnerUnitId, c.Number, c.Details, isStub: false);
            db.Documents.Add(document);
        }
        else
        {
            document.Complete(c.OwnerUnitId, c.Number, c.Details);
        }

        if (await DocumentLinks.AddAsync(db, user, document, input.Citations ?? [], input.Relations ?? [], ct) is { } linkError)
        {
            return linkError;
        }

        return document;
    }
}
