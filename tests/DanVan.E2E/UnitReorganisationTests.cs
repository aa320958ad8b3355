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
    public async Task A_province_administrator_splits_a_commune_between_two_others_and_dissolves_another_from_a_later_date()
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

        // Another commune is dissolved from a month ahead: it keeps its work until then, and the page says where it goes.
        var (later, heir) = (await UnitIdAsync("XA008"), await UnitIdAsync("XA009"));
        var heirName = await fixture.App.WithDbAsync(db => db.Units.Where(u => u.Id == heir).Select(u => u.Name).SingleAsync());
        var date = DateTime.UtcNow.AddHours(7).AddDays(30);
        await page.GotoAsync($"/Units/Dissolve/{later}");
        await page.FillAsync("#Input_EffectiveOn", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#Input_Basis", "Nghị quyết số 31/NQ-HĐND ngày 01/12/2026");
        await page.SelectOptionAsync("#Input_SuccessorId", heir.ToString());
        await page.ClickAsync("#dissolve-save");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/Units/Details/{later}$"));
        var pending = page.Locator("#pending-handover");
        await Assertions.Expect(pending).ToContainTextAsync(
            $"Công việc sẽ chuyển cho {heirName} vào ngày {date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}");
        await Assertions.Expect(page.Locator("dl")).ToContainTextAsync("Đang hoạt động đến hết ngày");
        await Screenshots.SaveAsync(page, "17b-unit-pending-handover");

        // The decision is withdrawn: cancelling needs a reason, which the page then shows.
        await page.ClickAsync("#cancel-handover");
        await Assertions.Expect(pending.Locator(".alert-danger")).ToContainTextAsync("lý do");
        await page.Locator("#Cancel_Reason").FillAsync("Nghị quyết 31/NQ-HĐND bị thu hồi");
        await page.ClickAsync("#cancel-handover");
        await Assertions.Expect(page.Locator("#pending-handover")).ToContainTextAsync("Lý do: Nghị quyết 31/NQ-HĐND bị thu hồi");
        await Screenshots.SaveAsync(page, "17c-unit-handover-cancelled");

        // Part of a commune passes to another a month ahead: the chosen person stays until then, and the page says so.
        var person = await fixture.App.WithDbAsync(async db =>
        {
            var p = DanVan.Features.People.Person.Create(await db.Units.Where(u => u.Id == heir).Select(u => u.TenantId).SingleAsync(), heir,
                new DanVan.Features.People.PersonDetails("Đỗ Văn Hùng", DanVan.Features.People.Gender.Male, 1985, "Chuyên viên",
                    DanVan.Features.People.StaffCategory.CivilServant, "Kinh", true));
            db.People.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        await page.GotoAsync($"/Units/TransferPart/{heir}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("chuyển vào đúng ngày đó");
        await page.FillAsync("#Input_EffectiveOn", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#Input_Basis", "Nghị quyết số 32/NQ-HĐND ngày 01/12/2026");
        await page.SelectOptionAsync("#Input_ToId", north.ToString());
        await page.CheckAsync($"#person-{person}");
        await page.ClickAsync("#transfer-save");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/Units/Details/{heir}$"));
        await Assertions.Expect(page.Locator("#pending-handover")).ToContainTextAsync(
            $"Đỗ Văn Hùng sẽ chuyển sang {await fixture.App.WithDbAsync(db => db.Units.Where(u => u.Id == north).Select(u => u.Name).SingleAsync())} vào ngày {date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}");
        (await fixture.App.WithDbAsync(db => db.People.Where(p => p.Id == person).Select(p => p.UnitId).SingleAsync())).ShouldBe(heir);
        await Screenshots.SaveAsync(page, "17d-unit-pending-transfer-part");
        session.Probe.ShouldBeClean();
    }

    private Task<Guid> UnitIdAsync(string code) =>
        fixture.App.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());
}
