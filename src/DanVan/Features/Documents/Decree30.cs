using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Word;

namespace DanVan.Features.Documents;

/// <summary>
/// The layout of an administrative document as Decree 30/2020/NĐ-CP Appendix I prescribes, stated once for every paper
/// DanVan writes (decisions, Tờ trình, council minutes): the issuer's name in the header, the place of the place-and-date
/// line, the date's padding, the two-column header (issuer and number left; national title and underlined motto right)
/// and the two-column foot ("Nơi nhận:" left; the signature block right). Each paper is a <see cref="WordWriter"/>, so
/// the same blocks become the editable DOCX and, through <see cref="WordHtml"/>, the PDF.
/// </summary>
public static class Decree30
{
    /// <summary>Widths (mm) of the header's two columns on A4 with 30/15 mm margins.</summary>
    private const double LeftColumn = 65;

    private const double RightColumn = 100;

    private static readonly string[] Localities = ["Tỉnh ", "Thành phố ", "Xã ", "Phường ", "Đặc khu "];

    /// <summary>A unit's name without a bracketed note: "Tỉnh Sông Trà (dữ liệu mẫu)" → "Tỉnh Sông Trà".</summary>
    public static string WithoutNote(string name) => (name.IndexOf(" (", StringComparison.Ordinal) is var at and > 0 ? name[..at] : name).Trim();

    /// <summary>
    /// The place of the place-and-date line, from the unit that writes: "Tỉnh Sông Trà (dữ liệu mẫu)" → "Sông Trà",
    /// "Ủy ban nhân dân tỉnh Sông Trà" → "Sông Trà", "Xã Trà Bình" → "Trà Bình"; a name with no locality in it (a
    /// department: "Sở Tư pháp") gives none — its caller prints the province's.
    /// </summary>
    public static string Place(string unitName)
    {
        var name = WithoutNote(unitName);
        foreach (var marker in new[] { "thành phố ", "tỉnh ", "phường ", "xã ", "đặc khu " })
        {
            var at = name.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || name[at - 1] == ' '))
            {
                return name[(at + marker.Length)..].Trim();
            }
        }

        return "";
    }

    /// <summary>The province of the tenant's root unit, for papers whose writer names no locality: "Tỉnh Sông Trà (dữ liệu mẫu)" → "Sông Trà", "Quảng Ngãi" → "Quảng Ngãi".</summary>
    public static string Province(string rootName) => Place(rootName) is { Length: > 0 } place ? place : WithoutNote(rootName);

    /// <summary>The body above a council or a service in the header: "Tỉnh Sông Trà" → "UBND tỉnh Sông Trà"; a unit that is no locality stays itself.</summary>
    public static string PeoplesCommittee(string unitName)
    {
        var name = WithoutNote(unitName);
        return Localities.Any(p => name.StartsWith(p, StringComparison.Ordinal)) ? "UBND " + char.ToLower(name[0], VietnameseText.Culture) + name[1..] : name;
    }

    /// <summary>The issuer as the header's first block prints it: "Ủy ban nhân dân tỉnh Sông Trà" → "ỦY BAN NHÂN DÂN" / "TỈNH SÔNG TRÀ".</summary>
    public static IReadOnlyList<string> IssuerLines(string unitName)
    {
        const string ppc = "Ủy ban nhân dân ";
        var name = WithoutNote(unitName);
        return name.StartsWith(ppc, StringComparison.OrdinalIgnoreCase) ? ["ỦY BAN NHÂN DÂN", Upper(name[ppc.Length..])] : [Upper(name)];
    }

    public static string Upper(string s) => s.ToUpper(VietnameseText.Culture);

    /// <summary>"Sông Trà, ngày 05 tháng 01 năm 2026": days below 10 and the months 1 and 2 take a leading zero (Appendix I, II.6); no place: the date alone.</summary>
    public static string DateLine(string place, DateOnly date) =>
        Prefix(place) + $"ngày {DocumentCitation.Day(date)} tháng {DocumentCitation.Month(date)} năm {date.Year}";

    /// <summary>A draft's date line: the day and month left blank for the signer.</summary>
    public static string DraftDateLine(string place, int year) => Prefix(place) + $"ngày      tháng      năm {year}";

    private static string Prefix(string place) => place.Length > 0 ? place + ", " : "";

    /// <summary>
    /// The two-column header: the issuer's lines (the last in bold) and the number line left; the national title, the
    /// underlined motto and the italic place-and-date line right.
    /// </summary>
    public static void Header(WordWriter w, IReadOnlyList<string> issuer, string? numberLine, string placeDate)
    {
        var left = issuer.Select((line, i) => WordParagraph.Of(line, WordAlign.Center, bold: i == issuer.Count - 1, size: 13)).ToList();
        if (numberLine is not null)
        {
            left.Add(WordParagraph.Of(numberLine, WordAlign.Center, size: 13));
        }

        var right = new List<WordParagraph>
        {
            WordParagraph.Of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", WordAlign.Center, bold: true, size: 12),
            WordParagraph.Of("Độc lập – Tự do – Hạnh phúc", WordAlign.Center, bold: true, underline: true, size: 13, after: 6),
            WordParagraph.Of(placeDate, WordAlign.Center, italic: true, size: 13),
        };
        w.Add(new WordTable([LeftColumn, RightColumn], [[left, right]], Borders: false));
        w.Add(WordParagraph.Of("", after: 6));
    }

    /// <summary>The foot: "Nơi nhận:" and its lines left (11–12 pt); right, the TM./KT. line, the signer's capacity in capitals, room to sign, the name in bold.</summary>
    public static void Footer(WordWriter w, IReadOnlyList<string> recipients, string? prefix, string capacity, string signer)
    {
        var left = new List<WordParagraph> { WordParagraph.Of("Nơi nhận:", bold: true, italic: true, size: 12) };
        left.AddRange(recipients.Select(r => WordParagraph.Of("- " + r, size: 11)));
        w.Add(new WordTable([LeftColumn + 5, RightColumn - 5], [[left, Signature(prefix, capacity, signer)]], Borders: false));
    }

    /// <summary>Signature blocks side by side with nobody's recipients (minutes: the secretary's and the chair's).</summary>
    public static void Signatures(WordWriter w, params (string Capacity, string Signer)[] blocks)
    {
        var width = (LeftColumn + RightColumn) / blocks.Length;
        w.Add(WordParagraph.Of("", after: 6));
        w.Add(new WordTable(blocks.Select(_ => width).ToList(), [blocks.Select(b => Signature(null, b.Capacity, b.Signer)).ToList()], Borders: false));
    }

    private static List<WordParagraph> Signature(string? prefix, string capacity, string signer)
    {
        var block = new List<WordParagraph>();
        if (prefix is not null)
        {
            block.Add(WordParagraph.Of(prefix, WordAlign.Center, bold: true));
        }

        block.Add(WordParagraph.Of(Upper(capacity), WordAlign.Center, bold: true, after: 60));
        block.Add(WordParagraph.Of(signer, WordAlign.Center, bold: true));
        return block;
    }
}
