using System.Text.RegularExpressions;

namespace DanVan.Features.Documents.Extraction;

/// <summary>Number tokens in running text ("70/KH-UBND", "Số: 9476 /BNNMT-CNTY"), cut back to the longest prefix that parses.</summary>
internal static class NumberTokens
{
    internal const string TokenPattern = @"\d{1,6}(?: ?[/\-] ?[\p{L}\p{Nd}&]+)+";

    internal static readonly Regex Token = new(@"\b" + TokenPattern, TextShape.Scan);

    internal static readonly Regex TokenAtStart = new("^" + TokenPattern, TextShape.Scan);

    /// <summary>A number token that parses, cutting trailing groups that do not ("33/CT-TTg - nội" → 33/CT-TTg).</summary>
    internal static DocumentNumber? ParseToken(string? token) => token is null ? null : ParseTokenPrefix(token, 0, token.Length, out _);

    /// <summary>
    /// The longest prefix of the token <c>s[start..start+length)</c> that parses, cutting trailing "/" or "-" groups
    /// that do not; <paramref name="used"/> is where that prefix ends, relative to <paramref name="start"/>.
    /// </summary>
    /// <remarks>
    /// Linear in the token: the prefixes are walked back on indices (no copy of the rest per step, which made a token of
    /// 100,000 groups cost 13 s of CPU), and only a prefix no longer than a number can be
    /// (<see cref="DocumentNumber.MaxLength"/>) is copied and parsed.
    /// </remarks>
    internal static DocumentNumber? ParseTokenPrefix(string s, int start, int length, out int used)
    {
        var token = s.AsSpan(start, length);
        var from = token.Length - token.TrimStart().Length;
        var end = token.TrimEnd().Length;
        while (end > from)
        {
            if (end - from <= DocumentNumber.MaxLength && DocumentNumber.TryParse(s.Substring(start + from, end - from), out var number))
            {
                used = end;
                return number;
            }

            var cut = token[from..end].LastIndexOfAny('/', '-');
            if (cut <= 0)
            {
                break;
            }

            end = from + token.Slice(from, cut).TrimEnd().Length;
        }

        used = 0;
        return null;
    }
}
