using System.Net;
using DanVan.Features.Awards;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Awards;

/// <summary>The form of /Awards/Register: the same operation as the API, a person named within a unit or fixed from the person's card.</summary>
public sealed class RegisterPageTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_form_writes_entries_for_a_named_person_a_fixed_person_and_a_household_and_shows_refusals_in_place(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.SignedInAsync("thidua.stp");
        var office = await app.UnitIdAsync("STP.P1");
        var person = await app.CreatePersonAsync(office, "Đinh Thị Biểu Mẫu");
        var kinds = await app.WithDbAsync(db => db.AwardKinds.Where(k => db.Units.Any(u => u.Id == office && u.TenantId == k.TenantId))
            .ToDictionaryAsync(k => k.Code, k => k.Id));
        var token = await CookieSession.FormTokenAsync(client, "/Awards/Register");

        Dictionary<string, string> Form(string kind, int year, string number, params (string Key, string Value)[] more)
        {
            var form = new Dictionary<string, string>
            {
                ["Input.AwardKindId"] = kinds[kind].ToString(), ["Input.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Input.Type"] = "Regular", ["Input.DecisionNumber"] = number, ["Input.DecisionDate"] = $"{year}-12-20", ["__RequestVerificationToken"] = token,
            };
            foreach (var (key, value) in more)
            {
                form[key] = value;
            }

            return form;
        }

        using var named = await client.PostAsync("/Awards/Register", new FormUrlEncodedContent(Form("lao-dong-tien-tien", 2024, "21/QĐ-STP",
            ("Input.Subject", "Individual"), ("Input.UnitId", office.ToString()), ("PersonName", "dinh thi bieu mau"))));
        named.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        named.Headers.Location!.ToString().ShouldStartWith($"/People/Details/{person}#award-");

        WebUtility.HtmlDecode(await client.GetStringAsync($"/Awards/Register?personId={person}")).ShouldContain("cho Đinh Thị Biểu Mẫu");
        using var fixedPerson = await client.PostAsync($"/Awards/Register?personId={person}", new FormUrlEncodedContent(Form("chien-si-thi-dua-co-so", 2024,
            "22/QĐ-STP", ("Input.Subject", "Individual"))));
        fixedPerson.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var household = await client.PostAsync("/Awards/Register", new FormUrlEncodedContent(Form("gia-dinh-van-hoa", 2025, "23/QĐ-UBND",
            ("Input.Subject", "Household"), ("Input.UnitId", office.ToString()), ("PersonName", "Hộ bà Đinh Thị Biểu Mẫu"))));
        household.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        household.Headers.Location!.ToString().ShouldStartWith($"/Units/Details/{office}#award-");

        using var twice = await client.PostAsync("/Awards/Register", new FormUrlEncodedContent(Form("lao-dong-tien-tien", 2024, "24/QĐ-STP",
            ("Input.Subject", "Individual"), ("Input.UnitId", office.ToString()), ("PersonName", "Đinh Thị Biểu Mẫu"))));
        twice.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()).ShouldContain("đã có “Lao động tiên tiến” năm 2024 trong sổ khen thưởng");
        using var nobody = await client.PostAsync("/Awards/Register", new FormUrlEncodedContent(Form("lao-dong-tien-tien", 2023, "25/QĐ-STP",
            ("Input.Subject", "Individual"), ("Input.UnitId", office.ToString()), ("PersonName", "Người Không Có Thật"))));
        WebUtility.HtmlDecode(await nobody.Content.ReadAsStringAsync()).ShouldContain("Không tìm thấy “Người Không Có Thật” trong đơn vị đã chọn");

        var saved = await app.WithDbAsync(db => db.AwardRecords.AsNoTracking()
            .Where(r => r.PersonId == person || (r.Subject == AwardSubject.Household && r.UnitId == office))
            .OrderBy(r => r.DecisionNumber).Select(r => new { r.DecisionNumber, r.Subject, r.HolderName }).ToListAsync());
        saved.Select(r => (r.DecisionNumber, r.Subject, r.HolderName)).ShouldBe([("21/QĐ-STP", AwardSubject.Individual, "Đinh Thị Biểu Mẫu"),
            ("22/QĐ-STP", AwardSubject.Individual, "Đinh Thị Biểu Mẫu"), ("23/QĐ-UBND", AwardSubject.Household, "Hộ bà Đinh Thị Biểu Mẫu")]);
    }
}
