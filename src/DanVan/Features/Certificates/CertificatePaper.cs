using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using DanVan.Features.Awards;
using DanVan.Features.Decisions;
using DanVan.Infrastructure.Text;
using QRCoder;

namespace DanVan.Features.Certificates;

/// <summary>Which printed layout an award gets: Bằng khen (national motto, red border), Giấy khen (blue), or the certificate of a title.</summary>
public enum CertificateLayout
{
    BangKhen,
    GiayKhen,
    Title,
}

/// <summary>What one certificate prints — only this, and nothing else, is what the verification page may show.</summary>
public sealed record CertificateSheet(string Code, string Url, CertificateLayout Layout, string Authority, string HolderName, string? Position,
    string UnitName, string AwardName, string Achievement, string DecisionLine, string PlaceDate, string? PrefixLine, string SignerTitle, string SignerName);

/// <summary>
/// The certificate as HTML for <see cref="Infrastructure.Pdf.PdfRenderer"/>: landscape A4, one page per sheet, a plain
/// decorative double border, the issuer's authority line, "TẶNG" (or "CÔNG NHẬN" for a title), the award, the holder in
/// large serif type with position and unit, the achievement, the decision's number and date, place and date, the
/// signature block, and the QR code to the verification page (inline SVG, no fetches) with its code in the bottom left
/// corner. Noto Serif renders every Vietnamese letter.
/// </summary>
public static class CertificatePaper
{
    private static readonly HtmlEncoder Enc = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static CertificateLayout LayoutOf(string awardName, AwardCategory category) =>
        awardName.Contains("Bằng khen", StringComparison.OrdinalIgnoreCase) ? CertificateLayout.BangKhen
        : awardName.Contains("Giấy khen", StringComparison.OrdinalIgnoreCase) || category == AwardCategory.Commendation ? CertificateLayout.GiayKhen
        : CertificateLayout.Title;

    public static CertificateSheet Sheet(DecisionPaper paper, DecisionAwardee a, AwardCategory category, string code, string baseUrl)
    {
        var d = paper.Decision;
        var layout = LayoutOf(a.AwardName, category);
        var achievement = layout == CertificateLayout.Title
            ? $"Đạt danh hiệu {a.AwardName} năm {a.Year.ToString(CultureInfo.InvariantCulture)}"
            : $"Đã có thành tích xuất sắc trong {Lower(paper.RoundName)}";
        return new CertificateSheet(code, VerifyLink.For(baseUrl, code), layout, paper.AuthorityLine, a.Name, a.Position, a.UnitName, a.AwardName, achievement,
            $"Quyết định số {d.Number} ngày {VnTime.Date(d.DecisionDate)}", paper.PlaceDate(draft: false), paper.PrefixLine,
            Documents.Decree30.Upper(d.SignerTitle), d.SignerName);
    }

    private static string Lower(string s) => s.Length == 0 ? s : char.ToLower(s[0], VietnameseText.Culture) + s[1..];

