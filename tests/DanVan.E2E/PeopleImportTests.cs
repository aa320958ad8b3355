using System.Text.RegularExpressions;
using DanVan.E2E.Infrastructure;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DanVan.E2E;

[Collection(BrowserCollection.Name)]
public sealed class PeopleImportTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly string[] NewNames = ["Tôn Nữ Diệu Linh", "Lạc Văn Khởi", "Âu Thị Ngọc Trâm"];

    [BrowserFact]
    public async Task A_file_with_a_bad_row_is_refused_with_its_row_number_and_a_good_file_is_imported()
    {
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress);
        var page = session.Page;
        await Ui.LoginAsync(page, "thidua.stp", TestApp.DemoPassword);

        await page.GotoAsync("/People");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nhập từ Excel" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/People/Import$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Nhập danh sách cán bộ từ Excel");
        await Screenshots.SaveAsync(page, "40-people-import");

        // The template, downloaded from the page's own link with the user's cookie.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#import-template").ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".xlsx");
        var template = await File.ReadAllBytesAsync((await download.PathAsync())!);

        var before = await PeopleCountAsync();
        var bad = PeopleWorkbook.Fill(template,
        [
            [NewNames[0], "Nữ", 1988, "Chuyên viên", "Công chức", "STP.P1", "Kinh", "Có"],
            [null, "Nam", 1990, "Chuyên viên", "Viên chức", "STP.DV1", null, null], // row 3: no name
            [NewNames[1], "Nam", 1979, "Phó Trưởng phòng", "Công chức", "STP.P2", null, "Không"],
        ]);
        // While the server checks the file the button says so and cannot be pressed twice (the answer is held back
        // a moment here so the state can be seen).
        await page.RouteAsync("**/People/Import", async route =>
        {
            if (route.Request.Method == "POST")
            {
                await Task.Delay(3000);
            }

            await route.ContinueAsync();
        });
        await page.Locator("input[name='File']").SetInputFilesAsync(new FilePayload
        {
            Name = "bad-row-3.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = bad,
        });
        // Locators would wait for the pending navigation: the page's own script clicks and reads the button at once.
        var busy = await page.Locator("#import-submit").EvaluateAsync<string?[]>(
            "b => { b.click(); return [String(b.disabled), b.textContent, b.getAttribute('aria-busy')]; }");
        busy.ShouldBe(["true", "Đang kiểm tra và nhập… (tệp lớn có thể mất vài chục giây)", "true"]);
        await Assertions.Expect(page.Locator("#import-failed")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.UnrouteAllAsync();

        await Assertions.Expect(page.Locator("#import-failed")).ToContainTextAsync("Chưa có dòng nào được nhập");
        var errors = page.Locator("#import-errors tbody tr");
        await Assertions.Expect(errors).ToHaveCountAsync(1);
        await Assertions.Expect(errors.First.Locator("td").Nth(0)).ToHaveTextAsync("3");
        await Assertions.Expect(errors.First.Locator("td").Nth(1)).ToHaveTextAsync("Họ và tên");
        await Assertions.Expect(errors.First.Locator("td").Nth(2)).ToContainTextAsync("họ và tên");
        await Screenshots.SaveAsync(page, "41-people-import-errors");
        (await PeopleCountAsync()).ShouldBe(before, "nothing may be imported from a file with a bad row");

        var good = PeopleWorkbook.Fill(template,
        [
            [NewNames[0], "Nữ", 1988, "Chuyên viên", "Công chức", "STP.P1", "Kinh", "Có"],
            [NewNames[1], "Nam", 1979, "Phó Trưởng phòng", "Công chức", "STP.P2", null, "Không"],
            [NewNames[2], "Nữ", 1995, null, "Viên chức", "STP.DV1", null, null],
        ]);
        await UploadAsync(page, "good.xlsx", good);

        await Assertions.Expect(page.Locator("#import-ok")).ToContainTextAsync("3 / 3");
        await Assertions.Expect(page.Locator("#import-errors")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "42-people-import-ok");
        (await PeopleCountAsync()).ShouldBe(before + 3);

        // The new people are in the list, found without diacritics, in their units.
        await page.GotoAsync("/People?q=" + Uri.EscapeDataString("lac van khoi"));
        await Assertions.Expect(page.Locator("#people-table tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#people-table")).ToContainTextAsync("Lạc Văn Khởi");
        await Assertions.Expect(page.Locator("#people-table")).ToContainTextAsync("Phòng Phổ biến, giáo dục pháp luật");
        await page.GotoAsync("/People");
        var names = await page.Locator("#people-table tbody tr td:first-child").AllInnerTextsAsync();
        foreach (var name in NewNames)
        {
            names.ShouldContain(name);
        }
        await Screenshots.SaveAsync(page, "43-people-list-after-import");
        session.Probe.ShouldBeClean();
    }

    private Task<int> PeopleCountAsync() => fixture.App.WithDbAsync(db => db.People.CountAsync());

    private static async Task UploadAsync(IPage page, string name, byte[] content)
    {
        await page.Locator("input[name='File']").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = content,
        });
        await page.Locator("#import-submit").ClickAsync();
        await page.WaitForURLAsync(new Regex("/People/Import$"));
    }
}
