using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Documents;

/// <summary>A document referred to inside another one: "Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ".</summary>
/// <param name="Number">The canonical number (<see cref="DocumentNumber.Format"/>): "16/CT-TTg".</param>
/// <param name="Text">The citation phrase as written, from the type word to the issuer.</param>
public sealed record ExtractedCitation(string Number, DocumentType? Type, DateOnly? IssueDate, string? Issuer, string Text);

/// <summary>What <see cref="DocumentExtractor.Extract"/> recognised in a pasted document or scraped web page.</summary>
public sealed record ExtractedDocument(
    string? Number,
    DocumentType? Type,
    string? Issuer,
    string? Place,
    DateOnly? IssueDate,
    string? Title,
    string? Signer,
    string? SigningCapacity,
    IReadOnlyList<ExtractedCitation> Citations,
    IReadOnlyList<string> Warnings);

/// <summary>
/// Reads the metadata of a Vietnamese administrative document from plain text: its own number, type, issuer, place
/// and date, title, signer, and the documents it cites. Pure and database-free.
/// </summary>
/// <remarks>
/// <para>
/// The text may be a clean document or a scraped web page (navigation lines, "Số hiệu: … Loại văn bản: …" property
/// blocks, contact blocks, letters missing from words). Every regex runs with <see cref="RegexOptions.NonBacktracking"/>
/// (linear in the input), the hand-written scanners look at bounded slices (one line, at most a few hundred
/// characters after a match or before it), and a number token is cut back group by group on indices, parsing only
/// prefixes short enough to be a number, so the whole pass is linear in the text length. On top of that each call has a
/// time budget (<see cref="Budget"/>) checked in every loop, and the caller's cancellation is honoured: whatever the
/// text, one request cannot hold a core for long (QUALITY.md "bounded work per request").
/// </para>
/// <para>Heuristics, in order of preference for each field:</para>
/// <list type="bullet">
/// <item><b>Number</b>: the first line "Số: X" / "Số X" whose token parses as a <see cref="DocumentNumber"/>; else the
/// "Số hiệu:" property; else the <i>subject</i> of a news page: (1) a document reference in the page's title line,
/// (2) an issuance sentence "… ban hành Kế hoạch số X", (3) a source line ("Nguồn KH số X", "(nguồn: Quyết định số X …)").
/// A news page about work done under someone else's plan (seed 001) has no number of its own.</item>
/// <item><b>Type</b>: the heading word after the national motto ("KẾ HOẠCH"); else the number's type code; else
/// "Loại văn bản:".</item>
/// <item><b>Issuer</b>: the capital-letter lines just above "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (or the Party motto),
/// case-restored ("ỦY BAN NHÂN DÂN / TỈNH QUẢNG NGÃI" → "Ủy ban nhân dân tỉnh Quảng Ngãi"); when the block names a
/// parent and a child organ ("UBND TỈNH … / SỞ NỘI VỤ") the last organ is the issuer. Else "Nơi ban hành:" /
/// "Cơ quan ban hành:"; else the subject's issuance sentence ("Chủ tịch UBND tỉnh Ninh Thuận ban hành …"); else the
/// issuer cited with the subject's number ("… của UBND tỉnh").</item>
/// <item><b>Place and date</b>: a line "Quảng Ngãi, ngày 04 tháng 6 năm 2020" (also "ngày 04/6/2020"); else
/// "Ngày ban hành:"; else the date of the issuance sentence or of a citation of the subject's number.</item>
/// <item><b>Title</b>: the capital lines under the heading, sentence-cased: everything lower case except the first
/// letter, the first letter after an opening quote (“ « or a " after a space), a few acronyms (UBND, HĐND, MTTQ …),
/// Roman numerals, words with digits, and "Việt Nam"/"Hồ Chí Minh". A mixed-case "Về việc …" line is kept as written.
/// Else the page's title line (the first line near the top with 6–60 words that is not navigation).</item>
/// <item><b>Signer and capacity</b>: after "Nơi nhận:" (or the last "KT."/"TM."/"Q."/"TL."/"TUQ." line), the capital
/// lines are the capacity and the next line that looks like a personal name is the signer. Capacity lines are joined
/// with " – " and case-restored, keeping the prefix: "KT. Chủ tịch – Phó Chủ tịch". Else "Người ký:".</item>
/// <item><b>Citations</b>: every "&lt;type word&gt; [số] &lt;number&gt; [,] [ngày &lt;date&gt;] [của|giữa &lt;issuer&gt;]". The
/// issuer ends at punctuation, a quote, "(" or a following clause word (về, nhằm, trong, quy định, ban hành, ở …); a
/// trailing "khóa XII" is dropped. Only numbers that parse count; deduplicated by number (first occurrence wins, later
/// ones fill a missing date or issuer); the document's own number is left out.</item>
/// <item><b>Dates</b>: "04/06/2020", "04-6-2020", "04.6.2020", "ngày 04 tháng 6 năm 2020". A date that does not exist
/// (31/02/2020) is ignored with a warning.</item>
/// </list>
/// </remarks>
public static class DocumentExtractor
{
    /// <summary>The longest text accepted, stated once: the error message and the page's textarea use it.</summary>
    public const int MaxTextLength = 200_000;

