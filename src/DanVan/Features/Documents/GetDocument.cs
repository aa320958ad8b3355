using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Documents;

/// <summary>A document with both directions of its citation graph (what it is based on, what implements it) and its files.</summary>
public static class GetDocument
{
    public static async Task<Result<DocumentDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var d = await DocumentAccess.Visible(db, user).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
        {
            return await DocumentAccess.Rule.NotVisibleAsync(db, id, ct);
        }

        var outgoing = await db.DocumentRelations.AsNoTracking().Where(r => r.FromId == id && r.TenantId == user.TenantId)
            .Join(db.Documents, r => r.ToId, t => t.Id, (r, t) => new RelatedDocument(t.Id, r.Kind, t.Type, t.Number, t.IssuerName, t.IssueDate, t.Title, t.IsStub))
            .ToListAsync(ct);
        var incoming = await db.DocumentRelations.AsNoTracking().Where(r => r.ToId == id && r.TenantId == user.TenantId)
            .Join(db.Documents, r => r.FromId, t => t.Id, (r, t) => new RelatedDocument(t.Id, r.Kind, t.Type, t.Number, t.IssuerName, t.IssueDate, t.Title, t.IsStub))
            .ToListAsync(ct);
        var files = await db.DocumentAttachments.AsNoTracking().Where(a => a.DocumentId == id && a.TenantId == user.TenantId)
            .OrderBy(a => a.Id).Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size)).ToListAsync(ct);
        var canEdit = await DocumentAccess.Rule.CanAsync(db, user, d, Permission.ManageDocuments, ct);
        return new DocumentDto(d.Id, d.Type, DocumentTypes.Label(d.Type), d.Number, d.IssuerUnitId, d.IssuerName, d.OwnerUnitId, d.Place,
            d.IssueDate, d.EffectiveFrom, d.ExpiresOn, d.Status, d.Signer, d.SigningCapacity, d.Title, d.Body, d.IsStub, canEdit,
            Order(outgoing), Order(incoming), files, DocumentCitation.Format(d), d.Version);
    }

    private static List<RelatedDocument> Order(List<RelatedDocument> list) =>
        list.OrderBy(r => r.Kind).ThenBy(r => r.IssueDate).ThenBy(r => r.Number, StringComparer.Ordinal).ToList();
}
