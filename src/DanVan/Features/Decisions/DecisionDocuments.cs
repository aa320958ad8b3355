using DanVan.Features.Awards;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Word;

namespace DanVan.Features.Decisions;

/// <summary>
/// The Tờ trình and the Quyết định with its annex as editable DOCX, laid out as Decree 30/2020 Appendix I prescribes:
/// the two-column header (issuer and number left; national title and the underlined motto right), the italic place and
/// date line, the bold title, the authority line, the "Căn cứ" lines, the articles, "Nơi nhận:" bottom left (11–12 pt)
/// and the signature block right (TM./KT., the capacity in capitals, the name in bold). Officials edit the draft in Word
/// before signing; a draft's number reads "Số:      /QĐ-UBND".
/// </summary>
public static class DecisionDocuments
{
    public static byte[] Decision(DecisionPaper p) => DecisionPaperWriter(p).ToBytes();

    public static byte[] Submission(DecisionPaper p) => SubmissionWriter(p).ToBytes();

    /// <summary>The decision and its annex as blocks: the DOCX, and through <see cref="WordHtml"/> the PDF.</summary>
    public static WordWriter DecisionPaperWriter(DecisionPaper p)
    {
        var d = p.Decision;
        var draft = d.Number is null;
        var listed = d.Listed;
        var w = new WordWriter();
        Decree30.Header(w, p.IssuerLines, p.NumberLine, p.PlaceDate(draft));
        w.Add(WordParagraph.Of("QUYẾT ĐỊNH", WordAlign.Center, bold: true, size: 14));
        w.Add(WordParagraph.Of(d.Title, WordAlign.Center, bold: true, size: 14, after: 12));
        w.Add(WordParagraph.Of(p.AuthorityLine, WordAlign.Center, bold: true, size: 14, after: 12));
        foreach (var ground in p.Grounds())
        {
            w.Add(WordParagraph.Of(ground, WordAlign.Justify, italic: true, indent: 10, after: 3));
        }

        w.Add(WordParagraph.Of("QUYẾT ĐỊNH:", WordAlign.Center, bold: true, after: 6));
        w.Add(new WordParagraph([new WordRun("Điều 1. ", Bold: true), new WordRun(Article1(listed))], WordAlign.Justify, Indent: 10, After: 3));
        w.Add(new WordParagraph([new WordRun("Điều 2. ", Bold: true), new WordRun(Article2(listed))], WordAlign.Justify, Indent: 10, After: 3));
        w.Add(new WordParagraph([new WordRun("Điều 3. ", Bold: true), new WordRun(Article3(p))], WordAlign.Justify, Indent: 10, After: 12));
        Decree30.Footer(w, ["Như Điều 3;", $"{p.SubmitterName};", "Lưu: VT."], p.PrefixLine, d.SignerTitle, d.SignerName);
        Annex(w, $"(Kèm theo Quyết định {(draft ? $"số      /{p.Symbol}" : $"số {d.Number}")} ngày {(draft ? "   /   /" + d.DecisionDate.Year : DocumentCitation.Date(d.DecisionDate))} của {p.AddresseeLine})", listed);
        return w;
    }

    public static WordWriter SubmissionWriter(DecisionPaper p)
    {
        var d = p.Decision;
        var listed = d.Listed;
        var w = new WordWriter();
        Decree30.Header(w, p.SubmitterLines, p.SubmissionNumberLine, p.PlaceDate(draft: true));
        w.Add(WordParagraph.Of("TỜ TRÌNH", WordAlign.Center, bold: true, size: 14));
        w.Add(WordParagraph.Of("Về việc đề nghị " + Lower(d.Title.Replace("Về việc ", "", StringComparison.Ordinal)), WordAlign.Center, bold: true, after: 12));
        w.Add(WordParagraph.Of("Kính gửi: " + p.AddresseeLine + ".", WordAlign.Center, after: 12));
        foreach (var ground in p.Grounds())
        {
            w.Add(WordParagraph.Of(ground, WordAlign.Justify, indent: 10, after: 3));
        }

        w.Add(WordParagraph.Of($"{p.SubmitterName} kính trình {p.AddresseeLine} xem xét, quyết định: {Lower(Article1(listed))}", WordAlign.Justify, indent: 10, after: 3));
        w.Add(WordParagraph.Of(Article2(listed), WordAlign.Justify, indent: 10, after: 3));
        w.Add(WordParagraph.Of($"{p.SubmitterName} kính trình {p.AddresseeLine} xem xét, quyết định./.", WordAlign.Justify, indent: 10, after: 12));
        Decree30.Footer(w, ["Như trên;", "Lưu: VT."], null, "GIÁM ĐỐC", "");
        Annex(w, $"(Kèm theo Tờ trình số      /TTr-{p.SubmitterShort} của {p.SubmitterName})", listed);
        return w;
    }

