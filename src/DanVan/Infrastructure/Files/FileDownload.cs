using DanVan.Features.Accounts;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Infrastructure.Files;

/// <summary>
/// A file attached to a record (a document's attachment, a model's or an assessment's evidence), served the one way they
/// all are: within the caller's view scope of the record, always as a download (never inline), every download audited
/// (<see cref="AuditActions.Downloaded"/>: who, which file, which record); outside the scope a 404 — audited as a denial
/// when the file exists.
/// </summary>
public static class FileDownload
{
    public const string NotFoundTitle = "Không tìm thấy tệp hoặc bạn không có quyền xem.";

    /// <summary>The file row joined to its record, as the download and its audit entry read it.</summary>
    public sealed record Found(string FileName, string? ContentType, string Sha256, string? RecordLabel, Guid UnitId);

    /// <summary>
    /// Serves the file <paramref name="visible"/> finds (the file row joined to its record within the caller's scope: empty
    /// otherwise); <paramref name="anywhere"/> is the same file whatever the scope, read only on the refusal path to tell a
    /// denial from a missing file. <paramref name="file"/> and <paramref name="record"/> name the entities for the audit.
    /// </summary>
    public static async Task<IResult> ServeAsync<T>(AppDbContext db, IQueryable<Found> visible, IQueryable<T> anywhere, string what,
        (string Entity, Guid Id) file, (string Entity, Guid Id) record, CancellationToken ct)
    {
        var found = await visible.FirstOrDefaultAsync(ct);
        if (found is null)
        {
            await Access.NotVisibleAsync(db, anywhere, what, ct);
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: NotFoundTitle);
        }

        await AuditLog.RecordDownloadAsync(db, file.Entity, file.Id, found.FileName, record.Entity, record.Id, found.RecordLabel, found.UnitId, ct);
        return StoredFile.Download(db.Files, found.Sha256, found.ContentType ?? "application/octet-stream", found.FileName);
    }
}
