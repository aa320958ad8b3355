using System.Net;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Notices;

/// <summary>
/// The pages over the same handlers, on the demo: the public list and the open notice's comment form (a comment sent, its
/// receipt looked up), the ended notice closed to comments; the standing body's notice page with the three handled
/// comments; the council session showing each item's notice status.
/// </summary>
public sealed class NoticePageTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_public_comments_on_the_open_demo_notice_and_the_standing_body_sees_the_ended_one_handled(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var notices = await app.WithDbAsync(db => db.PublicNotices.AsNoTracking().OrderBy(n => n.StartsOn).ToListAsync());
        notices.Count.ShouldBe(2);
        var (ended, open) = (notices[0], notices[1]);
        (await app.WithDbAsync(db => db.NoticeComments.CountAsync(c => c.NoticeId == ended.Id && c.Disposition != null))).ShouldBe(3);

        using var anonymous = app.CreateClient();
        var list = WebUtility.HtmlDecode(await (await anonymous.GetAsync("/thong-bao")).Content.ReadAsStringAsync());
        list.ShouldContain(ended.Title);
        list.ShouldContain(open.Title);
        list.ShouldContain("Đang lấy ý kiến");
        var closed = WebUtility.HtmlDecode(await (await anonymous.GetAsync($"/thong-bao/{ended.Id}")).Content.ReadAsStringAsync());
        closed.ShouldContain("Đã hết thời gian nhận ý kiến");
        closed.ShouldNotContain("id=\"comment-form\"");
        closed.ShouldNotContain("Lê Văn Hòa"); // comments are never public

        var form = WebUtility.HtmlDecode(await (await anonymous.GetAsync($"/thong-bao/{open.Id}")).Content.ReadAsStringAsync());
        form.ShouldContain("id=\"comment-form\"");
        form.ShouldNotContain("style=");
        var token = await CookieSession.FormTokenAsync(anonymous, $"/thong-bao/{open.Id}");
        using var html = await anonymous.PostAsync($"/thong-bao/{open.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "Phạm Thị Lan", ["Input.Contact"] = "lan@example.vn", ["Input.Content"] = "<script>alert(1)</script>", ["__RequestVerificationToken"] = token,
        }));
        html.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await html.Content.ReadAsStringAsync()).ShouldContain("chỉ nhận văn bản thuần");
        token = await CookieSession.FormTokenAsync(anonymous, $"/thong-bao/{open.Id}");
        using var sent = await anonymous.PostAsync($"/thong-bao/{open.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "Phạm Thị Lan", ["Input.Contact"] = "lan@example.vn", ["Input.Content"] = "Đề nghị xem lại thành tích năm 2025.",
            ["Input.Website"] = "", ["__RequestVerificationToken"] = token,
        }));
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var receiptPage = WebUtility.HtmlDecode(await (await anonymous.GetAsync(sent.Headers.Location!.ToString())).Content.ReadAsStringAsync());
        receiptPage.ShouldContain("Mã biên nhận");
        receiptPage.ShouldContain("Đã tiếp nhận, đang xem xét");
        (await app.WithDbAsync(db => db.NoticeComments.CountAsync(c => c.NoticeId == open.Id))).ShouldBe(1);

        using var province = await app.SignedInAsync("tdkt.snv");
        var staffList = WebUtility.HtmlDecode(await (await province.GetAsync("/Notices")).Content.ReadAsStringAsync());
        staffList.ShouldContain(ended.Title);
        var round = await app.WithDbAsync(db => db.NominationRounds.Where(r => r.Year == 2025).Select(r => r.Id).SingleAsync());
        (await province.GetAsync($"/Notices?roundId={round}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var details = WebUtility.HtmlDecode(await (await province.GetAsync($"/Notices/Details/{ended.Id}")).Content.ReadAsStringAsync());
        details.ShouldContain("Lê Văn Hòa");
        details.ShouldContain("Đã xác minh");
        details.ShouldContain("Trùng ý kiến đã xử lý");

        var session = await app.WithDbAsync(db => db.CouncilSessions.Select(s => s.Id).SingleAsync());
        var sessionPage = WebUtility.HtmlDecode(await (await province.GetAsync($"/Council/Session/{session}")).Content.ReadAsStringAsync());
        sessionPage.ShouldContain($"Đã công khai đến ngày {DanVan.Infrastructure.Text.VnTime.Date(ended.EndsOn)}; 3 ý kiến, đã xử lý hết");

        using var outsider = await app.SignedInAsync("thidua.stp");
        (await outsider.GetAsync($"/Notices/Details/{ended.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
