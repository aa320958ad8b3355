using System.Net;
using DanVan.Features.Consultations;
using DanVan.Features.Nominations;
using DanVan.Features.Notifications;
using DanVan.Infrastructure.Jobs;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Features.Nominations;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Features.Consultations;

/// <summary>
/// The consulted unit answers in DanVan itself (issue 14 §3): a request addressed to a unit of the province reaches whoever
/// answers for it (its officers with ProposeNominations there) by a notification and the work list; they see who asked and
/// the nominees it is about, reply with an opinion (an objection says what), and the level that asked sees the reply marked
/// as given in DanVan, and is told. Others cannot see or answer it; bad input and a closed dossier change nothing.
/// </summary>
public sealed class ConsultationReplyTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string Addressed = "/api/v1/consultations/addressed";

    private static async Task<(Guid Dossier, ConsultationDto ToUnit, ConsultationDto ToOutside)> AskAsync(TestApp app, HttpClient snv)
    {
        var root = await app.WithDbAsync(db => db.Units.Where(u => u.ParentId == null).Select(u => u.Id).FirstAsync());
        var made = await app.WithDbAsync(async db => await db.AddDossierAsync(await db.Units.Where(u => u.Code == "XA002").Select(u => u.Id).SingleAsync(),
            nominee: true, heldBy: root));
        var url = $"/api/v1/nominations/dossiers/{made.Dossier}/consultations";
        var toUnit = await (await snv.PostJsonAsync(url, new { consultedUnitId = await app.UnitIdAsync("STP"), question = "Đề nghị cho ý kiến về việc chấp hành pháp luật.",
            letterNumber = "301/SNV-TĐKT" })).ReadAsync<ConsultationDto>(HttpStatusCode.Created);
        var toOutside = await (await snv.PostJsonAsync(url, new { body = "Công an tỉnh", question = "Cho ý kiến." })).ReadAsync<ConsultationDto>(HttpStatusCode.Created);
        return (made.Dossier, toUnit, toOutside);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_consulted_unit_is_told_replies_in_the_app_and_the_level_sees_the_reply(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var stp = await app.ClientForAsync("thidua.stp");
        using var syt = await app.ClientForAsync("thidua.syt");
        var (dossier, asked, outside) = await AskAsync(app, snv);
        var today = await app.WithDbAsync(db => Task.FromResult(VnTime.Today(db.Time)));

        // The unit's officer and head are told; the level that asked is not told of its own request.
        await app.Services.GetRequiredService<JobRunner>().RunDueAsync(CancellationToken.None);
        var told = await app.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.ConsultationRequested)
            .Select(n => db.Users.Where(u => u.Id == n.UserId).Select(u => u.UserName).First()).ToListAsync());
        told.ShouldBe(["thidua.stp", "thutruong.stp"], ignoreOrder: true);

        // What the unit sees (besides the demo's own request to it): who asked, the proposing unit, the nominees; not the request to the outside body.
        var list = await (await stp.GetAsync(Addressed)).ReadAsync<AddressedListDto>();
        var demoWaiting = await app.WithDbAsync(db => db.Consultations.CountAsync(c => c.ConsultedUnitId == asked.ConsultedUnitId && c.Id != asked.Id
            && c.State == ConsultationState.Waiting));
        list.ToAnswer.ShouldBe(demoWaiting + 1);
        list.Items.ShouldNotContain(i => i.Request.Id == outside.Id);
        var item = list.Items.Single(i => i.Request.Id == asked.Id);
        (item.Request.Id, item.MayReply, item.ConsultedUnitName).ShouldBe((asked.Id, true, asked.Body));
        item.DossierUnitName.ShouldBe(await app.WithDbAsync(db => db.Units.Where(u => u.Code == "XA002").Select(u => u.Name).SingleAsync()));
        item.Nominees.ShouldNotBeEmpty();
        (await (await syt.GetAsync(Addressed)).ReadAsync<AddressedListDto>()).Items.ShouldBeEmpty();
        (await (await snv.GetAsync(Addressed)).ReadAsync<AddressedListDto>()).Items.ShouldBeEmpty();
        var work = await DanVan.Tests.Features.Work.WorkListTests.ReadAllAsync(stp);
        work.ShouldContain(i => i.Kind == ConsultationsWork.AnswerKind && i.Link == $"/Consultations/Addressed#consultation-{asked.Id}" && i.Deadline == asked.DueOn);

        // Refusals change nothing: another department, the level itself, the outside body's request, no opinion, an objection without content.
        var reply = $"/api/v1/consultations/{asked.Id}/reply";
        await (await syt.PostJsonAsync(reply, new { opinion = "Agree" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await snv.PostJsonAsync(reply, new { opinion = "Agree" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await stp.PostJsonAsync($"/api/v1/consultations/{outside.Id}/reply", new { opinion = "Agree" })).ProblemAsync(HttpStatusCode.NotFound);
        (await (await stp.PostJsonAsync(reply, new { answer = "?" })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("consultation.opinion");
        (await (await stp.PostJsonAsync(reply, new { opinion = "Disagree" })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("consultation.answer");
        (await (await stp.PostJsonAsync(reply, new { opinion = "Agree" }, ifMatch: 7)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("stale");
        (await app.WithDbAsync(db => db.Consultations.Where(c => c.Id == asked.Id).Select(c => c.State).SingleAsync())).ShouldBe(ConsultationState.Waiting);

        // The reply, typed decomposed (NFD) on a phone: stored composed, dated today, marked as given in DanVan by the officer.
        var objection = "Cá nhân được đề nghị đang bị xem xét kỷ luật; đề nghị chưa khen thưởng.";
        var answered = await (await stp.PostJsonAsync(reply, new { opinion = "Disagree", answer = objection.Normalize(System.Text.NormalizationForm.FormD),
            answerNumber = "88/STP-VP" }, ifMatch: asked.Version)).ReadAsync<AddressedConsultationDto>();
        var r = answered.Request;
        (r.State, r.Opinion, r.Answer, r.AnswerNumber, r.AnsweredOn, r.AnsweredInApp, r.RecordedByName, answered.MayReply)
            .ShouldBe((ConsultationState.Answered, ConsultationOpinion.Disagree, objection, "88/STP-VP", today, true, "thidua.stp", false));
        (await (await stp.PostJsonAsync(reply, new { opinion = "Agree" })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("consultation.answered");

        // The level sees it on the dossier and is told; the unit's work item is gone.
        var level = await (await snv.GetAsync($"/api/v1/nominations/dossiers/{dossier}/consultations")).ReadAsync<ConsultationListDto>();
        var seen = level.Items.Single(c => c.Id == asked.Id);
        (seen.AnsweredInApp, seen.OpinionLabel, seen.Answer).ShouldBe((true, "Không nhất trí", objection));
        seen.Status.ShouldStartWith($"Không nhất trí (trả lời ngày {VnTime.Date(today)}, văn bản số 88/STP-VP");
        await app.Services.GetRequiredService<JobRunner>().RunDueAsync(CancellationToken.None);
        (await app.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.ConsultationAnswered)
            .Select(n => db.Users.Where(u => u.Id == n.UserId).Select(u => u.UserName).First()).ToListAsync())).ShouldContain("tdkt.snv");
        (await DanVan.Tests.Features.Work.WorkListTests.ReadAllAsync(stp)).ShouldNotContain(i => i.Link == $"/Consultations/Addressed#consultation-{asked.Id}");
        (await (await stp.GetAsync(Addressed)).ReadAsync<AddressedListDto>()).ToAnswer.ShouldBe(demoWaiting);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_request_on_a_dossier_no_longer_examined_is_not_answered_and_leaves_the_work_list(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var stp = await app.ClientForAsync("thutruong.stp");
        var (dossier, asked, _) = await AskAsync(app, snv);
        var link = $"/Consultations/Addressed#consultation-{asked.Id}";
        (await DanVan.Tests.Features.Work.WorkListTests.ReadAllAsync(stp)).ShouldContain(i => i.Kind == ConsultationsWork.AnswerKind && i.Link == link);
        await app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == dossier).ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DossierStatus.Returned)));

        (await (await stp.PostJsonAsync($"/api/v1/consultations/{asked.Id}/reply", new { opinion = "Agree" })).ProblemAsync(HttpStatusCode.Conflict))
            .Code.ShouldBe("consultation.reply_closed");
        (await DanVan.Tests.Features.Work.WorkListTests.ReadAllAsync(stp)).ShouldNotContain(i => i.Link == link);
        (await (await stp.GetAsync(Addressed)).ReadAsync<AddressedListDto>()).Items.Single(i => i.Request.Id == asked.Id).MayReply.ShouldBeFalse();
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_unit_replies_on_its_page_and_the_level_page_says_it_was_given_in_the_app(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        var (dossier, asked, _) = await AskAsync(app, snv);

        using var client = await app.SignedInAsync("thidua.stp");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/Consultations/Addressed"));
        page.ShouldContain($"id=\"reply-{asked.Id}\"");
        page.ShouldContain("Đề nghị cho ý kiến về việc chấp hành pháp luật.");
        var token = await CookieSession.FormTokenAsync(client, "/Consultations/Addressed");
        Dictionary<string, string> Fields(string opinion, string answer) => new()
        {
            ["Reply.ConsultationId"] = asked.Id.ToString(), ["Reply.Version"] = asked.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Reply.Opinion"] = opinion, ["Reply.Answer"] = answer, ["Reply.AnswerNumber"] = "", ["__RequestVerificationToken"] = token,
        };

        using var missing = await client.PostAsync("/Consultations/Addressed", new FormUrlEncodedContent(Fields("Other", "")));
        missing.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()).ShouldContain("Ý kiến không nhất trí hoặc ý kiến khác phải ghi rõ nội dung.");

        using var done = await client.PostAsync("/Consultations/Addressed", new FormUrlEncodedContent(Fields("Agree", "")));
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        done.Headers.Location!.ToString().ShouldBe($"/Consultations/Addressed#consultation-{asked.Id}");
        page = WebUtility.HtmlDecode(await client.GetStringAsync("/Consultations/Addressed"));
        page.ShouldContain("trả lời trong DanVan bởi thidua.stp");
        page.ShouldNotContain($"id=\"reply-{asked.Id}\"");

        using var level = await app.SignedInAsync("tdkt.snv");
        WebUtility.HtmlDecode(await level.GetStringAsync($"/Consultations/{dossier}")).ShouldContain("Đơn vị trả lời trực tiếp trong DanVan (thidua.stp).");
    }
}
