using System.Text.RegularExpressions;
using DanVan.E2E.Infrastructure;
using DanVan.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DanVan.E2E;

/// <summary>The province administrator records the government's swap with its citation, and the "from + N working days" answer moves.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CalendarTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task An_administrator_adds_a_swap_with_its_citation_and_the_working_day_count_changes()
    {
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress);
        var page = session.Page;
        await Ui.SubmitLoginAsync(page, "qtv.tinh", TestApp.DemoPassword);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/Mfa"));
        var key = (await page.Locator("#mfa-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.Locator("#Password").FillAsync(TestApp.DemoPassword);
        await page.Locator("#Code").FillAsync(Totp.Compute(key, DateTimeOffset.UtcNow));
        await page.Locator("#mfa-enable").ClickAsync();
        await Assertions.Expect(page.Locator("#main .alert-success")).ToContainTextAsync("Đã bật xác thực hai lớp");

        await page.GotoAsync("/Admin/Calendar?year=2026&from=2026-04-28&days=5");
        await Assertions.Expect(page.Locator("#cal-state-badge")).ToHaveTextAsync("Chưa xác nhận");
        await Assertions.Expect(page.Locator("#count-date")).ToContainTextAsync("07/05/2026");
        await Assertions.Expect(page.Locator("#count-provisional")).ToBeVisibleAsync();

        // A citation is required: the server says so in Vietnamese and nothing is added.
        await page.Locator("#cal-date").FillAsync("2026-04-29");
        await page.Locator("#cal-kind").SelectOptionAsync("DayOff");
        await page.Locator("#cal-name").FillAsync("Nghỉ hoán đổi (làm bù thứ Bảy 09/5)");
        await page.Locator("#cal-citation").EvaluateAsync("e => e.removeAttribute('required')");
        await page.Locator("#cal-add").ClickAsync();
        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("Vui lòng ghi căn cứ");
        await Assertions.Expect(page.Locator("#cal-entries tr[data-date='2026-04-29']")).ToHaveCountAsync(0);

        await page.Locator("#cal-citation").FillAsync("Thông báo số 99/TB-BNV ngày 01/4/2026 của Bộ Nội vụ: hoán đổi thứ Tư 29/4 với thứ Bảy 09/5/2026");
        await page.Locator("#cal-add").ClickAsync();
        await Assertions.Expect(page.Locator("#cal-entries tr[data-date='2026-04-29']")).ToContainTextAsync("99/TB-BNV");
        await Assertions.Expect(page.Locator("#cal-history li").First).ToContainTextAsync("Thêm ngày 29/04/2026");

        await page.Locator("#count-from").FillAsync("2026-04-28");
        await page.Locator("#count-days").FillAsync("5");
        await page.Locator("#count-go").ClickAsync();
        await Assertions.Expect(page.Locator("#count-date")).ToContainTextAsync("08/05/2026");
        await Assertions.Expect(page.Locator("#count-skipped")).ToContainTextAsync("29/04/2026 — Nghỉ hoán đổi");
        await Screenshots.SaveAsync(page, "80-calendar-swap-added");
    }
}
