using DanVan.Infrastructure.Text;

namespace DanVan.Features.Documents;

/// <summary>Kinds of documents (thể loại văn bản) that DanVan records; Vietnamese names in <see cref="DocumentTypes.Label"/>.</summary>
public enum DocumentType
{
    Law,
    Resolution,
    Decree,
    Circular,
    Decision,
    Directive,
    Plan,
    Letter,
    Guidance,
    Submission,
    Report,
    Minutes,
    Notice,
    Conclusion,
    Scheme,
    Programme,
    Regulation,
    Rules,
    Project,
    Dispatch,
    Announcement,
    Invitation,
    Other,

    /// <summary>Thông tri: a Party document (code TT in a Party number; TT in a state number is a circular).</summary>
    Instruction,

    /// <summary>Pháp lệnh: an ordinance of the National Assembly Standing Committee (NUM/YEAR/UBTVQH&lt;term&gt;).</summary>
    Ordinance,

    /// <summary>Phương án (PA).</summary>
    Option,
}

/// <summary>
/// Names and abbreviations of <see cref="DocumentType"/> (Decree 30/2020/NĐ-CP Appendix III; Party documents per
/// Hướng dẫn 36-HD/VPTW). State letters (công văn) have no abbreviation; Party letters are written "CV". The Party has
/// codes of its own (<see cref="FromPartyAbbreviation"/>): TT is a Thông tri there, not a Thông tư, and a Quy định is
/// "QĐi", not "QyĐ".
/// </summary>
public static class DocumentTypes
{
    private static readonly Dictionary<string, DocumentType> ByAbbreviation = new(StringComparer.Ordinal)
    {
        ["NQ"] = DocumentType.Resolution,
        ["NĐ"] = DocumentType.Decree,
        ["TT"] = DocumentType.Circular,
        ["QĐ"] = DocumentType.Decision,
        ["CT"] = DocumentType.Directive,
        ["KH"] = DocumentType.Plan,
        ["CV"] = DocumentType.Letter,
        ["HD"] = DocumentType.Guidance,
        ["TTr"] = DocumentType.Submission,
        ["BC"] = DocumentType.Report,
        ["BB"] = DocumentType.Minutes,
        ["TB"] = DocumentType.Notice,
        ["KL"] = DocumentType.Conclusion,
        ["ĐA"] = DocumentType.Scheme,
        ["CTr"] = DocumentType.Programme,
        ["QyĐ"] = DocumentType.Regulation,
        ["QC"] = DocumentType.Rules,
        ["DA"] = DocumentType.Project,
        ["CĐ"] = DocumentType.Dispatch,
        ["TC"] = DocumentType.Announcement,
        ["GM"] = DocumentType.Invitation,
        ["PA"] = DocumentType.Option,
    };

    /// <summary>
    /// Appendix III abbreviations without a <see cref="DocumentType"/> of their own (they map to Other): Hợp đồng, Bản
    /// ghi nhớ, Bản thỏa thuận, Giấy ủy quyền, Giấy giới thiệu, Giấy nghỉ phép, Phiếu gửi, Phiếu chuyển, Phiếu báo, and
    /// the copies (bản sao y, trích sao, sao lục).
    /// </summary>
    private static readonly HashSet<string> OtherCodes = new(StringComparer.Ordinal)
    {
        "HĐ", "BGN", "BTT", "GUQ", "GGT", "GNP", "PG", "PC", "PB", "SY", "TrS", "SL",
    };

    /// <summary>Party document codes (Hướng dẫn 36-HD/VPTW): number "-" code "/" committee, e.g. 37-HD/BTGDVTW.</summary>
    private static readonly Dictionary<string, DocumentType> ByPartyAbbreviation = new(StringComparer.Ordinal)
    {
        ["NQ"] = DocumentType.Resolution,
        ["QĐ"] = DocumentType.Decision,
        ["CT"] = DocumentType.Directive,
        ["KL"] = DocumentType.Conclusion,
        ["QC"] = DocumentType.Rules,
        ["QĐi"] = DocumentType.Regulation,
        ["TT"] = DocumentType.Instruction,
        ["HD"] = DocumentType.Guidance,
        ["BC"] = DocumentType.Report,
        ["KH"] = DocumentType.Plan,
        ["CTr"] = DocumentType.Programme,
        ["TB"] = DocumentType.Notice,
        ["TTr"] = DocumentType.Submission,
        ["ĐA"] = DocumentType.Scheme,
        ["DA"] = DocumentType.Project,
        ["BB"] = DocumentType.Minutes,
        ["CV"] = DocumentType.Letter,
        ["GM"] = DocumentType.Invitation,
        ["QHo"] = DocumentType.Other,
        ["GGT"] = DocumentType.Other,
        ["GCN"] = DocumentType.Other,
        ["GNP"] = DocumentType.Other,
        ["PG"] = DocumentType.Other,
        ["PB"] = DocumentType.Other,
    };

    /// <summary>Folded Vietnamese names (see <see cref="VietnameseText.Fold"/>) → type.</summary>
    private static readonly Dictionary<string, DocumentType> ByFoldedWord = BuildWords();

