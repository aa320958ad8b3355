using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>Adds an award the province confers or proposes (a title or form the seeded catalogue lacks), with its first dated version.</summary>
public static class CreateAwardKind
{
    public static async Task<Result<AwardKindDto>> HandleAsync(AppDbContext db, CurrentUser user, AwardKindInput input, CancellationToken ct)
    {
        if (!await AwardCatalogue.MayManageAsync(db, user, ct))
        {
            return AppError.Forbidden;
        }

        var terms = AwardCatalogue.ToTerms(input.Terms!);
        if (terms.CitationDocumentId is { } documentId && !await db.Documents.AnyAsync(d => d.Id == documentId && d.TenantId == user.TenantId, ct))
        {
            return AwardErrors.DocumentNotFound;
        }

        var codes = await AwardCatalogue.CodesAsync(db, user.TenantId, ct);
        var position = (await db.AwardKinds.Where(k => k.TenantId == user.TenantId).MaxAsync(k => (int?)k.Position, ct) ?? 0) + 1;
        var created = AwardKind.Create(user.TenantId, VietnameseText.Clean(input.Code) ?? "", VietnameseText.Clean(input.Name) ?? "", input.Category!.Value,
            input.Subjects ?? [], position, terms, codes, new Actor(user.UserId, user.UserName, db.Time.GetUtcNow().UtcDateTime));
        if (!created.TryGet(out var kind, out var error))
        {
            return error;
        }

        db.AwardKinds.Add(kind);
        await db.SaveChangesAsync(ct); // a concurrent twin of the code loses on the unique index: 409 through the edge's conflict handler
        return await AwardCatalogue.ToDtoAsync(db, kind, ct);
    }
}
