using System.Buffers.Binary;
using System.Text;
using DanVan.Features.Demo;
using DanVan.Features.Models;
using DanVan.Infrastructure.Files;
using DanVan.Tests.Security;

namespace DanVan.Tests.Infrastructure.Files;

/// <summary>The byte-level metadata stripper: EXIF/GPS, XMP, comments and text chunks go; the picture's bytes stay.</summary>
public sealed class ImageMetadataTests
{
    private static readonly byte[] Progressive = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wgARCAAIABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAME/8QAFAEBAAAAAAAAAAAAAAAAAAAAA//aAAwDAQACEAMQAAABnmCP/8QAFhAAAwAAAAAAAAAAAAAAAAAAAAEE/9oACAEBAAEFAnKOU//EABYRAQEBAAAAAAAAAAAAAAAAAAQAAv/aAAgBAwEBPwF6N3//xAAYEQACAwAAAAAAAAAAAAAAAAAAAgMFIf/aAAgBAgEBPwGrnfD/xAAVEAEBAAAAAAAAAAAAAAAAAAAAMf/aAAgBAQAGPwKI/8QAFBABAAAAAAAAAAAAAAAAAAAAEP/aAAgBAQABPyE2/9oADAMBAAIAAwAAABB//8QAFREBAQAAAAAAAAAAAAAAAAAAIQD/2gAIAQMBAT8Qe3//xAAVEQEBAAAAAAAAAAAAAAAAAAAAQf/aAAgBAgEBPxCg/8QAFhAAAwAAAAAAAAAAAAAAAAAAADHB/9oACAEBAAE/EHwPg//Z");

    [Fact]
    public void A_jpeg_loses_its_exif_gps_xmp_and_comments_and_keeps_its_picture_byte_for_byte()
    {
        foreach (var clean in new[] { ModelHardeningTests.Jpeg, Progressive })
        {
            var tagged = WithExifGps(clean);
            tagged.AsSpan().IndexOf("GPS-secret"u8).ShouldBeGreaterThan(0);

            var stripped = ImageMetadata.Strip(tagged, FileKind.Jpeg).ShouldNotBeNull();

            stripped.ShouldBe(clean); // the picture as cjpeg wrote it: it decodes as before
            stripped[..2].ShouldBe(new byte[] { 0xFF, 0xD8 });
            stripped[^2..].ShouldBe(new byte[] { 0xFF, 0xD9 });
            stripped.AsSpan().IndexOf("Exif"u8).ShouldBe(-1);
            stripped.AsSpan().IndexOf("GPS-secret"u8).ShouldBe(-1);
            stripped.AsSpan().IndexOf("ns.adobe.com/xap"u8).ShouldBe(-1);
        }
    }

    [Fact]
    public void A_clean_jpeg_and_a_clean_png_come_out_unchanged()
    {
        ImageMetadata.Strip(ModelHardeningTests.Jpeg, FileKind.Jpeg).ShouldBe(ModelHardeningTests.Jpeg);
        var png = DemoPhotos.For(ModelField.Economy, 0).Png;
        ImageMetadata.Strip(png, FileKind.Png).ShouldBe(png);
    }

    [Fact]
    public void A_png_loses_its_text_xmp_exif_and_time_chunks_and_what_follows_its_end()
    {
        var png = DemoPhotos.For(ModelField.Economy, 1).Png;
        var iend = png.Length - 12;
        byte[] tagged =
        [
            .. png[..33], // signature and IHDR
            .. Chunk("tEXt", "Comment\0GPS-secret 16.75N 107.18E"u8),
            .. Chunk("iTXt", "XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>GPS-secret</x:xmpmeta>"u8),
            .. Chunk("zTXt", "Author\0\0x"u8),
            .. Chunk("eXIf", ExifTiff()),
            .. Chunk("tIME", [0x07, 0xEA, 5, 1, 10, 0, 0]),
            .. Chunk("prVt", "GPS-secret"u8),
            .. png[33..iend],
            .. png[iend..],
            .. "trailing GPS-secret"u8,
        ];

        var stripped = ImageMetadata.Strip(tagged, FileKind.Png).ShouldNotBeNull();

        stripped.ShouldBe(png);
        stripped.AsSpan().IndexOf("GPS-secret"u8).ShouldBe(-1);
    }

