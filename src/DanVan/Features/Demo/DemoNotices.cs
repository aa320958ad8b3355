using DanVan.Features.Calendar;
using DanVan.Features.Nominations;
using DanVan.Features.Notices;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Demo;

/// <summary>
/// Public notice and comment (issue 15 §2): the 2025 round's accepted dossier published from 10/12/2025 for its working
/// days, ended before the council's session of 26/12/2025, with three comments all handled (one verified, with the
/// result) — so the council's items may be voted on; and a notice open today, listing the dossier Sở Nội vụ is still
/// appraising (XA003's), so a newcomer can comment on the public page.
/// </summary>
internal static class DemoNotices
{
    private static readonly DateOnly Start = new(2025, 12, 10);

    public static async Task SeedAsync(AppDbContext db, Guid tenantId, Guid rootId, Actor by)
    {
        var round = await db.NominationRounds.FirstAsync(r => r.TenantId == tenantId && r.Year == 2025);
        var days = new WorkingDays(db);
        var accepted = await Candidates.ForAsync(db, tenantId, round.Id, null, Start, CancellationToken.None);
        var n = accepted.Max(c => c.NoticeWorkingDays) ?? PublicNotice.DefaultWorkingDays;
        var ended = PublicNotice.Create(tenantId, rootId, round.Id, "Công khai danh sách đề nghị khen thưởng tổng kết năm 2025 (Sở Tư pháp)",
            await days.AddWorkingDaysAsync(tenantId, Start, n), accepted.Select(c => c.Spec).ToList()).Value!;
        ended.Publish(Start, by with { At = At(Start, 1) }).ShouldBeNull("demo publish");
        db.PublicNotices.Add(ended);

        var first = ended.Entries[0];
        var comments = new[]
        {
            (Entry: first, Name: "Lê Văn Hòa", Contact: "0905 123 456",
                Content: $"Tôi đề nghị làm rõ việc {first.Name} được ghi là chủ trì sáng kiến; theo tôi biết sáng kiến do cả tổ cùng làm.",
                Disposition: Disposition.Verified, Result: (string?)"Đã xác minh với đơn vị: sáng kiến do ông/bà chủ trì, có quyết định công nhận; ý kiến không làm thay đổi đề nghị.",
                Reason: "Đối chiếu hồ sơ sáng kiến và làm việc với Sở Tư pháp ngày 17/12/2025."),
            (Entry: (NoticeEntry?)null, Name: "Nguyễn Thị Mai", Contact: "mai.nguyen@example.vn",
                Content: "Đề nghị đăng danh sách cả trên báo địa phương để nhiều người biết.",
                Disposition: Disposition.NotRelated, Result: null, Reason: "Góp ý về cách công khai, không về người được đề nghị; đã chuyển bộ phận truyền thông."),
            (Entry: first, Name: "Lê Văn Hòa", Contact: "0905 123 456",
                Content: "Tôi gửi lại ý kiến về sáng kiến vì chưa thấy trả lời.",
                Disposition: Disposition.Duplicate, Result: null, Reason: "Trùng ý kiến đã xác minh cùng ngày."),
        };
        foreach (var (c, i) in comments.Select((c, i) => (c, i)))
        {
            var comment = new NoticeComment(ended, c.Entry, c.Name, c.Contact, c.Content, At(Start.AddDays(2 + i), 3));
            comment.Dispose(c.Disposition, c.Result, c.Reason, by with { At = At(new DateOnly(2025, 12, 18), 2 + i) }).ShouldBeNull("demo disposition");
            db.NoticeComments.Add(comment);
        }

        // Open today: the dossier still being appraised by Sở Nội vụ (the API lists accepted dossiers only; the demo shows the page).
        var today = VnTime.Today(db.Time);
        var held = await db.Dossiers.Include(d => d.Nominees).Where(d => d.TenantId == tenantId && d.RoundId == round.Id && d.Status == DossierStatus.Submitted)
            .OrderBy(d => d.Id).FirstAsync();
        var open = PublicNotice.Create(tenantId, rootId, round.Id, "Công khai danh sách đề nghị khen thưởng tổng kết năm 2025 (đợt bổ sung)",
            await days.AddWorkingDaysAsync(tenantId, today, PublicNotice.DefaultWorkingDays),
            held.Nominees.OrderBy(x => x.Name, StringComparer.Ordinal).Select(x => new NoticeEntrySpec(x.Id, x.Name, x.UnitName, x.AwardName,
                x.ReportAchievements ?? x.ReportNarrative)).ToList()).Value!;
        open.Publish(today, by).ShouldBeNull("demo publish open");
        db.PublicNotices.Add(open);
        await db.SaveChangesAsync();
    }

    private static DateTime At(DateOnly day, int hourUtc) => day.ToDateTime(new TimeOnly(hourUtc, 0), DateTimeKind.Utc);
}
