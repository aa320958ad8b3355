using Microsoft.Net.Http.Headers;

namespace DanVan.Infrastructure.Files;

/// <summary>Serves a stored file by streaming it from the <see cref="FileStore"/> (never read whole into memory).</summary>
public static class StoredFile
{
    /// <summary>
    /// The file of <paramref name="sha256"/>: as a download named <paramref name="fileName"/>, or inline when the name is
    /// null (a published photo in an <c>img</c>). Its hash is its ETag: the content under a hash never changes. A row
    /// whose file is missing is a broken store, not a user error: it throws, and the exception handler logs it and
    /// answers 500.
    /// </summary>
    public static IResult Download(FileStore files, string sha256, string contentType, string? fileName)
    {
        var stream = files.OpenRead(sha256)
            ?? throw new FileNotFoundException($"The stored file {sha256} is missing from {files.Root}: restore it from a backup.");
        return TypedResults.File(stream, contentType, fileName, entityTag: new EntityTagHeaderValue($"\"{sha256}\""), enableRangeProcessing: true);
    }
}
