using DanVan.E2E.Infrastructure;
using DanVan.Features.People;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DanVan.E2E;

/// <summary>Two officers edit the same person in two browsers: the second save is refused in place, their input kept (ADR 0013).</summary>
[Collection(BrowserCollection.Name)]
public sealed class LostUpdateTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task The_second_of_two_officers_editing_one_person_is_told_and_keeps_their_input()
    {
        var personId = await fixture.App.WithDbAsync(async db =>
        {
            var unit = await db.Units.Where(u => u.Code == "STP").Select(u => new { u.Id, u.TenantId }).SingleAsync();
            var person = Person.Create(unit.TenantId, unit.Id,
                new PersonDetails("Phạm Thị Lan", Gender.Female, 1982, "Chuyên viên", StaffCategory.CivilServant, "Kinh", true));
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });
        await using var first = await browser.NewSessionAsync(fixture.App.BaseAddress);
        await using var second = await browser.NewSessionAsync(fixture.App.BaseAddress);
        foreach (var session in new[] { first, second })
        {
            await Ui.LoginAsync(session.Page, "thidua.stp", TestApp.DemoPassword);
            await session.Page.GotoAsync($"/People/Edit/{personId}");
        }

        await first.Page.GetByLabel("Họ và tên").FillAsync("Phạm Thị Lan Anh");
        await first.Page.Locator("#person-save").ClickAsync();
        await first.Page.WaitForURLAsync($"**/People/Details/{personId}");

        await second.Page.GetByLabel("Họ và tên").FillAsync("Phạm Lan");
        await second.Page.Locator("#person-save").ClickAsync();
        await Assertions.Expect(second.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("đã được người khác sửa lúc");
        await Assertions.Expect(second.Page.GetByLabel("Họ và tên")).ToHaveValueAsync("Phạm Lan");
        await Screenshots.SaveAsync(second.Page, "60-person-edit-stale");
        (await fixture.App.WithDbAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.FullName).SingleAsync())).ShouldBe("Phạm Thị Lan Anh");
        first.Probe.ShouldBeClean();
    }
}
