using System.Buffers.Text;
using System.Text;

namespace DanVan.Infrastructure.Web;

/// <summary>A keyset page: the items and an opaque cursor for the next page (null at the end).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static int Clamp(int? limit) => Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);

    /// <summary>Cursor = base64url("sortKey\u001fid"); a malformed cursor is a Vietnamese 400.</summary>
    public static string Encode(string sortKey, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(sortKey + "\u001f" + id.ToString("N")));

    public static Result<(string SortKey, Guid Id)?> Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return ((string, Guid)?)null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var parts = text.Split('\u001f');
            if (parts.Length == 2 && Guid.TryParseExact(parts[1], "N", out var id))
            {
                return ((string, Guid)?)(parts[0], id);
            }
        }
        catch (FormatException)
        {
        }

        return new AppError("bad_cursor", "Tham số cursor không hợp lệ.", "cursor");
    }
}
