using System.Net;
using System.Net.Http.Json;
using DanVan.Features.Calendar;
using DanVan.Features.Council;
using DanVan.Features.Nominations;
using DanVan.Features.Notices;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Features.Council;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Notices;

/// <summary>
/// Public notice and comment through the API (issue 15 §2): Sở Nội vụ lists the 2025 round's accepted nominees for N
/// working days, publishes once; the public comments (plain text, honeypot, per-address limit, only while open) and gets
/// a receipt; the standing body gives each comment a disposition with a reason; the council waits for both.
/// </summary>
public sealed class NoticeFlowTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    internal const string Notices = "/api/v1/notices";
    internal const string Public = "/api/v1/public/notices";

    private static Task<HttpResponseMessage> CommentAsync(HttpClient client, Guid notice, object body, string address) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{Public}/{notice}/comments") { Content = JsonContent.Create(body, options: Api.Json) }.From(address));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_notice_runs_N_working_days_takes_plain_comments_only_while_open_and_every_comment_gets_a_reasoned_disposition(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, services: ClientAddress.Register);
        using var province = await app.ClientForAsync("tdkt.snv");
        using var anonymous = app.CreateClient();
        var (tenant, round, today) = await app.WithDbAsync(async db =>
        {
            var r = await db.NominationRounds.SingleAsync(x => x.Year == 2025);
            return (r.TenantId, r.Id, VnTime.Today(db.Time));
        });
        var syt = await app.UnitIdAsync("SYT"); // its accepted dossier holds the Giấy khen its own head decided (DemoCertificates): not for the province's notice
        var accepted = await app.WithDbAsync(db => db.DossierNominees
            .Where(n => n.RoundId == round && db.Dossiers.Any(d => d.Id == n.DossierId && d.Status == DossierStatus.Accepted && d.UnitId != syt)).Select(n => n.Id).ToListAsync());
        var held = await app.WithDbAsync(db => db.DossierNominees
            .Where(n => n.RoundId == round && db.Dossiers.Any(d => d.Id == n.DossierId && d.Status == DossierStatus.Submitted)).Select(n => n.Id).FirstAsync());

        // None of the round's awards requires notice in the catalogue: the round alone lists nobody; the province adds them.
        (await (await province.PostJsonAsync(Notices, new { roundId = round, startsOn = Iso(today) })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("notice.empty");
        (await (await province.PostJsonAsync(Notices, new { roundId = round, nomineeIds = accepted, startsOn = Iso(today.AddDays(-1)) }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("notice.start_passed");
        (await (await province.PostJsonAsync(Notices, new { roundId = round, nomineeIds = new[] { held }, startsOn = Iso(today) }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("notice.not_accepted");
        var notice = await (await province.PostJsonAsync(Notices, new { roundId = round, nomineeIds = accepted, startsOn = Iso(today) })).ReadAsync<NoticeDto>(HttpStatusCode.Created);
        notice.Entries.Count.ShouldBe(3);
        (notice.State, notice.WorkingDays).ShouldBe((NoticeState.Draft, PublicNotice.DefaultWorkingDays));
        var end = await app.WithDbAsync(db => new WorkingDays(db).AddWorkingDaysAsync(tenant, today, 10));
        notice.EndsOn.ShouldBe(end.Date);
        (notice.EndsOn.DayNumber - today.DayNumber).ShouldBeGreaterThanOrEqualTo(12, "ten working days after the start always cross a weekend: never calendar days");

        // A draft is not public: reading it or commenting on it is the plain 404.
        (await anonymous.GetAsync($"{Public}/{notice.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await CommentAsync(anonymous, notice.Id, new { name = "A", contact = "0905123456", content = "B" }, "10.1.0.1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        notice = await (await province.PostJsonAsync($"{Notices}/{notice.Id}/publish", new { })).ReadAsync<NoticeDto>();
        (notice.State, notice.Phase).ShouldBe((NoticeState.Published, NoticePhase.Open));
        (await (await province.PostJsonAsync($"{Notices}/{notice.Id}/publish", new { })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("notice.published");
        var page = await (await anonymous.GetAsync($"{Public}/{notice.Id}")).ReadAsync<PublicNoticeDto>();
        page.Entries.Count.ShouldBe(3);
        var entry = page.Entries[0];

        // The happy path: a decomposed (NFD) Vietnamese comment is stored in NFC; the receipt tells its state.
        var nfd = "Tôi xin góp ý về thành tích của người này.".Normalize(System.Text.NormalizationForm.FormD);
        var receipt = await (await CommentAsync(anonymous, notice.Id, new { name = "Trần Văn An", contact = "0905 111 222", entryId = entry.Id, content = nfd }, "10.1.0.2"))
            .ReadAsync<CommentReceipt>();
        receipt.Receipt.Length.ShouldBe(NoticeComment.ReceiptLength + 1);
        (await app.WithDbAsync(db => db.NoticeComments.SingleAsync(c => c.NoticeId == notice.Id))).Content.ShouldBe(nfd.Normalize(System.Text.NormalizationForm.FormC));
        var state = await (await anonymous.GetAsync($"{Public}/receipts/{receipt.Receipt.ToLowerInvariant()}")).ReadAsync<ReceiptState>();
        (state.Handled, state.State).ShouldBe((false, "Đã tiếp nhận, đang xem xét"));
        (await anonymous.GetAsync($"{Public}/receipts/ZZZZZ-ZZZZZ")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Abuse, each from its own address (the limit is tested below): refused in Vietnamese, nothing saved.
        var bad = new (object Body, string Code)[]
        {
            (new { name = "An", contact = "0905111222", content = "Xem <a href=\"http://x\">đây</a>" }, "notice.markup"),
            (new { name = "An", contact = "0905111222", content = "&lt;script&gt;" }, "notice.markup"),
            (new { name = "<b>An</b>", contact = "0905111222", content = "Góp ý" }, "notice.markup"),
            (new { name = "An", contact = "0905111222", content = new string('x', NoticeComment.ContentMax + 1) }, "too_long"),
            (new { name = "An", contact = "gọi tôi", content = "Góp ý" }, "notice.contact"),
            (new { name = "An", contact = "0905111222", content = "Góp ý", entryId = Guid.NewGuid() }, "notice.entry"),
            (new { name = "An", contact = "0905111222", content = "Góp ý", website = "http://spam" }, "notice.refused"),
            (new { contact = "0905111222", content = "Góp ý" }, "required"),
        };
        foreach (var (body, code, i) in bad.Select((b, i) => (b.Body, b.Code, i)))
        {
            var problem = await (await CommentAsync(anonymous, notice.Id, body, $"10.2.0.{i + 1}")).ProblemAsync(HttpStatusCode.BadRequest);
            (problem.Code, problem.Detail).ShouldSatisfyAllConditions(() => problem.Code.ShouldBe(code), () => problem.Detail.ShouldNotBeNullOrWhiteSpace());
        }

        // A flood from one address: five comments pass, the sixth is a Vietnamese 429; another address is not affected.
        for (var i = 0; i < NoticesServices.CommentsPerWindow; i++)
        {
            await (await CommentAsync(anonymous, notice.Id, new { name = "Người Gửi", contact = "nguoi.gui@example.vn", content = $"Ý kiến {i}" }, "10.3.0.1"))
                .ReadAsync<CommentReceipt>();
        }

        (await (await CommentAsync(anonymous, notice.Id, new { name = "Người Gửi", contact = "nguoi.gui@example.vn", content = "Thêm" }, "10.3.0.1"))
            .ProblemAsync(HttpStatusCode.TooManyRequests)).Detail!.ShouldContain("quá nhiều yêu cầu");
        (await app.WithDbAsync(db => db.NoticeComments.CountAsync(c => c.NoticeId == notice.Id))).ShouldBe(1 + NoticesServices.CommentsPerWindow);

        // Comments are never public; staff read them.
        (await anonymous.GetAsync($"{Notices}/{notice.Id}/comments")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var comments = await (await province.GetAsync($"{Notices}/{notice.Id}/comments")).ReadAsync<List<CommentDto>>();
        comments.Count.ShouldBe(6);
        var first = comments.Single(c => c.EntryId == entry.Id);
        first.NomineeName.ShouldBe(entry.Name);

        // Dispositions: a reason always, a result when verified; a change is kept in the history; a stale version is a 409.
        var url = $"{Notices}/comments/{first.Id}/disposition";
        (await (await province.PostJsonAsync(url, new { disposition = "NotRelated" })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("notice.reason");
        (await (await province.PostJsonAsync(url, new { disposition = "Verified", reason = "Đã xác minh" })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("notice.result");
        (await (await province.PostJsonAsync(url, new { reason = "Thiếu kết quả" })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("required");
        var disposed = await (await province.PostJsonAsync(url, new { disposition = "NotRelated", reason = "Không về thành tích" })).ReadAsync<CommentDto>();
        disposed.Disposition.ShouldBe(Disposition.NotRelated);
        disposed = await (await province.PostJsonAsync(url, new { disposition = "Verified", result = "Thành tích đúng như hồ sơ", reason = "Đối chiếu hồ sơ" }))
            .ReadAsync<CommentDto>();
        (disposed.Disposition, disposed.History.Count, disposed.History[0].Disposition).ShouldBe((Disposition.Verified, 2, Disposition.NotRelated));
        using (var stale = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(new { disposition = "Duplicate", reason = "Trùng" }, options: Api.Json) })
        {
            stale.Headers.TryAddWithoutValidation("If-Match", $"\"{first.Version}\"");
            (await (await province.SendAsync(stale)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("stale");
        }

        var answer = await (await anonymous.GetAsync($"{Public}/receipts/{receipt.Receipt}")).Content.ReadAsStringAsync();
        answer.ShouldContain("Đã xử lý: Đã xác minh");
        answer.ShouldNotContain("tdkt.snv");
        answer.ShouldNotContain("Đối chiếu hồ sơ");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Comments_are_refused_before_the_start_and_after_the_end_and_the_council_waits_for_the_end_and_every_disposition(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, services: ClientAddress.Register);
        using var province = await app.ClientForAsync("tdkt.snv");
        using var anonymous = app.CreateClient();
        var stp = await app.UnitIdAsync("STP");
        var today = await app.WithDbAsync(db => Task.FromResult(VnTime.Today(db.Time)));

        // Before the start: published for tomorrow, a comment is refused with the start date.
        var accepted = await app.WithDbAsync(db => db.DossierNominees.Where(n => db.Dossiers.Any(d => d.Id == n.DossierId && d.Status == DossierStatus.Accepted))
            .Select(n => n.Id).FirstAsync());
        var later = await (await province.PostJsonAsync(Notices, new { nomineeIds = new[] { accepted }, startsOn = Iso(today.AddDays(1)) })).ReadAsync<NoticeDto>(HttpStatusCode.Created);
        await (await province.PostJsonAsync($"{Notices}/{later.Id}/publish", new { })).ReadAsync<NoticeDto>();
        (await (await CommentAsync(anonymous, later.Id, new { name = "An", contact = "0905111222", content = "Sớm" }, "10.4.0.1")).ProblemAsync(HttpStatusCode.Conflict))
            .Detail!.ShouldContain(VnTime.Date(today.AddDays(1)));

        // A council item whose nominee is on a running notice: blocked with the end date.
        var running = await app.WithDbAsync(db => db.AddCouncilAsync(stp));
        var runningNominee = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.Id == running.Item).Select(i => i.NomineeId).SingleAsync());
        var runningNotice = await app.WithDbAsync(db => db.AddNoticeAsync(stp, runningNominee, comment: false));
        var endsOn = await app.WithDbAsync(db => db.PublicNotices.Where(n => n.Id == runningNotice.Notice).Select(n => n.EndsOn).SingleAsync());
        var blocked = await (await province.PostJsonAsync($"{CouncilFlowTests.Items}/{running.Item}/open", new { })).ProblemAsync(HttpStatusCode.Conflict);
        (blocked.Code, blocked.Detail).ShouldSatisfyAllConditions(() => blocked.Code.ShouldBe("notice.gate_running"), () => blocked.Detail!.ShouldContain(VnTime.Date(endsOn)));

        // An ended notice with a comment waiting: refused comments after the end; the council waits for the disposition.
        var waiting = await app.WithDbAsync(db => db.AddCouncilAsync(stp));
        var waitingNominee = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.Id == waiting.Item).Select(i => i.NomineeId).SingleAsync());
        var ended = await app.WithDbAsync(db => db.AddNoticeAsync(stp, waitingNominee, ended: true));
        (await (await CommentAsync(anonymous, ended.Notice, new { name = "An", contact = "0905111222", content = "Muộn" }, "10.4.0.2")).ProblemAsync(HttpStatusCode.Conflict))
            .Code.ShouldBe("notice.ended");
        var wait = await (await province.PostJsonAsync($"{CouncilFlowTests.Items}/{waiting.Item}/open", new { })).ProblemAsync(HttpStatusCode.Conflict);
        (wait.Code, wait.Detail).ShouldSatisfyAllConditions(() => wait.Code.ShouldBe("notice.gate_comments"), () => wait.Detail!.ShouldContain("còn 1 ý kiến"));
        (await app.WithDbAsync(db => db.AgendaItems.Where(i => i.Id == waiting.Item).Select(i => i.State).SingleAsync())).ShouldBe(ItemState.Pending);

        await (await province.PostJsonAsync($"{Notices}/comments/{ended.Comment}/disposition", new { disposition = "NotRelated", reason = "Không liên quan đến thành tích" }))
            .ReadAsync<CommentDto>();
        var session = await (await province.PostJsonAsync($"{CouncilFlowTests.Items}/{waiting.Item}/open", new { })).ReadAsync<SessionDto>();
        session.Items.Single(i => i.Id == waiting.Item).State.ShouldBe(ItemState.Open);

        // A nominee on no notice is not held up.
        var free = await app.WithDbAsync(db => db.AddCouncilAsync(stp));
        await (await province.PostJsonAsync($"{CouncilFlowTests.Items}/{free.Item}/open", new { })).ReadAsync<SessionDto>();
    }
}
