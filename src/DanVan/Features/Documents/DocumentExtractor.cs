using DanVan.Features.Documents.Extraction;
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
    IReadOnlyList<string> Warnings)
{
    /// <summary>The body written above the issuer in the header: "Bộ Tài chính" above "Cục Thuế"; null when none is.</summary>
    public string? ParentBody { get; init; }
}

/// <summary>
/// Reads the metadata of a Vietnamese administrative document from plain text: its own number, type, issuer, place
/// and date, title, signer, and the documents it cites. Pure and database-free.
/// </summary>
/// <remarks>
/// <para>
/// The text may be a clean document or a scraped web page (navigation lines, "Số hiệu: … Loại văn bản: …" property
/// blocks, contact blocks, letters missing from words). Every regex runs with <c>RegexOptions.NonBacktracking</c>
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

    /// <summary>
    /// The readers' regexes are built once, before the first budget starts: building a non-backtracking regex is not
    /// reading a text, and must not count against the first request's second.
    /// </summary>
    static DocumentExtractor()
    {
        foreach (var reader in (Type[])[typeof(NumberTokens), typeof(DateReader), typeof(PropertyReader), typeof(NumberReader),
                     typeof(CitationReader), typeof(IssuanceReader), typeof(IssuerReader), typeof(OrganCase), typeof(TitleReader),
                     typeof(PlaceDateReader), typeof(SignatureReader), typeof(TextShape)])
        {
            System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(reader.TypeHandle);
        }
    }

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
                $"Văn bản quá dài ({text.Length.ToString("N0", VietnameseText.Culture)} ký tự); tối đa {MaxTextLength.ToString("N0", VietnameseText.Culture)} ký tự.",
                "text");
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(Budget);
        ExtractedDocument? document;
        try
        {
            document = Read(ExtractionPage.Of(text, budget.Token));
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

    private static ExtractedDocument? Read(ExtractionPage page)
    {
        var properties = PropertyReader.ReadProperties(page);
        var motto = IssuerReader.FindMotto(page);
        var heading = TitleReader.FindHeading(page, motto.Index);
        var references = CitationReader.FindReferences(page);
        var issuances = IssuanceReader.FindIssuances(page);
        var pageTitle = TitleReader.FindPageTitle(page);

        var subject = NumberReader.FindNumberLine(page) is { } numberLine
            ? new Subject(numberLine, null, null)
            : NumberTokens.ParseToken(properties.GetValueOrDefault("Số hiệu:")) is { } property
                ? new Subject(property, null, null)
                : NumberReader.SubjectFromTitle(page, pageTitle)
                  ?? issuances.Where(i => i.Number is not null).Select(i => new Subject(i.Number!, i.Date, i.Issuer)).FirstOrDefault()
                  ?? NumberReader.SubjectFromSource(page);
        var own = subject?.Number;

        var ownKey = own is null ? null : CitationReader.Key(own);
        var merged = CitationReader.Merge(page, references);
        var ownCitation = ownKey is null ? null : merged.FirstOrDefault(r => CitationReader.Key(r.Number) == ownKey);
        var ownIssuance = ownKey is null ? null : issuances.FirstOrDefault(i => i.Number is not null && CitationReader.Key(i.Number) == ownKey);

        var type = heading?.Type ?? TypeReader.LetterByLayout(page, own) ?? own?.Type
                   ?? DocumentTypes.FromWord(properties.GetValueOrDefault("Loại văn bản:"));
        var header = IssuerReader.HeaderIssuer(page, motto);
        var issuer = header.Issuer
                     ?? PropertyReader.Value(properties.GetValueOrDefault("Nơi ban hành:"))
                     ?? PropertyReader.Value(properties.GetValueOrDefault("Cơ quan ban hành:"))
                     ?? ownIssuance?.Issuer
                     ?? subject?.Issuer
                     ?? ownCitation?.Issuer
                     ?? issuances.FirstOrDefault(i => i.Number is null && i.Issuer is not null && type is not null && i.Type == type)?.Issuer;
        var (place, placeDate) = PlaceDateReader.FindPlaceDate(page);
        var date = placeDate
                   ?? DateReader.DateOf(page, properties.GetValueOrDefault("Ngày ban hành:"))
                   ?? ownIssuance?.Date
                   ?? subject?.Date
                   ?? ownCitation?.Date
                   ?? DateReader.PassedOn(page);
        var title = heading?.Title ?? pageTitle;
        var (signer, capacity) = SignatureReader.FindSignature(page);
        signer ??= SignatureReader.PersonName(properties.GetValueOrDefault("Người ký:"));

        var citations = merged
            .Where(r => CitationReader.Key(r.Number) != ownKey)
            .Select(r => new ExtractedCitation(r.Number.Canonical, r.Type ?? r.Number.Type, r.Date, r.Issuer, r.Text))
            .ToList();

        if (own is null && citations.Count == 0 && type is null && date is null)
        {
            return null;
        }

        if (own is null)
        {
            page.Warnings.Add("Không tìm thấy số, ký hiệu của chính văn bản.");
        }

        if (date is null)
        {
            page.Warnings.Add("Không tìm thấy ngày ban hành của văn bản.");
        }

        return new ExtractedDocument(
            own?.Canonical, type, issuer, place, date, title, signer, capacity, citations, page.Warnings.Distinct().ToList())
        {
            ParentBody = header.Issuer is null ? null : header.Parent,
        };
    }
}
