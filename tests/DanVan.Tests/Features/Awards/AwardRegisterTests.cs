using System.Net;
using DanVan.Features.Awards;
using DanVan.Infrastructure.Web;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Awards;

public sealed class AwardRegisterTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string Register = "/api/v1/award-records";

    private static Task<Guid> KindAsync(TestApp app, string code) =>
        app.WithDbAsync(db => db.AwardKinds.Where(k => k.Code == code && db.Units.Any(u => u.Code == "STP" && u.TenantId == k.TenantId))
            .Select(k => k.Id).SingleAsync());

    private static object Entry(Guid kind, Guid? personId, int year, string number, string subject = "Individual", Guid? unitId = null,
        string? household = null, string type = "Regular") => new
    {
        awardKindId = kind, subject, personId, unitId, householdName = household, year, type, decisionNumber = number,
        decisionDate = $"{year}-12-20",
    };

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_entry_is_listed_found_without_marks_shown_on_the_person_and_refused_twice_for_the_same_year(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var person = await app.CreatePersonAsync(await app.UnitIdAsync("STP.P1"), "Hoàng Thị Khen Thưởng");
        var worker = await KindAsync(app, "lao-dong-tien-tien");

        using var created = await client.PostJsonAsync(Register, Entry(worker, person, 2024, "12/QĐ-STP"));
        var entry = await created.ReadAsync<AwardRecordDto>(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/people/{person}/awards");
        (entry.HolderName, entry.AwardCode, entry.Year, entry.Type, entry.CountsForMerit).ShouldBe(("Hoàng Thị Khen Thưởng", "lao-dong-tien-tien", 2024,
            CommendationType.Regular, true));

        var found = await (await client.GetAsync($"{Register}?q=hoang%20thi%20khen")).ReadAsync<Page<AwardRecordDto>>();
        found.Items.ShouldHaveSingleItem().Id.ShouldBe(entry.Id);
        var byNumber = await (await client.GetAsync($"{Register}?q={Uri.EscapeDataString("12/QĐ-STP")}&year=2024")).ReadAsync<Page<AwardRecordDto>>();
        byNumber.Items.Select(i => i.Id).ShouldContain(entry.Id);

        var history = await (await client.GetAsync($"/api/v1/people/{person}/awards")).ReadAsync<GetAwardHistory.Card>();
        var fact = history.Awards.ShouldHaveSingleItem();
        (fact.KindCode, fact.Year, fact.Citation, fact.Link).ShouldBe(("lao-dong-tien-tien", 2024, "Quyết định số 12/QĐ-STP ngày 20/12/2024",
            $"/People/Details/{person}#award-{entry.Id}"));
        history.CanAdd.ShouldBeTrue();

        using var twice = await client.PostJsonAsync(Register, Entry(worker, person, 2024, "99/QĐ-STP"));
        var conflict = await twice.ProblemAsync(HttpStatusCode.Conflict);
        conflict.Detail.ShouldBe("“Hoàng Thị Khen Thưởng” đã có “Lao động tiên tiến” năm 2024 trong sổ khen thưởng (quyết định số 12/QĐ-STP); "
            + "mỗi danh hiệu, hình thức chỉ ghi một lần mỗi năm.");
        (await app.WithDbAsync(db => db.AwardRecords.CountAsync(r => r.PersonId == person))).ShouldBe(1);

        // Keyset pages: by name, newest year first.
        (await client.PostJsonAsync(Register, Entry(worker, person, 2023, "7/QĐ-STP"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var page1 = await (await client.GetAsync($"{Register}?q=hoang%20thi%20khen&limit=1")).ReadAsync<Page<AwardRecordDto>>();
        page1.Items.Single().Year.ShouldBe(2024);
        var page2 = await (await client.GetAsync($"{Register}?q=hoang%20thi%20khen&limit=1&cursor={page1.NextCursor}")).ReadAsync<Page<AwardRecordDto>>();
        page2.Items.Single().Year.ShouldBe(2023);
        page2.NextCursor.ShouldBeNull();
        await (await client.GetAsync($"{Register}?cursor=abc")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_entries_are_refused_in_Vietnamese_and_nothing_is_saved(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("thidua.stp");
        using var viewer = await app.ClientForAsync("xem");
        var person = await app.CreatePersonAsync(await app.UnitIdAsync("STP.P1"), "Trương Văn Từ Chối");
        var outside = await app.CreatePersonAsync(await app.UnitIdAsync("SYT"), "Vũ Thị Ngoài Phạm Vi");
        var worker = await KindAsync(app, "lao-dong-tien-tien");
        var collectiveOnly = await KindAsync(app, "tap-the-lao-dong-tien-tien");
        var before = await app.WithDbAsync(db => db.AwardRecords.CountAsync());

        (await (await officer.PostJsonAsync(Register, Entry(collectiveOnly, person, 2024, "1/QĐ"))).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail.ShouldBe("“Tập thể lao động tiên tiến” không dành cho cá nhân.");
        (await (await officer.PostJsonAsync(Register, Entry(Guid.NewGuid(), person, 2024, "1/QĐ"))).ProblemAsync(HttpStatusCode.NotFound))
            .Detail!.ShouldStartWith("Không tìm thấy danh hiệu, hình thức khen thưởng");
        (await (await officer.PostJsonAsync(Register, Entry(worker, person, 1900, "1/QĐ"))).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail!.ShouldStartWith("Năm thành tích phải từ 1945 đến");
        (await (await officer.PostJsonAsync(Register, new { awardKindId = worker, subject = "Individual", personId = person, year = 2024, decisionNumber = "1/QĐ",
            decisionDate = "2023-05-01" })).ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe("Ngày quyết định phải từ năm thành tích (2024) trở về sau.");
        var missing = await (await officer.PostJsonAsync(Register, new { awardKindId = worker, subject = "Individual", personId = person, year = 2024 }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        missing.AllText.ShouldContain("Vui lòng nhập số quyết định khen thưởng.");
        missing.AllText.ShouldContain("Vui lòng nhập ngày quyết định.");
        await (await officer.PostJsonAsync(Register, Entry(worker, outside, 2024, "1/QĐ"))).ProblemAsync(HttpStatusCode.NotFound);
        (await (await viewer.PostJsonAsync(Register, Entry(worker, person, 2024, "1/QĐ"))).ProblemAsync(HttpStatusCode.Forbidden))
            .Detail!.ShouldContain("“Trương Văn Từ Chối”");
        (await (await officer.PostJsonAsync(Register, Entry(await KindAsync(app, "gia-dinh-van-hoa"), null, 2024, "1/QĐ", "Household", await app.UnitIdAsync("STP"))))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe("Vui lòng nhập tên hộ gia đình (họ tên chủ hộ).");
        (await app.WithDbAsync(db => db.AwardRecords.CountAsync())).ShouldBe(before);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Collectives_and_households_are_written_and_each_office_lists_only_its_scope(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var stp = await app.ClientForAsync("thidua.stp");
        using var syt = await app.ClientForAsync("thidua.syt");
        var division = await app.CreateUnitAsync(await app.UnitIdAsync("STP"),
            await app.WithDbAsync(db => db.UnitKinds.Where(k => k.Code == "DIV").Select(k => k.Id).SingleAsync()), "STP.KT", "Phòng Khen thưởng thử");
        var bangKhen = await KindAsync(app, "bang-khen-chu-tich-tinh");
        var household = "Hộ ông Nguyễn Văn Nhất Thử".Normalize(System.Text.NormalizationForm.FormD); // NFD from the client: stored NFC

        var unitEntry = await (await stp.PostJsonAsync(Register, Entry(bangKhen, null, 2025, "5/QĐ-UBND", "Collective", division)))
            .ReadAsync<AwardRecordDto>(HttpStatusCode.Created);
        var home = await (await stp.PostJsonAsync(Register, Entry(bangKhen, null, 2025, "6/QĐ-UBND", "Household", division, household, "Thematic")))
            .ReadAsync<AwardRecordDto>(HttpStatusCode.Created);
        unitEntry.HolderName.ShouldBe(await app.WithDbAsync(db => db.Units.Where(u => u.Id == division).Select(u => u.Name).SingleAsync()));
        (home.HolderName, home.Subject, home.CountsForMerit).ShouldBe(("Hộ ông Nguyễn Văn Nhất Thử", AwardSubject.Household, false));

        var mine = await (await stp.GetAsync($"{Register}?unitId={division}&limit=200")).ReadAsync<Page<AwardRecordDto>>();
        mine.Items.Select(i => i.Id).ShouldBe(new[] { unitEntry.Id, home.Id }, ignoreOrder: true);
        (await (await syt.GetAsync($"{Register}?q=nhat thu")).ReadAsync<Page<AwardRecordDto>>()).Items.ShouldBeEmpty();
        await (await syt.GetAsync($"{Register}?unitId={division}")).ProblemAsync(HttpStatusCode.NotFound);
        var card = await (await stp.GetAsync($"/api/v1/units/{division}/awards")).ReadAsync<GetAwardHistory.Card>();
        card.Awards.ShouldHaveSingleItem().RecordId.ShouldBe(unitEntry.Id); // households are the commune's register, not the unit's awards
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_history_makes_real_chains_and_a_successor_holds_its_predecessors_awards(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var province = await app.ClientForAsync("tdkt.snv");
        var (successor, district, merged) = await app.WithDbAsync(async db =>
        {
            var oldCommune = await db.Units.Where(u => u.Code == "XA-CU-01").Select(u => u.Id).SingleAsync();
            var heir = await db.UnitSuccessions.Where(s => s.PredecessorId == oldCommune).Select(s => s.SuccessorId).SingleAsync();
            return (heir, await db.Units.Where(u => u.Code == "H01-CU").Select(u => u.Id).SingleAsync(), oldCommune);
        });

        var facts = await app.WithDbAsync(async db =>
        {
            var tenantId = await db.Units.Where(u => u.Id == successor).Select(u => u.TenantId).SingleAsync();
            return (await AwardHistory.ForUnitsAsync(db, tenantId, [successor])).SelectMany(g => g).ToList();
        });
        facts.Where(f => f.ViaPredecessor == district).Select(f => f.Year).Distinct().Order().ShouldBe([2022, 2023, 2024]);
        facts.ShouldContain(f => f.ViaPredecessor == merged && f.KindCode == "giay-khen");
        AwardHistory.ConsecutiveYears(facts, "tap-the-lao-dong-tien-tien", 2025).ShouldBe(4); // the district's 2022–2024, its own 2025

        var card = await (await province.GetAsync($"/api/v1/units/{successor}/awards")).ReadAsync<GetAwardHistory.Card>();
        card.Awards.Select(a => a.Year).ShouldBeInOrder(SortDirection.Descending);
        card.Predecessors!.Keys.ShouldContain(district);

        var chains = await app.WithDbAsync(async db =>
        {
            var tenantId = await db.Units.Where(u => u.Id == successor).Select(u => u.TenantId).SingleAsync();
            var people = await db.AwardRecords.Where(r => r.TenantId == tenantId && r.PersonId != null).Select(r => r.PersonId!.Value).Distinct().ToListAsync();
            var history = await AwardHistory.ForPeopleAsync(db, tenantId, people);
            return people.Select(p => AwardHistory.ConsecutiveYears(history[p], "chien-si-thi-dua-co-so", 2025)).ToList();
        });
        chains.Count(c => c == 3).ShouldBeGreaterThanOrEqualTo(8);
        chains.ShouldContain(2);
    }
}
