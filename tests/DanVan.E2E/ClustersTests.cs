using System.Text.RegularExpressions;
using DanVan.E2E.Infrastructure;
using DanVan.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DanVan.E2E;

/// <summary>Emulation clusters in the browser (issue 13 §6): leaders, a merged member's successor, removing a member needs a reason.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ClustersTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task The_province_sees_leaders_and_successors_and_removes_a_member_only_with_a_reason()
    {
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress);
        var page = session.Page;
        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);

        await page.GotoAsync("/Clusters?year=2025");
        await Assertions.Expect(page.Locator("#clusters-table tbody tr")).ToHaveCountAsync(6);
        await Screenshots.SaveAsync(page, "64-clusters-2025");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cụm thi đua số 1 (các xã, phường phía Bắc)" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Clusters/Details/"));
        await Assertions.Expect(page.Locator("#members-table")).ToContainTextAsync("Trưởng cụm");
        await Assertions.Expect(page.Locator("#members-table")).ToContainTextAsync("Phó cụm");
        var merged = page.Locator("#members-table tbody tr", new() { HasText = "Đã sáp nhập; nay là" }).First;
        await Assertions.Expect(merged).ToBeVisibleAsync();

        await merged.GetByRole(AriaRole.Button, new() { Name = "Rút" }).ClickAsync();
        await Assertions.Expect(page.Locator("#cluster-errors")).ToContainTextAsync("Vui lòng nhập lý do rút đơn vị khỏi cụm, khối.");
        await Screenshots.SaveAsync(page, "65-cluster-remove-needs-reason");
        var before = await page.Locator("#members-table tbody tr").CountAsync();
        merged = page.Locator("#members-table tbody tr", new() { HasText = "Đã sáp nhập; nay là" }).First;
        await merged.Locator("input[name='Member.Reason']").FillAsync("Đã sáp nhập từ 01/7/2025");
        await merged.GetByRole(AriaRole.Button, new() { Name = "Rút" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã rút đơn vị khỏi cụm, khối.");
        await Assertions.Expect(page.Locator("#members-table tbody tr")).ToHaveCountAsync(before - 1);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Rút đơn vị");
        await Screenshots.SaveAsync(page, "66-cluster-details");
        session.Probe.ShouldBeClean();
    }
}
