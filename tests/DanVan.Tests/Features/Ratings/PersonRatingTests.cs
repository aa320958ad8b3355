using System.Net;
using DanVan.Features.Ratings;
using DanVan.Infrastructure.Web;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Ratings;

public sealed class PersonRatingTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static string Rating(Guid person, int year) => $"/api/v1/people/{person}/ratings/{year}";

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_unit_officer_rates_a_person_and_changing_the_rating_needs_a_reason_and_keeps_the_history(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var person = await app.CreatePersonAsync(await app.UnitIdAsync("STP.P1"), "Nguyễn Thị Xếp Loại");

        using var entered = await client.PutJsonAsync(Rating(person, 2025), new { level = "Good", note = "Theo biên bản họp ngày 15/12" });
        var first = await entered.ReadAsync<RatingDto>();
        first.LevelLabel.ShouldBe("Hoàn thành tốt nhiệm vụ");
        first.UnitName.ShouldBe(await app.WithDbAsync(db => db.Units.Where(u => u.Code == "STP.P1").Select(u => u.Name).SingleAsync()));
        entered.Headers.ETag!.Tag.ShouldBe(Versions.ETag(first.Version));

        using var noReason = await client.PutJsonAsync(Rating(person, 2025), new { level = "Excellent" });
        var problem = await noReason.ProblemAsync(HttpStatusCode.BadRequest);
        problem.Detail.ShouldBe("Người này đã được xếp loại “Hoàn thành tốt nhiệm vụ”; vui lòng nhập lý do thay đổi xếp loại.");

        using var request = new HttpRequestMessage(HttpMethod.Put, Rating(person, 2025))
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { level = "Excellent", reason = "Hội đồng xét lại sau khi bổ sung sáng kiến" }, options: Api.Json),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(Versions.ETag(first.Version)));
        var changed = await (await client.SendAsync(request)).ReadAsync<RatingDto>();
        changed.Level.ShouldBe(RatingLevel.Excellent);
        changed.Note.ShouldBeNull();

        var detail = await (await client.GetAsync($"/api/v1/people/{person}/ratings")).ReadAsync<GetPersonRatings.Detail>();
        var year = detail.Years.ShouldHaveSingleItem();
        year.LevelLabel.ShouldBe("Hoàn thành xuất sắc nhiệm vụ");
        year.History.Select(h => (h.From, h.To, h.Reason)).ShouldBe([
            (RatingLevel.Good, RatingLevel.Excellent, "Hội đồng xét lại sau khi bổ sung sáng kiến"),
            ((RatingLevel?)null, RatingLevel.Good, (string?)null),
        ]);
        year.History.ShouldAllBe(h => h.UserName == "thidua.stp");

        using var stale = new HttpRequestMessage(HttpMethod.Put, Rating(person, 2025))
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { level = "Completed", reason = "Sửa theo bản cũ" }, options: Api.Json),
        };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(Versions.ETag(first.Version)));
        (await (await client.SendAsync(stale)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("stale");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_unit_officer_records_a_discipline_on_the_persons_page_and_bad_dates_are_refused_in_place(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var person = await app.CreatePersonAsync(await app.UnitIdAsync("STP.P1"), "Trần Văn Kỷ Luật");
        using var page = await app.SignedInAsync("thidua.stp");
        var url = $"/People/Details/{person}";
        (await (await page.GetAsync(url)).Content.ReadAsStringAsync()).ShouldContain("id=\"discipline-form\"");
        async Task<HttpResponseMessage> PostAsync(string from) => await page.PostAsync(url + "?handler=Discipline", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = await CookieSession.FormTokenAsync(page, url), ["Discipline.Kind"] = "Reprimand",
                ["Discipline.DecisionNumber"] = "12/QĐ-STP", ["Discipline.DecisionDate"] = "2025-03-01", ["Discipline.From"] = from,
            }));

        using (var refused = await PostAsync("2025-02-01"))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain(RatingErrors.DisciplineBeforeDecision.Message);
        }

        (await app.WithDbAsync(db => db.Disciplines.CountAsync(d => d.PersonId == person))).ShouldBe(0);
        using (var saved = await PostAsync("2025-03-02"))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var html = WebUtility.HtmlDecode(await (await page.GetAsync(url)).Content.ReadAsStringAsync());
        html.ShouldContain("Khiển trách</strong> — Quyết định số 12/QĐ-STP ngày 01/03/2025");

        // A viewer of the person without the right to rate sees the measures but no form.
        using var viewer = await app.SignedInAsync("xem");
        (await (await viewer.GetAsync(url)).Content.ReadAsStringAsync()).ShouldNotContain("discipline-form");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_officer_of_one_commune_cannot_rate_a_person_of_another_and_a_viewer_is_told_whom_they_may_not_rate(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var other = await app.CreatePersonAsync(await app.UnitIdAsync("PHUONG01"), "Trần Văn Phường");
        using var communeA = await app.ClientForAsync("thidua.xa001");

        using var outside = await communeA.PutJsonAsync(Rating(other, 2025), new { level = "Good" });
        await outside.ProblemAsync(HttpStatusCode.NotFound);

        using var province = await app.ClientForAsync("tdkt.snv"); // sees every person, rates nobody
        using var refused = await province.PutJsonAsync(Rating(other, 2025), new { level = "Good" });
        (await refused.ProblemAsync(HttpStatusCode.Forbidden)).Detail!.ShouldContain("“Trần Văn Phường”");

        using var future = await communeA.PutJsonAsync(Rating(await app.CreatePersonAsync(await app.UnitIdAsync("XA001"), "Lê Thị Tương Lai"), 2099),
            new { level = "Good" });
        (await future.ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldStartWith("Năm xếp loại phải từ 2000 đến");
        (await app.WithDbAsync(db => db.PersonRatings.CountAsync(r => r.PersonId == other))).ShouldBe(0);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_list_shows_every_person_in_scope_with_their_rating_of_the_year(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var t = await app.CreateTenantAsync("XL");
        var unit = await app.CreateUnitAsync(t.RootId, t.CommuneKindId, "XL.XA1", "UBND xã Một");
        var rated = await app.CreatePersonAsync(unit, "Bùi Văn An");
        var unrated = await app.CreatePersonAsync(unit, "Đặng Thị Bình");
        await app.CreateUserAsync("thidua.xl", DanVan.Features.Accounts.Role.UnitOfficer, unit);
        using var client = await app.ClientForAsync("thidua.xl");
        (await client.PutJsonAsync(Rating(rated, 2024), new { level = "NotCompleted", note = "Vi phạm quy chế" })).EnsureSuccessStatusCode();

        var page = await (await client.GetAsync("/api/v1/ratings?year=2024&limit=1")).ReadAsync<Page<RatingRow>>();
        var first = page.Items.ShouldHaveSingleItem();
        (first.PersonId, first.Level, first.LevelLabel).ShouldBe((rated, (RatingLevel?)RatingLevel.NotCompleted, "Không hoàn thành nhiệm vụ"));
        var next = await (await client.GetAsync($"/api/v1/ratings?year=2024&limit=1&cursor={page.NextCursor}")).ReadAsync<Page<RatingRow>>();
        (next.Items.ShouldHaveSingleItem().PersonId, next.Items[0].Level, next.NextCursor).ShouldBe((unrated, (RatingLevel?)null, (string?)null));
        var otherYear = await (await client.GetAsync("/api/v1/ratings?year=2023")).ReadAsync<Page<RatingRow>>();
        otherYear.Items.ShouldAllBe(r => r.Level == null);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_discipline_is_stored_with_its_dates_and_the_read_model_reports_rating_and_discipline_with_their_sources(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var person = await app.CreatePersonAsync(await app.UnitIdAsync("STP.P1"), "Phạm Văn Kỷ Luật");
        (await client.PutJsonAsync(Rating(person, 2024), new { level = "Good" })).EnsureSuccessStatusCode();

        using var badDates = await client.PostJsonAsync($"/api/v1/people/{person}/disciplines",
            new { kind = "Reprimand", decisionNumber = "12/QĐ-STP", decisionDate = "2024-05-01", from = "2024-05-10", to = "2024-05-01" });
        (await badDates.ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe("Ngày kết thúc kỷ luật không được trước ngày bắt đầu.");
        using var missing = await client.PostJsonAsync($"/api/v1/people/{person}/disciplines", new { kind = "Warning" });
        (await missing.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["DecisionNumber", "DecisionDate", "From"], ignoreOrder: true);

        var recorded = await (await client.PostJsonAsync($"/api/v1/people/{person}/disciplines",
            new { kind = "Reprimand", decisionNumber = "12/QĐ-STP", decisionDate = "2024-05-01", from = "2024-05-10", to = "2025-05-09" }))
            .ReadAsync<DisciplineDto>();
        recorded.KindLabel.ShouldBe("Khiển trách");
        var listed = await (await client.GetAsync($"/api/v1/people/{person}/disciplines")).ReadAsync<List<DisciplineDto>>();
        listed.ShouldHaveSingleItem().Id.ShouldBe(recorded.Id);

        var facts = await app.WithDbAsync(db => PersonRatings.ForAsync(db, [person], [2023, 2024, 2025]));
        facts.Select(f => (f.Year, f.Rating?.Level, f.Disciplines.Count)).ShouldBe([
            (2023, (RatingLevel?)null, 0), (2024, RatingLevel.Good, 1), (2025, null, 1)]);
        var y2024 = facts.Single(f => f.Year == 2024);
        y2024.Rating!.Source.ShouldBe("Nhập tay bởi thidua.stp");
        y2024.Rating.Link.ShouldBe($"/People/Details/{person}#rating-2024");
        y2024.Disciplines[0].Link.ShouldBe($"/People/Details/{person}#discipline-{recorded.Id}");
        y2024.UnderDisciplineOn(new DateOnly(2024, 12, 31)).ShouldBeTrue();
        facts.Single(f => f.Year == 2025).UnderDisciplineOn(new DateOnly(2025, 12, 31)).ShouldBeFalse();

        // "Under discipline on a date": the SQL rule and the in-memory rule agree, at both ends of the period and outside it.
        foreach (var day in new[] { new DateOnly(2024, 5, 9), new DateOnly(2024, 5, 10), new DateOnly(2025, 5, 9), new DateOnly(2025, 5, 10) })
        {
            var inSql = (await app.WithDbAsync(db => PersonRatings.UnderDisciplineOnAsync(db, [person], day))).Contains(person);
            inSql.ShouldBe(Discipline.Runs(new DateOnly(2024, 5, 10), new DateOnly(2025, 5, 9), day), day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