    /// <summary>The document; <paramref name="art"/>: the issuing unit's backgrounds and signature (<see cref="CertificateArt"/>), written once in the style sheet.</summary>
    public static string Html(IReadOnlyList<CertificateSheet> sheets, CertificateArt? art = null)
    {
        var h = new StringBuilder(8_192 + (sheets.Count * 12_000));
        h.Append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Bằng khen, giấy khen</title><style>")
            .Append("@page{size:A4 landscape;margin:0}*{box-sizing:border-box}html,body{margin:0;padding:0}")
            .Append("body{font-family:'Noto Serif','Liberation Serif','Times New Roman',serif;color:#1a1a1a}")
            .Append(".sheet{width:297mm;height:210mm;padding:9mm;page-break-after:always;break-after:page;overflow:hidden}.sheet:last-child{page-break-after:auto;break-after:auto}")
            .Append(".frame{position:relative;height:100%;border:3mm double #b8860b;padding:7mm 16mm;text-align:center}")
            .Append(".l-GiayKhen .frame{border-color:#1f4e8c}.l-Title .frame{border-color:#2e6b3a}")
            .Append(".frame:before{content:'';position:absolute;inset:2.5mm;border:0.4mm solid currentColor;opacity:.35;pointer-events:none}")
            .Append(".motto{font-weight:bold;font-size:12.5pt;margin:0}.motto u{display:inline-block;font-size:13pt;text-decoration:underline}")
            .Append(".authority{font-weight:bold;font-size:14pt;margin:5mm 0 0}.verb{font-weight:bold;font-size:15pt;margin:3mm 0 0;letter-spacing:1pt}")
            .Append("h1{font-size:40pt;margin:2mm 0 1mm;letter-spacing:3pt;color:#a01010}.l-GiayKhen h1{color:#1f4e8c}.l-Title h1{font-size:30pt;color:#2e6b3a}")
            .Append(".award{font-size:15pt;font-weight:bold;margin:0 0 3mm}.name{font-size:26pt;font-weight:bold;margin:2mm 0 0}")
            .Append(".unit{font-size:14pt;margin:1mm 0 0}.achievement{font-size:14pt;font-style:italic;margin:4mm 20mm 0}")
            .Append(".foot{position:absolute;left:16mm;right:16mm;bottom:8mm;display:flex;justify-content:space-between;align-items:flex-end}")
            .Append(".qr{width:62mm;text-align:left;font-size:8.5pt}.qr svg{width:30mm;height:30mm;display:block}.qr p{margin:1mm 0 0;word-break:break-all}")
            .Append(".decision{font-size:11pt;margin:0 0 2mm}.sign{width:95mm;text-align:center;font-size:13pt}.sign p{margin:0}.sign .date{font-style:italic;margin-bottom:2mm}")
            .Append(".sign b{display:block}.sign .gap{height:22mm}");
        var printed = sheets.Select(s => s.Layout).ToHashSet();
        foreach (var (layout, uri) in (art ?? CertificateArt.None).Backgrounds.Where(b => printed.Contains(b.Key)))
        {
            h.Append(CultureInfo.InvariantCulture, $".l-{layout} .frame{{background:url('{uri}') center/100% 100% no-repeat}}");
        }

        if (art?.Signature is { } signature)
        {
            h.Append(CultureInfo.InvariantCulture, $".sign .gap{{background:url('{signature}') center/contain no-repeat}}");
        }

        h.Append("</style></head><body>");
        foreach (var s in sheets)
        {
            Sheet(h, s);
        }

        return h.Append("</body></html>").ToString();
    }

    private static void Sheet(StringBuilder h, CertificateSheet s)
    {
        var (title, verb) = s.Layout switch
        {
            CertificateLayout.BangKhen => ("BẰNG KHEN", "TẶNG"),
            CertificateLayout.GiayKhen => ("GIẤY KHEN", "TẶNG"),
            _ => ("GIẤY CHỨNG NHẬN", "CÔNG NHẬN"),
        };
        h.Append(CultureInfo.InvariantCulture, $"<section class=\"sheet l-{s.Layout}\"><div class=\"frame\">");
        h.Append("<p class=\"motto\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br><u>Độc lập – Tự do – Hạnh phúc</u></p>");
        h.Append("<p class=\"authority\">").Append(E(s.Authority)).Append("</p>");
        h.Append("<p class=\"verb\">").Append(verb).Append("</p>");
        h.Append("<h1>").Append(title).Append("</h1>");
        if (s.Layout == CertificateLayout.Title)
        {
            h.Append("<p class=\"award\">").Append(E(s.AwardName)).Append("</p>");
        }

        h.Append("<p class=\"name\">").Append(E(s.HolderName)).Append("</p>");
        var unit = s.Position is { Length: > 0 } p && !s.UnitName.Contains(p, StringComparison.Ordinal) ? $"{p}, {s.UnitName}" : s.UnitName;
        if (unit != s.HolderName)
        {
            h.Append("<p class=\"unit\">").Append(E(unit)).Append("</p>");
        }

        h.Append("<p class=\"achievement\">").Append(E(s.Achievement)).Append("</p>");
        h.Append("<div class=\"foot\"><div class=\"qr\">").Append(Qr(s.Url)).Append("<p>Xác minh: ").Append(E(s.Url)).Append("</p></div>");
        h.Append("<div class=\"sign\"><p class=\"decision\">").Append(E(s.DecisionLine)).Append("</p><p class=\"date\">").Append(E(s.PlaceDate)).Append("</p>");
        if (s.PrefixLine is { } prefix)
        {
            h.Append("<b>").Append(E(prefix)).Append("</b>");
        }

        h.Append("<b>").Append(E(s.SignerTitle)).Append("</b><div class=\"gap\"></div><b>").Append(E(s.SignerName)).Append("</b></div></div>");
        h.Append("</div></section>");
    }

    /// <summary>The QR code as inline SVG (error correction M, quiet zone kept).</summary>
    public static string Qr(string url)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    private static string E(string s) => Enc.Encode(s);
}
