using System.Text.RegularExpressions;
using DanVan.E2E.Infrastructure;
using DanVan.Features.Demo;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DanVan.E2E;

/// <summary>
/// The newcomer's walk through the cascade: the province officer pastes seed 003, registers it, launches a movement
/// from it; a commune officer files the commune's plan; the province's compliance view shows it on time. A plan filed
/// for the demo movement, whose deadline has passed, shows late.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class MovementCascadeTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task A_movement_launched_from_a_pasted_plan_shows_each_communes_plan_on_time_or_late()
    {
        var app = fixture.App;
        var ubnd = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "UBND").Select(u => u.Id).SingleAsync());
        var communeKind = await app.WithDbAsync(db => db.UnitKinds.Where(k => k.Code == "COMMUNE").Select(k => k.Id).SingleAsync());
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        // 1. The province officer pastes the plan's text and gets its metadata and citations.
        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);
        await page.GotoAsync("/Documents/Create");
        await page.Locator("#paste-text").FillAsync(DemoSeeds.Read("003"));
        await page.Locator("#extract-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#doc-number")).ToHaveValueAsync("70/KH-UBND");
        await Assertions.Expect(page.Locator("#doc-date")).ToHaveValueAsync("2020-06-04");
        await Assertions.Expect(page.Locator("#doc-signer")).ToHaveValueAsync("Đặng Ngọc Dũng");
        await Assertions.Expect(page.Locator("#doc-title")).ToHaveValueAsync(new Regex("Dân vận khéo"));
        await Assertions.Expect(page.Locator("input[id^='citation-']")).ToHaveCountAsync(7);
        await Screenshots.SaveAsync(page, "60-document-extracted-from-seed-003");
        await page.Locator("#doc-save").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Documents/Details/"));
        await Assertions.Expect(page.Locator("#document-number")).ToHaveTextAsync("70/KH-UBND");
        await Assertions.Expect(page.Locator("#outgoing")).ToContainTextAsync("16/CT-TTg");
        await Assertions.Expect(page.Locator("#outgoing")).ToContainTextAsync("91/2017/NĐ-CP");
        await Screenshots.SaveAsync(page, "61-document-details-citation-graph");

        // 2. …launches a movement from it for every commune.
        await page.Locator("#launch-from-plan").ClickAsync();
        await Assertions.Expect(page.Locator("#m-name")).ToHaveValueAsync(new Regex("Dân vận khéo"));
        await page.Locator("#m-launcher").SelectOptionAsync(ubnd.ToString());
        await page.Locator($"#kind-{communeKind}").CheckAsync();
        await page.Locator("#m-content").FillAsync("Vận động nhân dân chấp hành tốt chủ trương của Đảng\nXây dựng ít nhất 01 mô hình “Dân vận khéo”");
        await page.Locator("#m-awards").FillAsync("Bằng khen của Chủ tịch UBND tỉnh | 10");
        // The form is a deliberate choice (no default): a "Dân vận khéo" movement is thematic (Decree 152 Art. 4).
        await page.Locator("#m-form-Thematic").CheckAsync();
        await page.Locator("#m-save").ClickAsync();
        await Assertions.Expect(page.Locator("#movement-status")).ToHaveTextAsync("Dự thảo");
        await page.Locator("#launch").ClickAsync();
        await Assertions.Expect(page.Locator("#movement-status")).ToHaveTextAsync("Đang triển khai");
        await Assertions.Expect(page.Locator("#history")).ToContainTextAsync("Phát động");
        await Screenshots.SaveAsync(page, "62-movement-launched");
        var movementUrl = page.Url;
        await Ui.LogoutAsync(page);

        // 3. The commune officer files the commune's plan before the deadline.
        await Ui.LoginAsync(page, "thidua.xa001", TestApp.DemoPassword);
        await page.GotoAsync(movementUrl);
        await page.Locator("#my-obligations a[id^='file-plan-']").ClickAsync();
        await page.Locator("#plan-number").FillAsync("15/KH-UBND");
        await page.Locator("#plan-date").FillAsync(DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Screenshots.SaveAsync(page, "63-commune-files-plan");
        await page.Locator("#plan-submit").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã nộp kế hoạch đúng hạn.");
        await Assertions.Expect(page.Locator("#my-obligations")).ToContainTextAsync("Đúng hạn");

        // Before the deadline the plan can be withdrawn and filed again.
        await page.Locator("#my-obligations a[id^='file-plan-']").ClickAsync();
        await page.Locator("#withdraw").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã rút lại kế hoạch");
        await Assertions.Expect(page.Locator("#plan-status")).ToHaveTextAsync("Chưa đến hạn");
        await page.Locator("#plan-number").FillAsync("15/KH-UBND");
        await page.Locator("#plan-date").FillAsync(DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#plan-submit").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã nộp kế hoạch đúng hạn.");

        // …and registers for the movement: a title, a planned model, one person.
        await page.Locator("#my-obligations a[id^='register-']").ClickAsync();
        await page.Locator("#title-TTLDXS").CheckAsync();
        await page.Locator("#model-name-0").FillAsync("Zalo kết nối chính quyền với Nhân dân");
        await page.Locator("#model-field-0").SelectOptionAsync("PoliticalSystem");
        await page.Locator("#registration-save").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu bản đăng ký thi đua.");
        await page.Locator("#candidates input[type=checkbox]").First.CheckAsync();
        await page.Locator("#people-add").ClickAsync();
        await Assertions.Expect(page.Locator("#registered-people tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#model-name-0")).ToHaveValueAsync("Zalo kết nối chính quyền với Nhân dân");
        await Screenshots.SaveAsync(page, "67-commune-registration");

        // …and the demo movement's plan, whose deadline has passed: late.
        await page.GotoAsync("/Movements?status=Launched&q=nam");
        await page.Locator("#movements-table a", new() { HasText = "năm" }).First.ClickAsync();
        await page.Locator("#my-obligations a[id^='file-plan-']").ClickAsync();
        await Assertions.Expect(page.Locator("#plan-status")).ToHaveTextAsync("Chưa ban hành (quá hạn)");
        await page.Locator("#plan-number").FillAsync("16/KH-UBND");
        await page.Locator("#plan-date").FillAsync(DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#plan-submit").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("trễ hạn");
        await Assertions.Expect(page.Locator("#my-obligations")).ToContainTextAsync("Trễ hạn");
        var demoUrl = page.Url;
        await Ui.LogoutAsync(page);

        // 4. The province's compliance view shows XA001 on time in the new movement, late in the demo one.
        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);
        await page.GotoAsync(movementUrl);
        await page.Locator("#compliance-link").ClickAsync();
        await Assertions.Expect(page.Locator("#ontime-count")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#compliance-table tr[data-unit='XA001']")).ToContainTextAsync("Đúng hạn");
        await Assertions.Expect(page.Locator("#compliance-table tr[data-unit='XA001']")).ToContainTextAsync("15/KH-UBND");
        await Screenshots.SaveAsync(page, "64-compliance-new-movement");
        await page.GotoAsync(movementUrl);
        await page.Locator("#registrations-link").ClickAsync();
        await Assertions.Expect(page.Locator("#registrations-table tr[data-unit='XA001']")).ToContainTextAsync("Đang soạn");
        await Screenshots.SaveAsync(page, "68-registrations-list");

        await page.GotoAsync(demoUrl);
        await page.Locator("#compliance-link").ClickAsync();
        await Assertions.Expect(page.Locator("#timeline-chart")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "65-compliance-demo-movement");
        await page.Locator("#compliance-q").FillAsync("ba hai");
        await page.Locator("#compliance-filter").ClickAsync();
        await Assertions.Expect(page.Locator("#compliance-table tr[data-unit='XA001']")).ToContainTextAsync("Trễ hạn");
        await page.Locator("#overdue-link").ClickAsync();
        await Assertions.Expect(page.Locator("#compliance-table tbody tr").First).ToContainTextAsync("Chưa ban hành (quá hạn)");
        await Screenshots.SaveAsync(page, "66-compliance-overdue-list");
        session.Probe.ShouldBeClean();
    }
}
