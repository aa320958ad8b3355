using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notices;

/// <summary>
/// A member of the public comments on a published notice while it is open (anonymous; rate-limited per address by the
/// edge, see <see cref="NoticesServices.CommentRateLimit"/>): name, contact (phone or e-mail), optionally the listed
/// nominee, and the content — plain text in NFC within the size limits; the honeypot empty. The answer is the receipt code.
/// </summary>
public static class SendComment
{
    public static async Task<Result<CommentReceipt>> HandleAsync(AppDbContext db, Guid noticeId, CommentInput input, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(input.Website))
        {
            return NoticeErrors.Refused; // the honeypot: only a robot fills a field nobody sees
        }

        var notice = await db.PublicNotices.Include(n => n.Entries).FirstOrDefaultAsync(n => n.Id == noticeId && n.State == NoticeState.Published, ct);
        if (notice is null)
        {
            return NoticeErrors.NoticeNotFound;
        }

        if (notice.AcceptsCommentsOn(VnTime.Today(db.Time)) is { } closed)
        {
            return closed;
        }

        var name = VietnameseText.Clean(input.Name);
        var contact = VietnameseText.Clean(input.Contact);
        var content = VietnameseText.Clean(input.Content);
        if ((Check(name, "Name", "Họ và tên", NoticeComment.NameMax, NoticeErrors.NameRequired)
             ?? Check(contact, "Contact", "Thông tin liên hệ", NoticeComment.ContactMax, NoticeErrors.ContactRequired)
             ?? Check(content, "Content", "Nội dung góp ý", NoticeComment.ContentMax, NoticeErrors.ContentRequired)) is { } invalid)
        {
            return invalid;
        }

        if (!IsContact(contact!))
        {
            return NoticeErrors.ContactInvalid;
        }

        NoticeEntry? entry = null;
        if (input.EntryId is { } entryId && (entry = notice.Entries.FirstOrDefault(e => e.Id == entryId)) is null)
        {
            return NoticeErrors.UnknownEntry;
        }

        var comment = new NoticeComment(notice, entry, name!, contact!, content!, db.Time.GetUtcNow().UtcDateTime);
        db.NoticeComments.Add(comment);
        await db.SaveChangesAsync(ct);
        return new CommentReceipt(NoticeComment.ShowReceipt(comment.Receipt), comment.ReceivedAt,
            "Đã nhận ý kiến của bạn. Hãy ghi lại mã biên nhận để tra cứu tình trạng xử lý; ý kiến không được công bố công khai.");
    }

    private static AppError? Check(string? value, string field, string label, int max, AppError required) =>
        string.IsNullOrWhiteSpace(value) ? required
        : value.Length > max ? AppError.TooLong(field, label, max)
        : PlainText.HasMarkup(value) ? NoticeErrors.Markup(field, label)
        : null;

    private static bool IsContact(string contact)
    {
        if (contact.Contains('@', StringComparison.Ordinal))
        {
            var at = contact.IndexOf('@', StringComparison.Ordinal);
            return at > 0 && contact.IndexOf('@', at + 1) < 0 && contact.IndexOf('.', at) > at + 1 && !contact.EndsWith('.') && !contact.Any(char.IsWhiteSpace);
        }

        var digits = contact.Count(char.IsAsciiDigit);
        return digits is >= 8 and <= 15 && contact.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '.' or '-' or '(' or ')');
    }
}
