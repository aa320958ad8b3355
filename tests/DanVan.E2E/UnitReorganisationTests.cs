using System.Text.RegularExpressions;
using DanVan.E2E.Infrastructure;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DanVan.E2E;

[Collection(BrowserCollection.Name)]
public sealed class UnitReorganisationTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task A_province_administrator_splits_a_commune_between_two_others_and_sees_the_links()
    {
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress);
        var page = session.Page;
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        // A province administrator must turn on two-factor sign-in first (MfaPolicy).
        await Ui.SubmitLoginAsync(page, "qtv.tinh", TestApp.DemoPassword);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/Mfa"));
        var key = (await page.Locator("#mfa-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.Locator("#Password").FillAsync(TestApp.DemoPassword);
        await page.Locator("#Code").FillAsync(Totp.Compute(key, DateTimeOffset.UtcNow));
        await page.Locator("#mfa-enable").ClickAsync();
        await Assertions.Expect(page.Locator("#main .alert-success")).ToContainTextAsync("Đã bật xác thực hai lớp");
        var (split, north, south) = (await UnitIdAsync("XA005"), await UnitIdAsync("XA006"), await UnitIdAsync("XA007"));

        await page.GotoAsync($"/Units/Dissolve/{split}");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Giải thể");
        await Screenshots.SaveAsync(page, "15-unit-dissolve-form");

        await page.GotoAsync($"/Units/Details/{split}");
        await page.Locator("a", new() { HasText = "Chia, tách" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/Units/Split/{split}$"));
        await page.FillAsync("#Input_EffectiveOn", DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#Input_Basis", "Nghị quyết số 30/NQ-HĐND ngày 01/12/2026");
        await page.SelectOptionAsync("#Input_Parts_0__SuccessorId", north.ToString());
        await page.FillAsync("#Input_Parts_0__SharePercent", "60");
        await page.FillAsync("#Input_Parts_0__Description", "Thôn Đông, thôn Tây");
        await page.SelectOptionAsync("#Input_Parts_1__SuccessorId", south.ToString());
        await page.FillAsync("#Input_Parts_1__SharePercent", "40");
        await page.FillAsync("#Input_Parts_1__Description", "Thôn Nam");
        await page.SelectOptionAsync("#Input_Handover_AllTo", north.ToString());
        await page.SelectOptionAsync("#Input_Handover_ModelsTo", south.ToString());
        await Screenshots.SaveAsync(page, "16-unit-split-form");
        await page.ClickAsync("#split-save");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/Units/Details/{split}$"));
        await Assertions.Expect(page.Locator("dl")).ToContainTextAsync("Ngừng hoạt động từ");
        await Assertions.Expect(page.Locator(".dv-card", new() { HasText = "Lịch sử sắp xếp" })).ToContainTextAsync("Chia tách: được kế thừa bởi");
        await Screenshots.SaveAsync(page, "17-unit-split-done");
        session.Probe.ShouldBeClean();
    }

    private Task<Guid> UnitIdAsync(string code) =>
        fixture.App.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());
}
