using System.Text.RegularExpressions;

namespace DanVan.Features.Documents.Extraction;

/// <summary>Citations: "&lt;type word&gt; [số] &lt;number&gt; [ngày &lt;date&gt;] [của &lt;issuer&gt;]", merged by number.</summary>
internal static class CitationReader
{
    internal const int TailLength = 240;
    internal const int MaxIssuerLength = 150;

    internal static readonly string TypeWordsPattern =
        string.Join('|', DocumentTypes.Words.Select(w => w.Replace(" ", @"\s+", StringComparison.Ordinal)));

    /// <summary>"Kế hoạch số 70/KH-UBND", "Chỉ thị 33/CT-TTg".</summary>
    internal static readonly Regex ReferencePattern = new(
        $@"\b(?<type>{TypeWordsPattern})\s+(?:số\s*:?\s*)?(?<num>{NumberTokens.TokenPattern})", TextShape.ScanIgnoreCase);


    internal static readonly Regex TermSuffix = new(@"\s*\(?\s*kh(?:óa|oá|oa)\s+[IVXLC]+\s*\)?\s*$", TextShape.ScanIgnoreCase);

    /// <summary>Words that end an issuer phrase when they start a word (lower case: a capitalised "Ban" is a name).</summary>
    internal static readonly string[] IssuerStops =
    [
        "về", "nhằm", "trong", "quy định", "ban hành", "hướng dẫn", "tại", "đã", "để", "theo", "ở", "ngày", "với",
        "thực hiện", "triển khai", "đến", "gắn", "là", "và các", "cụ thể", "phê duyệt", "năm", "giao", "được", "đối với",
        "qua", "từ", "sau", "trước", "khi", "nay", "vừa", "do", "số",
    ];

    internal static string Key(DocumentNumber number) => number.IdentityKey + "|" + number.Year;

    // ---- references (citations, and the subject's own) ----

    internal static List<Reference> FindReferences(ExtractionPage page)
    {
        var found = new List<Reference>();
        var taken = new HashSet<int>();
        foreach (Match match in ReferencePattern.Matches(page.Text))
        {
            page.Ct.ThrowIfCancellationRequested();
            var num = match.Groups["num"];
            var number = NumberTokens.ParseTokenPrefix(page.Text, num.Index, num.Length, out var used);
            if (number is null)
            {
                continue;
            }

            var after = num.Index + used;
            var (date, issuer, end) = ReadTail(page, page.Text, after);
            var phrase = page.Text[match.Index..end].Trim().TrimEnd(',', ';', ' ');
            var type = DocumentTypes.FromWord(match.Groups["type"].Value);
            found.Add(new Reference(number, type, date, issuer, TextShape.Collapse(phrase), match.Index));
            taken.Add(num.Index);
        }

        // "Luật Thi đua, khen thưởng số 06/2022/QH15": a name between the type word and "số".
        foreach (Match match in NumberAfterSo.Matches(page.Text))
        {
            page.Ct.ThrowIfCancellationRequested();
            var numIndex = match.Index + match.Length - 1;
            var numLength = TokenLength(page.Text, numIndex);
            if (taken.Contains(numIndex) || !StartsLikeNumber(page.Text, numIndex, numLength)
                || NumberTokens.ParseTokenPrefix(page.Text, numIndex, numLength, out var used) is not { } number)
            {
                continue;
            }

            var (typeAt, type) = TypeWordBefore(page.Text, match.Index);
            if (type is null && number.Type is null)
            {
                continue;
            }

            var (date, issuer, end) = ReadTail(page, page.Text, numIndex + used);
            var start = typeAt ?? numIndex;
            var phrase = page.Text[start..end].Trim().TrimEnd(',', ';', ' ');
            found.Add(new Reference(number, type ?? number.Type, date, issuer, TextShape.Collapse(phrase), start));
        }

        found.Sort((a, b) => a.Position.CompareTo(b.Position));
        return found;
    }

    /// <summary>
    /// "số 06/2022/QH15", "số: 72/2025/QH15": the match ends at the number's first digit. No capture group: a
    /// non-backtracking match with captures costs several times more, and "số" is everywhere in Vietnamese text; the
    /// token is measured by hand (<see cref="TokenLength"/>).
    /// </summary>
    private static readonly Regex NumberAfterSo = new(@"\bsố\s*:?\s*\d", TextShape.ScanIgnoreCase);

