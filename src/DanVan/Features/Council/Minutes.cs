using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Pdf;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using DanVan.Infrastructure.Word;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>
/// The minutes (biên bản) of a session in the customary layout: the issuer block and national motto, place and date,
/// time and place of the meeting, who chaired and who kept the minutes, attendance with the absent members by name and
/// the quorum rule, then each agenda item in order — how its public notice went (comments and their handling), the method, the members recused and why, the counts, the base, the
/// percentage against it, the rule and its citation, the result — and the list approved, grouped by award; signature
/// blocks of the secretary and the chair. A session that is not closed prints as a draft ("DỰ THẢO"), items still to
/// vote as such. Written once as blocks (<see cref="WordWriter"/>): printed as PDF by <see cref="PdfRenderer"/>, saved as DOCX.
/// </summary>
public static class Minutes
{
    private static readonly CultureInfo Vn = VietnameseText.Culture;

    /// <summary>The PDF as a download named after the session's date; the session's 404 when the caller may not see it.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(AppDbContext db, CurrentUser user, PdfRenderer pdf, Guid sessionId,
        CancellationToken ct)
    {
        if (!(await PdfAsync(db, user, pdf, sessionId, ct)).TryGet(out var file, out var error))
        {
            return error.ToProblem();
        }

        return TypedResults.File(file.Bytes, "application/pdf", FileName(file.Date, "pdf"));
    }

    /// <summary>The same paper as an editable Word file (the secretary completes it before signing).</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadDocxAsync(AppDbContext db, CurrentUser user, Guid sessionId, CancellationToken ct)
    {
        if (!(await PaperAsync(db, user, sessionId, ct)).TryGet(out var paper, out var error))
        {
            return error.ToProblem();
        }

        return TypedResults.File(paper.Writer.ToBytes(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileName(paper.Date, "docx"));
    }

    public sealed record Printed(byte[] Bytes, DateOnly Date);

    public sealed record Written(WordWriter Writer, DateOnly Date, bool Draft);

    public static async Task<Result<Printed>> PdfAsync(AppDbContext db, CurrentUser user, PdfRenderer pdf, Guid sessionId, CancellationToken ct)
    {
        if (!(await PaperAsync(db, user, sessionId, ct)).TryGet(out var paper, out var error))
        {
            return error;
        }

        var html = WordHtml.Render(paper.Writer, "Biên bản họp Hội đồng", paper.Draft ? "DỰ THẢO — phiên họp chưa kết thúc" : null);
        return new Printed(await pdf.RenderAsync(html, ct), paper.Date);
    }

    public static async Task<Result<Written>> PaperAsync(AppDbContext db, CurrentUser user, Guid sessionId, CancellationToken ct)
    {
        if (!(await CouncilAccess.SessionAsync(db, user, sessionId, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        var dto = await GetSession.DtoAsync(db, loaded, ct);
        var unitId = loaded.Council.UnitId;
        var issuer = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(ct);
        var root = await db.Units.Where(u => u.TenantId == user.TenantId && u.ParentId == null).Select(u => u.Name).FirstAsync(ct);
        var statuses = await Notices.NoticeGate.StatusesAsync(db, user.TenantId, loaded.Session.Items.Select(i => i.NomineeId).ToList(), ct);
        var notices = loaded.Session.Items.Where(i => statuses.ContainsKey(i.NomineeId)).ToDictionary(i => i.Id, i => statuses[i.NomineeId].Text);
        return new Written(Paper(dto, issuer, Decree30.Province(root), VnTime.Today(db.Time), notices), dto.Date, dto.State != SessionState.Closed);
    }

    /// <summary>"bien-ban-hop-hoi-dong-26-12-2025.pdf" in ASCII: the file name a download gets.</summary>
    public static string FileName(DateOnly date, string extension) => $"bien-ban-hop-hoi-dong-{date:dd-MM-yyyy}.{extension}";

    /// <summary>The paper's blocks: printed as PDF (<see cref="WordHtml"/>) and saved as the editable DOCX.</summary>
    /// <param name="issuer">The council's unit's name; <paramref name="province"/> the place when the unit names none.</param>
    /// <param name="notices">Per item id: how its nominee's public notice went (period, comments and their handling); absent: none.</param>
    public static WordWriter Paper(SessionDto s, string issuer, string province, DateOnly today, IReadOnlyDictionary<Guid, string> notices)
    {
        var chair = s.Attendance.FirstOrDefault(a => a.Role == MemberRole.Chair);
        var secretary = s.Attendance.FirstOrDefault(a => a.Role == MemberRole.Secretary);
        var draft = s.State != SessionState.Closed;
        var w = new WordWriter();
        var place = Decree30.Place(issuer) is { Length: > 0 } own ? own : province;
        Decree30.Header(w, [Decree30.Upper(Decree30.PeoplesCommittee(issuer)), "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG"], null, Decree30.DateLine(place, s.Date));
        w.Add(WordParagraph.Of("BIÊN BẢN", WordAlign.Center, bold: true));
        w.Add(WordParagraph.Of("Họp " + s.CouncilName, WordAlign.Center, bold: true, after: 10));

        Heading(w, "I. Thời gian, địa điểm");
        Text(w, $"Ngày {VnTime.Date(s.Date)}, tại {s.Place}.");
        Heading(w, "II. Thành phần");
        Text(w, "Chủ trì: " + (chair is null ? "(chưa ghi)" : chair.Name + ", " + chair.RoleLabel) + ".");
        Text(w, "Thư ký: " + (secretary is null ? "(chưa ghi)" : secretary.Name) + ".");
        var withOpinion = s.Attendance.Where(a => a.Status == AttendanceStatus.AbsentWithOpinion).ToList();
        var absent = s.Attendance.Where(a => a.Status == AttendanceStatus.Absent).ToList();
        Text(w, string.Create(CultureInfo.InvariantCulture, $"Tổng số thành viên Hội đồng: {s.Members}; có mặt: {s.Present}; vắng mặt: {s.Members - s.Present}")
            + (withOpinion.Count > 0 ? $" (trong đó {withOpinion.Count} có ý kiến bằng văn bản)" : "") + ".");
        if (withOpinion.Count + absent.Count > 0)
        {
            Text(w, "Vắng mặt: " + string.Join("; ", withOpinion.Concat(absent).Select(a => a.Name + " (" + a.StatusLabel.ToLower(Vn) + ")")) + ".");
        }

        Text(w, s.QuorumRule + ": " + (s.Quorum ? "phiên họp đủ điều kiện biểu quyết." : "phiên họp chưa đủ số thành viên có mặt để biểu quyết."));
        Grid(w, [12, 65, 55, 33], ["STT", "Họ và tên", "Chức danh trong Hội đồng", "Tham dự"],
            s.Attendance.Select((a, i) => new[] { N(i + 1), a.Name, a.RoleLabel, a.StatusLabel }), numeric: [0]);

        Heading(w, "III. Nội dung và kết quả biểu quyết");
        if (s.Items.Count == 0)
        {
            Text(w, "Phiên họp chưa có nội dung xét.");
        }

        foreach (var item in s.Items)
        {
            w.Add(new WordParagraph([new WordRun($"{N(item.Position)}. {item.Name}", Bold: true), new WordRun($" ({item.UnitName}) — đề nghị {item.AwardName}.")],
                WordAlign.Justify, 13, 3));
            Text(w, "Công khai lấy ý kiến: " + (notices.TryGetValue(item.Id, out var notice) ? notice : "không công khai") + ".");
            foreach (var r in item.Recusals)
            {
                Text(w, "Không tham gia biểu quyết: " + r.Name + " — " + r.Reason.TrimEnd('.', ' ') + (r.Declared ? " (tự khai)" : "") + ".");
            }

            if (item.Tally is not { } t)
            {
                Text(w, (item.State == ItemState.Open ? "Đang biểu quyết, chưa có kết quả." : "Chưa biểu quyết.") + " Yêu cầu: " + item.Requirement.TrimEnd('.', ' ') + ".");
                continue;
            }

            Text(w, "Hình thức: " + (item.Secret ? "bỏ phiếu kín" : "biểu quyết công khai") + (item.Method is { } m ? ", " + m.Label().ToLower(Vn) : "") + ".");
            Grid(w, [15, 15, 15, 15, 18, 18, 30, 19, 20], ["Phát ra", "Thu về", "Hợp lệ", "Đồng ý", "Không đồng ý", "Không biểu quyết", "Cơ sở tính", "Tỷ lệ đồng ý", "Kết quả"],
                [[N(t.Issued), N(t.Returned), N(t.Valid), N(t.Yes), N(t.No), N(t.Abstain), $"{N(t.Base)} ({t.BaseLabel.ToLower(Vn)})", Tally.Pct(t.Percent) + " %",
                    t.Passed ? "Đạt" : "Không đạt"]], numeric: [0, 1, 2, 3, 4, 5, 7]);
            if (t.WrittenOpinions > 0)
            {
                Text(w, $"Trong đó {N(t.WrittenOpinions)} phiếu là ý kiến bằng văn bản của thành viên vắng mặt.");
            }

            Text(w, t.Sentence + (t.Sentence.Contains(t.Citation, StringComparison.Ordinal) ? "" : " Căn cứ: " + t.Citation + "."));
        }

        Heading(w, "IV. Danh sách được Hội đồng thống nhất đề nghị khen thưởng");
        var approved = s.Items.Where(i => i.Tally is { Passed: true }).GroupBy(i => i.AwardName).ToList();
        if (approved.Count == 0)
        {
            Text(w, "Chưa có.");
        }

        foreach (var award in approved)
        {
            w.Add(new WordParagraph([new WordRun(award.Key, Bold: true), new WordRun($" ({N(award.Count())}):")], WordAlign.Left, 13, 3));
            Grid(w, [12, 65, 60, 28], ["STT", "Cá nhân, tập thể", "Đơn vị", "Tỷ lệ đồng ý"],
                award.Select((i, n) => new[] { N(n + 1), i.Name, i.UnitName, Tally.Pct(i.Tally!.Percent) + " %" }), numeric: [0, 3]);
        }

        Text(w, "Biên bản được lập " + (draft ? "(dự thảo) ngày " + VnTime.Date(today) : "xong trong phiên họp ngày " + VnTime.Date(s.Date))
            + " và được thông qua trước các thành viên dự họp.");
        Decree30.Signatures(w, ("THƯ KÝ", secretary?.Name ?? ""), ("CHỦ TỊCH HỘI ĐỒNG", chair?.Name ?? ""));
        return w;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void Heading(WordWriter w, string text) => w.Add(WordParagraph.Of(text, bold: true, size: 13, after: 3));

    private static void Text(WordWriter w, string text) => w.Add(WordParagraph.Of(text, WordAlign.Justify, size: 13, after: 3));

    private static void Grid(WordWriter w, IReadOnlyList<double> widths, IReadOnlyList<string> head, IEnumerable<string[]> rows, IReadOnlyCollection<int> numeric)
    {
        IReadOnlyList<WordParagraph> Cell(string text, WordAlign align, bool bold = false) => [WordParagraph.Of(text, align, bold: bold, size: 12)];
        var table = new List<IReadOnlyList<IReadOnlyList<WordParagraph>>> { head.Select(h => Cell(h, WordAlign.Center, true)).ToList() };
        table.AddRange(rows.Select(r => (IReadOnlyList<IReadOnlyList<WordParagraph>>)r.Select((c, i) => Cell(c, numeric.Contains(i) ? WordAlign.Right : WordAlign.Left)).ToList()));
        w.Add(new WordTable(widths, table, Borders: true));
        w.Add(WordParagraph.Of("", size: 6, after: 3));
    }

}