    /// <summary>The most time one extraction may take; linear work on the longest text needs a small fraction of it.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    private const RegexOptions Scan = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
    private const RegexOptions ScanIgnoreCase = Scan | RegexOptions.IgnoreCase;
    private const int TailLength = 240;
    private const int MaxIssuerLength = 150;

    private const string TokenPattern = @"\d{1,6}(?: ?[/\-] ?[\p{L}\p{Nd}&]+)+";

    private static readonly string TypeWordsPattern =
        string.Join('|', DocumentTypes.Words.Select(w => w.Replace(" ", @"\s+", StringComparison.Ordinal)));

    /// <summary>"Kế hoạch số 70/KH-UBND", "Chỉ thị 33/CT-TTg".</summary>
    private static readonly Regex ReferencePattern = new(
        $@"\b(?<type>{TypeWordsPattern})\s+(?:số\s*:?\s*)?(?<num>{TokenPattern})", ScanIgnoreCase);

    /// <summary>"ban hành Kế hoạch số 1816/KH-UBND", "đã ban hành Kế hoạch triển khai".</summary>
    private static readonly Regex Issuance = new(
        $@"\bban\s+hành\s+(?<type>{TypeWordsPattern})(?:\s+(?:số\s*:?\s*)?(?<num>{TokenPattern}))?", ScanIgnoreCase);

    private static readonly Regex Token = new(@"\b" + TokenPattern, Scan);

    private static readonly Regex TokenAtStart = new("^" + TokenPattern, Scan);

    private const string DatePattern =
        @"(?<d>\d{1,2})(?:\s*[/.\-]\s*|\s+tháng\s+)(?<m>\d{1,2})(?:\s*[/.\-]\s*|\s+năm\s+)(?<y>\d{4})";

    private static readonly Regex DateAtStart = new(@"^(?:ngày\s+)?" + DatePattern, ScanIgnoreCase);

    private static readonly Regex DateBeforeComma = new(@"\bngày\s+" + DatePattern + @"\s*$", ScanIgnoreCase);

    private static readonly Regex PlaceDate = new(
        @"^(?<place>\p{Lu}[\p{L}.]*(?:\s+[\p{L}.]+){0,6})\s*,\s*(?<date>[Nn]gày\s.*)$", Scan);

    private static readonly Regex Motto = new(@"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM", Scan);

    private static readonly Regex PartyMotto = new(@"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM", Scan);

    private static readonly Regex TermSuffix = new(@"\s*\(?\s*kh(?:óa|oá|oa)\s+[IVXLC]+\s*\)?\s*$", ScanIgnoreCase);

    private static readonly Regex CapacityPrefix = new(@"^(?:(?:KT|TM|Q|TL|TUQ)\.|T/M )", Scan);

    private static readonly string[] PropertyLabels =
    [
        "Số hiệu:", "Loại văn bản:", "Nơi ban hành:", "Cơ quan ban hành:", "Người ký:", "Ngày ban hành:",
        "Ngày hiệu lực:", "Ngày có hiệu lực:", "Ngày công báo:", "Số công báo:", "Tình trạng:", "Lĩnh vực:",
    ];

