using System.Text.RegularExpressions;
using DanVan.E2E.Infrastructure;
using DanVan.Features.People;
using DanVan.Features.Ratings;
using DanVan.Infrastructure.Excel;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DanVan.E2E;

/// <summary>Staff ratings in the browser (issue 13 §6): enter, change with the required reason, import with one bad row.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RatingsTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task An_officer_rates_a_person_a_change_asks_for_a_reason_and_an_import_with_a_bad_row_names_it()
    {
        var app = fixture.App;
        var person = await app.WithDbAsync(async db =>
        {
            var office = await db.Units.SingleAsync(u => u.Code == "STP.P1");
            var p = Person.Create(office.TenantId, office.Id,
                new PersonDetails("Quách Thị Xếp Hạng", Gender.Female, 1987, "Chuyên viên", StaffCategory.CivilServant, null, null));
            db.People.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        await Ui.LoginAsync(page, "thidua.stp", TestApp.DemoPassword);

        await page.GotoAsync("/Ratings?year=2025&q=" + Uri.EscapeDataString("quach thi xep hang"));
        var row = page.Locator($"#person-{person}");
        await Assertions.Expect(row).ToContainTextAsync("Chưa xếp loại");
        await row.Locator("select[name='Input.Level']").SelectOptionAsync("Good");
        await row.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu xếp loại năm 2025 của Quách Thị Xếp Hạng: Hoàn thành tốt nhiệm vụ.");
        await Assertions.Expect(row).ToContainTextAsync("Hoàn thành tốt nhiệm vụ");

        // Raising it without saying why is refused in place, nothing saved; with the reason it is kept, with its history.
        await row.Locator("select[name='Input.Level']").SelectOptionAsync("Excellent");
        await row.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(page.Locator("#rating-errors")).ToContainTextAsync("vui lòng nhập lý do thay đổi xếp loại");
        await Assertions.Expect(row).ToHaveClassAsync(new Regex("table-danger"));
        await Screenshots.SaveAsync(page, "60-ratings-reason-required");
        (await app.WithDbAsync(db => db.PersonRatings.Where(r => r.PersonId == person).Select(r => r.Level).SingleAsync())).ShouldBe(RatingLevel.Good);
        await row.Locator("input[name='Input.Reason']").FillAsync("Bổ sung sáng kiến được công nhận");
        await row.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Hoàn thành xuất sắc nhiệm vụ");
        await Screenshots.SaveAsync(page, "61-ratings-list");

        await page.GotoAsync($"/People/Details/{person}");
        var card = page.Locator("#rating-2025");
        await Assertions.Expect(card).ToContainTextAsync("Năm 2025: Hoàn thành xuất sắc nhiệm vụ");
        await Assertions.Expect(card).ToContainTextAsync("“Hoàn thành tốt nhiệm vụ” → “Hoàn thành xuất sắc nhiệm vụ” — lý do: Bổ sung sáng kiến được công nhận");
        await Screenshots.SaveAsync(page, "62-person-rating-history");

        // The unit's own spreadsheet, one row naming someone who is not in the unit: the report names that row, nothing is saved.
        await page.GotoAsync("/Ratings?year=2025");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nhập từ Excel" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Ratings/Import"));
        var before = await app.WithDbAsync(db => db.PersonRatingChanges.CountAsync());
        await page.Locator("input[name='File']").SetInputFilesAsync(new FilePayload
        {
            Name = "xep-loai-2024.xlsx",
            MimeType = ExcelHttp.ContentType,
            Buffer = Workbook([1, "Quách Thị Xếp Hạng", "Chuyên viên", "STP.P1", 2024, "Hoàn thành tốt nhiệm vụ", null, null],
                [2, "Người Không Có", "Chuyên viên", "STP.P1", 2024, "Xuất sắc", null, null]),
        });
        await page.Locator("#import-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#import-failed")).ToContainTextAsync("Chưa có dòng nào được nhập");
        var errors = page.Locator("#import-errors tbody tr");
        await Assertions.Expect(errors).ToHaveCountAsync(1);
        await Assertions.Expect(errors.First.Locator("td").Nth(0)).ToHaveTextAsync("3");
        await Assertions.Expect(errors.First.Locator("td").Nth(1)).ToHaveTextAsync("Họ và tên");
        await Assertions.Expect(errors.First.Locator("td").Nth(2)).ToContainTextAsync("Không tìm thấy “Người Không Có”");
        await Screenshots.SaveAsync(page, "63-ratings-import-bad-row");
        (await app.WithDbAsync(db => db.PersonRatingChanges.CountAsync())).ShouldBe(before);
        session.Probe.ShouldBeClean();
    }

    private static byte[] Workbook(params object?[][] rows)
    {
        using var stream = new MemoryStream();
        using (var xlsx = XlsxWriter.Create(stream))
        using (var sheet = xlsx.StartSheet(RatingsExcel.SheetName, RatingsExcel.Columns))
        {
            foreach (var row in rows)
            {
                sheet.WriteRow(row);
            }
        }

        return stream.ToArray();
    }
}
