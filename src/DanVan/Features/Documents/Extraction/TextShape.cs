using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DanVan.Infrastructure.Text;

namespace DanVan.Features.Documents.Extraction;

/// <summary>Shared character-level helpers of the extraction readers.</summary>
internal static class TextShape
{
    internal const RegexOptions Scan = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
    internal const RegexOptions ScanIgnoreCase = Scan | RegexOptions.IgnoreCase;

    internal static readonly CultureInfo Vi = VietnameseText.Culture;

    // ---- helpers ----

    internal static bool HasLetters(string line) => line.Any(char.IsLetter);

    /// <summary>Has letters and none of them lower case.</summary>
    internal static bool IsCapitalLine(string line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 1;
    }

    internal static string Capitalise(string word) =>
        word.Length == 0 ? word : char.ToUpper(word[0], Vi) + word[1..];

    internal static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString().TrimEnd();
    }
}