    public static string Label(DocumentType type) => type switch
    {
        DocumentType.Law => "Luật",
        DocumentType.Resolution => "Nghị quyết",
        DocumentType.Decree => "Nghị định",
        DocumentType.Circular => "Thông tư",
        DocumentType.Decision => "Quyết định",
        DocumentType.Directive => "Chỉ thị",
        DocumentType.Plan => "Kế hoạch",
        DocumentType.Letter => "Công văn",
        DocumentType.Guidance => "Hướng dẫn",
        DocumentType.Submission => "Tờ trình",
        DocumentType.Report => "Báo cáo",
        DocumentType.Minutes => "Biên bản",
        DocumentType.Notice => "Thông báo",
        DocumentType.Conclusion => "Kết luận",
        DocumentType.Scheme => "Đề án",
        DocumentType.Programme => "Chương trình",
        DocumentType.Regulation => "Quy định",
        DocumentType.Rules => "Quy chế",
        DocumentType.Project => "Dự án",
        DocumentType.Dispatch => "Công điện",
        DocumentType.Announcement => "Thông cáo",
        DocumentType.Invitation => "Giấy mời",
        DocumentType.Other => "Khác",
        DocumentType.Instruction => "Thông tri",
        DocumentType.Ordinance => "Pháp lệnh",
        DocumentType.Option => "Phương án",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The symbol abbreviation of a state document; null for laws, state letters (công văn) and Other.</summary>
    public static string? Abbreviation(DocumentType type) => type switch
    {
        DocumentType.Resolution => "NQ",
        DocumentType.Decree => "NĐ",
        DocumentType.Circular => "TT",
        DocumentType.Decision => "QĐ",
        DocumentType.Directive => "CT",
        DocumentType.Plan => "KH",
        DocumentType.Guidance => "HD",
        DocumentType.Submission => "TTr",
        DocumentType.Report => "BC",
        DocumentType.Minutes => "BB",
        DocumentType.Notice => "TB",
        DocumentType.Conclusion => "KL",
        DocumentType.Scheme => "ĐA",
        DocumentType.Programme => "CTr",
        DocumentType.Regulation => "QyĐ",
        DocumentType.Rules => "QC",
        DocumentType.Project => "DA",
        DocumentType.Dispatch => "CĐ",
        DocumentType.Announcement => "TC",
        DocumentType.Invitation => "GM",
        DocumentType.Option => "PA",
        DocumentType.Law or DocumentType.Letter or DocumentType.Other or DocumentType.Instruction or DocumentType.Ordinance => null,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>
    /// The type of an abbreviation. Exact match first ("TTr", "CTr", "QyĐ" are case-sensitive: "TTR" is not a
    /// Submission); all-capital abbreviations are also accepted in lower case ("kh" → Plan). "CV" → Letter (Party).
    /// </summary>
    public static DocumentType? FromAbbreviation(string? abbreviation)
    {
        var code = VietnameseText.Clean(abbreviation);
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        if (ByAbbreviation.TryGetValue(code, out var type))
        {
            return type;
        }

        // Only the all-capital abbreviations can match here: "ttr".ToUpperInvariant() is "TTR", not "TTr".
        return ByAbbreviation.TryGetValue(code.ToUpperInvariant(), out type) ? type : null;
    }

    /// <summary>The type of a Party document code ("TT" → Thông tri, "QĐi" → Quy định); null for an unknown code.</summary>
    public static DocumentType? FromPartyAbbreviation(string? abbreviation)
    {
        var code = VietnameseText.Clean(abbreviation);
        return !string.IsNullOrEmpty(code) && ByPartyAbbreviation.TryGetValue(code, out var type) ? type : null;
    }

    /// <summary>The Party code of a type ("Thông tri" → "TT", "Quy định" → "QĐi"); null when the Party has none.</summary>
    public static string? PartyAbbreviation(DocumentType type) =>
        ByPartyAbbreviation.Where(p => p.Value == type && type != DocumentType.Other).Select(p => p.Key).FirstOrDefault();

    /// <summary>
    /// The type named by a Vietnamese word as written ("Kế hoạch", "KẾ HOẠCH", "ke hoach"), case- and
    /// diacritic-insensitively; null when the text is not a type name.
    /// </summary>
    public static DocumentType? FromWord(string? word)
    {
        var folded = VietnameseText.Fold(word);
        return folded.Length > 0 && ByFoldedWord.TryGetValue(folded, out var type) ? type : null;
    }

    /// <summary>True when <paramref name="code"/> is written exactly as a type abbreviation of Appendix III (or CV).</summary>
    internal static bool IsTypeCode(string code) => ByAbbreviation.ContainsKey(code) || OtherCodes.Contains(code);

    /// <summary>The Vietnamese names the extractor looks for in running text, longest first.</summary>
    internal static IReadOnlyList<string> Words { get; } =
    [
        "Thông tư liên tịch", "Nghị quyết liên tịch", "Chương trình", "Nghị quyết", "Nghị định", "Thông tư", "Quyết định",
        "Chỉ thị", "Kế hoạch", "Công văn", "Hướng dẫn", "Tờ trình", "Báo cáo", "Biên bản", "Thông báo", "Kết luận",
        "Đề án", "Quy định", "Quy chế", "Dự án", "Công điện", "Thông cáo", "Giấy mời", "Thông tri", "Pháp lệnh", "Phương án", "Luật",
    ];

    private static Dictionary<string, DocumentType> BuildWords()
    {
        var words = new Dictionary<string, DocumentType>(StringComparer.Ordinal);
        foreach (var type in Enum.GetValues<DocumentType>())
        {
            words[VietnameseText.Fold(Label(type))] = type;
        }

        words.Remove(VietnameseText.Fold(Label(DocumentType.Other)));
        words["thong tu lien tich"] = DocumentType.Circular;
        words["nghi quyet lien tich"] = DocumentType.Resolution;
        words["chi thi lien tich"] = DocumentType.Directive;
        words["ke hoach lien tich"] = DocumentType.Plan;
        return words;
    }
}
