using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Documents;

/// <summary>
/// Documents are the province's shared register: anyone holding ViewDocuments somewhere in the tenant reads all of
/// the tenant's documents (plans and decisions are public administrative acts). Changing one needs ManageDocuments
/// on its owner unit (the one SQL scoping rule of <see cref="Scope"/>).
/// </summary>
public static class DocumentAccess
{
    /// <summary>Load-and-authorise a document (ADR 0003): read by the whole tenant, changed with ManageDocuments on its owner unit.</summary>
    public static readonly ObjectAccess<Document> Rule = new("văn bản", Visible, db => db.Documents, id => d => d.Id == id, d => d.OwnerUnitId);

    public static IQueryable<Document> Visible(AppDbContext db, CurrentUser user)
    {
        var readers = Scope.Granting(db, user, Permission.ViewDocuments);
        var tenantId = user.TenantId;
        return db.Documents.Where(d => d.TenantId == tenantId && readers.Any());
    }

    /// <summary>
    /// The plans a movement or a contest may be launched from, newest first (the register's <see cref="MaxCitationChoices"/> newest),
    /// each labelled "number — issuer: title"; <paramref name="keep"/> (the object's own plan) stays on the list however old it is.
    /// </summary>
    public static async Task<IReadOnlyList<(Guid Id, string Label)>> PlanChoicesAsync(AppDbContext db, CurrentUser user, Guid? keep, CancellationToken ct)
    {
        var plans = await Visible(db, user).AsNoTracking().Where(d => d.Type == DocumentType.Plan && !d.IsStub)
            .OrderByDescending(d => d.Id).Take(MaxCitationChoices).Select(d => new { d.Id, d.Number, d.IssuerName, d.Title }).ToListAsync(ct);
        if (keep is { } kept && plans.All(p => p.Id != kept))
        {
            plans.InsertRange(0, await Visible(db, user).AsNoTracking().Where(d => d.Id == kept)
                .Select(d => new { d.Id, d.Number, d.IssuerName, d.Title }).ToListAsync(ct));
        }

        return plans.Select(d => (d.Id, $"{d.Number} — {d.IssuerName}: {(d.Title.Length <= 90 ? d.Title : d.Title[..90] + "…")}")).ToList();
    }

    /// <summary>How many of the register's newest citable documents a citation picker offers (older ones: the API's id).</summary>
    public const int MaxCitationChoices = 200;

    /// <summary>
    /// The register's documents of <paramref name="types"/> a form may cite as its legal basis, newest first, each labelled
    /// with its citation and title — the picker of the rubric, the award catalogue and the like.
    /// </summary>
    public static async Task<IReadOnlyList<(Guid Id, string Label)>> CitationChoicesAsync(AppDbContext db, CurrentUser user,
        IReadOnlyCollection<DocumentType> types, CancellationToken ct, Guid? keep = null)
    {
        var documents = await Visible(db, user)
            .Where(d => !d.IsStub && types.Contains(d.Type))
            .OrderByDescending(d => d.IssueDate != null).ThenByDescending(d => d.IssueDate).ThenBy(d => d.Number)
            .Take(MaxCitationChoices)
            .Select(d => new { d.Id, d.Type, d.Number, d.IssueDate, d.IssuerName, d.Title })
            .ToListAsync(ct);
        if (keep is { } kept && documents.All(d => d.Id != kept)) // the record's own document, whatever its type or age
        {
            documents.InsertRange(0, await Visible(db, user).Where(d => d.Id == kept)
                .Select(d => new { d.Id, d.Type, d.Number, d.IssueDate, d.IssuerName, d.Title }).ToListAsync(ct));
        }

        return documents.Select(d => (d.Id, $"{DocumentCitation.Format(d.Type, d.Number, d.IssueDate, d.IssuerName)} — {d.Title}")).ToList();
    }

    /// <summary>The unit a new record belongs to when the caller names none: the issuer if ours, else the caller's top unit.</summary>
    public static async Task<Guid?> DefaultOwnerAsync(AppDbContext db, CurrentUser user, Guid? issuerUnitId, CancellationToken ct)
    {
        if (issuerUnitId is { } issuer && await Scope.CanAsync(db, user, Permission.ManageDocuments, issuer, ct))
        {
            return issuer;
        }

        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            Scope.Granting(db, user, Permission.ManageDocuments).OrderBy(a => a.UnitPath.Length).Select(a => (Guid?)a.UnitId), ct);
    }
}