    /// <summary>
    /// Digits, "/" or "-", then a capital letter or a digit ("06/2022", "118/BC", "37-HD"): a cheap test before parsing,
    /// since "số 1/aaaa" and the like occur thousands of times in a long text.
    /// </summary>
    private static bool StartsLikeNumber(string s, int start, int length)
    {
        var end = start + length;
        var i = start;
        while (i < end && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        while (i < end && s[i] == ' ')
        {
            i++;
        }

        if (i >= end || s[i] is not ('/' or '-'))
        {
            return false;
        }

        i++;
        while (i < end && s[i] == ' ')
        {
            i++;
        }

        return i < end && (char.IsUpper(s[i]) || char.IsAsciiDigit(s[i]));
    }

    /// <summary>The length of a number token at <paramref name="start"/> (letters, digits, "&amp;", "/", "-", a space beside a separator), bounded.</summary>
    private static int TokenLength(string s, int start)
    {
        var max = Math.Min(s.Length, start + DocumentNumber.MaxLength);
        var i = start;
        while (i < max)
        {
            var c = s[i];
            var besideSeparator = c == ' ' && ((i + 1 < max && s[i + 1] is '/' or '-') || (i > start && s[i - 1] is '/' or '-'));
            if (!char.IsLetterOrDigit(c) && c is not ('/' or '-' or '&') && !besideSeparator)
            {
                break;
            }

            i++;
        }

        return i - start;
    }

    private static readonly Regex TypeWord = new($@"\b(?<type>{TypeWordsPattern})\b", TextShape.Scan);

    /// <summary>The last type word (capitalised, as a name starts: "Luật", "Nghị quyết") in the same clause, at most 160 characters back.</summary>
    private static (int? At, DocumentType? Type) TypeWordBefore(string s, int position)
    {
        var from = Math.Max(0, position - 160);
        var clause = s.LastIndexOfAny(['\n', ';', '.'], position - 1 < 0 ? 0 : position - 1, position - from);
        from = Math.Max(from, clause + 1);
        (int? At, DocumentType? Type) last = (null, null);
        foreach (Match m in TypeWord.Matches(s[from..position]))
        {
            last = (from + m.Index, DocumentTypes.FromWord(m.Groups["type"].Value));
        }

        return last;
    }

    /// <summary>Reads ", ngày 14/7/2015 của Ban Bí thư Trung ương Đảng (khóa XI)" after a number, within one line.</summary>
    internal static (DateOnly? Date, string? Issuer, int End) ReadTail(ExtractionPage page, string s, int position)
    {
        var lineEnd = s.IndexOf('\n', position);
        var limit = Math.Min(lineEnd < 0 ? s.Length : lineEnd, position + TailLength);
        var tail = s[position..limit];
        var end = 0;
        var i = SkipSeparators(tail, 0);

        var date = DateReader.ReadDate(page, tail, ref i, out var consumed);
        if (consumed)
        {
            end = i;
            i = SkipSeparators(tail, i);
        }

        string? issuer = null;
        foreach (var word in (string[])["của", "giữa"])
        {
            if (!StartsWithWord(tail, i, word))
            {
                continue;
            }

            var from = SkipSeparators(tail, i + word.Length);
            var to = IssuerEnd(tail, from);
            issuer = CleanIssuer(tail[from..to]);
            if (issuer is not null)
            {
                end = to;
                if (date is null && !consumed)
                {
                    var j = SkipSeparators(tail, to);
                    if (StartsWithWord(tail, j, "ngày"))
                    {
                        var d = DateReader.ReadDate(page, tail, ref j, out var dateConsumed);
                        if (dateConsumed)
                        {
                            date = d;
                            end = j;
                        }
                    }
                }
            }

            break;
        }

        return (date, issuer, position + end);
    }

    internal static int SkipSeparators(string s, int i)
    {
        while (i < s.Length && (s[i] == ' ' || s[i] == ','))
        {
            i++;
        }

        return i;
    }

    internal static bool StartsWithWord(string s, int i, string word) =>
        i + word.Length <= s.Length
        && string.Compare(s, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (i + word.Length == s.Length || !char.IsLetterOrDigit(s[i + word.Length]));

    /// <summary>Where an issuer phrase stops: punctuation, a quote, a bracket or a clause word.</summary>
    internal static int IssuerEnd(string s, int from)
    {
        var max = Math.Min(s.Length, from + MaxIssuerLength);
        for (var j = from; j < max; j++)
        {
            var c = s[j];
            if (c is ';' or ',' or '.' or '(' or ')' or '“' or '”' or '"' or '«' or '»' or ':' or '…' or '?' or '!' or '[' or '/')
            {
                return j;
            }

            if (j > from && s[j - 1] == ' ' && IssuerStops.Any(stop => StartsWithStop(s, j, stop)))
            {
                return j;
            }
        }

        return max;
    }

    internal static bool StartsWithStop(string s, int i, string stop) =>
        i + stop.Length <= s.Length
        && string.CompareOrdinal(s, i, stop, 0, stop.Length) == 0
        && (i + stop.Length == s.Length || !char.IsLetterOrDigit(s[i + stop.Length]));

    internal static string? CleanIssuer(string raw)
    {
        var issuer = TermSuffix.Replace(TextShape.Collapse(raw), string.Empty).Trim().TrimEnd('-', '–', ' ');
        return issuer.Length == 0 || !char.IsLetter(issuer[0]) ? null : issuer;
    }

    /// <summary>References merged by number, in order of first appearance; later ones fill a missing date or issuer.</summary>
    internal static List<Reference> Merge(ExtractionPage page, List<Reference> references)
    {
        var merged = new List<Reference>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            page.Ct.ThrowIfCancellationRequested();
            var key = Key(reference.Number);
            if (index.TryGetValue(key, out var at))
            {
                var first = merged[at];
                merged[at] = first with
                {
                    Date = first.Date ?? reference.Date,
                    Issuer = first.Issuer ?? reference.Issuer,
                    Type = first.Type ?? reference.Type,
                };
            }
            else
            {
                index[key] = merged.Count;
                merged.Add(reference);
            }
        }

        return merged;
    }

}
