using System.Net;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Eligibility;

/// <summary>The two eligibility pages: "who qualifies" with its counts, deciding rules and links, and one sheet; a bad question is answered in place.</summary>
public sealed class EligibilityPageTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Who_qualifies_and_the_sheet_render_the_verdicts_and_a_bad_year_is_explained_on_the_page(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.SignedInAsync("thidua.stp");
        var unit = await app.UnitIdAsync("STP.P1");
        var person = await app.CreatePersonAsync(unit, "Vương Thị Trang Kiểm");
        var worker = await app.WithDbAsync(db => db.AwardKinds.Where(k => k.Code == "lao-dong-tien-tien" && db.Units.Any(u => u.Id == unit && u.TenantId == k.TenantId))
            .Select(k => k.Id).SingleAsync());

        var list = WebUtility.HtmlDecode(await officer.GetStringAsync($"/Eligibility/Qualifies?awardKindId={worker}&unitId={unit}&year=2026&date=2026-12-20&q=vuong%20thi"));
        list.ShouldContain("Lao động tiên tiến — cá nhân thuộc");
        list.ShouldContain("Vương Thị Trang Kiểm");
        list.ShouldContain("Chưa có kết quả xếp loại năm 2026: cần nhập kết quả xếp loại.");
        list.ShouldContain($"/Eligibility/Proof?awardKindId={worker}&personId={person}&year=2026&date=2026-12-20");

        var sheet = WebUtility.HtmlDecode(await officer.GetStringAsync($"/Eligibility/Proof?awardKindId={worker}&personId={person}&year=2026&date=2026-12-20"));
        sheet.ShouldContain("Bảng kiểm tra tiêu chuẩn: ");
        sheet.ShouldContain("Chưa xác định được vì:");
        sheet.ShouldContain("Căn cứ: Điều 24 Luật Thi đua, khen thưởng số 06/2022/QH15");

        using var badYear = await officer.GetAsync($"/Eligibility/Proof?awardKindId={worker}&personId={person}&year=1990");
        badYear.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await badYear.Content.ReadAsStringAsync()).ShouldContain("Năm thành tích phải từ 2000 đến");

        using var health = await app.SignedInAsync("thidua.syt");
        (await health.GetAsync($"/Eligibility/Proof?awardKindId={worker}&personId={person}&year=2026")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
