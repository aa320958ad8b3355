using System.Text.RegularExpressions;
using DanVan.Infrastructure.Text;

namespace DanVan.Features.Documents.Extraction;

/// <summary>The place and date line: "Quảng Ngãi, ngày 04 tháng 6 năm 2020".</summary>
internal static class PlaceDateReader
{
    internal static readonly Regex PlaceDate = new(
        @"^(?<place>\p{Lu}[\p{L}.]*(?:\s+[\p{L}.]+){0,6})\s*,\s*(?<date>[Nn]gày(?:\s.*)?)$", TextShape.Scan);

    /// <summary>
    /// The first line "&lt;place&gt;, ngày &lt;date&gt;". Two header columns pasted as a sequence of lines break it: the date
    /// may go on over the next line ("Hà Nội, ngày 24" / "tháng 11 năm 2025") and the place may start on the line before
    /// ("Hà" / "Nội, ngày 05 tháng 12 năm 2025"); both halves are joined.
    /// </summary>
    internal static (string? Place, DateOnly? Date) FindPlaceDate(ExtractionPage page)
    {
        var lines = page.Lines;
        for (var n = 0; n < lines.Length; n++)
        {
            page.Ct.ThrowIfCancellationRequested();
            var raw = lines[n];
            if (raw.Length is 0 or > 200)
            {
                continue;
            }

            var line = raw;
            if (line.StartsWith("Số", StringComparison.OrdinalIgnoreCase))
            {
                var token = NumberTokens.Token.Match(line);
                if (token.Success && token.Index < 8)
                {
                    line = line[(token.Index + token.Length)..].Trim();
                }
            }

            var match = PlaceDate.Match(line);
            if (!match.Success)
            {
                continue;
            }

            var place = TextShape.Collapse(match.Groups["place"].Value);
            var folded = VietnameseText.Fold(place);
            if (folded.StartsWith("thu ", StringComparison.Ordinal) || folded is "hom nay" or "chu nhat" or "nguon" || place.Split(' ').Length > 7)
            {
                continue;
            }

            var dateText = match.Groups["date"].Value;
            var i = 0;
            var date = DateReader.ReadDate(page, dateText, ref i, out var consumed);
            if (!consumed && NextLine(lines, n) is { } next && next.Length <= 60)
            {
                dateText = dateText.TrimEnd() + " " + next;
                i = 0;
                date = DateReader.ReadDate(page, dateText, ref i, out consumed);
            }

            if (consumed)
            {
                return (n > 0 && IsPlaceFragment(lines[n - 1]) ? lines[n - 1] + " " + place : place, date);
            }
        }

        return (null, null);
    }

    private static string? NextLine(string[] lines, int n)
    {
        for (var k = n + 1; k < lines.Length && k <= n + 2; k++)
        {
            if (lines[k].Length > 0)
            {
                return lines[k];
            }
        }

        return null;
    }

    /// <summary>"Hà" before "Nội, ngày …": one or two capitalised words of letters, not a line of capitals.</summary>
    private static bool IsPlaceFragment(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 1 or 2 && line.Length <= 20 && !TextShape.IsCapitalLine(line)
               && words.All(w => w.All(char.IsLetter) && char.IsUpper(w[0]));
    }
}