    private static string Lower(string s) => s.Length == 0 ? s : char.ToLower(s[0], Infrastructure.Text.VietnameseText.Culture) + s[1..];

    /// <summary>"Tặng Bằng khen của Chủ tịch UBND tỉnh cho 1 tập thể và 2 cá nhân …; (có danh sách kèm theo)."</summary>
    public static string Article1(IReadOnlyList<DecisionAwardee> listed)
    {
        var parts = listed.GroupBy(a => a.AwardName).Select(g =>
        {
            var counts = g.GroupBy(a => a.Subject).OrderBy(s => AwardeeOrder.Rank(s.Key)).Select(s => $"{s.Count()} {s.Key.Label().ToLowerInvariant()}");
            return $"tặng {g.Key} cho {string.Join(" và ", counts)}";
        });
        return "Tặng thưởng: " + string.Join("; ", parts) + " đã có thành tích xuất sắc (có danh sách kèm theo).";
    }

    public static string Article2(IReadOnlyList<DecisionAwardee> listed)
    {
        var total = listed.Sum(a => a.Amount ?? 0);
        return total == 0
            ? "Các hình thức khen thưởng tại Điều 1 không kèm tiền thưởng."
            : $"Tiền thưởng kèm theo theo mức quy định tại Nghị định số 152/2025/NĐ-CP (mức lương cơ sở tại thời điểm ban hành quyết định): tổng cộng {DecisionPaper.Money(total)} đồng, "
                + "chi từ quỹ thi đua, khen thưởng của cấp quyết định khen thưởng (ngân sách nhà nước).";
    }

    private static string Article3(DecisionPaper p) => p.Decision.Authority == DecidingAuthority.ProvinceChairman
        ? $"Chánh Văn phòng {p.IssuerName}, Giám đốc {p.SubmitterName}, Giám đốc Sở Tài chính, thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."
        : "Bộ phận phụ trách thi đua, khen thưởng, bộ phận tài chính – kế toán và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.";

    private static void Annex(WordWriter w, string reference, IReadOnlyList<DecisionAwardee> listed)
    {
        w.Add(new WordParagraph([new WordRun("DANH SÁCH", Bold: true)], WordAlign.Center, PageBreakBefore: true));
        w.Add(WordParagraph.Of("Các tập thể, cá nhân được khen thưởng", WordAlign.Center, bold: true));
        w.Add(WordParagraph.Of(reference, WordAlign.Center, italic: true, size: 13, after: 6));
        IReadOnlyList<WordParagraph> Cell(string text, WordAlign align = WordAlign.Left, bool bold = false) => [WordParagraph.Of(text, align, bold: bold, size: 12)];
        var rows = new List<IReadOnlyList<IReadOnlyList<WordParagraph>>>
        {
            new[] { Cell("STT", WordAlign.Center, true), Cell("Tên tập thể / Họ và tên", WordAlign.Center, true), Cell("Đơn vị, chức vụ", WordAlign.Center, true),
                Cell("Hình thức khen thưởng", WordAlign.Center, true), Cell("Số tiền (đồng)", WordAlign.Center, true) },
        };
        rows.AddRange(listed.Select((a, i) => (IReadOnlyList<IReadOnlyList<WordParagraph>>)new[]
        {
            Cell((i + 1).ToString(Infrastructure.Text.VietnameseText.Culture), WordAlign.Center), Cell(a.Name),
            Cell(a.Subject == AwardSubject.Individual && a.Position is { } pos ? $"{pos}, {a.UnitName}" : a.UnitName), Cell(a.AwardName),
            Cell(a.Amount is { } m ? DecisionPaper.Money(m) : "—", WordAlign.Right),
        }));
        rows.Add(new[] { Cell(""), Cell("Tổng cộng", bold: true), Cell(""), Cell(""), Cell(DecisionPaper.Money(listed.Sum(a => a.Amount ?? 0)), WordAlign.Right, true) });
        w.Add(new WordTable([12, 45, 50, 40, 23], rows, Borders: true));
    }
}
