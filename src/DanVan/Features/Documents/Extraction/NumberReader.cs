using System.Text.RegularExpressions;

namespace DanVan.Features.Documents.Extraction;

/// <summary>The document's own number: the "Số:" line, else the subject of a news page.</summary>
internal static class NumberReader
{
    // ---- the document's own number ----

    /// <summary>The first line "Số: 70/KH-UBND" / "Số 39-KH/BDVTU" with a token that parses.</summary>
    internal static DocumentNumber? FindNumberLine(ExtractionPage page)
    {
        var lines = page.Lines;
        for (var i = 0; i < lines.Length; i++)
        {
            page.Ct.ThrowIfCancellationRequested();
            if (NumberOfLine(lines[i]) is { } number)
            {
                return number;
            }

            // "Số:" alone, the number on the next line (two header columns pasted as a sequence).
            if (lines[i] is "Số:" or "Số" or "SỐ:" && i + 1 < lines.Length && NumberOfLine("Số: " + lines[i + 1]) is { } next)
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>"Luật số: 72/2025/QH15", "Nghị quyết số: 35/2023/UBTVQH15": the number line of an act names its type first.</summary>
    private static readonly string[] ActWords = ["Luật", "Bộ luật", "Nghị quyết", "Pháp lệnh"];

    internal static bool IsNumberLine(string line) => NumberOfLine(line) is not null;

    internal static DocumentNumber? NumberOfLine(string line)
    {
        foreach (var word in ActWords)
        {
            if (line.Length < 60 && line.StartsWith(word + " số", StringComparison.Ordinal))
            {
                line = line[(word.Length + 1)..];
                break;
            }
        }

        if (!line.StartsWith("Số", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = line.AsSpan(2).TrimStart();
        if (rest.StartsWith(':'))
        {
            rest = rest[1..].TrimStart();
        }

        if (rest.Length == 0 || !char.IsAsciiDigit(rest[0]))
        {
            return null;
        }

        var match = NumberTokens.TokenAtStart.Match(rest[..Math.Min(rest.Length, 80)].ToString());
        return match.Success ? NumberTokens.ParseToken(match.Value) : null;
    }

    /// <summary>A news page whose title line names its subject: "Kế hoạch 70/KH-UBND 2020 phát động …".</summary>
    /// <remarks>Only a reference that opens the title counts: "Thực hiện Chỉ thị số 33/CT-TTg …" cites, it is not the subject.</remarks>
    internal static Subject? SubjectFromTitle(ExtractionPage page, string? title)
    {
        var match = title is null ? Match.Empty : CitationReader.ReferencePattern.Match(title);
        return match.Success && match.Index == 0 ? FirstSubject(page, title!, [match], "num") : null;
    }

    /// <summary>"Nguồn KH số 814 /KH-UBND ngày 28/12/2021", "(nguồn: Quyết định số 1549/QĐ-UBND ngày 08/7/2021 của UBND tỉnh …)".</summary>
    internal static Subject? SubjectFromSource(ExtractionPage page)
    {
        foreach (var line in page.Lines)
        {
            page.Ct.ThrowIfCancellationRequested();
            if (line.Length > 2_000)
            {
                continue;
            }

            var at = line.IndexOf("nguồn", StringComparison.OrdinalIgnoreCase);
            if (at < 0 || (at > 0 && line[at - 1] is not (' ' or '(')))
            {
                continue;
            }

            var tail = line[at..];
            if (FirstSubject(page, tail, NumberTokens.Token.Matches(tail), null) is { } subject)
            {
                return subject;
            }
        }

        return null;
    }

    internal static Subject? FirstSubject(ExtractionPage page, string s, IEnumerable<Match> matches, string? group)
    {
        foreach (var match in matches)
        {
            page.Ct.ThrowIfCancellationRequested();
            var token = group is null ? match : match.Groups[group];
            if (NumberTokens.ParseTokenPrefix(s, token.Index, token.Length, out var used) is { } number)
            {
                var (date, issuer, _) = CitationReader.ReadTail(page, s, token.Index + used);
                return new Subject(number, date, issuer);
            }
        }

        return null;
    }

}
