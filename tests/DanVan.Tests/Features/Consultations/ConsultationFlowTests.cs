using System.Net;
using DanVan.Features.Calendar;
using DanVan.Features.Consultations;
using DanVan.Features.Work;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Features.Nominations;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Consultations;

/// <summary>
/// Lấy ý kiến through the API (issue 14 §3, DOMAIN §1.8): Sở Nội vụ, holding a dossier, asks bodies for their opinion;
/// the reply is due 10 working days after the letter, on the tenant's calendar; silence is recorded as silence only
/// after the due date, never as agreement; a late reply is kept and marked late; bad input leaves nothing saved.
/// </summary>
public sealed class ConsultationFlowTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_level_asks_records_silence_after_the_deadline_and_takes_replies_on_time_or_late(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var root = await app.WithDbAsync(db => db.Units.Where(u => u.ParentId == null).Select(u => u.Id).FirstAsync());
        var made = await app.WithDbAsync(async db => await db.AddDossierAsync(await db.Units.Where(u => u.Code == "XA002").Select(u => u.Id).SingleAsync(),
            nominee: true, heldBy: root));
        var dossier = await app.WithDbAsync(db => db.Dossiers.Include(d => d.Nominees).SingleAsync(d => d.Id == made.Dossier));
        var stp = await app.UnitIdAsync("STP");
        var today = await app.WithDbAsync(db => Task.FromResult(VnTime.Today(db.Time)));
        var url = $"/api/v1/nominations/dossiers/{dossier.Id}/consultations";
        using var snv = await app.ClientForAsync("tdkt.snv");

        var empty = await (await snv.GetAsync(url)).ReadAsync<ConsultationListDto>();
        empty.CanAct.ShouldBeTrue();
        empty.Items.ShouldBeEmpty();

        (await (await snv.PostJsonAsync(url, new { question = "Cho ý kiến" })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("consultation.body");
        (await (await snv.PostJsonAsync(url, new { body = "Công an tỉnh" })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("consultation.question");
        (await (await snv.PostJsonAsync(url, new { body = "Công an tỉnh", question = "?", workingDays = 0 })).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("consultation.days");
        (await (await snv.PostJsonAsync(url, new { body = "Công an tỉnh", question = "?", nomineeId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("consultation.nominee");
        (await (await snv.PostJsonAsync(url, new { body = "Công an tỉnh", question = "?", sentOn = Iso(today.AddDays(1)) })).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("consultation.sent_on");
        (await app.WithDbAsync(db => db.Consultations.CountAsync(c => c.DossierId == dossier.Id))).ShouldBe(0);

        // Sent 30 days ago to a department, about one nominee: the 10 working days are over.
        var nominee = dossier.Nominees[0];
        var sent = today.AddDays(-30);
        var old = await (await snv.PostJsonAsync(url, new { consultedUnitId = stp, nomineeId = nominee.Id, question = "Đề nghị cho ý kiến về việc chấp hành pháp luật.",
            letterNumber = "120/SNV-TĐKT", sentOn = Iso(sent) })).ReadAsync<ConsultationDto>(HttpStatusCode.Created);
        var due = await app.WithDbAsync(db => new WorkingDays(db).AddWorkingDaysAsync(dossier.TenantId, sent, 10));
        old.Body.ShouldBe(await app.WithDbAsync(db => db.Units.Where(u => u.Id == stp).Select(u => u.Name).SingleAsync()));
        old.NomineeName.ShouldBe(nominee.Name);
        old.DueOn.ShouldBe(due.Date);
        old.WorkingDays.ShouldBe(10);
        old.Citation.ShouldBe(Consultation.DefaultCitation);
        old.Overdue.ShouldBeTrue();
        old.Status.ShouldContain("Đã quá hạn trả lời ngày " + VnTime.Date(due.Date));
        old.Status.ShouldContain("Điều 34 Nghị định số 152/2025/NĐ-CP");

        // Sent today to an outside body: waiting, and silence cannot be recorded before the deadline.
        var fresh = await (await snv.PostJsonAsync(url, new { body = "Công an tỉnh", question = "Cho ý kiến." })).ReadAsync<ConsultationDto>(HttpStatusCode.Created);
        fresh.SentOn.ShouldBe(today);
        fresh.State.ShouldBe(ConsultationState.Waiting);
        fresh.Status.ShouldStartWith("Đang chờ trả lời, hạn ngày");
        (await (await snv.PostJsonAsync($"/api/v1/consultations/{fresh.Id}/silence", new { })).ProblemAsync(HttpStatusCode.Conflict))
            .Code.ShouldBe("consultation.not_due");

        // The work list reminds the level of both; the overdue one asks for the silence to be recorded.
        var work = (await DanVan.Tests.Features.Work.WorkListTests.ReadAllAsync(snv))
            .Where(i => i.Kind == ConsultationsWork.Kind && i.Link == $"/Consultations/{dossier.Id}").ToList();
        work.Count.ShouldBe(2);
        work[0].State.ShouldBe(WorkState.Overdue);
        work[0].Title.ShouldStartWith("Ghi nhận trả lời hoặc không trả lời");

        var silent = await (await snv.PostJsonAsync($"/api/v1/consultations/{old.Id}/silence", new { })).ReadAsync<ConsultationDto>();
        silent.State.ShouldBe(ConsultationState.Silent);
        silent.Opinion.ShouldBeNull("silence is not agreement");
        silent.Status.ShouldContain("Không trả lời trong thời hạn 10 ngày làm việc");
        (await (await snv.PostJsonAsync($"/api/v1/consultations/{old.Id}/silence", new { })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("consultation.not_waiting");

        // A late reply is still taken, and marked late; an objection must say what.
        (await (await snv.PostJsonAsync($"/api/v1/consultations/{old.Id}/answer", new { opinion = "Disagree", answeredOn = Iso(today) }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("consultation.answer");
        var late = await (await snv.PostJsonAsync($"/api/v1/consultations/{old.Id}/answer",
            new { opinion = "Disagree", answer = "Cá nhân đang bị xem xét kỷ luật.", answerNumber = "55/STP-VP", answeredOn = Iso(today) })).ReadAsync<ConsultationDto>();
        late.State.ShouldBe(ConsultationState.Answered);
        late.Late.ShouldBeTrue();
        late.Status.ShouldBe($"Không nhất trí (trả lời ngày {VnTime.Date(today)}, văn bản số 55/STP-VP; quá hạn {VnTime.Date(due.Date)}).");

        (await (await snv.PostJsonAsync($"/api/v1/consultations/{fresh.Id}/answer", new { opinion = "Agree", answeredOn = Iso(today.AddDays(-1)) }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("consultation.answered_on");
        (await (await snv.PostJsonAsync($"/api/v1/consultations/{fresh.Id}/answer", new { answeredOn = Iso(today) }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("consultation.opinion");
        var agreed = await (await snv.PostJsonAsync($"/api/v1/consultations/{fresh.Id}/answer", new { opinion = "Agree", answeredOn = Iso(today) }))
            .ReadAsync<ConsultationDto>();
        agreed.Late.ShouldBeFalse();
        agreed.OpinionLabel.ShouldBe("Nhất trí");
        (await (await snv.PostJsonAsync($"/api/v1/consultations/{fresh.Id}/answer", new { opinion = "Agree", answeredOn = Iso(today) }))
            .ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("consultation.answered");
        (await DanVan.Tests.Features.Work.WorkListTests.ReadAllAsync(snv))
            .ShouldNotContain(i => i.Kind == ConsultationsWork.Kind && i.Link == $"/Consultations/{dossier.Id}");

        var list = await (await snv.GetAsync(url)).ReadAsync<ConsultationListDto>();
        list.Items.Select(i => i.Id).ShouldBe([old.Id, fresh.Id]);

        // A commune's officer does not see the dossier: the 404, for the list and for a reply.
        using var commune = await app.ClientForAsync("thidua.xa001");
        (await commune.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await commune.PostJsonAsync($"/api/v1/consultations/{fresh.Id}/silence", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_consultation_still_waiting_holds_the_councils_vote_until_its_silence_is_recorded(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var stp = await app.UnitIdAsync("STP");
        var made = await app.WithDbAsync(db => DanVan.Tests.Features.Council.CouncilData.AddCouncilAsync(db, stp));
        var root = await app.UnitIdAsync("SONGTRA");
        var dossier = await app.WithDbAsync(async db =>
        {
            // The item's dossier, accepted by the province like every dossier an agenda holds.
            var d = await db.Dossiers.Include(x => x.Levels).Include(x => x.Nominees).SingleAsync(x => db.AgendaItems.Any(i => i.Id == made.Item && i.DossierId == x.Id));
            var today = VnTime.Today(db.Time);
            var by = new Actor(Guid.Empty, "kiểm thử", DateTime.UtcNow);
            d.Submit(root, [], today, new DateOnly(2099, 12, 30), by).ShouldBeNull();
            d.Accept(root, null, "Đủ hồ sơ", today, new DateOnly(2099, 12, 30), by).ShouldBeNull();
            await db.SaveChangesAsync();
            return d.Id;
        });
        var consultation = await app.WithDbAsync(db => db.AddConsultationAsync(dossier, root)); // due 40 days ago, no reply
        using var snv = await app.ClientForAsync("tdkt.snv");
        var open = $"/api/v1/council/items/{made.Item}/open";

        var held = await (await snv.PostJsonAsync(open, new { method = "Electronic" })).ProblemAsync(HttpStatusCode.Conflict);
        held.Code.ShouldBe("consultation.gate_waiting");
        held.Detail!.ShouldContain("đang chờ ý kiến của Công an tỉnh");
        (await app.WithDbAsync(db => db.AgendaItems.Where(i => i.Id == made.Item).Select(i => i.State).SingleAsync())).ShouldBe(DanVan.Features.Council.ItemState.Pending);
        var page = WebUtility.HtmlDecode(await snv.GetStringAsync($"/Council/Session/{made.Session}"));
        page.ShouldContain("Đang chờ ý kiến của Công an tỉnh");
        page.ShouldContain("đã quá hạn");
        page.ShouldContain($"/Consultations/{dossier}");

        (await snv.PostJsonAsync($"/api/v1/consultations/{consultation}/silence", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var session = await (await snv.PostJsonAsync(open, new { method = "Electronic" })).ReadAsync<DanVan.Features.Council.SessionDto>();
        session.Items.Single(i => i.Id == made.Item).State.ShouldBe(DanVan.Features.Council.ItemState.Open);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_page_lists_the_consultations_and_takes_a_request_from_the_level(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var root = await app.WithDbAsync(db => db.Units.Where(u => u.ParentId == null).Select(u => u.Id).FirstAsync());
        var dossier = (await app.WithDbAsync(async db => await db.AddDossierAsync(await db.Units.Where(u => u.Code == "XA002").Select(u => u.Id).SingleAsync(),
            nominee: true, heldBy: root))).Dossier;
        using var snv = await app.SignedInAsync("tdkt.snv");
        var page = System.Net.WebUtility.HtmlDecode(await (await snv.GetAsync($"/Consultations/{dossier}")).Content.ReadAsStringAsync());
        page.ShouldContain("Chưa có yêu cầu lấy ý kiến nào");
        page.ShouldContain("id=\"request-form\"");
        page.ShouldNotContain("style=");
        var token = await CookieSession.FormTokenAsync(snv, $"/Consultations/{dossier}");
        using var posted = await snv.PostAsync($"/Consultations/{dossier}?handler=Request", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Ask.Body"] = "Bộ Chỉ huy Quân sự tỉnh", ["Ask.Question"] = "Đề nghị cho ý kiến.", ["Ask.WorkingDays"] = "10",
            ["Ask.Citation"] = Consultation.DefaultCitation, ["__RequestVerificationToken"] = token,
        }));
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = System.Net.WebUtility.HtmlDecode(await (await snv.GetAsync($"/Consultations/{dossier}")).Content.ReadAsStringAsync());
        after.ShouldContain("Bộ Chỉ huy Quân sự tỉnh");
        after.ShouldContain("Đang chờ trả lời, hạn ngày");
        var dossierPage = System.Net.WebUtility.HtmlDecode(await (await snv.GetAsync($"/Nominations/Dossier/{dossier}")).Content.ReadAsStringAsync());
        dossierPage.ShouldContain($"href=\"/Consultations/{dossier}\"");
    }
}
