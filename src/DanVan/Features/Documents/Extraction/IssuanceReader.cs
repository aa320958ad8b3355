using System.Text.RegularExpressions;

namespace DanVan.Features.Documents.Extraction;

/// <summary>Issuance sentences of news pages: "Ngày 03/5/2019, Chủ tịch UBND tỉnh Ninh Thuận ban hành Kế hoạch số 1816/KH-UBND".</summary>
internal static class IssuanceReader
{
    /// <summary>"ban hành Kế hoạch số 1816/KH-UBND", "đã ban hành Kế hoạch triển khai".</summary>
    internal static readonly Regex Issuance = new(
        $@"\bban\s+hành\s+(?<type>{CitationReader.TypeWordsPattern})(?:\s+(?:số\s*:?\s*)?(?<num>{NumberTokens.TokenPattern}))?", TextShape.ScanIgnoreCase);

    // ---- issuance sentences ("Ngày 03/5/2019, Chủ tịch UBND tỉnh Ninh Thuận ban hành Kế hoạch số 1816/KH-UBND") ----

    internal static List<IssuanceSentence> FindIssuances(ExtractionPage page)
    {
        var found = new List<IssuanceSentence>();
        foreach (Match match in Issuance.Matches(page.Text))
        {
            page.Ct.ThrowIfCancellationRequested();
            var num = match.Groups["num"];
            var number = num.Success ? NumberTokens.ParseTokenPrefix(page.Text, num.Index, num.Length, out _) : null;
            var type = DocumentTypes.FromWord(match.Groups["type"].Value);

            var start = match.Index;
            var stop = Math.Max(0, start - 200);
            var delimiter = start - 1;
            while (delimiter >= stop && page.Text[delimiter] is not ('\n' or ',' or '.' or ';' or ':' or '(' or ')' or '!' or '?' or '“' or '”' or '"'))
            {
                delimiter--;
            }

            var subject = page.Text[(delimiter + 1)..start].Trim();
            foreach (var filler in (string[])["đã", "vừa", "chính thức"])
            {
                if (subject.EndsWith(" " + filler, StringComparison.Ordinal))
                {
                    subject = subject[..^(filler.Length + 1)].TrimEnd();
                }
            }

            var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            var issuer = words is >= 1 and <= 12 && char.IsUpper(subject[0]) ? subject : null;

            DateOnly? date = null;
            if (delimiter >= 0 && page.Text[delimiter] == ',')
            {
                // Only the 60 characters before the comma matter: looking further back for the line's start would make
                // a long line of issuance sentences quadratic.
                var window = Math.Min(delimiter + 1, 61);
                var lineStart = page.Text.LastIndexOf('\n', delimiter, window) + 1;
                var before = page.Text[Math.Max(lineStart, delimiter - 60)..delimiter];
                var dateMatch = DateReader.DateBeforeComma.Match(before);
                if (dateMatch.Success)
                {
                    date = DateReader.ToDate(page, dateMatch);
                }
            }

            found.Add(new IssuanceSentence(issuer, type, number, date));
        }

        return found;
    }

}
