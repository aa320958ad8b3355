using System.Net;
using DanVan.Features.Council;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Council;

/// <summary>The minutes of a session as PDF, read back: attendance, recusals, each result with its base, percentage and citation; a draft while the session is open.</summary>
public sealed class MinutesTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_sessions_minutes_print_every_result_against_its_base_with_the_rule_and_the_recusals(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var session = await app.WithDbAsync(db => db.CouncilSessions.Include(s => s.Items).ThenInclude(i => i.Recusals).SingleAsync());
        using var province = await app.ClientForAsync("tdkt.snv");
        var dto = await (await province.GetAsync($"/api/v1/council/sessions/{session.Id}")).ReadAsync<SessionDto>();
        var statuses = await app.WithDbAsync(db => DanVan.Features.Notices.NoticeGate.StatusesAsync(db, session.TenantId, session.Items.Select(i => i.NomineeId).ToList(), default));
        var notices = session.Items.Where(i => statuses.ContainsKey(i.NomineeId)).ToDictionary(i => i.Id, i => statuses[i.NomineeId].Text);
        notices.ShouldNotBeEmpty("the demo's notice covers the session's nominees");

        using var response = await province.GetAsync($"/api/v1/council/sessions/{session.Id}/minutes.pdf");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe($"bien-ban-hop-hoi-dong-{session.Date:dd-MM-yyyy}.pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (provider == Provider.Sqlite)
        {
            PdfText.SavePngs(bytes, "bien-ban-hop-hoi-dong");
        }

        var pdf = PdfText.Read(bytes);
        pdf.Shows("DỰ THẢO").ShouldBeTrue("the session is still open: a draft");
        pdf.Shows("BIÊN BẢN").ShouldBeTrue(pdf.Text);
        pdf.Shows("UBND TỈNH SÔNG TRÀ").ShouldBeTrue(pdf.Text);
        pdf.Shows("HỘI ĐỒNG THI ĐUA").ShouldBeTrue(pdf.Text);
        pdf.Shows("Họp " + dto.CouncilName).ShouldBeTrue(pdf.Text);
        pdf.Shows("Sông Trà, ngày 26 tháng 12 năm 2025").ShouldBeTrue(pdf.Text);
        pdf.Shows(dto.Place).ShouldBeTrue(pdf.Text);
        pdf.Shows($"Tổng số thành viên Hội đồng: {dto.Members}; có mặt: {dto.Present}").ShouldBeTrue(pdf.Text);
        foreach (var a in dto.Attendance)
        {
            pdf.Shows(a.Name).ShouldBeTrue(a.Name);
        }

        foreach (var item in dto.Items)
        {
            pdf.Shows($"{item.Position}. {item.Name}").ShouldBeTrue(item.Name);
            pdf.Shows(notices.TryGetValue(item.Id, out var notice) ? $"Công khai lấy ý kiến: {notice}." : "Công khai lấy ý kiến: không công khai.").ShouldBeTrue(item.Name);
            foreach (var r in item.Recusals)
            {
                pdf.Shows($"Không tham gia biểu quyết: {r.Name} — {r.Reason}").ShouldBeTrue(r.Reason);
            }
        }

        var closed = dto.Items.Single(i => i.Tally is { Passed: false });
        var tally = closed.Tally!;
        pdf.Shows($"{Tally.Pct(tally.Percent)} %").ShouldBeTrue(pdf.Text);
        pdf.Shows("77,77 %").ShouldBeTrue("the demo's failed secret ballot: 7 of 9");
        pdf.Shows(tally.Sentence).ShouldBeTrue(tally.Sentence);
        pdf.Shows("Căn cứ: " + tally.Citation).ShouldBeTrue(tally.Citation);
        tally.Sentence.ShouldContain("KHÔNG ĐẠT"); // printed above, in the sentence
        pdf.Shows("bỏ phiếu kín").ShouldBeTrue();
        pdf.Shows("Đang biểu quyết, chưa có kết quả.").ShouldBeTrue("the open item");
        var passed = dto.Items.Single(i => i.Tally is { Passed: true }); // closed by the demo decisions
        pdf.Shows($"{passed.AwardName} (1):").ShouldBeTrue("the approved list: " + pdf.Text);
        var approvedList = pdf.Compact[pdf.Compact.IndexOf("IV.Danhsách", StringComparison.Ordinal)..];
        passed.Name.Split(' ').ShouldAllBe(word => approvedList.Contains(word)); // a table cell may wrap the name
        closed.Name.Split(' ').ShouldContain(word => !approvedList.Contains(word));
        pdf.Shows("THƯ KÝ").ShouldBeTrue();
        pdf.Shows("CHỦ TỊCH HỘI ĐỒNG").ShouldBeTrue();

        // The Word file is the same paper: every line of it is in the PDF.
        using var docx = await province.GetAsync($"/api/v1/council/sessions/{session.Id}/minutes.docx");
        docx.Content.Headers.ContentDisposition!.FileName.ShouldBe($"bien-ban-hop-hoi-dong-{session.Date:dd-MM-yyyy}.docx");
        var lines = DanVan.Infrastructure.Word.WordWriter.Lines(await docx.Content.ReadAsByteArrayAsync()).Where(l => l.Trim().Length > 0).ToList();
        lines.ShouldContain("BIÊN BẢN");
        lines.ShouldContain(tally.Sentence + (tally.Sentence.Contains(tally.Citation, StringComparison.Ordinal) ? "" : " Căn cứ: " + tally.Citation + "."));
        lines.Where(l => !l.Split(' ').All(pdf.Shows)).ShouldBeEmpty(); // word by word: a narrow table cell wraps its text

        // Another tenant's officer, or someone outside the council's unit, gets the session's 404, not a PDF.
        using var commune = await app.ClientForAsync("thidua.xa001");
        (await commune.GetAsync($"/api/v1/council/sessions/{session.Id}/minutes.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await commune.GetAsync($"/api/v1/council/sessions/{session.Id}/minutes.docx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Without_chromium_the_minutes_answer_a_vietnamese_503_and_the_session_still_opens(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, settings: new Dictionary<string, string?> { ["Pdf:ChromiumPath"] = "/nonexistent/chromium" });
        var session = await app.WithDbAsync(db => db.CouncilSessions.Select(s => s.Id).SingleAsync());
        using var province = await app.ClientForAsync("tdkt.snv");

        var problem = await (await province.GetAsync($"/api/v1/council/sessions/{session}/minutes.pdf")).ProblemAsync(HttpStatusCode.ServiceUnavailable);
        problem.Title.ShouldBe("Chưa tạo được tệp PDF");
        problem.Detail.ShouldNotBeNull().ShouldStartWith("Máy chủ chưa cài trình duyệt Chromium");
        (await province.GetAsync($"/api/v1/council/sessions/{session}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
