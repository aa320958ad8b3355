using System.Text.RegularExpressions;
using DanVan.E2E.Infrastructure;
using DanVan.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DanVan.E2E;

[Collection(BrowserCollection.Name)]
public sealed class UnitTreeTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task The_tree_opens_at_the_province_loads_children_on_demand_and_leads_to_unit_details()
    {
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress);
        var page = session.Page;
        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);

        await page.GotoAsync("/Units");
        var root = page.Locator("#unit-tree > li[data-unit-code='SONGTRA']");
        await Assertions.Expect(root.Locator("> a.dv-unit")).ToContainTextAsync("Tỉnh Sông Trà");
        await Assertions.Expect(root.Locator("> button.dv-toggle")).ToHaveAttributeAsync("aria-expanded", "true");
        // The root's children arrive by htmx (hx-trigger="load"), replacing the "Đang tải…" placeholder.
        var ppc = root.Locator("li[data-unit-code='UBND']");
        await Assertions.Expect(ppc.Locator("> a.dv-unit")).ToHaveTextAsync("Ủy ban nhân dân tỉnh Sông Trà");
        await Assertions.Expect(root.Locator("> ul > li.text-muted")).ToHaveCountAsync(0); // placeholder gone
        await Assertions.Expect(ppc.Locator("> button.dv-toggle")).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(ppc.Locator("> ul")).ToBeHiddenAsync();
        await Screenshots.SaveAsync(page, "10-units-tree-root");

        // Opening a node (its caret button, named for screen readers) loads its children once.
        var toggle = ppc.GetByRole(AriaRole.Button, new() { Name = "Đơn vị trực thuộc Ủy ban nhân dân tỉnh Sông Trà", Exact = true });
        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        var snv = ppc.Locator("li[data-unit-code='SNV']");
        await Assertions.Expect(snv.Locator("> a.dv-unit")).ToHaveTextAsync("Sở Nội vụ");
        await Assertions.Expect(ppc.Locator("> ul > li.text-muted")).ToHaveCountAsync(0);
        var district = ppc.Locator("li[data-unit-code='H01-CU']");
        await Assertions.Expect(district).ToContainTextAsync("Huyện Sơn Hà");
        await Assertions.Expect(district).ToContainTextAsync("Ngừng hoạt động");
        await Screenshots.SaveAsync(page, "11-units-tree-ubnd-open");

        // Closing it hides the sub-units again (no second request), opening shows them.
        await toggle.ClickAsync();
        await Assertions.Expect(ppc.Locator("> ul")).ToBeHiddenAsync();
        await toggle.ClickAsync();
        await Assertions.Expect(snv).ToBeVisibleAsync();

        // Through to a unit's page: the name is the link.
        await snv.Locator("> a.dv-unit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Units/Details/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync("Sở Nội vụ");
        await Assertions.Expect(page.Locator("dl")).ToContainTextAsync("SNV");
        await Assertions.Expect(page.Locator("dl")).ToContainTextAsync("Đang hoạt động");
        await Assertions.Expect(page.Locator(".breadcrumb")).ToContainTextAsync("Ủy ban nhân dân tỉnh Sông Trà");
        await Assertions.Expect(page.Locator("li[data-unit-code='SNV.P2']")).ToContainTextAsync("Ban Thi đua – Khen thưởng");
        await Screenshots.SaveAsync(page, "12-unit-details-snv");
        session.Probe.ShouldBeClean();
    }

    [BrowserFact]
    public async Task An_abolished_district_shows_it_is_closed_and_links_to_its_successors()
    {
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress);
        var page = session.Page;
        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);

        await page.GotoAsync("/Units?q=" + Uri.EscapeDataString("huyen son ha"));
        var row = page.Locator("tr", new() { HasText = "Huyện Sơn Hà" });
        await Assertions.Expect(row).ToContainTextAsync("Ngừng hoạt động");
        await row.GetByRole(AriaRole.Link, new() { Name = "Huyện Sơn Hà" }).ClickAsync();

        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync("Huyện Sơn Hà");
        await Assertions.Expect(page.Locator("#unit-name")).ToHaveClassAsync(new Regex(@"\bdv-closed\b"));
        await Assertions.Expect(page.Locator("dl")).ToContainTextAsync("Ngừng hoạt động");
        await Assertions.Expect(page.Locator("dl")).ToContainTextAsync("30/06/2025");
        var history = page.Locator(".dv-card", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Lịch sử sắp xếp, sáp nhập" }) });
        var successors = history.Locator("li", new() { HasText = "Được kế thừa bởi" });
        await Assertions.Expect(successors).ToHaveCountAsync(3);
        // No management buttons on a closed unit.
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sửa" })).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "13-unit-details-abolished-district");

        var successor = successors.First.Locator("a");
        var successorName = (await successor.InnerTextAsync()).Trim();
        await successor.ClickAsync();
        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync(successorName);
        await Assertions.Expect(page.Locator("dl")).ToContainTextAsync("Đang hoạt động");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Huyện Sơn Hà"); // the predecessor, from the other side
        await Screenshots.SaveAsync(page, "14-unit-details-successor");
        session.Probe.ShouldBeClean();
    }
}
