using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notices;

/// <summary>
/// A sender looks up their comment by its receipt code (anonymous): received or handled, the disposition and the day —
/// never who handled it, the internal reason, or anything of another comment. An unknown code is the plain 404.
/// </summary>
public static class CheckCommentReceipt
{
    public static async Task<Result<ReceiptState>> HandleAsync(AppDbContext db, string? code, CancellationToken ct)
    {
        var receipt = NoticeComment.NormaliseReceipt(code);
        if (receipt.Length != NoticeComment.ReceiptLength)
        {
            return NoticeErrors.ReceiptNotFound;
        }

        var found = await db.NoticeComments.AsNoTracking().Where(c => c.Receipt == receipt)
            .Select(c => new { c.Receipt, Title = db.PublicNotices.Where(n => n.Id == c.NoticeId).Select(n => n.Title).First(), c.ReceivedAt, c.Disposition, c.DisposedAt })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return NoticeErrors.ReceiptNotFound;
        }

        return found.Disposition is { } d
            ? new ReceiptState(NoticeComment.ShowReceipt(found.Receipt), found.Title, found.ReceivedAt, true, $"Đã xử lý: {d.Label()}", d.Label(),
                DateOnly.FromDateTime(VnTime.ToLocal(found.DisposedAt!.Value)))
            : new ReceiptState(NoticeComment.ShowReceipt(found.Receipt), found.Title, found.ReceivedAt, false, "Đã tiếp nhận, đang xem xét", null, null);
    }
}
