using System.Net;
using DanVan.Features.Awards;
using DanVan.Tests.Infrastructure;

namespace DanVan.Tests.Features.Awards;

/// <summary>The province's award catalogue and base salaries through the API: seeded, read by everyone inside, revised only by Sở Nội vụ with a citation, old versions untouched.</summary>
public sealed class AwardCatalogueApiTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static readonly object LdttTerms = new
    {
        effectiveFrom = "2027-01-01",
        authorities = new[] { "UnitHead", "CommuneChairman" },
        prizeMultiple = 0.35m,
        documents = new[] { "Submission" },
        rules = new object[] { new { kind = "PersonRating", level = "Good", years = 1 }, new { kind = "NoDiscipline" } },
        citation = "Quyết định số 12/2026/QĐ-UBND ngày 01/12/2026 của UBND tỉnh Sông Trà ban hành Quy định thi đua, khen thưởng (Điều 8)",
    };

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Sở_Nội_vụ_revises_an_award_from_a_date_and_the_versions_before_it_keep_judging_older_dates(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        using var commune = await app.ClientForAsync("thidua.xa001");

        var before = await (await commune.GetAsync("/api/v1/awards/kinds?on=2025-06-30")).ReadAsync<List<AwardKindDto>>();
        before.Count.ShouldBe(13);
        var ldtt = before.Single(k => k.Code == "lao-dong-tien-tien");
        before.Single(k => k.Code == "chien-si-thi-dua-tinh").InForce!.Rules[0].Text.ShouldBe("Đạt “Chiến sĩ thi đua cơ sở” 3 năm liên tục");
        before.Single(k => k.Code == "chien-si-thi-dua-co-so").InForce!.QuotaLabel.ShouldBe("Tối đa 15% số được tặng “Lao động tiên tiến”");
        before.TakeWhile(k => k.Category == AwardCategory.Title).Count().ShouldBe(10); // titles first, in the catalogue's order
        ldtt.InForce!.Authorities.ShouldContain(DecidingAuthority.DistrictChairman);
        (await (await commune.GetAsync("/api/v1/awards/kinds?on=2025-07-01")).ReadAsync<List<AwardKindDto>>())
            .Single(k => k.Code == "lao-dong-tien-tien").InForce!.Authorities.ShouldNotContain(DecidingAuthority.DistrictChairman);

        // A unit reads but never changes the province's catalogue.
        (await (await commune.PostJsonAsync($"/api/v1/awards/kinds/{ldtt.Id}/versions", LdttTerms)).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");

        var revised = await (await officer.PostJsonAsync($"/api/v1/awards/kinds/{ldtt.Id}/versions", LdttTerms)).ReadAsync<AwardKindDto>();
        revised.Versions.Count.ShouldBe(3);
        var newest = revised.Versions[0];
        (newest.Number, newest.EffectiveFrom, newest.PrizeMultiple, newest.CreatedByName).ShouldBe((3, new DateOnly(2027, 1, 1), 0.35m, "tdkt.snv"));
        newest.Rules.Select(r => r.Text).ShouldBe(["Được xếp loại từ “Hoàn thành tốt nhiệm vụ” trở lên trong năm thành tích",
            "Không trong thời gian bị kỷ luật, thanh tra, xác minh khiếu nại, tố cáo"]);
        revised.Versions[1].EffectiveTo.ShouldBe(new DateOnly(2026, 12, 31));
        revised.Versions[1].PrizeMultiple.ShouldBe(0.3m);

        // The prize follows the version and the base salary in force on the decision date.
        var now = await (await commune.GetAsync($"/api/v1/awards/prize?awardKindId={ldtt.Id}&date=2026-12-20")).ReadAsync<PrizeDto>();
        (now.Amount, now.VersionNumber).ShouldBe((710_000L, 2));
        var later = await (await commune.GetAsync($"/api/v1/awards/prize?awardKindId={ldtt.Id}&date=2027-01-05")).ReadAsync<PrizeDto>();
        (later.Amount, later.VersionNumber).ShouldBe((820_000L, 3)); // 0.35 × 2,340,000 = 819,000 → 820,000
        later.Citation.ShouldContain("12/2026/QĐ-UBND");

        // The same start date twice is a conflict; nothing changes.
        (await (await officer.PostJsonAsync($"/api/v1/awards/kinds/{ldtt.Id}/versions", LdttTerms)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("award.same_date");
        (await (await commune.GetAsync($"/api/v1/awards/kinds/{ldtt.Id}")).ReadAsync<AwardKindDto>()).Versions.Count.ShouldBe(3);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_terms_are_refused_in_Vietnamese_naming_the_field_and_nothing_is_saved(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        var kinds = await (await officer.GetAsync("/api/v1/awards/kinds")).ReadAsync<List<AwardKindDto>>();
        var id = kinds.Single(k => k.Code == "chien-si-thi-dua-co-so").Id;
        var url = $"/api/v1/awards/kinds/{id}/versions";
        var cases = new (object Body, HttpStatusCode Status, string Code, string Text)[]
        {
            (new { effectiveFrom = "2027-01-01", authorities = new[] { "UnitHead" }, citation = "" }, HttpStatusCode.BadRequest, "award.citation", "căn cứ pháp lý"),
            (new { effectiveFrom = "2027-01-01", authorities = Array.Empty<string>(), citation = "QĐ 1" }, HttpStatusCode.BadRequest, "award.authority", "thẩm quyền"),
            (new { effectiveFrom = "2027-01-01", authorities = new[] { "UnitHead" }, citation = "QĐ 1", prizeMultiple = 1.234m }, HttpStatusCode.BadRequest, "award.multiple", "hai chữ số"),
            (new { effectiveFrom = "2027-01-01", authorities = new[] { "UnitHead" }, citation = "QĐ 1", quotaPercent = 15, quotaBaseCode = "khong-co" }, HttpStatusCode.BadRequest, "award.quota_base", "khong-co"),
            (new { effectiveFrom = "2027-01-01", authorities = new[] { "UnitHead" }, citation = "QĐ 1", voteThresholdPercent = 40 }, HttpStatusCode.BadRequest, "award.vote", "50%"),
            (new { effectiveFrom = "2027-01-01", authorities = new[] { "UnitHead" }, citation = "QĐ 1", collectiveFactor = 2 }, HttpStatusCode.BadRequest, "award.factor", "tập thể"),
            (new { effectiveFrom = "2027-01-01", authorities = new[] { "UnitHead" }, citation = "QĐ 1", rules = new object[] { new { kind = "NoDiscipline" }, new { kind = "HoldsAward", awardCode = "lao-dong-tien-tien", years = 12 } } },
                HttpStatusCode.BadRequest, "award.rule_years", "Tiêu chuẩn thứ 2"),
            (new { effectiveFrom = "2027-01-01", authorities = new[] { "UnitHead" }, citation = "QĐ 1", rules = new object[] { new { kind = "Initiative" } } },
                HttpStatusCode.BadRequest, "award.rule_initiative", "cấp công nhận sáng kiến"),
        };
        foreach (var (body, status, code, text) in cases)
        {
            var problem = await (await officer.PostJsonAsync(url, body)).ProblemAsync(status);
            (problem.Code, problem.AllText.Contains(text, StringComparison.Ordinal)).ShouldBe((code, true), problem.AllText);
        }

        (await (await officer.PostJsonAsync(url, new { authorities = new[] { "UnitHead" }, citation = "QĐ 1" })).ProblemAsync(HttpStatusCode.BadRequest))
            .AllText.ShouldContain("ngày áp dụng");
        (await (await officer.PostJsonAsync(url, new { effectiveFrom = "2027-01-01", authorities = new[] { "Mayor" }, citation = "QĐ 1" }))
            .ProblemAsync(HttpStatusCode.BadRequest)).AllText.ShouldContain("không hợp lệ");
        (await (await officer.GetAsync($"/api/v1/awards/kinds/{id}")).ReadAsync<AwardKindDto>()).Versions.Count.ShouldBe(2);
        (await (await officer.PostJsonAsync($"/api/v1/awards/kinds/{Guid.CreateVersion7()}/versions", LdttTerms)).ProblemAsync(HttpStatusCode.NotFound))
            .Code.ShouldBe("not_found");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_new_award_and_a_new_base_salary_are_added_with_their_citations(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        using var viewer = await app.ClientForAsync("xem");
        using var anonymous = app.CreateClient();

        var body = new
        {
            code = "ky-niem-chuong",
            name = "Kỷ niệm chương “Vì sự nghiệp xây dựng tỉnh Sông Trà”",
            category = "Commendation",
            subjects = new[] { "Individual" },
            terms = new { effectiveFrom = "2026-01-01", authorities = new[] { "ProvinceChairman" }, citation = "Điều 79 Luật Thi đua, khen thưởng số 06/2022/QH15" },
        };
        (await (await viewer.PostJsonAsync("/api/v1/awards/kinds", body)).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
        var created = await (await officer.PostJsonAsync("/api/v1/awards/kinds", body)).ReadAsync<AwardKindDto>(HttpStatusCode.Created);
        (created.Code, created.InForce!.PrizeMultiple, created.SubjectsLabel).ShouldBe(("ky-niem-chuong", null, "Cá nhân"));
        (await (await officer.PostJsonAsync("/api/v1/awards/kinds", body)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("award.code_taken");
        (await (await officer.PostJsonAsync("/api/v1/awards/kinds", new { code = "Có Dấu", name = "x", category = "Title", subjects = new[] { "Individual" }, terms = body.terms }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("award.code");
        (await (await officer.GetAsync($"/api/v1/awards/prize?awardKindId={created.Id}")).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("award.no_prize");

        var salaries = await (await viewer.GetAsync("/api/v1/awards/base-salaries")).ReadAsync<List<BaseSalaryDto>>();
        salaries.Select(s => s.Amount).ShouldBe([2_340_000L, 1_800_000L, 1_490_000L]);
        salaries[0].InForce.ShouldBeTrue();
        (await anonymous.GetAsync("/api/v1/awards/base-salaries")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await officer.PostJsonAsync("/api/v1/awards/base-salaries", new { effectiveFrom = "2027-07-01", amount = 2_530_500, citation = "NĐ" }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("base_salary.amount");
        (await (await officer.PostJsonAsync("/api/v1/awards/base-salaries", new { effectiveFrom = "2027-07-01", amount = 2_530_000 }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("base_salary.citation");
        (await (await viewer.PostJsonAsync("/api/v1/awards/base-salaries", new { effectiveFrom = "2027-07-01", amount = 2_530_000, citation = "NĐ" }))
            .ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
        var added = await (await officer.PostJsonAsync("/api/v1/awards/base-salaries",
            new { effectiveFrom = "2027-07-01", amount = 2_530_000, citation = "Nghị định giả định số 1/2027/NĐ-CP (dữ liệu kiểm thử)" })).ReadAsync<BaseSalaryDto>(HttpStatusCode.Created);
        added.InForce.ShouldBeFalse(); // not yet
        (await (await officer.PostJsonAsync("/api/v1/awards/base-salaries", new { effectiveFrom = "2027-07-01", amount = 2_600_000, citation = "NĐ" }))
            .ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("base_salary.date_taken");

        var bangKhen = (await (await viewer.GetAsync("/api/v1/awards/kinds")).ReadAsync<List<AwardKindDto>>()).Single(k => k.Code == "bang-khen-chu-tich-tinh");
        var prize = await (await viewer.GetAsync($"/api/v1/awards/prize?awardKindId={bangKhen.Id}&subject=Collective&date=2027-07-01")).ReadAsync<PrizeDto>();
        (prize.Amount, prize.BaseAmount, prize.Factor).ShouldBe((7_600_000L, 2_530_000L, 2m)); // 1.5 × 2,530,000 = 3,795,000 → 3,800,000; × 2
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_page_form_reads_decimals_as_a_number_input_sends_them_and_shows_a_refusal_in_place(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var api = await app.ClientForAsync("tdkt.snv");
        using var browser = await app.SignedInAsync("tdkt.snv");
        var kind = (await (await api.GetAsync("/api/v1/awards/kinds")).ReadAsync<List<AwardKindDto>>()).Single(k => k.Code == "giay-khen");
        var url = $"/Awards/Kind/{kind.Id}";
        var token = await CookieSession.FormTokenAsync(browser, url);
        Dictionary<string, string> Form(string multiple, string factor) => new()
        {
            ["__RequestVerificationToken"] = token,
            ["Form.EffectiveFrom"] = "2027-01-01",
            ["Form.Active"] = "true",
            ["Form.Authorities"] = "UnitHead",
            ["Form.PrizeMultiple"] = multiple, // <input type="number"> always sends a dot, whatever the page's language
            ["Form.CollectiveFactor"] = factor,
            ["Form.Rules[0].Kind"] = "NoDiscipline",
            ["Form.Rules[1].Kind"] = "",
            ["Form.Citation"] = "Quyết định số 12/2026/QĐ-UBND (thử)",
        };

        using (var refused = await browser.PostAsync(url, new FormUrlEncodedContent(Form("0.35", "12.5"))))
        {
            var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
            refused.StatusCode.ShouldBe(HttpStatusCode.OK, html);
            html.ShouldContain("Hệ số cho tập thể chỉ dùng khi");
        }

        using (var saved = await browser.PostAsync(url, new FormUrlEncodedContent(Form("0.35", "2.5"))))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var newest = (await (await api.GetAsync($"/api/v1/awards/kinds/{kind.Id}")).ReadAsync<AwardKindDto>()).Versions[0];
        (newest.PrizeMultiple, newest.CollectiveFactor, newest.Rules.Count).ShouldBe((0.35m, 2.5m, 1));
    }
}