    [Fact]
    public void Broken_images_are_refused_and_no_input_makes_the_stripper_throw()
    {
        ImageMetadata.Strip([0xFF, 0xD8, 0xFF, 0xE1, 0x40, 0x00, 0x01], FileKind.Jpeg).ShouldBeNull(); // a segment longer than the file
        ImageMetadata.Strip([0xFF, 0xD8, 0x00, 0x00], FileKind.Jpeg).ShouldBeNull();
        ImageMetadata.Strip(DemoPhotos.For(ModelField.Economy, 2).Png[..40], FileKind.Png).ShouldBeNull();

        var random = new Random(20260501);
        foreach (var (sample, kind) in new[] { (WithExifGps(ModelHardeningTests.Jpeg), FileKind.Jpeg), (DemoPhotos.For(ModelField.Other, 0).Png, FileKind.Png) })
        {
            for (var n = 0; n < 2000; n++)
            {
                var bytes = sample[..random.Next(2, sample.Length + 1)];
                for (var flips = random.Next(0, 4); flips > 0; flips--)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                var result = ImageMetadata.Strip(bytes, kind);
                if (result is not null && kind == FileKind.Jpeg)
                {
                    result[..2].ShouldBe(new byte[] { 0xFF, 0xD8 });
                    result[^2..].ShouldBe(new byte[] { 0xFF, 0xD9 });
                }
            }
        }
    }

    /// <summary>
    /// <paramref name="jpeg"/> as a phone would store it: an EXIF block with GPS coordinates and an XMP packet right
    /// after the start, a comment and a Photoshop IPTC block, and a "second picture" after the end.
    /// </summary>
    internal static byte[] WithExifGps(byte[] jpeg)
    {
        byte[] exif = [.. "Exif\0\0"u8, .. ExifTiff()];
        byte[] xmp = [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. "<x:xmpmeta><exif:GPSLatitude>16,45.0N GPS-secret</exif:GPSLatitude></x:xmpmeta>"u8];
        byte[] head = [0xFF, 0xD8, .. Segment(0xE1, exif), .. Segment(0xE1, xmp)];
        byte[] tail = [.. Segment(0xFE, "GPS-secret comment"u8), .. Segment(0xED, "Photoshop 3.0\0GPS-secret"u8), 0xFF, 0xD9, .. "trailing Exif GPS-secret"u8];
        return [.. head, .. jpeg[2..^2], .. tail];
    }

    /// <summary>A big-endian TIFF block: IFD0 with a GPSInfo pointer, the GPS IFD with latitude, longitude and a marker string.</summary>
    private static byte[] ExifTiff()
    {
        var t = new List<byte>();
        void U16(int v) => t.AddRange([(byte)(v >> 8), (byte)v]);
        void U32(int v) => t.AddRange([(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v]);
        t.AddRange("MM\0*"u8.ToArray());
        U32(8);
        U16(1); // IFD0: one entry, GPSInfo → offset 26
        U16(0x8825); U16(4); U32(1); U32(26);
        U32(0);
        // GPS IFD at 26: LatitudeRef, Latitude (3 rationals at 26+2+4*12+4 = 80), LongitudeRef, Longitude (at 104)
        U16(4);
        U16(0x0001); U16(2); U32(2); t.AddRange("N\0\0\0"u8.ToArray());
        U16(0x0002); U16(5); U32(3); U32(80);
        U16(0x0003); U16(2); U32(2); t.AddRange("E\0\0\0"u8.ToArray());
        U16(0x0004); U16(5); U32(3); U32(104);
        U32(0);
        foreach (var v in new[] { 16, 1, 45, 1, 0, 1, 107, 1, 11, 1, 0, 1 })
        {
            U32(v);
        }

        t.AddRange("GPS-secret"u8.ToArray());
        return [.. t];
    }

    private static byte[] Segment(byte marker, ReadOnlySpan<byte> data)
    {
        var s = new byte[data.Length + 4];
        s[0] = 0xFF;
        s[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(s.AsSpan(2), (ushort)(data.Length + 2));
        data.CopyTo(s.AsSpan(4));
        return s;
    }

    private static byte[] Chunk(string type, ReadOnlySpan<byte> data)
    {
        var c = new byte[data.Length + 12];
        BinaryPrimitives.WriteUInt32BigEndian(c, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(c, 4);
        data.CopyTo(c.AsSpan(8));
        BinaryPrimitives.WriteUInt32BigEndian(c.AsSpan(8 + data.Length), Crc(c.AsSpan(4, 4 + data.Length)));
        return c;
    }

    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
