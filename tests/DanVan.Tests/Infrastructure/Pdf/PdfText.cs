using System.Text;
using UglyToad.PdfPig;

namespace DanVan.Tests.Infrastructure.Pdf;

/// <summary>A PDF read back (PdfPig): its pages' text, NFC, and the same without any white space for layout-proof checks.</summary>
public sealed record PdfText(int Pages, string Text)
{
    public string Compact { get; } = new(Text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    public static PdfText Read(byte[] pdf)
    {
        Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        return new PdfText(document.NumberOfPages, text.Normalize(NormalizationForm.FormC));
    }

    /// <summary>Whether <paramref name="expected"/> is printed, whatever the line breaks and word spacing.</summary>
    public bool Shows(string expected) => Compact.Contains(new string(expected.Normalize(NormalizationForm.FormC).Where(c => !char.IsWhiteSpace(c)).ToArray()),
        StringComparison.Ordinal);

    /// <summary>Renders the pages to PNG with pdftoppm (poppler-utils) for a person to look at; nothing when it is not installed.</summary>
    public static void SavePngs(byte[] pdf, string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "pdf-pages");
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, name + ".pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = System.Diagnostics.Process.Start("pdftoppm", ["-png", "-r", "60", file, Path.Combine(directory, name)]);
            process.WaitForExit(30_000);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // pdftoppm is not installed here: the PDF file is kept
        }
    }
}
