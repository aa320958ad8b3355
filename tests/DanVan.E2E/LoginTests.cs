using DanVan.E2E.Infrastructure;
using DanVan.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DanVan.E2E;

[Collection(BrowserCollection.Name)]
public sealed class LoginTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task A_commendation_officer_signs_in_and_sees_the_province_and_its_counts()
    {
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress);
        var page = session.Page;

        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Đăng nhập DanVan");
        await Screenshots.SaveAsync(page, "01-login");

        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Tỉnh Sông Trà");
        await Assertions.Expect(page.Locator("#account-menu")).ToContainTextAsync("Phạm Thị Lan");
        var units = Count(await page.Locator("#count-units").InnerTextAsync());
        var people = Count(await page.Locator("#count-people").InnerTextAsync());
        units.ShouldBeGreaterThan(100, "the demo province has ~100 communes and wards plus departments");
        people.ShouldBeGreaterThan(100);
        await Screenshots.SaveAsync(page, "02-home-tdkt.snv");
        session.Probe.ShouldBeClean();
    }

    [BrowserFact]
    public async Task A_wrong_password_is_refused_with_a_vietnamese_message()
    {
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress);
        var page = session.Page;

        await Ui.SubmitLoginAsync(page, "tdkt.snv", "Sai-Mat-Khau-2026");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
        await Assertions.Expect(page.Locator("#account-menu")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "03-login-wrong-password");
        session.Probe.ShouldBeClean();
    }

    /// <summary>"1.234" (vi-VN thousands separator) or "1,234" → 1234.</summary>
    private static int Count(string text) =>
        int.Parse(new string(text.Where(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
}
