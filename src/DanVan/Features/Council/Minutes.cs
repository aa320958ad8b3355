using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Pdf;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>
/// The minutes (biên bản) of a session in the customary layout: the issuer block and national motto, place and date,
/// time and place of the meeting, who chaired and who kept the minutes, attendance with the absent members by name and
/// the quorum rule, then each agenda item in order — how its public notice went (comments and their handling), the method, the members recused and why, the counts, the base, the
/// percentage against it, the rule and its citation, the result — and the list approved, grouped by award; signature
/// blocks of the secretary and the chair. A session that is not closed prints as a draft ("DỰ THẢO"), items still to
/// vote as such. Printed as PDF by <see cref="PdfRenderer"/>; the HTML is also what a browser prints.
/// </summary>
public static class Minutes
{
    private static readonly HtmlEncoder Enc = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
    private static readonly CultureInfo Vn = VietnameseText.Culture;

    /// <summary>The PDF as a download named after the session's date; the session's 404 when the caller may not see it.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(AppDbContext db, CurrentUser user, PdfRenderer pdf, Guid sessionId,
        CancellationToken ct)
    {
        if (!(await PdfAsync(db, user, pdf, sessionId, ct)).TryGet(out var file, out var error))
        {
            return error.ToProblem();
        }

        return TypedResults.File(file.Bytes, "application/pdf", FileName(file.Date));
    }

    public sealed record Printed(byte[] Bytes, DateOnly Date);

    public static async Task<Result<Printed>> PdfAsync(AppDbContext db, CurrentUser user, PdfRenderer pdf, Guid sessionId, CancellationToken ct)
    {
        if (!(await CouncilAccess.SessionAsync(db, user, sessionId, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        var dto = await GetSession.DtoAsync(db, loaded, ct);
        var unitId = loaded.Council.UnitId;
        var issuer = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(ct);
        var statuses = await Notices.NoticeGate.StatusesAsync(db, user.TenantId, loaded.Session.Items.Select(i => i.NomineeId).ToList(), ct);
        var notices = loaded.Session.Items.Where(i => statuses.ContainsKey(i.NomineeId)).ToDictionary(i => i.Id, i => statuses[i.NomineeId].Text);
        return new Printed(await pdf.RenderAsync(Html(dto, issuer, VnTime.Today(db.Time), notices), ct), dto.Date);
    }

    /// <summary>"biên-bản-họp-hội-đồng-26-12-2025.pdf" in ASCII: the file name a download gets.</summary>
    public static string FileName(DateOnly date) => $"bien-ban-hop-hoi-dong-{date:dd-MM-yyyy}.pdf";

    /// <param name="notices">Per item id: how its nominee's public notice went (period, comments and their handling); absent: none.</param>
    public static string Html(SessionDto s, string issuer, DateOnly today, IReadOnlyDictionary<Guid, string> notices)
    {
        var chair = s.Attendance.FirstOrDefault(a => a.Role == MemberRole.Chair);
        var secretary = s.Attendance.FirstOrDefault(a => a.Role == MemberRole.Secretary);
        var draft = s.State != SessionState.Closed;
        var h = new StringBuilder(16_384);
        h.Append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Biên bản họp Hội đồng</title><style>")
            .Append("@page{size:A4;margin:20mm 15mm 20mm 30mm}")
            .Append("body{font-family:'Times New Roman','Liberation Serif','Noto Serif',serif;font-size:13pt;line-height:1.35;color:#000}")
            .Append(".head{display:flex;justify-content:space-between;text-align:center;font-size:12pt}.head .issuer{width:42%}.head .motto{width:56%}")
            .Append(".motto{font-weight:bold}.motto u{font-weight:bold}.issuer b{display:block}.motto u{display:inline-block}.date{text-align:right;font-style:italic;margin:8pt 0}")
            .Append("h1{text-align:center;font-size:14pt;margin:10pt 0 0}h1+p{text-align:center;font-weight:bold;margin:0 0 10pt}")
            .Append("h2{font-size:13pt;margin:10pt 0 4pt}p{margin:3pt 0;text-align:justify}table{border-collapse:collapse;width:100%;font-size:12pt;margin:4pt 0}")
            .Append("th,td{border:1px solid #000;padding:2pt 4pt;vertical-align:top}th{text-align:center}td.n{text-align:right;white-space:nowrap}")
            .Append(".sign{display:flex;justify-content:space-around;text-align:center;margin-top:18pt;page-break-inside:avoid}.sign div{width:45%}.sign p{text-align:center}")
            .Append(".gap{height:60pt}.draft{text-align:center;font-weight:bold;letter-spacing:2pt;border:1px solid #000;padding:2pt}")
            .Append("</style></head><body>");
        if (draft)
        {
            h.Append("<p class=\"draft\">DỰ THẢO — phiên họp chưa kết thúc</p>");
        }

        h.Append("<div class=\"head\"><div class=\"issuer\">").Append(E(Issuer(issuer).ToUpper(Vn))).Append("<b>HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG</b></div>")
            .Append("<div class=\"motto\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br><u>Độc lập – Tự do – Hạnh phúc</u></div></div>");
        h.Append("<p class=\"date\">").Append(E(Locality(issuer))).Append(Locality(issuer).Length > 0 ? ", " : "")
            .Append(CultureInfo.InvariantCulture, $"ngày {s.Date.Day:00} tháng {s.Date.Month:00} năm {s.Date.Year}</p>");
        h.Append("<h1>BIÊN BẢN</h1><p>Họp ").Append(E(s.CouncilName)).Append("</p>");

        h.Append("<h2>I. Thời gian, địa điểm</h2><p>Ngày ").Append(VnTime.Date(s.Date)).Append(", tại ").Append(E(s.Place)).Append(".</p>");
        h.Append("<h2>II. Thành phần</h2>");
        h.Append("<p>Chủ trì: ").Append(chair is null ? "(chưa ghi)" : E(chair.Name) + ", " + E(chair.RoleLabel)).Append(".</p>");
        h.Append("<p>Thư ký: ").Append(secretary is null ? "(chưa ghi)" : E(secretary.Name)).Append(".</p>");
        var withOpinion = s.Attendance.Where(a => a.Status == AttendanceStatus.AbsentWithOpinion).ToList();
        var absent = s.Attendance.Where(a => a.Status == AttendanceStatus.Absent).ToList();
        h.Append(CultureInfo.InvariantCulture, $"<p>Tổng số thành viên Hội đồng: {s.Members}; có mặt: {s.Present}; vắng mặt: {s.Members - s.Present}")
            .Append(withOpinion.Count > 0 ? $" (trong đó {withOpinion.Count} có ý kiến bằng văn bản)" : "").Append(".</p>");
        if (withOpinion.Count + absent.Count > 0)
        {
            h.Append("<p>Vắng mặt: ").Append(string.Join("; ", withOpinion.Concat(absent).Select(a => E(a.Name) + " (" + E(a.StatusLabel.ToLower(Vn)) + ")"))).Append(".</p>");
        }

        h.Append("<p>").Append(E(s.QuorumRule)).Append(": ").Append(s.Quorum ? "phiên họp đủ điều kiện biểu quyết." : "phiên họp chưa đủ số thành viên có mặt để biểu quyết.").Append("</p>");
        h.Append("<table><thead><tr><th>STT</th><th>Họ và tên</th><th>Chức danh trong Hội đồng</th><th>Tham dự</th></tr></thead><tbody>");
        foreach (var (a, i) in s.Attendance.Select((a, i) => (a, i + 1)))
        {
            h.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"n\">{i}</td><td>{E(a.Name)}</td><td>{E(a.RoleLabel)}</td><td>{E(a.StatusLabel)}</td></tr>");
        }

        h.Append("</tbody></table>");

        h.Append("<h2>III. Nội dung và kết quả biểu quyết</h2>");
        if (s.Items.Count == 0)
        {
            h.Append("<p>Phiên họp chưa có nội dung xét.</p>");
        }

        foreach (var item in s.Items)
        {
            h.Append(CultureInfo.InvariantCulture, $"<p><b>{item.Position}. {E(item.Name)}</b> ({E(item.UnitName)}) — đề nghị {E(item.AwardName)}.</p>");
            h.Append("<p>Công khai lấy ý kiến: ").Append(E(notices.TryGetValue(item.Id, out var notice) ? notice : "không công khai")).Append(".</p>");
            foreach (var r in item.Recusals)
            {
                h.Append("<p>Không tham gia biểu quyết: ").Append(E(r.Name)).Append(" — ").Append(E(r.Reason.TrimEnd('.', ' '))).Append(r.Declared ? " (tự khai)" : "").Append(".</p>");
            }

            if (item.Tally is not { } t)
            {
                h.Append(item.State == ItemState.Open ? "<p>Đang biểu quyết, chưa có kết quả." : "<p>Chưa biểu quyết.")
                    .Append(" Yêu cầu: ").Append(E(item.Requirement.TrimEnd('.', ' '))).Append(".</p>");
                continue;
            }

            h.Append("<p>Hình thức: ").Append(item.Secret ? "bỏ phiếu kín" : "biểu quyết công khai")
                .Append(item.Method is { } m ? ", " + E(m.Label().ToLower(Vn)) : "").Append(".</p>");
            h.Append("<table><thead><tr><th>Phát ra</th><th>Thu về</th><th>Hợp lệ</th><th>Đồng ý</th><th>Không đồng ý</th><th>Không biểu quyết</th><th>Cơ sở tính</th><th>Tỷ lệ đồng ý</th><th>Kết quả</th></tr></thead><tbody>")
                .Append(CultureInfo.InvariantCulture, $"<tr><td class=\"n\">{t.Issued}</td><td class=\"n\">{t.Returned}</td><td class=\"n\">{t.Valid}</td><td class=\"n\">{t.Yes}</td><td class=\"n\">{t.No}</td><td class=\"n\">{t.Abstain}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{t.Base} ({E(t.BaseLabel.ToLower(Vn))})</td><td class=\"n\">{Tally.Pct(t.Percent)} %</td><td>{(t.Passed ? "Đạt" : "Không đạt")}</td></tr></tbody></table>");
            if (t.WrittenOpinions > 0)
            {
                h.Append(CultureInfo.InvariantCulture, $"<p>Trong đó {t.WrittenOpinions} phiếu là ý kiến bằng văn bản của thành viên vắng mặt.</p>");
            }

            h.Append("<p>").Append(E(t.Sentence));
            if (!t.Sentence.Contains(t.Citation, StringComparison.Ordinal))
            {
                h.Append(" Căn cứ: ").Append(E(t.Citation)).Append('.');
            }

            h.Append("</p>");
        }

        h.Append("<h2>IV. Danh sách được Hội đồng thống nhất đề nghị khen thưởng</h2>");
        var approved = s.Items.Where(i => i.Tally is { Passed: true }).GroupBy(i => i.AwardName).ToList();
        if (approved.Count == 0)
        {
            h.Append("<p>Chưa có.</p>");
        }

        foreach (var award in approved)
        {
            h.Append("<p><b>").Append(E(award.Key)).Append(CultureInfo.InvariantCulture, $"</b> ({award.Count()}):</p><table><thead><tr><th>STT</th><th>Cá nhân, tập thể</th><th>Đơn vị</th><th>Tỷ lệ đồng ý</th></tr></thead><tbody>");
            foreach (var (i, n) in award.Select((i, n) => (i, n + 1)))
            {
                h.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"n\">{n}</td><td>{E(i.Name)}</td><td>{E(i.UnitName)}</td><td class=\"n\">{Tally.Pct(i.Tally!.Percent)} %</td></tr>");
            }

            h.Append("</tbody></table>");
        }

        h.Append("<p>Biên bản được lập ").Append(draft ? "(dự thảo) ngày " + VnTime.Date(today) : "xong trong phiên họp ngày " + VnTime.Date(s.Date))
            .Append(" và được thông qua trước các thành viên dự họp.</p>");
        h.Append("<div class=\"sign\"><div><p><b>THƯ KÝ</b></p><div class=\"gap\"></div><p><b>").Append(E(secretary?.Name ?? "")).Append("</b></p></div>")
            .Append("<div><p><b>CHỦ TỊCH HỘI ĐỒNG</b></p><div class=\"gap\"></div><p><b>").Append(E(chair?.Name ?? "")).Append("</b></p></div></div>");
        h.Append("</body></html>");
        return h.ToString();
    }

    /// <summary>
    /// The body above the council in the header: the People's Committee of a province, city or commune named by the unit
    /// ("Tỉnh Sông Trà" → "UBND tỉnh Sông Trà"), else the unit itself ("Sở Tư pháp"); a note in brackets is dropped.
    /// </summary>
    public static string Issuer(string unitName)
    {
        var name = WithoutNote(unitName);
        return new[] { "Tỉnh ", "Thành phố ", "Xã ", "Phường ", "Đặc khu " }.Any(p => name.StartsWith(p, StringComparison.Ordinal)) ? "UBND " + char.ToLower(name[0], Vn) + name[1..] : name;
    }

    /// <summary>The place of the date line, from the unit's name: "UBND tỉnh Sông Trà" → "Sông Trà"; none if it names no locality.</summary>
    public static string Locality(string unitName)
    {
        var issuer = WithoutNote(unitName);
        foreach (var marker in new[] { "thành phố ", "tỉnh ", "phường ", "xã ", "đặc khu " })
        {
            var at = issuer.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return issuer[(at + marker.Length)..].Trim();
            }
        }

        return "";
    }

    private static string WithoutNote(string name) => (name.IndexOf(" (", StringComparison.Ordinal) is var at and > 0 ? name[..at] : name).Trim();

    private static string E(string text) => Enc.Encode(text);
}
