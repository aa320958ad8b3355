using System.Text.RegularExpressions;
using DanVan.E2E.Infrastructure;
using DanVan.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DanVan.E2E;

[Collection(BrowserCollection.Name)]
public sealed class PeopleSearchTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task A_search_typed_without_diacritics_finds_vietnamese_names()
    {
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress);
        var page = session.Page;
        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);
        await page.GotoAsync("/People");
        await Assertions.Expect(page.Locator("#people-table tbody tr").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "20-people-list");

        await SearchAsync(page, "nguyen van an");
        await Assertions.Expect(page.Locator("#people-table")).ToContainTextAsync("Nguyễn Văn Ấn");
        await Assertions.Expect(page.Locator("#people-q")).ToHaveValueAsync("nguyen van an");
        await Screenshots.SaveAsync(page, "21-people-search-nguyen-van-an");

        // "dao" matches the family name Đào (đ folds to d), which SQLite's own lower()/LIKE would miss.
        await SearchAsync(page, "dao");
        var names = await page.Locator("#people-table tbody tr td:first-child").AllInnerTextsAsync();
        names.ShouldNotBeEmpty();
        names.ShouldContain("Đào Thị Hoa");
        names.ShouldAllBe(n => n.Trim().StartsWith("Đào ", StringComparison.Ordinal));
        await Screenshots.SaveAsync(page, "22-people-search-dao");

        await SearchAsync(page, "khong co ai ten nay");
        await Assertions.Expect(page.Locator("#people-empty")).ToContainTextAsync("Không có người nào phù hợp");
        await Assertions.Expect(page.Locator("#people-table")).ToHaveCountAsync(0);
        session.Probe.ShouldBeClean();
    }

    private static async Task SearchAsync(IPage page, string text)
    {
        await page.Locator("#people-q").FillAsync(text);
        await page.Locator("#people-search").ClickAsync();
        // The address is polled, not a load event waited for (a load event missed under a busy machine timed out once in CI);
        // the assertions after it wait for the content itself.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"[?&]q=" + Regex.Escape(Uri.EscapeDataString(text)).Replace("%20", @"(\+|%20)", StringComparison.Ordinal) + "(&|$)"));
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
