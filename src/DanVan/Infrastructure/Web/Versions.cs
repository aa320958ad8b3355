using System.Globalization;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Infrastructure.Web;

/// <summary>
/// The version round trip (ADR 0013): a reader gets a row's <see cref="IVersioned.Version"/> (the DTO's <c>version</c>,
/// the API's <c>ETag: "n"</c>, a page form's hidden field) and sends it back with the edit (<c>If-Match: "n"</c>, the same
/// hidden field). A write whose version is not the row's current one is refused with <see cref="AppError.Stale"/>.
/// </summary>
public static class Versions
{
    /// <summary>
    /// Refuses the write when the caller read an older version; otherwise marks the row modified, so that its version is
    /// bumped and matched on save even when only its child rows change (a race after this check is still refused).
    /// </summary>
    public static AppError? Expect<T>(this AppDbContext db, T row, int? expected) where T : class, IVersioned, IStamped
    {
        if (expected is { } version && version != row.Version)
        {
            return AppError.Stale(row.UpdatedAt);
        }

        db.Entry(row).Property(nameof(IVersioned.Version)).IsModified = true;
        return null;
    }

    /// <summary>The strong entity tag of a version: the number in quotes.</summary>
    public static string ETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// When the row changed under a save (<see cref="DbUpdateConcurrencyException"/>): the time of the change that won, read
    /// again from the database, or null when it cannot be read (the row was deleted, or it has no stamps).
    /// </summary>
    public static async Task<DateTime?> ChangedAtAsync(DbUpdateConcurrencyException exception, CancellationToken ct)
    {
        try
        {
            foreach (var entry in exception.Entries)
            {
                if (entry.Entity is IStamped && await entry.GetDatabaseValuesAsync(ct) is { } values)
                {
                    return values.GetValue<DateTime>(nameof(IStamped.UpdatedAt));
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or ObjectDisposedException)
        {
            // The message without the time is still the right answer.
        }

        return null;
    }
}

/// <summary>
/// The <c>If-Match</c> request header of a write on the API, bound as a handler parameter. Optional: without it the
/// write applies to the current version (as before); <c>*</c> means the same. <c>"n"</c> (or <c>W/"n"</c>) must be the
/// current version, otherwise the answer is 409 <c>stale</c>. Anything else is a 400 naming the header.
/// </summary>
public sealed record IfMatch(int? Version)
{
    public const string Header = "If-Match";

    public static ValueTask<IfMatch?> BindAsync(HttpContext http)
    {
        var raw = http.Request.Headers.IfMatch.ToString().Trim();
        if (raw.Length == 0 || raw == "*")
        {
            return ValueTask.FromResult<IfMatch?>(new IfMatch((int?)null));
        }

        var tag = raw.StartsWith("W/", StringComparison.Ordinal) ? raw[2..] : raw;
        if (tag.Length > 2 && tag[0] == '"' && tag[^1] == '"'
            && int.TryParse(tag.AsSpan(1, tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return ValueTask.FromResult<IfMatch?>(new IfMatch(version));
        }

        var message = AppError.BadValue(Header).Message + " Dạng đúng: If-Match: \"số phiên bản\" (lấy từ ETag hoặc trường version).";
        throw new BadHttpRequestException(message, StatusCodes.Status400BadRequest, new FormatException(message));
    }
}
