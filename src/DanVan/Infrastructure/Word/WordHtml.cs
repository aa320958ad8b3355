using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace DanVan.Infrastructure.Word;

/// <summary>
/// The same blocks a <see cref="WordWriter"/> turns into DOCX, as print HTML for the PDF renderer: A4 with the Decree
/// 30/2020 margins (20/20/30/15 mm), Times New Roman (or the metric-compatible Liberation Serif), sizes in points, widths
/// in millimetres, page breaks where the paragraph asks. One paper, two files, the same words.
/// </summary>
public static class WordHtml
{
    private static readonly HtmlEncoder Enc = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private const int KeepTogether = 6;

    /// <param name="banner">A line printed boxed at the top of the first page (e.g. "DỰ THẢO"), none when null.</param>
    public static string Render(WordWriter w, string title, string? banner = null)
    {
        var h = new StringBuilder(16_384);
        h.Append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").Append(Enc.Encode(title)).Append("</title><style>")
            .Append("@page{size:A4;margin:20mm 15mm 20mm 30mm}")
            .Append("body{font-family:'").Append(WordWriter.Font).Append("','Liberation Serif','Noto Serif',serif;font-size:14pt;line-height:1.25;color:#000;margin:0}")
            .Append("p{margin:0;white-space:pre-wrap}table{border-collapse:collapse;table-layout:fixed;margin:0}td{vertical-align:top;padding:1pt 3pt}")
            .Append("table.b td{border:0.75pt solid #000}table.k,tr{break-inside:avoid}.c{text-align:center}.r{text-align:right}.j{text-align:justify}.bk{break-before:page}")
            .Append(".banner{text-align:center;font-weight:bold;letter-spacing:2pt;border:1px solid #000;padding:2pt;margin-bottom:6pt}")
            .Append("</style></head><body>");
        if (banner is not null)
        {
            h.Append("<p class=\"banner\">").Append(Enc.Encode(banner)).Append("</p>");
        }

        foreach (var block in w.Blocks)
        {
            switch (block)
            {
                case WordParagraph p:
                    Paragraph(h, p);
                    break;
                case WordTable t:
                    Table(h, t);
                    break;
                default:
                    throw new InvalidOperationException();
            }
        }

        return h.Append("</body></html>").ToString();
    }

    private static void Paragraph(StringBuilder h, WordParagraph p)
    {
        var cls = string.Join(' ', new[] { p.Align switch { WordAlign.Center => "c", WordAlign.Right => "r", WordAlign.Justify => "j", _ => "" },
            p.PageBreakBefore ? "bk" : "" }.Where(c => c.Length > 0));
        h.Append("<p");
        if (cls.Length > 0)
        {
            h.Append(" class=\"").Append(cls).Append('"');
        }

        h.Append(Inv, $" style=\"font-size:{p.Size}pt;margin-bottom:{p.After}pt;text-indent:{p.Indent}mm\">");
        foreach (var r in p.Runs)
        {
            var text = Enc.Encode(r.Text).Replace("&#xA;", "<br>", StringComparison.Ordinal);
            if (r.Text.Length == 0)
            {
                text = "&#x200B;"; // an empty paragraph keeps its line, as in Word
            }

            var open = new StringBuilder();
            var close = new StringBuilder();
            if (r.Bold)
            {
                open.Append("<b>");
                close.Insert(0, "</b>");
            }

            if (r.Italic)
            {
                open.Append("<i>");
                close.Insert(0, "</i>");
            }

            if (r.Underline)
            {
                open.Append("<u>");
                close.Insert(0, "</u>");
            }

            if (r.Size is { } size)
            {
                open.Append(Inv, $"<span style=\"font-size:{size}pt\">");
                close.Insert(0, "</span>");
            }

            h.Append(open).Append(text).Append(close);
        }

        h.Append("</p>");
    }

    private static void Table(StringBuilder h, WordTable t)
    {
        // A short table (a header and a few rows) stays on one page, so its header never ends a page alone.
        h.Append(t.Borders ? (t.Rows.Count <= KeepTogether ? "<table class=\"b k\"" : "<table class=\"b\"") : "<table class=\"k\"").Append(Inv, $" style=\"width:{t.WidthsMm.Sum()}mm\"><colgroup>");
        foreach (var width in t.WidthsMm)
        {
            h.Append(Inv, $"<col style=\"width:{width}mm\">");
        }

        h.Append("</colgroup>");
        foreach (var row in t.Rows)
        {
            h.Append("<tr>");
            foreach (var cell in row)
            {
                h.Append("<td>");
                foreach (var p in cell)
                {
                    Paragraph(h, p);
                }

                h.Append("</td>");
            }

            h.Append("</tr>");
        }

        h.Append("</table>");
    }
}
