using System.Net;
using DanVan.Features.Council;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Council;

/// <summary>The pages over the same handlers: the demo council and its session, and a member voting on the open item from the ballot page.</summary>
public sealed class CouncilPageTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_session_shows_the_failed_secret_ballot_and_a_member_votes_on_the_open_item_from_the_ballot_page(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var council = await app.WithDbAsync(db => db.Councils.Include(c => c.Members).SingleAsync());
        council.Members.Count.ShouldBe(10);
        council.Members.Count(m => m.UserId != null).ShouldBe(2);
        var session = await app.WithDbAsync(db => db.CouncilSessions.Include(s => s.Items).ThenInclude(i => i.Recusals).SingleAsync());
        var closed = session.Items.Single(i => i.State == ItemState.Closed && i.Passed == false); // the last item passed in the demo decisions
        (closed.Secret, closed.Passed, closed.Percent, closed.BaseCount, closed.Yes).ShouldBe((true, (bool?)false, (decimal?)77.77m, (int?)9, (int?)7));
        var open = session.Items.Single(i => i.State == ItemState.Open);
        session.Items.ShouldAllBe(i => i.Recusals.Count == 1);
        (await app.WithDbAsync(db => db.Ballots.CountAsync(b => b.ItemId == closed.Id && b.MemberId == null))).ShouldBe(9);

        using var province = await app.SignedInAsync("tdkt.snv");
        var list = WebUtility.HtmlDecode(await (await province.GetAsync("/Council")).Content.ReadAsStringAsync());
        list.ShouldContain("Hội đồng Thi đua – Khen thưởng tỉnh Sông Trà");
        var detail = WebUtility.HtmlDecode(await (await province.GetAsync($"/Council?id={council.Id}")).Content.ReadAsStringAsync());
        detail.ShouldContain("Nguyễn Thanh Bình");
        detail.ShouldContain("id=\"add-member\"");
        var page = await province.GetAsync($"/Council/Session/{session.Id}");
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        page.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("77,77 %");
        html.ShouldContain("KHÔNG ĐẠT");
        html.ShouldContain("không tham gia biểu quyết");
        html.ShouldContain("Kết thúc biểu quyết");
        (await province.GetAsync($"/Council/Vote/{open.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var member = await app.SignedInAsync("hoidong1");
        var ballotPage = WebUtility.HtmlDecode(await (await member.GetAsync($"/Council/Vote/{open.Id}")).Content.ReadAsStringAsync());
        ballotPage.ShouldContain("id=\"ballot\"");
        var token = await CookieSession.FormTokenAsync(member, $"/Council/Vote/{open.Id}");
        using var cast = await member.PostAsync($"/Council/Vote/{open.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Choice"] = "Yes", ["__RequestVerificationToken"] = token,
        }));
        cast.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = WebUtility.HtmlDecode(await (await member.GetAsync($"/Council/Vote/{open.Id}")).Content.ReadAsStringAsync());
        after.ShouldContain("Mã biên nhận");
        after.ShouldContain("id=\"voted\"");
        token = await CookieSession.FormTokenAsync(member, $"/Council/Vote/{open.Id}");
        using var again = await member.PostAsync($"/Council/Vote/{open.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Choice"] = "No", ["__RequestVerificationToken"] = token,
        }));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()).ShouldContain("đã bỏ phiếu cho nội dung này");

        using var outsider = await app.SignedInAsync("thidua.stp");
        (await outsider.GetAsync($"/Council/Session/{session.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
