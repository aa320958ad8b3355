using System.Text.RegularExpressions;
using DanVan.E2E.Infrastructure;
using DanVan.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DanVan.E2E;

/// <summary>
/// The main pages under the app's strict Content-Security-Policy: no console errors (CSP violations, blocked or missing
/// resources), no script errors, every stylesheet, script and font answered 200 (or 304), the Vietnamese font in use.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageHealthTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly string[] LayoutAssets =
    [
        "/lib/bootstrap/css/bootstrap.min.css", "/lib/bootstrap-icons/bootstrap-icons.min.css", "/lib/be-vietnam-pro/be-vietnam-pro.css",
        "/css/site.css", "/lib/bootstrap/js/bootstrap.bundle.min.js", "/lib/htmx/htmx.min.js", "/js/site.js",
    ];

    [BrowserFact]
    public async Task The_main_pages_load_every_asset_and_raise_no_csp_or_console_errors()
    {
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress);
        var page = session.Page;

        await CheckAsync(page, "/Account/Login", "Đăng nhập DanVan");
        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);
        await CheckAsync(page, "/", "Tỉnh Sông Trà");

        await CheckAsync(page, "/Units", "Cơ quan, đơn vị, địa phương");
        await Assertions.Expect(page.Locator("li[data-unit-code='UBND']")).ToBeVisibleAsync(); // htmx request done
        await CheckAsync(page, "/Units?q=" + Uri.EscapeDataString("so noi vu"), "Cơ quan, đơn vị, địa phương");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sở Nội vụ", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync("Sở Nội vụ");

        await CheckAsync(page, "/People", "Cán bộ, công chức, viên chức, người lao động");
        await page.Locator("#people-table tbody tr td:first-child a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/People/Details/"));
        await Screenshots.SaveAsync(page, "50-person-details");

        // The account pages: the QR code is inline SVG, which must not need inline styles.
        await CheckAsync(page, "/Account/Mfa", "Xác thực hai lớp");
        await CheckAsync(page, "/Account/Manage/ChangePassword", null);
        await Screenshots.SaveAsync(page, "51-change-password");
        await CheckAsync(page, "/Account/Manage/Tokens", null);
        await Screenshots.SaveAsync(page, "52-api-tokens");

        // The dropdown (Bootstrap JS) works under the CSP.
        await page.Locator("#account-menu").ClickAsync();
        await Assertions.Expect(page.Locator("#logout")).ToBeVisibleAsync();

        var font = await page.EvaluateAsync<bool>("async () => { await document.fonts.ready; return document.fonts.check('16px \"Be Vietnam Pro\"', 'Nguyễn Văn Ấn'); }");
        font.ShouldBeTrue("the Be Vietnam Pro font (Vietnamese subset) should be loaded");
        var assets = session.Probe.Assets;
        foreach (var asset in LayoutAssets)
        {
            assets.ShouldContain(a => a.Contains(asset, StringComparison.Ordinal), $"{asset} was never loaded");
        }

        assets.ShouldContain(a => a.StartsWith("font ", StringComparison.Ordinal) && a.Contains("be-vietnam-pro-vietnamese", StringComparison.Ordinal));
        assets.ShouldContain(a => a.StartsWith("font ", StringComparison.Ordinal) && a.Contains("bootstrap-icons", StringComparison.Ordinal));
        session.Probe.ShouldBeClean();
    }

    [BrowserFact]
    public async Task The_api_explorer_linked_from_the_menu_loads_under_its_own_policy()
    {
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress);
        var page = session.Page;
        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);

        await page.Locator("#menu-admin").ClickAsync(); // the menu's system group
        await page.GetByRole(AriaRole.Link, new() { Name = "API", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/swagger"));
        // The OpenAPI document of some 400 routes is built on its first request: generous beside the axe lane on two cores.
        await Assertions.Expect(page.Locator(".swagger-ui .info .title")).ToBeVisibleAsync(new() { Timeout = 45_000 });
        await Assertions.Expect(page.Locator(".opblock").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "53-swagger", fullPage: false);
        session.Probe.ShouldBeClean();
    }

    /// <summary>A control: the probe does see a CSP violation, so the clean results above mean something.</summary>
    [BrowserFact]
    public async Task The_probe_catches_an_inline_script_blocked_by_the_policy()
    {
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress);
        var page = session.Page;
        await page.GotoAsync("/Account/Login");

        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.body.append(s); }");

        (await page.EvaluateAsync<bool>("() => window.injected === 1")).ShouldBeFalse("the CSP should block inline scripts");
        for (var i = 0; i < 50 && session.Probe.ConsoleErrors.Count == 0; i++)
        {
            await Task.Delay(100); // console events arrive asynchronously
        }

        session.Probe.ConsoleErrors.ShouldContain(e => e.Contains("script-src", StringComparison.Ordinal));
    }

    /// <summary>Opens <paramref name="path"/>, expects 200 with a CSP header and, if given, the text in the h1.</summary>
    private static async Task CheckAsync(IPage page, string path, string? heading)
    {
        var response = await page.GotoAsync(path);
        response.ShouldNotBeNull();
        response.Status.ShouldBe(200, path);
        var headers = await response.AllHeadersAsync();
        headers.ShouldContainKey("content-security-policy", path);
        headers["content-security-policy"].ShouldContain("default-src 'self'", Case.Sensitive, path);
        if (heading is not null)
        {
            await Assertions.Expect(page.Locator("h1").First).ToContainTextAsync(heading);
        }

        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
