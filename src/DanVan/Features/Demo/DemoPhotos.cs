using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using DanVan.Features.Models;
using DanVan.Infrastructure.Files;

namespace DanVan.Features.Demo;

/// <summary>
/// Real PNG pictures drawn in memory — a landscape whose colours follow the model's field, the sun placed by a variant —
/// so that the demo's library and public cards show photos without shipping image files.
/// </summary>
public static class DemoPhotos
{
    public const int Variants = 3;

    private static readonly Dictionary<ModelField, ((int R, int G, int B) Sky, (int R, int G, int B) Ground)> Palettes = new()
    {
        [ModelField.Economy] = ((110, 170, 235), (70, 150, 60)),
        [ModelField.CultureSociety] = ((240, 180, 120), (170, 90, 60)),
        [ModelField.DefenceSecurity] = ((120, 150, 200), (90, 110, 70)),
        [ModelField.PoliticalSystem] = ((200, 110, 100), (160, 40, 40)),
        [ModelField.Other] = ((150, 200, 220), (110, 130, 140)),
    };

    private static readonly Dictionary<(ModelField, int), (byte[] Png, string Sha256)> Cache = [];

    /// <summary>The picture for a field and variant, with its SHA-256 (hex), drawn once per process.</summary>
    public static (byte[] Png, string Sha256) For(ModelField field, int variant)
    {
        var key = (field, Math.Abs(variant) % Variants);
        lock (Cache)
        {
            if (!Cache.TryGetValue(key, out var photo))
            {
                var png = Png(480, 300, field, key.Item2);
                photo = (png, Convert.ToHexStringLower(SHA256.HashData(png)));
                Cache[key] = photo;
            }

            return photo;
        }
    }

    /// <summary>Every picture into <paramref name="files"/> (a few kilobytes each; the same bytes are stored once), the demo dossiers' one file and the issued decision's signed copy.</summary>
    public static async Task StoreAllAsync(FileStore files)
    {
        foreach (var field in Enum.GetValues<ModelField>())
        {
            for (var variant = 0; variant < Variants; variant++)
            {
                var (png, sha256) = For(field, variant);
                await files.SaveAsync(sha256, png, CancellationToken.None);
            }
        }

        await files.SaveAsync(DemoNominations.Minutes, CancellationToken.None); // the council minutes the demo dossiers carry
        var signed = DemoDecisions.SignedPdf(); // the signed copy of the demo's issued decision
        await files.SaveAsync(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(signed)), signed, CancellationToken.None);
        var revocation = DemoCertificates.RevocationPdf(); // the signed copy of the demo's revocation decision
        await files.SaveAsync(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(revocation)), revocation, CancellationToken.None);
    }

    public static byte[] Png(int width, int height, ModelField field = ModelField.Economy, int variant = 0)
    {
        var (sky, ground) = Palettes[field];
        var sunX = width * (1 + (2 * variant)) / ((2 * Variants) + 1) + (width / 8);
        var sunY = height / 4;
        var radius = height / 8;
        var raw = new byte[height * (1 + (width * 3))];
        var i = 0;
        for (var y = 0; y < height; y++)
        {
            raw[i++] = 0; // PNG filter type: none
            for (var x = 0; x < width; x++)
            {
                var sun = ((x - sunX) * (x - sunX)) + ((y - sunY) * (y - sunY)) < radius * radius;
                var (r, g, b) = sun ? (250, 205, 50)
                    : y < height * 3 / 5 ? (Shade(sky.R, y, height), Shade(sky.G, y, height), sky.B)
                    : (ground.R, Shade(ground.G, x, width), ground.B);
                raw[i++] = (byte)r;
                raw[i++] = (byte)g;
                raw[i++] = (byte)b;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 2; // colour type: RGB
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                z.Write(raw);
            }

            Chunk(png, "IDAT", compressed.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static int Shade(int value, int position, int extent) => Math.Min(255, value + (position * 50 / extent));

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        s.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        s.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        s.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
