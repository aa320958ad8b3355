using System.Net;
using DanVan.Features.Movements;
using DanVan.Features.Registrations;
using DanVan.Infrastructure.Web;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Features.Registrations;

/// <summary>A commune registers for the demo movement, its head approves, the province reopens, the deadline locks.</summary>
public sealed class RegistrationTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_unit_registers_titles_models_and_people_its_head_approves_and_the_deadline_locks_it(Provider provider)
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        var movement = await app.WithDbAsync(db => db.Movements.Where(m => m.Status == MovementStatus.Launched).Select(m => m.Id).SingleAsync());
        var xa001 = await app.UnitIdAsync("XA001");
        var url = $"/api/v1/movements/{movement}/registrations/{xa001}";
        using var officer = await app.ClientForAsync("thidua.xa001");
        using var head = await app.ClientForAsync("chutich.xa001");
        using var province = await app.ClientForAsync("tdkt.snv");

        var empty = await (await officer.GetAsync(url)).ReadAsync<RegistrationDto>();
        empty.Id.ShouldBeNull();
        empty.IsOpen.ShouldBeTrue();
        empty.CanEdit.ShouldBeTrue();

        object Body(params string[] titles) => new
        {
            titles, commitments = "Hoàn thành xuất sắc nhiệm vụ; xây dựng 01 mô hình “Dân vận khéo”.",
            models = new[] { new { name = "Zalo kết nối chính quyền với Nhân dân", field = "PoliticalSystem" }, new { name = "Tổ tự quản an ninh trật tự", field = "DefenceSecurity" } },
        };
        var saved = await (await officer.PutJsonAsync(url, Body("TTLDXS", "XA_TIEU_BIEU"))).ReadAsync<RegistrationDto>();
        saved.Titles.ShouldBe(["TTLDXS", "XA_TIEU_BIEU"]);
        saved.Models.Select(m => m.Name).ShouldBe(["Zalo kết nối chính quyền với Nhân dân", "Tổ tự quản an ninh trật tự"]);
        (await (await officer.PutJsonAsync(url, Body("KHONG_CO"))).ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe("Danh hiệu “KHONG_CO” không có trong danh mục.");

        // People in bulk from the commune (and its divisions); someone from another unit is refused, nothing is added.
        var own = await app.WithDbAsync(db => db.People.Where(p => p.Unit!.Path.StartsWith(db.Units.Single(u => u.Id == xa001).Path)).Select(p => p.Id).Take(3).ToListAsync());
        own.Count.ShouldBe(3);
        var stranger = await app.PersonInUnitAsync("SYT");
        (await (await officer.PostJsonAsync($"{url}/people", new { personIds = own.Append(stranger), title = "LDTT" })).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail.ShouldBe(RegistrationErrors.PersonNotInUnit.Message);
        var withPeople = await (await officer.PostJsonAsync($"{url}/people", new { personIds = own, title = "CSTDCS" })).ReadAsync<RegistrationDto>();
        withPeople.People.Count.ShouldBe(3);
        withPeople.People.ShouldAllBe(p => p.Title == "CSTDCS");
        (await (await officer.DeleteAsync($"{url}/people/{own[0]}")).ReadAsync<RegistrationDto>()).People.Count.ShouldBe(2);

        // The officer may not approve; the head does, and then it is locked.
        await (await officer.PostJsonAsync($"{url}/approve", new { })).ProblemAsync(HttpStatusCode.Forbidden);
        var approved = await (await head.PostJsonAsync($"{url}/approve", new { })).ReadAsync<RegistrationDto>();
        approved.Status.ShouldBe(RegistrationStatus.Approved);
        approved.CanEdit.ShouldBeFalse();
        (await (await officer.PutJsonAsync(url, Body("TTLDTT"))).ProblemAsync(HttpStatusCode.Conflict)).Detail.ShouldBe(RegistrationErrors.Approved.Message);

        // The province (who launched the movement) reopens it; the unit edits again.
        await (await officer.PostJsonAsync($"{url}/reopen", new { until = "2099-01-01" })).ProblemAsync(HttpStatusCode.Forbidden);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(7));
        (await (await province.PostJsonAsync($"{url}/reopen", new { until = today.AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })).ReadAsync<RegistrationDto>())
            .Status.ShouldBe(RegistrationStatus.Draft);
        (await (await officer.PutJsonAsync(url, Body("TTLDTT"))).ReadAsync<RegistrationDto>()).Titles.ShouldBe(["TTLDTT"]);

        // The list and the Excel file show it; units without a registration are listed as missing.
        var list = await (await province.GetAsync($"/api/v1/movements/{movement}/registrations?limit=200")).ReadAsync<Page<RegistrationRow>>();
        var row = list.Items.Single(r => r.UnitCode == "XA001");
        (row.Titles, row.Models, row.People).ShouldBe((1, 2, 2));
        var missing = await (await province.GetAsync($"/api/v1/movements/{movement}/registrations?missing=true&limit=200")).ReadAsync<Page<RegistrationRow>>();
        missing.Items.ShouldNotContain(r => r.UnitCode == "XA001");
        missing.Items.ShouldAllBe(r => r.RegistrationId == null);
        using var xlsx = await province.GetAsync($"/api/v1/movements/{movement}/registrations/export.xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);

        // Past the registration deadline and the reopening, the registration is locked.
        clock.Advance(TimeSpan.FromDays(60));
        using var later = await app.ClientForAsync("thidua.xa001"); // the earlier token has expired by now
        (await (await later.PutJsonAsync(url, Body("TTLDXS"))).ProblemAsync(HttpStatusCode.Conflict)).Detail.ShouldBe(RegistrationErrors.Locked.Message);
        (await (await later.GetAsync(url)).ReadAsync<RegistrationDto>()).IsOpen.ShouldBeFalse();
    }
}
