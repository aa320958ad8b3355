using System.Net;
using System.Text.RegularExpressions;
using DanVan.Features.Nominations;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Features.Nominations;

/// <summary>The pages over the same handlers: the demo round and its dossiers in every state, and a return through the form shown in place.</summary>
public sealed class NominationPageTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_round_shows_dossiers_in_every_state_and_a_return_through_the_form_is_shown_to_the_unit(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var province = await app.SignedInAsync("tdkt.snv");
        var round = await app.WithDbAsync(db => db.NominationRounds.SingleAsync(r => r.Year == 2025));
        var states = await app.WithDbAsync(db => db.Dossiers.Where(d => d.RoundId == round.Id).Select(d => d.Status).ToListAsync());
        states.Distinct().Order().ShouldBe([DossierStatus.Draft, DossierStatus.Submitted, DossierStatus.Returned, DossierStatus.Accepted]); // two accepted: Sở Tư pháp's and Sở Y tế's (its own Giấy khen, DemoCertificates)
        var verdicts = await app.WithDbAsync(db => db.DossierNominees.Select(n => n.Verdict).Distinct().ToListAsync());
        verdicts.Count.ShouldBeGreaterThan(1, "the demo nominees do not all have the same verdict");

        var list = WebUtility.HtmlDecode(await (await province.GetAsync("/Nominations")).Content.ReadAsStringAsync());
        list.ShouldContain("Xét khen thưởng tổng kết năm 2025");
        list.ShouldContain("id=\"new-round\"");
        var page = WebUtility.HtmlDecode(await (await province.GetAsync($"/Nominations/Round/{round.Id}")).Content.ReadAsStringAsync());
        page.ShouldContain("id=\"bulk-accept\"");
        page.ShouldContain("Đang soạn: 0"); // the province does not see the unit's draft
        var held = await app.WithDbAsync(db => db.Dossiers.SingleAsync(d => d.RoundId == round.Id && d.Status == DossierStatus.Submitted));
        var dossierPage = await province.GetAsync($"/Nominations/Dossier/{held.Id}");
        var html = WebUtility.HtmlDecode(await dossierPage.Content.ReadAsStringAsync());
        dossierPage.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("id=\"accept\"");
        html.ShouldContain("Bảng kiểm tra tiêu chuẩn");

        var token = await CookieSession.FormTokenAsync(province, $"/Nominations/Dossier/{held.Id}");
        using var returned = await province.PostAsync($"/Nominations/Dossier/{held.Id}?handler=Return", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Version"] = held.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Items[0].Requirement"] = "Document:CouncilMinutes",
            ["Items[0].Reason"] = "Biên bản chưa ghi số phiếu đồng ý", ["__RequestVerificationToken"] = token,
        }));
        returned.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var draft = await app.WithDbAsync(db => db.Dossiers.SingleAsync(d => d.RoundId == round.Id && d.Status == DossierStatus.Draft));
        (await province.GetAsync($"/Nominations/Dossier/{draft.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var commune = await app.SignedInAsync("thidua.xa001");
        var unitCode = await app.WithDbAsync(db => db.Units.Where(u => u.Id == held.UnitId).Select(u => u.Code).SingleAsync());
        unitCode.ShouldBe("XA003");
        await app.CreateUserAsync("thidua.xa003", DanVan.Features.Accounts.Role.UnitOfficer, held.UnitId);
        using var owner = await app.SignedInAsync("thidua.xa003");
        var shown = WebUtility.HtmlDecode(await (await owner.GetAsync($"/Nominations/Dossier/{held.Id}")).Content.ReadAsStringAsync());
        shown.ShouldContain("id=\"return-notice\"");
        shown.ShouldContain("Biên bản chưa ghi số phiếu đồng ý");
        shown.ShouldContain("id=\"submit\"");
        (await commune.GetAsync($"/Nominations/Dossier/{held.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Who_qualifies_offers_to_propose_passing_rows_into_the_units_dossier_creating_it_first(Provider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        using var api = await app.ClientForAsync("tdkt.snv");
        var kind = await NominationFlowTests.KindAsync(app, NominationFlowTests.Award);
        var round = await (await api.PostJsonAsync(NominationFlowTests.Rounds, NominationFlowTests.Round(kind))).ReadAsync<RoundDto>(HttpStatusCode.Created);
        var xa001 = await app.UnitIdAsync("XA001");
        await app.CreatePersonAsync(xa001, "Đỗ Thị Đủ Chuẩn");
        using var officer = await app.SignedInAsync("thidua.xa001");
        var url = $"/Eligibility/Qualifies?awardKindId={kind}&subject=Individual&unitId={xa001}&year=2026";

        // No dossier yet: each row that does not fail has a form creating the commune's dossier in the round; failing rows have none.
        var html = WebUtility.HtmlDecode(await officer.GetStringAsync(url));
        var rows = Regex.Matches(html, "<tr data-id=\"([0-9a-f-]+)\" data-verdict=\"(\\w+)\">(.*?)</tr>", RegexOptions.Singleline);
        rows.Count.ShouldBeGreaterThan(0, html);
        foreach (Match row in rows)
        {
            row.Groups[3].Value.Contains("data-propose", StringComparison.Ordinal).ShouldBe(row.Groups[2].Value != "Fail", row.Groups[3].Value);
        }

        var person = rows.First(r => r.Groups[2].Value != "Fail").Groups[1].Value;
        html.ShouldContain($"action=\"/Nominations/Round/{round.Id}?handler=Create\"");
        var token = await CookieSession.FormTokenAsync(officer, url);
        using var created = await officer.PostAsync($"/Nominations/Round/{round.Id}?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UnitId"] = xa001.ToString(), ["NomineePersonId"] = person, ["NomineeAwardKindId"] = kind.ToString(), ["__RequestVerificationToken"] = token,
        }));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var dossier = await app.WithDbAsync(db => db.Dossiers.SingleAsync(d => d.RoundId == round.Id && d.UnitId == xa001));
        created.Headers.Location!.ToString().ShouldBe($"/Nominations/Dossier/{dossier.Id}?personId={person}&awardKindId={kind}");
        (await officer.GetAsync(created.Headers.Location)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // With the dossier there, the rows link straight into it; someone who may not propose for the commune gets no link.
        html = WebUtility.HtmlDecode(await officer.GetStringAsync(url));
        html.ShouldContain($"href=\"/Nominations/Dossier/{dossier.Id}?personId={person}&awardKindId={kind}\"");
        using var province = await app.SignedInAsync("tdkt.snv");
        var seen = await province.GetAsync(url);
        (await seen.Content.ReadAsStringAsync()).ShouldNotContain("data-propose");
    }
}
