using System.Net;
using DanVan.Features.Decisions;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Decisions;

/// <summary>The pages over the same handlers: the demo's issued decision in the list and on its page, with its amount and register rows; a removal with a reason from the page.</summary>
public sealed class DecisionPageTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_decision_is_listed_shown_with_its_amount_and_a_draft_awardee_is_removed_with_a_reason(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var demo = await app.WithDbAsync(db => db.Decisions.Include(d => d.Awardees).SingleAsync(d => d.Authority == DanVan.Features.Awards.DecidingAuthority.ProvinceChairman));
        demo.State.ShouldBe(DecisionState.Issued);
        demo.Number.ShouldNotBeNull().ShouldEndWith("/QĐ-UBND");
        var awardee = demo.Awardees.ShouldHaveSingleItem();
        awardee.Amount.ShouldBe(3_510_000);
        (await app.WithDbAsync(db => db.AwardRecords.CountAsync(r => r.Id == awardee.AwardRecordId && r.DecisionNumber == demo.Number))).ShouldBe(1);

        using var province = await app.SignedInAsync("tdkt.snv");
        var list = WebUtility.HtmlDecode(await (await province.GetAsync("/Decisions")).Content.ReadAsStringAsync());
        list.ShouldContain(demo.Number);
        list.ShouldContain("3.510.000 đ");
        list.ShouldContain("id=\"new-decision\"");
        var page = await province.GetAsync($"/Decisions/Details/{demo.Id}");
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        page.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("Đã ban hành");
        html.ShouldContain(awardee.Name);
        html.ShouldContain("3.510.000 đ");
        html.ShouldContain("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15");
        html.ShouldNotContain("id=\"issue\"");

        var stp = await app.UnitIdAsync("STP");
        var draft = await app.WithDbAsync(db => db.AddDecisionAsync(stp));
        var form = WebUtility.HtmlDecode(await (await province.GetAsync($"/Decisions/Details/{draft.Decision}")).Content.ReadAsStringAsync());
        form.ShouldContain("id=\"issue\"");
        var token = await CookieSession.FormTokenAsync(province, $"/Decisions/Details/{draft.Decision}");
        using var refused = await province.PostAsync($"/Decisions/Details/{draft.Decision}?handler=Remove", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["AwardeeId"] = draft.Awardee.ToString(), ["Reason"] = "", ["__RequestVerificationToken"] = token,
        }));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Vui lòng nêu lý do");
        token = await CookieSession.FormTokenAsync(province, $"/Decisions/Details/{draft.Decision}");
        using var removed = await province.PostAsync($"/Decisions/Details/{draft.Decision}?handler=Remove", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["AwardeeId"] = draft.Awardee.ToString(), ["Reason"] = "Đã khen cùng thành tích", ["__RequestVerificationToken"] = token,
        }));
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = WebUtility.HtmlDecode(await (await province.GetAsync($"/Decisions/Details/{draft.Decision}")).Content.ReadAsStringAsync());
        after.ShouldContain("Đã khen cùng thành tích");

        using var outsider = await app.SignedInAsync("thidua.syt");
        (await outsider.GetAsync($"/Decisions/Details/{draft.Decision}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
