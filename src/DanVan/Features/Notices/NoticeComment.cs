using System.Security.Cryptography;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Notices;

/// <summary>The standing body's handling of a comment (kết quả xử lý ý kiến). Stored by name.</summary>
public enum Disposition
{
    NotRelated,
    Duplicate,
    Verified,
}

/// <summary>
/// A comment from the public on a notice (optionally about one listed nominee): never public. It carries a receipt code
/// (short, random, unguessable) by which its sender can see whether it has been handled; the standing body gives it a
/// disposition with a reason (and, when verified, the result), every change kept in its history.
/// </summary>
public sealed class NoticeComment : ITenantOwned, IStamped, IVersioned
{
    public const int NameMax = 100;
    public const int ContactMax = 200;
    public const int ContentMax = 4000;
    public const int ReasonMax = 2000;
    public const int ResultMax = 2000;
    public const int ReceiptLength = 10;

    /// <summary>Crockford's base 32: no I, L, O, U — a code read aloud or retyped is not misread.</summary>
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private readonly List<CommentDisposition> _history = [];

    private NoticeComment()
    {
    }

    internal NoticeComment(PublicNotice notice, NoticeEntry? entry, string name, string contact, string content, DateTime at)
    {
        Id = Guid.CreateVersion7();
        TenantId = notice.TenantId;
        NoticeId = notice.Id;
        EntryId = entry?.Id;
        NomineeId = entry?.NomineeId;
        Receipt = NewReceipt();
        Name = name;
        Contact = contact;
        Content = content;
        ReceivedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid NoticeId { get; private set; }
    public Guid? EntryId { get; private set; }

    /// <summary>Copied from the entry, so that the council's gate finds a nominee's comments in one query.</summary>
    public Guid? NomineeId { get; private set; }

    public string Receipt { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Contact { get; private set; } = "";
    public string Content { get; private set; } = "";
    public DateTime ReceivedAt { get; private set; }
    public Disposition? Disposition { get; private set; }
    public string? Result { get; private set; }
    public string? Reason { get; private set; }
    public DateTime? DisposedAt { get; private set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public IReadOnlyList<CommentDisposition> History => _history;

    /// <summary>Gives (or changes) the disposition: a reason always, the result of the verification when verified; the history keeps each.</summary>
    public AppError? Dispose(Disposition disposition, string? result, string? reason, Actor by)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return NoticeErrors.ReasonRequired;
        }

        if (reason.Length > ReasonMax)
        {
            return AppError.TooLong("Reason", "Lý do", ReasonMax);
        }

        if (disposition == Notices.Disposition.Verified && string.IsNullOrWhiteSpace(result))
        {
            return NoticeErrors.ResultRequired;
        }

        if (result is { Length: > ResultMax })
        {
            return AppError.TooLong("Result", "Kết quả xác minh", ResultMax);
        }

        Disposition = disposition;
        Result = string.IsNullOrWhiteSpace(result) ? null : result;
        Reason = reason;
        DisposedAt = by.At;
        _history.Add(new CommentDisposition(this, by));
        return null;
    }

    /// <summary>Upper case, without separators, with the look-alikes read as Crockford does (O→0, I/L→1).</summary>
    public static string NormaliseReceipt(string? code) =>
        new((code ?? "").ToUpperInvariant().Where(c => c is not ('-' or ' ')).Select(c => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c })
            .Take(ReceiptLength + 1).ToArray());

    /// <summary>As shown to the sender: two groups of five.</summary>
    public static string ShowReceipt(string receipt) => receipt.Length == ReceiptLength ? $"{receipt[..5]}-{receipt[5..]}" : receipt;

    private static string NewReceipt() =>
        new(Enumerable.Range(0, ReceiptLength).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray());
}

/// <summary>One disposition given to a comment, by whom and when (kept; staff names never leave the staff pages).</summary>
public sealed class CommentDisposition : ITenantOwned
{
    private CommentDisposition()
    {
    }

    internal CommentDisposition(NoticeComment comment, Actor by)
    {
        Id = Guid.CreateVersion7();
        TenantId = comment.TenantId;
        CommentId = comment.Id;
        Disposition = comment.Disposition!.Value;
        Result = comment.Result;
        Reason = comment.Reason!;
        At = by.At;
        UserId = by.UserId;
        UserName = by.UserName.Length > Accounts.AppUser.UserNameMax ? by.UserName[..Accounts.AppUser.UserNameMax] : by.UserName;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid CommentId { get; private set; }
    public Disposition Disposition { get; private set; }
    public string? Result { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTime At { get; private set; }
    public Guid UserId { get; private set; }
    public string UserName { get; private set; } = "";
}

public static class DispositionLabels
{
    public static string Label(this Disposition d) => d switch
    {
        Disposition.NotRelated => "Không liên quan",
        Disposition.Duplicate => "Trùng ý kiến đã xử lý",
        Disposition.Verified => "Đã xác minh",
        _ => d.ToString(),
    };
}
