using System.Text.RegularExpressions;
using DanVan.E2E.Infrastructure;
using DanVan.Features.Awards;
using DanVan.Features.People;
using DanVan.Infrastructure.Excel;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DanVan.E2E;

/// <summary>The award register in the browser (issue 14 §4): import an office's book, find it without marks, see the card on the person's page (also on a phone).</summary>
[Collection(BrowserCollection.Name)]
public sealed class AwardRegisterTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task An_officer_imports_last_years_awards_finds_them_without_marks_and_sees_them_on_the_persons_page()
    {
        var app = fixture.App;
        var person = await app.WithDbAsync(async db =>
        {
            var office = await db.Units.SingleAsync(u => u.Code == "STP.P1");
            var p = Person.Create(office.TenantId, office.Id,
                new PersonDetails("Quách Văn Khen Thưởng", Gender.Male, 1984, "Chuyên viên", StaffCategory.CivilServant, null, null));
            db.People.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        await Ui.LoginAsync(page, "thidua.stp", TestApp.DemoPassword);

        await page.Locator("#menu-awards").ClickAsync(); // the menu's awards group
        await page.Locator("#nav").GetByRole(AriaRole.Link, new() { Name = "Sổ khen thưởng" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Awards/Register"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Nhập từ Excel" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Awards/RegisterImport"));
        await page.Locator("input[name='File']").SetInputFilesAsync(new FilePayload
        {
            Name = "so-khen-thuong-2024.xlsx",
            MimeType = ExcelHttp.ContentType,
            Buffer = Workbook([1, "Quách Văn Khen Thưởng", "STP.P1", "Lao động tiên tiến", 2024, "Thường xuyên", "15/QĐ-STP", "20/12/2024", null],
                [2, "Quách Văn Khen Thưởng", "STP.P1", "Chiến sĩ thi đua cơ sở", 2024, null, "16/QĐ-STP", "20/12/2024", "Sáng kiến cấp cơ sở"]),
        });
        await page.Locator("#import-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#import-ok")).ToContainTextAsync("Đã nhập thành công 2 / 2 dòng.");
        await Screenshots.SaveAsync(page, "70-awards-import");

        await page.GotoAsync("/Awards/Register");
        await page.Locator("#register-q").FillAsync("quach van khen thuong");
        await page.Locator("#register-filter").ClickAsync();
        var rows = page.Locator("#register-table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#register-table")).ToContainTextAsync("Chiến sĩ thi đua cơ sở");
        await Assertions.Expect(page.Locator("#register-table")).ToContainTextAsync("Số 16/QĐ-STP ngày 20/12/2024");
        await Screenshots.SaveAsync(page, "71-awards-register-search");

        await rows.First.GetByRole(AriaRole.Link, new() { Name = "Quách Văn Khen Thưởng", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/People/Details/{person}"));
        var card = page.Locator("#awards");
        await Assertions.Expect(card).ToContainTextAsync("Năm 2024: Chiến sĩ thi đua cơ sở");
        await Assertions.Expect(card).ToContainTextAsync("Quyết định số 15/QĐ-STP ngày 20/12/2024");
        await card.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "72-person-awards-card");
        await page.SetViewportSizeAsync(390, 844);
        await Assertions.Expect(card).ToBeVisibleAsync();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await Screenshots.SaveAsync(page, "73-person-awards-card-phone");
        (await app.WithDbAsync(db => db.AwardRecords.CountAsync(r => r.PersonId == person && r.SourceFile == "so-khen-thuong-2024.xlsx"))).ShouldBe(2);
        session.Probe.ShouldBeClean();
    }

    private static byte[] Workbook(params object?[][] rows)
    {
        using var stream = new MemoryStream();
        using (var xlsx = XlsxWriter.Create(stream))
        using (var sheet = xlsx.StartSheet(AwardRecordsExcel.SheetName, AwardRecordsExcel.Columns))
        {
            foreach (var row in rows)
            {
                sheet.WriteRow(row);
            }
        }

        return stream.ToArray();
    }
}