    /// <summary>Words that end an issuer phrase when they start a word (lower case: a capitalised "Ban" is a name).</summary>
    private static readonly string[] IssuerStops =
    [
        "về", "nhằm", "trong", "quy định", "ban hành", "hướng dẫn", "tại", "đã", "để", "theo", "ở", "ngày", "với",
        "thực hiện", "triển khai", "đến", "gắn", "là", "và các", "cụ thể", "phê duyệt", "năm", "giao", "được", "đối với",
        "qua", "từ", "sau", "trước", "khi", "nay", "vừa", "do", "số",
    ];

    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "UBND", "HĐND", "MTTQ", "ĐBQH", "TW", "CP", "BCH", "QH", "BHXH", "CNTT", "TP", "TTHC", "CCHC", "BCĐ", "TTg",
        "CNXH", "XHCN", "PCCC", "ATGT", "VPUB", "THCS", "THPT",
    };

    private static readonly string[] AdministrativeUnits =
        ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu"];

    private static readonly string[] Organs =
    [
        "ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân", "ubnd", "hđnd", "tỉnh ủy", "tỉnh uỷ", "thành ủy",
        "thành uỷ", "huyện ủy", "huyện uỷ", "đảng ủy", "đảng uỷ", "đảng bộ", "văn phòng", "sở", "ban", "phòng",
        "trung tâm", "chi cục", "tổng cục", "cục", "bộ", "viện", "trường", "ủy ban", "uỷ ban", "hội đồng",
    ];

    private static readonly string[] NavigationPrefixes =
        ["chao mung", "tu khoa", "tu khoa:", "dang nhap", "co chu", "trang chu", "ban dang o", "hotline", "email", "dang tai"];

    private static readonly CultureInfo Vi = VietnameseText.Culture;

    /// <summary>
    /// The document's metadata, or a Vietnamese error for empty, over-long or unrecognisable text, or for text that could
    /// not be read within <see cref="Budget"/>. Throws <see cref="OperationCanceledException"/> when <paramref name="ct"/>
    /// is cancelled (the caller has gone: nobody is waiting for an answer).
    /// </summary>
    public static Result<ExtractedDocument> Extract(string text, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new AppError("empty_text", "Văn bản trống: hãy dán nội dung văn bản cần nhận dạng.", "text");
        }

        if (text.Length > MaxTextLength)
        {
            return new AppError(
                "text_too_long",
                $"Văn bản quá dài ({text.Length.ToString("N0", Vi)} ký tự); tối đa {MaxTextLength.ToString("N0", Vi)} ký tự.",
                "text");
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(Budget);
        ExtractedDocument? document;
        try
        {
            document = new Page(Normalise(text, budget.Token), budget.Token).Read();
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new AppError(
                "text_too_complex",
                "Văn bản quá phức tạp, không nhận dạng được trong thời gian cho phép; hãy dán phần đầu (số, ngày, trích yếu) và phần căn cứ của văn bản.",
                "text");
        }

        return document is null
            ? new AppError("not_a_document", "Không nhận ra văn bản: không tìm thấy số, ký hiệu hay ngày ban hành.", "text")
            : document;
    }

    /// <summary>NFC; one kind of line break; non-breaking, thin and tab spaces → space; zero-width characters dropped.</summary>
    private static string Normalise(string text, CancellationToken ct)
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

    /// <summary>A dash inside a number ("114–KL/TW") becomes "-"; dashes between words ("an ninh – quốc phòng") stay.</summary>
    private static bool IsBetweenDigitsOrLetters(string s, int i) =>
        i > 0 && i + 1 < s.Length && char.IsLetterOrDigit(s[i - 1]) && char.IsLetterOrDigit(s[i + 1]);

    private sealed record Reference(DocumentNumber Number, DocumentType? Type, DateOnly? Date, string? Issuer, string Text, int Position);

    private sealed record IssuanceSentence(string? Issuer, DocumentType? Type, DocumentNumber? Number, DateOnly? Date);

    private sealed record Heading(DocumentType Type, string? Title);

    /// <summary>The document's own number, with the date and issuer written next to it where it was found.</summary>
    private sealed record Subject(DocumentNumber Number, DateOnly? Date, string? Issuer);

    /// <summary>One extraction: the normalised text, its trimmed lines and the warnings met on the way.</summary>
    /// <remarks>Every loop over the lines or over a regex's matches checks <c>ct</c>: the budget and the caller's cancellation.</remarks>
    private sealed class Page(string content, CancellationToken ct)
    {
        private readonly string text = content;
        private readonly string[] lines = content.Split('\n').Select(l => l.Trim()).ToArray();
        private readonly List<string> warnings = [];

        public ExtractedDocument? Read()
        {
            var properties = ReadProperties();
            var motto = FindMotto();
            var heading = FindHeading(motto.Index);
            var references = FindReferences();
            var issuances = FindIssuances();
            var pageTitle = FindPageTitle();

            var subject = FindNumberLine() is { } numberLine
                ? new Subject(numberLine, null, null)
                : ParseToken(properties.GetValueOrDefault("Số hiệu:")) is { } property
                    ? new Subject(property, null, null)
                    : SubjectFromTitle(pageTitle)
                      ?? issuances.Where(i => i.Number is not null).Select(i => new Subject(i.Number!, i.Date, i.Issuer)).FirstOrDefault()
                      ?? SubjectFromSource();
            var own = subject?.Number;

            var ownKey = own is null ? null : Key(own);
            var merged = Merge(references);
            var ownCitation = ownKey is null ? null : merged.FirstOrDefault(r => Key(r.Number) == ownKey);
            var ownIssuance = ownKey is null ? null : issuances.FirstOrDefault(i => i.Number is not null && Key(i.Number) == ownKey);

            var type = heading?.Type ?? own?.Type ?? DocumentTypes.FromWord(properties.GetValueOrDefault("Loại văn bản:"));
            var issuer = HeaderIssuer(motto)
                         ?? Value(properties.GetValueOrDefault("Nơi ban hành:"))
                         ?? Value(properties.GetValueOrDefault("Cơ quan ban hành:"))
                         ?? ownIssuance?.Issuer
                         ?? subject?.Issuer
                         ?? ownCitation?.Issuer
                         ?? issuances.FirstOrDefault(i => i.Number is null && i.Issuer is not null && type is not null && i.Type == type)?.Issuer;
            var (place, placeDate) = FindPlaceDate();
            var date = placeDate
                       ?? DateOf(properties.GetValueOrDefault("Ngày ban hành:"))
                       ?? ownIssuance?.Date
                       ?? subject?.Date
                       ?? ownCitation?.Date;
            var title = heading?.Title ?? pageTitle;
            var (signer, capacity) = FindSignature();
            signer ??= PersonName(properties.GetValueOrDefault("Người ký:"));

            var citations = merged
                .Where(r => Key(r.Number) != ownKey)
                .Select(r => new ExtractedCitation(r.Number.Format(), r.Type ?? r.Number.Type, r.Date, r.Issuer, r.Text))
                .ToList();

            if (own is null && citations.Count == 0 && type is null && date is null)
            {
                return null;
            }

            if (own is null)
            {
                warnings.Add("Không tìm thấy số, ký hiệu của chính văn bản.");
            }

            if (date is null)
            {
                warnings.Add("Không tìm thấy ngày ban hành của văn bản.");
            }

            return new ExtractedDocument(
                own?.Format(), type, issuer, place, date, title, signer, capacity, citations, warnings.Distinct().ToList());
        }

        private static string Key(DocumentNumber number) => number.IdentityKey + "|" + number.Year;

        private static string? Value(string? property) =>
            string.IsNullOrWhiteSpace(property) || VietnameseText.Fold(property) is "dang cap nhat" or "da biet" ? null : property;

        // ---- properties ("Số hiệu: 70/KH-UBND Loại văn bản: Kế hoạch") ----

        private Dictionary<string, string> ReadProperties()
        {
            var found = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in lines)
            {
                ct.ThrowIfCancellationRequested();
                if (line.Length is 0 or > 400 || line.IndexOf(':', StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                var hits = new List<(int Start, string Label)>();
                foreach (var label in PropertyLabels)
                {
                    var at = line.IndexOf(label, StringComparison.OrdinalIgnoreCase);
                    if (at >= 0 && (at == 0 || line[at - 1] == ' '))
                    {
                        hits.Add((at, label));
                    }
                }

                hits.Sort((a, b) => a.Start.CompareTo(b.Start));
                for (var h = 0; h < hits.Count; h++)
                {
                    var from = hits[h].Start + hits[h].Label.Length;
                    var to = h + 1 < hits.Count ? hits[h + 1].Start : line.Length;
                    var value = to > from ? line[from..to].Trim() : string.Empty;
                    if (value.Length > 0)
                    {
                        found.TryAdd(hits[h].Label, value);
                    }
                }
            }

            return found;
        }

        // ---- the document's own number ----

        /// <summary>The first line "Số: 70/KH-UBND" / "Số 39-KH/BDVTU" with a token that parses.</summary>
        private DocumentNumber? FindNumberLine()
        {
            foreach (var line in lines)
            {
                ct.ThrowIfCancellationRequested();
                if (NumberOfLine(line) is { } number)
                {
                    return number;
                }
            }

            return null;
        }

        private static bool IsNumberLine(string line) => NumberOfLine(line) is not null;

        private static DocumentNumber? NumberOfLine(string line)
        {
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

            var match = TokenAtStart.Match(rest[..Math.Min(rest.Length, 80)].ToString());
            return match.Success ? ParseToken(match.Value) : null;
        }

        /// <summary>A news page whose title line names its subject: "Kế hoạch 70/KH-UBND 2020 phát động …".</summary>
        /// <remarks>Only a reference that opens the title counts: "Thực hiện Chỉ thị số 33/CT-TTg …" cites, it is not the subject.</remarks>
        private Subject? SubjectFromTitle(string? title)
        {
            var match = title is null ? Match.Empty : ReferencePattern.Match(title);
            return match.Success && match.Index == 0 ? FirstSubject(title!, [match], "num") : null;
        }

        /// <summary>"Nguồn KH số 814 /KH-UBND ngày 28/12/2021", "(nguồn: Quyết định số 1549/QĐ-UBND ngày 08/7/2021 của UBND tỉnh …)".</summary>
        private Subject? SubjectFromSource()
        {
            foreach (var line in lines)
            {
                ct.ThrowIfCancellationRequested();
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
                if (FirstSubject(tail, Token.Matches(tail), null) is { } subject)
                {
                    return subject;
                }
            }

            return null;
        }

        private Subject? FirstSubject(string s, IEnumerable<Match> matches, string? group)
        {
            foreach (var match in matches)
            {
                ct.ThrowIfCancellationRequested();
                var token = group is null ? match : match.Groups[group];
                if (ParseTokenPrefix(s, token.Index, token.Length, out var used) is { } number)
                {
                    var (date, issuer, _) = ReadTail(s, token.Index + used);
                    return new Subject(number, date, issuer);
                }
            }

            return null;
        }

        // ---- references (citations, and the subject's own) ----

        private List<Reference> FindReferences()
        {
            var found = new List<Reference>();
            foreach (Match match in ReferencePattern.Matches(text))
            {
                ct.ThrowIfCancellationRequested();
                var num = match.Groups["num"];
                var number = ParseTokenPrefix(text, num.Index, num.Length, out var used);
                if (number is null)
                {
                    continue;
                }

                var after = num.Index + used;
                var (date, issuer, end) = ReadTail(text, after);
                var phrase = text[match.Index..end].Trim().TrimEnd(',', ';', ' ');
                var type = DocumentTypes.FromWord(match.Groups["type"].Value);
                found.Add(new Reference(number, type, date, issuer, Collapse(phrase), match.Index));
            }

            return found;
        }

        /// <summary>Reads ", ngày 14/7/2015 của Ban Bí thư Trung ương Đảng (khóa XI)" after a number, within one line.</summary>
        private (DateOnly? Date, string? Issuer, int End) ReadTail(string s, int position)
        {
            var lineEnd = s.IndexOf('\n', position);
            var limit = Math.Min(lineEnd < 0 ? s.Length : lineEnd, position + TailLength);
            var tail = s[position..limit];
            var end = 0;
            var i = SkipSeparators(tail, 0);

            var date = ReadDate(tail, ref i, out var consumed);
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
                            var d = ReadDate(tail, ref j, out var dateConsumed);
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

        private static int SkipSeparators(string s, int i)
        {
            while (i < s.Length && (s[i] == ' ' || s[i] == ','))
            {
                i++;
            }

            return i;
        }

        private static bool StartsWithWord(string s, int i, string word) =>
            i + word.Length <= s.Length
            && string.Compare(s, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (i + word.Length == s.Length || !char.IsLetterOrDigit(s[i + word.Length]));

        /// <summary>Where an issuer phrase stops: punctuation, a quote, a bracket or a clause word.</summary>
        private static int IssuerEnd(string s, int from)
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

        private static bool StartsWithStop(string s, int i, string stop) =>
            i + stop.Length <= s.Length
            && string.CompareOrdinal(s, i, stop, 0, stop.Length) == 0
            && (i + stop.Length == s.Length || !char.IsLetterOrDigit(s[i + stop.Length]));

        private static string? CleanIssuer(string raw)
        {
            var issuer = TermSuffix.Replace(Collapse(raw), string.Empty).Trim().TrimEnd('-', '–', ' ');
            return issuer.Length == 0 || !char.IsLetter(issuer[0]) ? null : issuer;
        }

        /// <summary>References merged by number, in order of first appearance; later ones fill a missing date or issuer.</summary>
        private List<Reference> Merge(List<Reference> references)
        {
            var merged = new List<Reference>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var reference in references)
            {
                ct.ThrowIfCancellationRequested();
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

        // ---- issuance sentences ("Ngày 03/5/2019, Chủ tịch UBND tỉnh Ninh Thuận ban hành Kế hoạch số 1816/KH-UBND") ----

        private List<IssuanceSentence> FindIssuances()
        {
            var found = new List<IssuanceSentence>();
            foreach (Match match in Issuance.Matches(text))
            {
                ct.ThrowIfCancellationRequested();
                var num = match.Groups["num"];
                var number = num.Success ? ParseTokenPrefix(text, num.Index, num.Length, out _) : null;
                var type = DocumentTypes.FromWord(match.Groups["type"].Value);

                var start = match.Index;
                var stop = Math.Max(0, start - 200);
                var delimiter = start - 1;
                while (delimiter >= stop && text[delimiter] is not ('\n' or ',' or '.' or ';' or ':' or '(' or ')' or '!' or '?' or '“' or '”' or '"'))
                {
                    delimiter--;
                }

                var subject = text[(delimiter + 1)..start].Trim();
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
                if (delimiter >= 0 && text[delimiter] == ',')
                {
                    // Only the 60 characters before the comma matter: looking further back for the line's start would make
                    // a long line of issuance sentences quadratic.
                    var window = Math.Min(delimiter + 1, 61);
                    var lineStart = text.LastIndexOf('\n', delimiter, window) + 1;
                    var before = text[Math.Max(lineStart, delimiter - 60)..delimiter];
                    var dateMatch = DateBeforeComma.Match(before);
                    if (dateMatch.Success)
                    {
                        date = ToDate(dateMatch);
                    }
                }

                found.Add(new IssuanceSentence(issuer, type, number, date));
            }

            return found;
        }

        // ---- header: motto, issuer, heading and title ----

        private (int Index, string? Prefix) FindMotto()
        {
            for (var i = 0; i < lines.Length; i++)
            {
                ct.ThrowIfCancellationRequested();
                var line = lines[i];
                if (line.Length > 200)
                {
                    continue;
                }

                var match = Motto.Match(line);
                if (!match.Success)
                {
                    match = PartyMotto.Match(line);
                    if (!match.Success || line.Length - match.Length > 80)
                    {
                        continue;
                    }
                }

                var prefix = line[..match.Index].Trim();
                return (i, prefix.Length > 0 ? prefix : null);
            }

            return (-1, null);
        }

        private string? HeaderIssuer((int Index, string? Prefix) motto)
        {
            if (motto.Index < 0)
            {
                return null;
            }

            var block = new List<string>();
            if (motto.Prefix is { } prefix && IsCapitalLine(prefix))
            {
                block.Add(prefix);
                if (motto.Index + 1 < lines.Length)
                {
                    var next = lines[motto.Index + 1];
                    var at = next.IndexOf("Độc lập", StringComparison.OrdinalIgnoreCase);
                    if (at > 0 && IsCapitalLine(next[..at].Trim()))
                    {
                        block.Add(next[..at].Trim());
                    }
                }
            }
            else
            {
                var k = motto.Index - 1;
                while (k >= 0 && k > motto.Index - 6 && (!HasLetters(lines[k]) || IsNumberLine(lines[k])))
                {
                    k--;
                }

                while (k >= 0 && block.Count < 4 && lines[k].Length is > 0 and <= 80 && IsCapitalLine(lines[k]))
                {
                    block.Insert(0, lines[k]);
                    k--;
                }
            }

            return block.Count == 0 ? null : OrganName(block);
        }

        /// <summary>The last organ of a header block, case-restored: ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"] → "Ủy ban nhân dân tỉnh Quảng Ngãi".</summary>
        private static string OrganName(List<string> block)
        {
            var start = 0;
            for (var i = 1; i < block.Count; i++)
            {
                var lower = block[i].ToLower(Vi);
                if (Organs.Any(o => StartsWithPhrase(lower, o)))
                {
                    start = i;
                }
            }

            return RestoreOrganCase(Collapse(string.Join(' ', block.Skip(start))));
        }

        private static bool StartsWithPhrase(string lower, string phrase) =>
            lower.StartsWith(phrase, StringComparison.Ordinal) && (lower.Length == phrase.Length || lower[phrase.Length] == ' ');

        private static bool IsCommitteeOrgan(string organ) => organ.EndsWith("ủy", StringComparison.Ordinal) || organ.EndsWith("uỷ", StringComparison.Ordinal);

        /// <summary>
        /// Case for organ names and capacities: lower case with the first letter up; after a specific organ word the next
        /// word is up ("SỞ NỘI VỤ" → "Sở Nội vụ", but "Ủy ban nhân dân"); after an administrative unit or a Party committee
        /// every word is up, as a place name ("… tỉnh Quảng Ngãi", "Tỉnh ủy Quảng Ngãi"). Acronyms stay.
        /// </summary>
        private static string RestoreOrganCase(string name)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                return name;
            }

            var lower = words.Select(w => w.ToLower(Vi)).ToArray();
            var result = new string[words.Length];
            var place = false;
            var nextUp = false;
            var i = 0;
            var organ = Organs.FirstOrDefault(o => StartsWithPhrase(string.Join(' ', lower), o));
            if (organ is not null)
            {
                var count = organ.Split(' ').Length;
                for (var k = 0; k < count; k++)
                {
                    result[k] = Acronyms.Contains(words[k]) ? words[k] : k == 0 ? Capitalise(lower[k]) : lower[k];
                }

                i = count;
                place = IsCommitteeOrgan(organ);
                nextUp = !place && !organ.Contains("nhân dân", StringComparison.Ordinal) && organ is not ("ubnd" or "hđnd");
            }

            for (; i < words.Length; i++)
            {
                if (Acronyms.Contains(words[i]))
                {
                    result[i] = words[i];
                    nextUp = false;
                    continue;
                }

                var rest = string.Join(' ', lower.Skip(i));
                var committee = Organs.FirstOrDefault(o => IsCommitteeOrgan(o) && StartsWithPhrase(rest, o));
                var unit = committee is null && !place ? AdministrativeUnits.FirstOrDefault(u => StartsWithPhrase(rest, u)) : null;
                if (i > 0 && (committee ?? unit) is { } phrase)
                {
                    var count = Math.Min(phrase.Split(' ').Length, words.Length - i);
                    for (var k = 0; k < count; k++)
                    {
                        result[i + k] = committee is not null && k == 0 ? Capitalise(lower[i + k]) : lower[i + k];
                    }

                    i += count - 1;
                    place = true;
                    nextUp = false;
                    continue;
                }

                result[i] = i == 0 || place || nextUp ? Capitalise(lower[i]) : lower[i];
                nextUp = false;
            }

            return string.Join(' ', result);
        }

        private Heading? FindHeading(int motto)
        {
            var from = motto >= 0 ? motto + 1 : 0;
            var to = Math.Min(lines.Length, motto >= 0 ? motto + 30 : 150);
            for (var i = from; i < to; i++)
            {
                var line = lines[i];
                if (line.Length is 0 or > 300 || !IsCapitalLine(line))
                {
                    continue;
                }

                var type = DocumentTypes.FromWord(line);
                string? firstTitleLine = null;
                if (type is null && motto >= 0)
                {
                    foreach (var word in DocumentTypes.Words)
                    {
                        var upper = word.ToUpper(Vi);
                        if (line.StartsWith(upper + " ", StringComparison.Ordinal))
                        {
                            type = DocumentTypes.FromWord(word);
                            firstTitleLine = line[upper.Length..].Trim();
                            break;
                        }
                    }
                }

                if (type is { } found)
                {
                    return new Heading(found, ReadTitle(i + 1, firstTitleLine));
                }
            }

            return null;
        }

        private string? ReadTitle(int from, string? firstLine)
        {
            var parts = new List<string>();
            if (!string.IsNullOrEmpty(firstLine))
            {
                parts.Add(firstLine);
            }

            var i = from;
            var blanks = 0;
            while (parts.Count == 0 && i < lines.Length && lines[i].Length == 0 && blanks < 4)
            {
                i++;
                blanks++;
            }

            var mixedCase = false;
            for (; i < lines.Length && parts.Count < 5; i++)
            {
                var line = lines[i];
                if (line.Length is 0 or > 400 || !HasLetters(line))
                {
                    break;
                }

                if (IsCapitalLine(line) && !mixedCase)
                {
                    parts.Add(line);
                }
                else if (parts.Count == 0 && (line.StartsWith("Về", StringComparison.Ordinal) || line.StartsWith("V/v", StringComparison.Ordinal)))
                {
                    parts.Add(line);
                    mixedCase = true;
                }
                else
                {
                    break;
                }
            }

            if (parts.Count == 0)
            {
                return null;
            }

            var title = Collapse(string.Join(' ', parts));
            return mixedCase ? title : SentenceCase(title);
        }

        /// <summary>
        /// Lower case, then up: the first letter, the first letter after an opening quote, acronyms, Roman numerals, words
        /// with digits, "Việt Nam" and "Hồ Chí Minh".
        /// </summary>
        private static string SentenceCase(string capitals)
        {
            var words = capitals.Split(' ');
            var sb = new StringBuilder(capitals.Length);
            for (var w = 0; w < words.Length; w++)
            {
                if (w > 0)
                {
                    sb.Append(' ');
                }

                var word = words[w];
                var core = word.Trim('“', '”', '"', '«', '»', '(', ')', ',', ';', ':', '.');
                var keep = Acronyms.Contains(core) || core.Any(char.IsAsciiDigit) || (core.Length >= 2 && core.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C'));
                sb.Append(keep ? word : word.ToLower(Vi));
            }

            var chars = sb.ToString().ToCharArray();
            var capitalise = true;
            for (var i = 0; i < chars.Length; i++)
            {
                var c = chars[i];
                if (c is '“' or '«' || (c == '"' && (i == 0 || chars[i - 1] is ' ' or '(')))
                {
                    capitalise = true;
                    continue;
                }

                if (char.IsLetter(c))
                {
                    if (capitalise)
                    {
                        chars[i] = char.ToUpper(c, Vi);
                    }

                    capitalise = false;
                }
            }

            return new string(chars)
                .Replace("việt nam", "Việt Nam", StringComparison.Ordinal)
                .Replace("hồ chí minh", "Hồ Chí Minh", StringComparison.Ordinal);
        }

        private string? FindPageTitle()
        {
            var seen = 0;
            foreach (var line in lines)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                if (++seen > 20)
                {
                    break;
                }

                if (line.Length > 400 || line.EndsWith('!') || line.EndsWith("...", StringComparison.Ordinal) || line.EndsWith('…'))
                {
                    continue;
                }

                var folded = VietnameseText.Fold(line);
                if (NavigationPrefixes.Any(p => folded.StartsWith(p, StringComparison.Ordinal)) || PropertyLabels.Any(l => line.StartsWith(l, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (words is >= 6 and <= 60 && HasLetters(line) && !IsCapitalLine(line))
                {
                    return Collapse(line);
                }
            }

            return null;
        }

        // ---- place and date ----

        private (string? Place, DateOnly? Date) FindPlaceDate()
        {
            foreach (var raw in lines)
            {
                ct.ThrowIfCancellationRequested();
                if (raw.Length is 0 or > 200)
                {
                    continue;
                }

                var line = raw;
                if (line.StartsWith("Số", StringComparison.OrdinalIgnoreCase))
                {
                    var token = Token.Match(line);
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

                var place = Collapse(match.Groups["place"].Value);
                var folded = VietnameseText.Fold(place);
                if (folded.StartsWith("thu ", StringComparison.Ordinal) || folded is "hom nay" or "chu nhat" or "nguon" || place.Split(' ').Length > 7)
                {
                    continue;
                }

                var dateText = match.Groups["date"].Value;
                var i = 0;
                var date = ReadDate(dateText, ref i, out var consumed);
                if (consumed)
                {
                    return (place, date);
                }
            }

            return (null, null);
        }

        private DateOnly? DateOf(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            var i = 0;
            return ReadDate(value.Trim(), ref i, out _);
        }

        /// <summary>A date at <paramref name="i"/>; <paramref name="consumed"/> is true when a date was written there, even an impossible one.</summary>
        private DateOnly? ReadDate(string s, ref int i, out bool consumed)
        {
            consumed = false;
            if (i >= s.Length)
            {
                return null;
            }

            var slice = s.Length - i > 60 ? s.Substring(i, 60) : s[i..];
            var match = DateAtStart.Match(slice);
            if (!match.Success || (match.Length < slice.Length && char.IsAsciiDigit(slice[match.Length])))
            {
                return null;
            }

            consumed = true;
            i += match.Length;
            return ToDate(match);
        }

        private DateOnly? ToDate(Match match)
        {
            var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateOnly(year, month, day);
            }

            warnings.Add($"Ngày \"{Collapse(match.Value)}\" không tồn tại nên đã được bỏ qua.");
            return null;
        }

        // ---- signature ----

        private (string? Signer, string? Capacity) FindSignature()
        {
            var recipients = -1;
            var lastPrefix = -1;
            for (var i = 0; i < lines.Length; i++)
            {
                ct.ThrowIfCancellationRequested();
                if (lines[i].StartsWith("Nơi nhận", StringComparison.OrdinalIgnoreCase))
                {
                    recipients = i;
                }

                if (lines[i].Length <= 120 && CapacityPrefix.IsMatch(lines[i]))
                {
                    lastPrefix = i;
                }
            }

            var fromRecipients = recipients >= 0 ? ReadSignature(recipients + 1) : (null, null);
            if (fromRecipients.Signer is not null || lastPrefix < 0)
            {
                return fromRecipients;
            }

            return ReadSignature(lastPrefix);
        }

        private (string? Signer, string? Capacity) ReadSignature(int from)
        {
            var capacity = new List<string>();
            for (var i = from; i < lines.Length && i < from + 80; i++)
            {
                var line = lines[i];
                if (line.Length == 0)
                {
                    continue;
                }

                if (capacity.Count == 0 && (line[0] is '-' or '+' or '•' or '*' || line.StartsWith("Lưu", StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                if (line.Length <= 120 && (CapacityPrefix.IsMatch(line) || (IsCapitalLine(line) && line.Split(' ').Length <= 10)))
                {
                    capacity.Add(line);
                    continue;
                }

                if (capacity.Count > 0)
                {
                    var signer = PersonName(line);
                    return signer is null ? (null, CapacityText(capacity)) : (signer, CapacityText(capacity));
                }
            }

            return (null, capacity.Count > 0 ? CapacityText(capacity) : null);
        }

        private static string CapacityText(List<string> capacity) =>
            string.Join(" – ", capacity.Select(line =>
            {
                var match = CapacityPrefix.Match(line);
                var prefix = match.Success ? match.Value.Trim() : string.Empty;
                var rest = Collapse(line[prefix.Length..].Trim());
                var cased = RestoreOrganCase(rest);
                if (cased.StartsWith("Phó ", StringComparison.Ordinal) && cased.Length > 4)
                {
                    cased = "Phó " + Capitalise(cased[4..]);
                }

                return prefix.Length > 0 ? prefix + " " + cased : cased;
            }));

        /// <summary>"Đặng Ngọc Dũng": 2–6 capitalised words of letters only.</summary>
        private static string? PersonName(string? line)
        {
            if (string.IsNullOrWhiteSpace(line) || line.Length > 50)
            {
                return null;
            }

            var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var ok = words.Length is >= 2 and <= 6
                     && words.All(w => w.All(char.IsLetter) && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower));
            return ok ? string.Join(' ', words) : null;
        }

        // ---- helpers ----

        private static bool HasLetters(string line) => line.Any(char.IsLetter);

        /// <summary>Has letters and none of them lower case.</summary>
        private static bool IsCapitalLine(string line)
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

        private static string Capitalise(string word) =>
            word.Length == 0 ? word : char.ToUpper(word[0], Vi) + word[1..];

        private static string Collapse(string s)
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

    /// <summary>A number token that parses, cutting trailing groups that do not ("33/CT-TTg - nội" → 33/CT-TTg).</summary>
    private static DocumentNumber? ParseToken(string? token) => token is null ? null : ParseTokenPrefix(token, 0, token.Length, out _);

    /// <summary>
    /// The longest prefix of the token <c>s[start..start+length)</c> that parses, cutting trailing "/" or "-" groups
    /// that do not; <paramref name="used"/> is where that prefix ends, relative to <paramref name="start"/>.
    /// </summary>
    /// <remarks>
    /// Linear in the token: the prefixes are walked back on indices (no copy of the rest per step, which made a token of
    /// 100,000 groups cost 13 s of CPU), and only a prefix no longer than a number can be
    /// (<see cref="DocumentNumber.MaxLength"/>) is copied and parsed.
    /// </remarks>
    private static DocumentNumber? ParseTokenPrefix(string s, int start, int length, out int used)
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
