using System.Text;

namespace DanVan.Features.Documents.Extraction;

/// <summary>One extraction: the normalised text, its trimmed lines and the warnings met on the way.</summary>
/// <remarks>Every reader's loop over the lines or over a regex's matches checks <see cref="Ct"/>: the budget and the caller's cancellation.</remarks>
internal sealed class ExtractionPage(string content, CancellationToken ct)
{
    public string Text { get; } = content;

    public string[] Lines { get; } = content.Split('\n').Select(l => WithoutPageMarker(l.Trim())).ToArray();

    public List<string> Warnings { get; } = [];

    public CancellationToken Ct => ct;

    /// <summary>A page of <paramref name="text"/> after <see cref="Normalise"/>.</summary>
    public static ExtractionPage Of(string text, CancellationToken ct) => new(Normalise(text, ct), ct);

    /// <summary>
    /// NFC; one kind of line break; non-breaking, thin and tab spaces → space; zero-width characters dropped; a dash
    /// inside a number becomes "-".
    /// </summary>
    public static string Normalise(string text, CancellationToken ct)
    {
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(composed.Length);
        for (var i = 0; i < composed.Length; i++)
        {
            if ((i & 0x3FFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var c = composed[i];
            switch (c)
            {
                case '\r':
                    sb.Append('\n');
                    if (i + 1 < composed.Length && composed[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD':
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' when IsBetweenDigitsOrLetters(composed, i):
                    sb.Append('-');
                    break;
                case '\n':
                    sb.Append('\n');
                    break;
                default:
                    sb.Append(char.IsWhiteSpace(c) ? ' ' : c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A PDF's page marker glued to the line that follows it: "Trang 1THỦ TƯỚNG CHÍNH PHỦ" → "THỦ TƯỚNG CHÍNH PHỦ"; a line
    /// that is only a marker ("Trang 2") becomes empty.
    /// </summary>
    internal static string WithoutPageMarker(string line)
    {
        if (!line.StartsWith("Trang ", StringComparison.Ordinal))
        {
            return line;
        }

        var i = 6;
        while (i < line.Length && i < 10 && char.IsAsciiDigit(line[i]))
        {
            i++;
        }

        return i == 6 ? line : i == line.Length ? string.Empty : char.IsUpper(line[i]) ? line[i..] : line;
    }

    /// <summary>A dash inside a number ("114–KL/TW") becomes "-"; dashes between words ("an ninh – quốc phòng") stay.</summary>
    private static bool IsBetweenDigitsOrLetters(string s, int i) =>
        i > 0 && i + 1 < s.Length && char.IsLetterOrDigit(s[i - 1]) && char.IsLetterOrDigit(s[i + 1]);
}

internal sealed record Reference(DocumentNumber Number, DocumentType? Type, DateOnly? Date, string? Issuer, string Text, int Position);

internal sealed record IssuanceSentence(string? Issuer, DocumentType? Type, DocumentNumber? Number, DateOnly? Date);

internal sealed record Heading(DocumentType Type, string? Title);

/// <summary>The document's own number, with the date and issuer written next to it where it was found.</summary>
internal sealed record Subject(DocumentNumber Number, DateOnly? Date, string? Issuer);
