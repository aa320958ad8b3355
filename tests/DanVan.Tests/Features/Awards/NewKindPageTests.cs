using System.Net;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Awards;

/// <summary>/Awards/New: Sở Nội vụ adds an award from the browser with its first version (rules as rows); refusals are shown in place; a unit is refused.</summary>
public sealed class NewKindPageTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Sở_Nội_vụ_adds_an_award_with_its_rules_and_bad_input_is_shown_on_the_form(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.SignedInAsync("tdkt.snv");
        var token = await CookieSession.FormTokenAsync(officer, "/Awards/New");

        Dictionary<string, string> Form(string code, string citation, string years) => new()
        {
            ["Kind.Code"] = code, ["Kind.Name"] = "Giấy khen của Giám đốc Sở Nội vụ về công tác dân vận", ["Kind.Category"] = "Commendation",
            ["Kind.Subjects"] = "Individual", ["Form.EffectiveFrom"] = "2026-01-01", ["Form.Active"] = "true", ["Form.Authorities"] = "UnitHead",
            ["Form.PrizeMultiple"] = "0.3", ["Form.Documents"] = "Submission", ["Form.ReportTemplate"] = "ShortSummary",
            ["Form.Rules[0].Kind"] = "PersonRating", ["Form.Rules[0].Level"] = "Good", ["Form.Rules[0].Years"] = years,
            ["Form.Rules[1].Kind"] = "", // an empty spare row is dropped
            ["Form.Citation"] = citation, ["__RequestVerificationToken"] = token,
        };

        using var noCitation = await officer.PostAsync("/Awards/New", new FormUrlEncodedContent(Form("giay-khen-snv-dan-van", "", "1")));
        noCitation.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await noCitation.Content.ReadAsStringAsync()).ShouldContain("căn cứ");
        using var badYears = await officer.PostAsync("/Awards/New", new FormUrlEncodedContent(Form("giay-khen-snv-dan-van", "Quyết định số 5/QĐ-SNV", "12")));
        badYears.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await badYears.Content.ReadAsStringAsync()).ShouldContain("số năm liên tục phải từ 1 đến 10");
        (await app.WithDbAsync(db => db.AwardKinds.CountAsync(k => k.Code == "giay-khen-snv-dan-van"))).ShouldBe(0);

        using var created = await officer.PostAsync("/Awards/New", new FormUrlEncodedContent(Form("giay-khen-snv-dan-van", "Quyết định số 5/QĐ-SNV", "2")));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = created.Headers.Location!.ToString();
        location.ShouldStartWith("/Awards/Kind/");
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync(location));
        page.ShouldContain("Đã thêm “Giấy khen của Giám đốc Sở Nội vụ về công tác dân vận” vào danh mục");
        page.ShouldContain("Được xếp loại từ “Hoàn thành tốt nhiệm vụ” trở lên 2 năm liên tục");
        var stored = await app.WithDbAsync(db => db.AwardKinds.Where(k => k.Code == "giay-khen-snv-dan-van").Select(k => new { k.Id, Rules = k.Versions.SelectMany(v => v.Rules).Count() })
            .SingleAsync());
        stored.Rules.ShouldBe(1);

        using var again = await officer.PostAsync("/Awards/New", new FormUrlEncodedContent(Form("giay-khen-snv-dan-van", "Quyết định số 6/QĐ-SNV", "1")));
        WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()).ShouldContain("Mã “giay-khen-snv-dan-van” đã có trong danh mục.");

        using var unit = await app.SignedInAsync("thidua.stp");
        using var refused = await unit.GetAsync("/Awards/New"); // a signed-in browser is sent to the "no access" page
        refused.StatusCode.ShouldBe(HttpStatusCode.Found);
        refused.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }
}
