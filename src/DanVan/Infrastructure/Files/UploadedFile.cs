using System.IO.Compression;
using System.Security.Cryptography;
using DanVan.Infrastructure.Web;

namespace DanVan.Infrastructure.Files;

public enum FileKind
{
    Pdf,
    Docx,
    Jpeg,
    Png,
}

/// <summary>An uploaded file whose kind was established from its bytes, never from its name or declared type.</summary>
public sealed record UploadedFile(string FileName, FileKind Kind, string ContentType, byte[] Content, string Sha256);

/// <summary>
/// The one gate for uploads: size limit, magic bytes, and for DOCX a look inside the zip (the parts a Word file must
/// have, entry count, declared sizes and compression ratio) so that a zip bomb is refused before anything reads it.
/// JPEG and PNG photos come out without their metadata (<see cref="ImageMetadata"/>).
/// </summary>
public static class FileCheck
{
    /// <summary>The largest upload, stated once: the check, its message, and every upload form's label.</summary>
    public const int MaxMegabytes = 20;

    public const long MaxBytes = MaxMegabytes * 1024L * 1024;
    private const long MaxUnzippedBytes = 100 * 1024 * 1024;
    private const int MaxZipEntries = 2000;
    private const double MaxRatio = 100;

    /// <summary>A file's size as people read it: "850 KB", "2,4 MB".</summary>
    public static string SizeLabel(long bytes) =>
        bytes >= 1024 * 1024 ? (bytes / 1048576.0).ToString("0.#", Text.VietnameseText.Culture) + " MB" : Math.Max(1, bytes / 1024) + " KB";

    public static async Task<Result<UploadedFile>> ReadAsync(IFormFile? file, IReadOnlyCollection<FileKind> allowed, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return new AppError("file.empty", "Vui lòng chọn tệp.", "file");
        }

        if (file.Length > MaxBytes)
        {
            return new AppError("file.too_large", $"Tệp “{file.FileName}” quá lớn; tối đa {MaxMegabytes} MB.", "file");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return Check(file.FileName, buffer.ToArray(), allowed);
    }

    public static Result<UploadedFile> Check(string fileName, byte[] content, IReadOnlyCollection<FileKind> allowed)
    {
        var name = SafeName(fileName);
        if (content.Length == 0)
        {
            return new AppError("file.empty", "Tệp rỗng.", "file");
        }

        if (content.Length > MaxBytes)
        {
            return new AppError("file.too_large", $"Tệp “{name}” quá lớn; tối đa {MaxMegabytes} MB.", "file");
        }

        var kind = Sniff(content);
        if (kind is null || !allowed.Contains(kind.Value))
        {
            return new AppError("file.kind", $"Tệp “{name}” không phải là {string.Join(", ", allowed.Select(Label))} hợp lệ (kiểm tra theo nội dung tệp).", "file");
        }

        if (kind == FileKind.Docx && InspectDocx(content) is { } bad)
        {
            return new AppError("file.docx", $"Tệp “{name}”: {bad}", "file");
        }

        // Photos are stored without what they say about where and by whom they were taken (EXIF with GPS, XMP, comments).
        if (ImageMetadata.Strip(content, kind.Value) is not { } stored)
        {
            return new AppError("file.image", $"Tệp “{name}” là {Label(kind.Value)} bị hỏng (cấu trúc tệp không hợp lệ).", "file");
        }

        return new UploadedFile(name, kind.Value, ContentType(kind.Value), stored, Convert.ToHexStringLower(SHA256.HashData(stored)));
    }

    public static string Label(FileKind kind) => kind switch
    {
        FileKind.Pdf => "PDF",
        FileKind.Docx => "Word (DOCX)",
        FileKind.Jpeg => "ảnh JPEG",
        FileKind.Png => "ảnh PNG",
        _ => kind.ToString(),
    };

    public static string ContentType(FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        _ => "application/octet-stream",
    };

    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static FileKind? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("%PDF-"u8))
        {
            return FileKind.Pdf;
        }

        if (b.StartsWith("PK\u0003\u0004"u8))
        {
            return FileKind.Docx;
        }

        if (b.Length > 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF)
        {
            return FileKind.Jpeg;
        }

        return b.StartsWith(PngMagic) ? FileKind.Png : null;
    }

    private static string? InspectDocx(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxZipEntries)
            {
                return "tệp nén có quá nhiều thành phần.";
            }

            long total = 0;
            var hasTypes = false;
            var hasDocument = false;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUnzippedBytes || (entry.CompressedLength > 0 && (double)entry.Length / entry.CompressedLength > MaxRatio)
                    || (entry.CompressedLength == 0 && entry.Length > 0))
                {
                    return "tệp nén bất thường (tỷ lệ nén quá cao) nên bị từ chối.";
                }

                hasTypes |= entry.FullName == "[Content_Types].xml";
                hasDocument |= entry.FullName == "word/document.xml";
            }

            return hasTypes && hasDocument ? null : "không phải tệp Word (DOCX) hợp lệ.";
        }
        catch (InvalidDataException)
        {
            return "tệp nén bị hỏng.";
        }
    }

    /// <summary>The name shown and sent back: no path, no control characters, bounded length.</summary>
    public static string SafeName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c is not '"' and not '/' and not ':').ToArray()).Trim();
        if (name.Length == 0)
        {
            name = "tep";
        }

        return name.Length > 200 ? name[^200..] : Text.VietnameseText.Clean(name)!;
    }
}
