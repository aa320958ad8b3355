using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notices;

/// <summary>The comments on one notice for the standing body (optionally those about one entry), oldest first, with their dispositions' history.</summary>
public static class ListComments
{
    public const int Max = 1000;

    public static async Task<Result<IReadOnlyList<CommentDto>>> HandleAsync(AppDbContext db, CurrentUser user, Guid noticeId, Guid? entryId, CancellationToken ct)
    {
        if (!(await NoticeAccess.Rule.FindAsync(db, user, noticeId, ct)).TryGet(out _, out var error))
        {
            return error;
        }

        var query = db.NoticeComments.AsNoTracking().Include(c => c.History).Where(c => c.NoticeId == noticeId);
        if (entryId is { } entry)
        {
            query = query.Where(c => c.EntryId == entry);
        }

        var comments = await query.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id).Take(Max).AsSplitQuery().ToListAsync(ct);
        var names = await db.NoticeEntries.AsNoTracking().Where(e => e.NoticeId == noticeId).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        return comments.Select(c => Dto(c, c.EntryId is { } e ? names.GetValueOrDefault(e) : null)).ToList();
    }

    internal static CommentDto Dto(NoticeComment c, string? nomineeName) => new(c.Id, NoticeComment.ShowReceipt(c.Receipt), c.EntryId, nomineeName, c.Name,
        c.Contact, c.Content, c.ReceivedAt, c.Disposition, c.Disposition?.Label(), c.Result, c.Reason, c.Version,
        c.History.OrderBy(h => h.At).Select(h => new DispositionDto(h.Disposition, h.Disposition.Label(), h.Result, h.Reason, h.At, h.UserName)).ToList());
}
