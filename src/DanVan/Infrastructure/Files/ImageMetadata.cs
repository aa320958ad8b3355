using System.Buffers.Binary;

namespace DanVan.Infrastructure.Files;

/// <summary>
/// Removes what a photo says about where and by whom it was taken before it is stored: EXIF (with GPS), XMP, IPTC,
/// comments and maker data. The image itself is copied byte for byte. No image library is used: JPEG and PNG are
/// sequences of tagged segments, and only the segments needed to draw the picture are kept (an allow-list, so an
/// unknown segment is dropped rather than kept). Anything after the end of the image (phones append depth maps and
/// thumbnails with their own EXIF there) is dropped too. Linear in the file's size.
/// </summary>
public static class ImageMetadata
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The chunks a PNG needs to be drawn as intended; text, eXIf, tIME and private chunks are not among them.</summary>
    private static readonly HashSet<string> PngKept =
        ["IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "pHYs", "cICP", "acTL", "fcTL", "fdAT"];

    /// <summary>The photo without its metadata, or null when its structure is broken (then it is not stored).</summary>
    public static byte[]? Strip(byte[] content, FileKind kind) => kind switch
    {
        FileKind.Jpeg => StripJpeg(content),
        FileKind.Png => StripPng(content),
        _ => content,
    };

    private static byte[]? StripJpeg(byte[] b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8)
        {
            return null;
        }

        using var output = new MemoryStream(b.Length);
        output.Write([0xFF, 0xD8]);
        var i = 2;
        while (true)
        {
            // A marker: one or more 0xFF fill bytes, then its code.
            if (i >= b.Length || b[i] != 0xFF)
            {
                return null;
            }

            while (i < b.Length && b[i] == 0xFF)
            {
                i++;
            }

            if (i >= b.Length)
            {
                return null;
            }

            var marker = b[i++];
            if (marker == 0xD9)
            {
                output.Write([0xFF, 0xD9]);
                return output.ToArray(); // end of image: whatever follows is dropped
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                output.Write([0xFF, marker]); // no length
                continue;
            }

            if (marker is 0x00 or 0xD8 || i + 2 > b.Length)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i));
            if (length < 2 || i + length > b.Length)
            {
                return null;
            }

            var segment = b.AsSpan(i - 2, length + 2);
            if (KeepJpegSegment(marker, b.AsSpan(i + 2, length - 2)))
            {
                output.Write([0xFF, marker]);
                output.Write(segment[2..]);
            }

            i += length;
            if (marker != 0xDA)
            {
                continue;
            }

            // Start of scan: entropy-coded data up to the next marker that is neither a stuffed 0xFF00 nor a restart.
            var start = i;
            while (i < b.Length && !(b[i] == 0xFF && i + 1 < b.Length && b[i + 1] is not 0x00 and not 0xFF and not (>= 0xD0 and <= 0xD7)))
            {
                i++;
            }

            output.Write(b.AsSpan(start, i - start));
            if (i >= b.Length)
            {
                // A file cut off inside the picture: keep what there is and close it as a viewer would.
                output.Write([0xFF, 0xD9]);
                return output.ToArray();
            }
        }
    }

    /// <summary>
    /// Everything that describes the picture's coding is kept; of the application segments only the JFIF header (APP0),
    /// the colour profile (APP2 "ICC_PROFILE") and Adobe's colour transform (APP14); comments and every other APPn go.
    /// </summary>
    private static bool KeepJpegSegment(byte marker, ReadOnlySpan<byte> data) => marker switch
    {
        0xE0 => data.StartsWith("JFIF\0"u8) || data.StartsWith("JFXX\0"u8),
        0xE2 => data.StartsWith("ICC_PROFILE\0"u8),
        0xEE => data.StartsWith("Adobe"u8),
        >= 0xE0 and <= 0xEF => false,
        0xFE => false,
        _ => true,
    };

    private static byte[]? StripPng(byte[] b)
    {
        if (!b.AsSpan().StartsWith(PngSignature))
        {
            return null;
        }

        using var output = new MemoryStream(b.Length);
        output.Write(PngSignature);
        var i = PngSignature.Length;
        while (i + 12 <= b.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(i));
            if (length > int.MaxValue || i + 12 + (long)length > b.Length)
            {
                return null;
            }

            var type = System.Text.Encoding.ASCII.GetString(b, i + 4, 4);
            var total = 12 + (int)length;
            if (PngKept.Contains(type))
            {
                output.Write(b.AsSpan(i, total));
            }

            i += total;
            if (type == "IEND")
            {
                return output.ToArray();
            }
        }

        return null; // no IEND: cut off or not a PNG
    }
}
