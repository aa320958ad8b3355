using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Documents;

/// <summary>
/// Links a document to what it cites: an existing document when one matches (number and symbol, year, and the issuer
/// when both name one), otherwise a new stub that a later full registration completes. Nothing is saved here.
/// </summary>
/// <remarks>
/// Linking to any document of the tenant is open to every writer (the register is shared), except a relation that
/// changes the other document (<see cref="RelationKinds.ChangesTarget"/>: "replaces" marks it replaced): that is a
/// write on the other document and needs ManageDocuments on its owner unit, like editing it would.
/// </remarks>
public static class DocumentLinks
{
    public const int MaxLinks = 100;

    public static async Task<AppError?> AddAsync(AppDbContext db, CurrentUser user, Document document, IReadOnlyList<CitationInput> citations,
        IReadOnlyList<RelationInput> relations, CancellationToken ct)
    {
        if (citations.Count + relations.Count > MaxLinks)
        {
            return DocumentErrors.TooManyLinks;
        }

        var existing = await db.DocumentRelations.Where(r => r.FromId == document.Id)
            .Select(r => new { r.ToId, r.Kind }).ToListAsync(ct);
        var linked = existing.Select(e => (e.ToId, e.Kind)).ToHashSet();
        foreach (var citation in citations)
        {
            var text = VietnameseText.Clean(citation.Number) ?? "";
            if (!DocumentNumber.TryParse(text, out var number) || number is null)
            {
                return DocumentErrors.BadNumber(text, "Citations");
            }

            if (citation.IssueDate is { Year: < 1945 or > 2100 })
            {
                return DocumentErrors.DateOutOfRange;
            }

            var target = await FindAsync(db, document.TenantId, number, citation.IssueDate?.Year ?? number.Year, citation.Issuer, ct);
            if (target is null)
            {
                var issuer = VietnameseText.Clean(citation.Issuer);
                target = Document.Create(document.TenantId, document.OwnerUnitId, number, new DocumentDetails(
                    citation.Type ?? number.Type ?? DocumentType.Other, null, string.IsNullOrEmpty(issuer) ? "" : issuer,
                    null, citation.IssueDate, null, null, DocumentStatus.InForce, null, null,
                    $"Văn bản số {number.Canonical} (được trích dẫn, chưa nhập đầy đủ)", null), isStub: true);
                db.Documents.Add(target);
            }

            if (target.Id != document.Id && linked.Add((target.Id, RelationKind.BasedOn)))
            {
                db.DocumentRelations.Add(new DocumentRelation(document.TenantId, document.Id, target.Id, RelationKind.BasedOn));
            }
        }

        foreach (var relation in relations)
        {
            if (relation.DocumentId == document.Id)
            {
                return DocumentErrors.SelfRelation;
            }

            var target = await db.Documents.FirstOrDefaultAsync(d => d.Id == relation.DocumentId && d.TenantId == document.TenantId, ct);
            if (target is null)
            {
                return DocumentErrors.RelationTargetNotFound;
            }

            if (!linked.Add((target.Id, relation.Kind)))
            {
                continue;
            }

            if (relation.Kind.ChangesTarget() && !await Scope.CanAsync(db, user, Permission.ManageDocuments, target.OwnerUnitId, ct))
            {
                var owner = await db.Units.Where(u => u.Id == target.OwnerUnitId).Select(u => u.Name).FirstAsync(ct);
                return DocumentErrors.ReplacesOthersDocument(target.Number, owner);
            }

            db.DocumentRelations.Add(new DocumentRelation(document.TenantId, document.Id, target.Id, relation.Kind));
            if (relation.Kind == RelationKind.Replaces)
            {
                target.MarkReplaced();
            }
        }

        return null;
    }

    /// <summary>A cited document: same number and symbol and year; when several issuers have one, the issuer decides.</summary>
    private static async Task<Document?> FindAsync(AppDbContext db, Guid tenantId, DocumentNumber number, int? year, string? issuer,
        CancellationToken ct)
    {
        var local = db.Documents.Local.FirstOrDefault(d => d.TenantId == tenantId && d.NumberKey == number.IdentityKey && d.Year == year);
        if (local is not null)
        {
            return local;
        }

        var candidates = await db.Documents.Where(d => d.TenantId == tenantId && d.NumberKey == number.IdentityKey && (d.Year == year || year == null))
            .Take(20).ToListAsync(ct);
        if (candidates.Count <= 1)
        {
            return candidates.FirstOrDefault();
        }

        var folded = VietnameseText.Fold(issuer);
        return candidates.FirstOrDefault(d => folded.Length > 0 && (d.IssuerKey.Contains(folded) || folded.Contains(d.IssuerKey)))
               ?? candidates.FirstOrDefault(d => !d.IsStub) ?? candidates[0];
    }
}
