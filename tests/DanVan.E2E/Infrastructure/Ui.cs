using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DanVan.E2E.Infrastructure;

/// <summary>Steps every browser test shares: signing in and out through the Vietnamese pages.</summary>
public static partial class Ui
{
    /// <summary>Fills the login form and submits it; does not check where it lands.</summary>
    public static async Task SubmitLoginAsync(IPage page, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_UserName").FillAsync(userName);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("#login-submit").ClickAsync(); // callers assert where it lands (expectations wait)
    }

    /// <summary>Signs in a user without TOTP and waits for the home page.</summary>
    public static async Task LoginAsync(IPage page, string userName, string password)
    {
        await SubmitLoginAsync(page, userName, password);
        await Assertions.Expect(page).ToHaveURLAsync(HomeUrl());
        await Assertions.Expect(page.Locator("#count-units")).ToBeVisibleAsync();
    }

    public static async Task LogoutAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator("#account-menu").ClickAsync();
        await page.Locator("#logout").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bạn đã đăng xuất" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#account-menu")).ToHaveCountAsync(0);
    }

    /// <summary>The site root, with or without a trailing slash or query.</summary>
    [GeneratedRegex(@"^https?://[^/]+/?(\?.*)?$")]
    public static partial Regex HomeUrl();
}
