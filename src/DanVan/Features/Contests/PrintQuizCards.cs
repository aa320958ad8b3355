using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using DanVan.Features.Accounts;
using DanVan.Features.Certificates;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Pdf;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>
/// The cards the organiser hands each team for a quiz part answered on devices: one per team, eight to an A4 page (cut
/// along the lines), each with the contest, the part and its minutes, the team (its code name and its unit, so the card
/// reaches the right table), the code in large type, the page's address and a QR code opening the team's sitting
/// directly. The organiser's; refused while no code is issued.
/// </summary>
public static class PrintQuizCards
{
    public const string Path = "/hoi-thi/lam-bai";

    public static async Task<Result<PrintCertificates.Printed>> HandleAsync(AppDbContext db, CurrentUser user, PdfRenderer pdf, Guid contestId, Guid partId, string baseUrl,
        CancellationToken ct)
    {
        if (!(await GetQuiz.HandleAsync(db, user, contestId, partId, ct)).TryGet(out var quiz, out var error))
        {
            return error;
        }

        var part = quiz.Part!;
        var seated = quiz.Teams.Where(t => t.Code is not null).ToList();
        if (part.Minutes is null)
        {
            return ContestErrors.QuizNoTime;
        }

        if (seated.Count == 0)
        {
            return ContestErrors.QuizNoSeats;
        }

        var cards = seated.Select(t => new Card(quiz.ContestName, $"{part.RoundName}, phần thi {part.Seq} — {part.Name}", part.Minutes.Value, t.Name,
            ContestQuizSeat.Shown(t.Code!), $"{baseUrl}{Path}", $"{baseUrl}{Path}/{t.Code}")).ToList();
        return new PrintCertificates.Printed(await pdf.RenderAsync(Html(cards), ct), $"ma-lam-bai-phan-thi-{part.Seq}.pdf");
    }

    public sealed record Card(string Contest, string Part, int Minutes, string Team, string Code, string Page, string Url);

    public static string Html(IReadOnlyList<Card> cards)
    {
        var h = new StringBuilder(4_096 + (cards.Count * 6_000));
        h.Append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Mã làm bài trắc nghiệm</title><style>")
            .Append("@page{size:A4 portrait;margin:8mm}*{box-sizing:border-box}html,body{margin:0;padding:0}")
            .Append("body{font-family:'Noto Sans','Liberation Sans',Arial,sans-serif;color:#111}")
            .Append(".cards{display:grid;grid-template-columns:1fr 1fr;grid-auto-rows:minmax(66mm,auto)}")
            .Append(".card{border:0.3mm dashed #777;padding:4mm 5mm;display:flex;gap:4mm;break-inside:avoid;page-break-inside:avoid}")
            .Append(".text{flex:1;min-width:0}.contest{font-size:8.5pt;margin:0;color:#444}.part{font-size:9pt;margin:1mm 0 0}")
            .Append(".team{font-size:13pt;font-weight:bold;margin:2.5mm 0 0}.label{font-size:8.5pt;margin:3mm 0 0;color:#444}")
            .Append(".code{font-family:'Noto Sans Mono','DejaVu Sans Mono',monospace;font-size:17pt;font-weight:bold;white-space:nowrap;margin:0}")
            .Append(".how{font-size:8pt;margin:2mm 0 0}.qr{flex:none}.qr svg{width:28mm;height:28mm;display:block}")
            .Append("</style></head><body><div class=\"cards\">");
        foreach (var c in cards)
        {
            h.Append("<section class=\"card\"><div class=\"text\">")
                .Append("<p class=\"contest\">").Append(E(c.Contest)).Append("</p>")
                .Append("<p class=\"part\">").Append(E(c.Part)).Append(CultureInfo.InvariantCulture, $" · {c.Minutes} phút</p>")
                .Append("<p class=\"team\">").Append(E(c.Team)).Append("</p>")
                .Append("<p class=\"label\">Mã làm bài</p><p class=\"code\">").Append(E(c.Code)).Append("</p>")
                .Append("<p class=\"how\">Mở ").Append(E(c.Page)).Append(" trên máy tính bảng hoặc điện thoại, nhập mã (hoặc quét mã QR); đề hiện ra khi ban tổ chức ra hiệu lệnh. Giữ kín mã cho đến khi thi.</p>")
                .Append("</div><div class=\"qr\">").Append(CertificatePaper.Qr(c.Url)).Append("</div></section>");
        }

        return h.Append("</div></body></html>").ToString();
    }

    private static string E(string s) => HtmlEncoder.Default.Encode(s);
}
