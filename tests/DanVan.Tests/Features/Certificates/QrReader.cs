using System.Diagnostics;
using System.Globalization;
using System.Text;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace DanVan.Tests.Features.Certificates;

/// <summary>Reads the QR code of a PDF's first page: pdftoppm renders it to a grey PGM, ZXing decodes the bottom-left corner where the code is printed.</summary>
public static class QrReader
{
    public static string Decode(byte[] pdf)
    {
        var directory = Directory.CreateTempSubdirectory("danvan-qr-").FullName;
        try
        {
            var file = Path.Combine(directory, "page.pdf");
            File.WriteAllBytes(file, pdf);
            using (var process = Process.Start("pdftoppm", ["-r", "150", "-gray", "-f", "1", "-l", "1", file, Path.Combine(directory, "p")]))
            {
                process.WaitForExit(60_000).ShouldBeTrue();
            }

            var (width, height, pixels) = ReadPgm(File.ReadAllBytes(Directory.GetFiles(directory, "p*.pgm").Single()));
            // The bottom-left third of the page holds the code; decoding the crop keeps the border's lines out of the detector's way.
            var (x0, y0) = (0, height / 2);
            var (w, h) = (width / 3, height - y0);
            var crop = new byte[w * h];
            for (var y = 0; y < h; y++)
            {
                Buffer.BlockCopy(pixels, ((y0 + y) * width) + x0, crop, y * w, w);
            }

            var source = new RGBLuminanceSource(crop, w, h, RGBLuminanceSource.BitmapFormat.Gray8);
            var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true };
            var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
            return result.ShouldNotBeNull("no QR code found on the page").Text;
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
