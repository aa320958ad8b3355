using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>
/// A new dated version of an award (a changed decree, the province's own regulation, a withdrawn award). The versions
/// before it are never touched: a dossier judged under them keeps reading them (ADR 0023).
/// </summary>
public static class ReviseAwardKind
{
    public static async Task<Result<AwardKindDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, AwardTermsInput input, CancellationToken ct)
    {
        if (!await AwardCatalogue.MayViewAsync(db, user, ct))
        {
            return AwardErrors.KindNotFound;
        }

        var kind = await db.AwardKinds.Where(k => k.Id == id && k.TenantId == user.TenantId).WithVersions().FirstOrDefaultAsync(ct);
        if (kind is null)
        {
            return AwardErrors.KindNotFound; // another province's award is unknown, not forbidden (ADR 0003)
        }

        if (!await AwardCatalogue.MayManageAsync(db, user, ct))
        {
            return AppError.Forbidden;
        }

        var terms = AwardCatalogue.ToTerms(input);
        if (terms.CitationDocumentId is { } documentId && !await db.Documents.AnyAsync(d => d.Id == documentId && d.TenantId == user.TenantId, ct))
        {
            return AwardErrors.DocumentNotFound;
        }

        var revised = kind.Revise(terms, await AwardCatalogue.CodesAsync(db, user.TenantId, ct),
            new Actor(user.UserId, user.UserName, db.Time.GetUtcNow().UtcDateTime));
        if (revised.Error is { } error)
        {
            return error;
        }

        await db.SaveChangesAsync(ct); // two concurrent revisions: the unique (kind, number) and (kind, date) indexes keep one, the other is a 409
        return await AwardCatalogue.ToDtoAsync(db, kind, ct);
    }
}
