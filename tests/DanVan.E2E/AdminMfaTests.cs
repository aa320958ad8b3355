using System.Text.RegularExpressions;
using DanVan.E2E.Infrastructure;
using DanVan.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DanVan.E2E;

[Collection(BrowserCollection.Name)]
public sealed class AdminMfaTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task An_administrator_must_enable_totp_at_first_login_and_is_asked_for_a_code_from_then_on()
    {
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress);
        var page = session.Page;

        // First login: password only, then forced to set up TOTP before anything else.
        await Ui.SubmitLoginAsync(page, "admin", TestApp.AdminPassword);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/Mfa"));
        await Assertions.Expect(page.Locator(".alert-warning")).ToContainTextAsync("bắt buộc bật xác thực hai lớp");
        await Assertions.Expect(page.Locator(".dv-qr svg")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "30-admin-mfa-setup");

        // Other pages are closed until TOTP is on.
        await page.GotoAsync("/Admin/Users");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/Mfa"));

        var key = (await page.Locator("#mfa-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        key.ShouldMatch("^[A-Z2-7]{16,}$");
        await page.Locator("#Password").FillAsync(TestApp.AdminPassword); // enrolling asks for the password again
        await page.Locator("#Code").FillAsync("000000" == Totp.Compute(key, DateTimeOffset.UtcNow) ? "111111" : "000000");
        await page.Locator("#mfa-enable").ClickAsync();
        await Assertions.Expect(page.Locator("#main")).ToContainTextAsync("Mã xác thực không đúng");
        await Screenshots.SaveAsync(page, "31-admin-mfa-wrong-code");

        await page.Locator("#Password").FillAsync(TestApp.AdminPassword);
        await page.Locator("#Code").FillAsync(Totp.Compute(key, DateTimeOffset.UtcNow));
        await page.Locator("#mfa-enable").ClickAsync();
        await Assertions.Expect(page.Locator("#main .alert-success")).ToContainTextAsync("Đã bật xác thực hai lớp");
        await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10); // shown once
        await Screenshots.SaveAsync(page, "32-admin-mfa-enabled-recovery-codes");
        await page.Locator("#mfa-continue").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Ui.HomeUrl());
        await page.GotoAsync("/Admin/Users");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Admin/Users$"));

        await Ui.LogoutAsync(page);
        await Screenshots.SaveAsync(page, "33-logged-out");

        // Second login: the password alone is not enough any more.
        await Ui.SubmitLoginAsync(page, "admin", TestApp.AdminPassword);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/LoginMfa"));
        await Assertions.Expect(page.Locator("#account-menu")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "34-admin-login-totp-step");
        await page.Locator("input[name='Code']").FillAsync("123 45");
        await page.Locator("#mfa-submit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/LoginMfa"));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("6 chữ số");

        // A code is accepted once: the next one (the app's code 30 s later, within the allowed drift), not the enrolment's.
        await page.Locator("input[name='Code']").FillAsync(Totp.Compute(key, DateTimeOffset.UtcNow.AddSeconds(30)));
        await page.Locator("#mfa-submit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Ui.HomeUrl());
        await Assertions.Expect(page.Locator("#account-menu")).ToContainTextAsync("Quản trị hệ thống");
        await page.GotoAsync("/Admin/Users");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Admin/Users$"));
        await Assertions.Expect(page.Locator("#main")).ToContainTextAsync("tdkt.snv");
        await Screenshots.SaveAsync(page, "35-admin-users");
        await page.GotoAsync("/Admin/Audit");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Admin/Audit$"));
        await Screenshots.SaveAsync(page, "36-admin-audit");
        await Screenshots.SaveAsync(page, "36-admin-audit-first-screen", fullPage: false);
        session.Probe.ShouldBeClean();
    }
}
