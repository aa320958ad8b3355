using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notices;

/// <summary>
/// The standing body gives a comment its disposition — not related / duplicate / verified (with the result) — and the
/// reason; a later change is kept in the history. Two changes from the same read: one wins, the other is a 409.
/// </summary>
public static class DisposeComment
{
    public static async Task<Result<CommentDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid commentId, DispositionInput input, int? expectedVersion,
        CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var noticeId = await db.NoticeComments.Where(c => c.Id == commentId && c.TenantId == tenantId).Select(c => (Guid?)c.NoticeId).FirstOrDefaultAsync(ct);
        if (noticeId is null || !(await NoticeAccess.Rule.FindAsync(db, user, noticeId.Value, ct)).TryGet(out var notice, out _))
        {
            return await Access.NotVisibleAsync(db, db.NoticeComments.Where(c => c.Id == commentId), "ý kiến góp ý", ct);
        }

        if (!await NoticeAccess.Rule.CanAsync(db, user, notice, Permission.ManageCouncil, ct))
        {
            return AppError.Forbidden;
        }

        if (input.Disposition is not { } disposition)
        {
            return NoticeErrors.DispositionRequired;
        }

        var comment = await db.NoticeComments.Include(c => c.History).FirstAsync(c => c.Id == commentId, ct);
        if ((db.Expect(comment, expectedVersion)
             ?? comment.Dispose(disposition, VietnameseText.Clean(input.Result), VietnameseText.Clean(input.Reason), Actor.Of(user, db.Time))) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        var name = comment.EntryId is { } e ? await db.NoticeEntries.Where(x => x.Id == e).Select(x => x.Name).FirstAsync(ct) : null;
        return ListComments.Dto(comment, name);
    }
}
