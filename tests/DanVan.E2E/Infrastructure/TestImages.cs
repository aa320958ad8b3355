using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace DanVan.E2E.Infrastructure;

/// <summary>Real PNG files drawn in memory (a sky-to-field gradient with a sun), for upload steps that need a photo a person could look at.</summary>
public static class TestImages
{
    public static byte[] Png(int width = 480, int height = 300)
    {
        var raw = new byte[height * (1 + (width * 3))];
        var i = 0;
        for (var y = 0; y < height; y++)
        {
            raw[i++] = 0; // filter: none
            for (var x = 0; x < width; x++)
            {
                var sun = ((x - (width * 3 / 4)) * (x - (width * 3 / 4))) + ((y - (height / 4)) * (y - (height / 4))) < (height / 8) * (height / 8);
                var (r, g, b) = sun ? (250, 200, 40) : y < height * 3 / 5 ? (90 + (y * 100 / height), 150 + (y * 60 / height), 230) : (60, 140 + (x * 60 / width), 60);
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
        header[8] = 8; // bit depth
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
