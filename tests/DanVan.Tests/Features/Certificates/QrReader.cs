using System.Diagnostics;
using System.Globalization;
using System.Text;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace DanVan.Tests.Features.Certificates;

/// <summary>
/// Reads the QR code of a PDF's first page: pdftoppm renders it to a grey PGM, ZXing decodes the bottom-left corner
/// where the code is printed. Like a phone held at another angle, it tries two resolutions, four quarter turns and two
/// binarizers: at one setting ZXing misses about one valid code in three hundred (zbarimg reads those), which failed CI
/// once. A code that every setting misses is a real failure.
/// </summary>
public static class QrReader
{
    public static string Decode(byte[] pdf)
    {
        foreach (var dpi in (int[])[150, 300])
        {
            var (width, height, pixels) = Render(pdf, dpi);
            // The bottom-left third of the page holds the code; decoding the crop keeps the border's lines out of the detector's way.
            var (x0, y0) = (0, height / 2);
            var (w, h) = (width / 3, height - y0);
            var crop = new byte[w * h];
            for (var y = 0; y < h; y++)
            {
                Buffer.BlockCopy(pixels, ((y0 + y) * width) + x0, crop, y * w, w);
            }

            var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true };
            for (var turn = 0; turn < 4; turn++, (crop, w, h) = (Turn(crop, w, h), h, w))
            {
                var source = new RGBLuminanceSource(crop, w, h, RGBLuminanceSource.BitmapFormat.Gray8);
                foreach (var bitmap in (BinaryBitmap[])[new(new HybridBinarizer(source)), new(new GlobalHistogramBinarizer(source))])
                {
                    if (new QRCodeReader().decode(bitmap, hints) is { } result)
                    {
                        return result.Text;
                    }
                }
            }
        }

        throw new ShouldAssertException("no QR code found on the page (150 and 300 dpi, four turns, two binarizers)");
    }

    /// <summary>The image turned a quarter clockwise: row y of the result is column y of the original, read bottom to top.</summary>
    private static byte[] Turn(byte[] pixels, int width, int height)
    {
        var turned = new byte[pixels.Length];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                turned[(x * height) + (height - 1 - y)] = pixels[(y * width) + x];
            }
        }

        return turned;
    }

    private static (int Width, int Height, byte[] Pixels) Render(byte[] pdf, int dpi)
    {
        var directory = Directory.CreateTempSubdirectory("danvan-qr-").FullName;
        try
        {
            var file = Path.Combine(directory, "page.pdf");
            File.WriteAllBytes(file, pdf);
            using (var process = Process.Start("pdftoppm", ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", "1", "-l", "1", file, Path.Combine(directory, "p")]))
            {
                process.WaitForExit(60_000).ShouldBeTrue();
            }

            return ReadPgm(File.ReadAllBytes(Directory.GetFiles(directory, "p*.pgm").Single()));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>A binary PGM (P5, 8-bit): "P5", width, height, max value, one white-space byte, then the pixels.</summary>
    private static (int Width, int Height, byte[] Pixels) ReadPgm(byte[] bytes)
    {
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(bytes, start, position - start);
        }

        Token().ShouldBe("P5");
        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        int.Parse(Token(), CultureInfo.InvariantCulture).ShouldBe(255);
        position++;
        return (width, height, bytes.AsSpan(position, width * height).ToArray());
    }
}
