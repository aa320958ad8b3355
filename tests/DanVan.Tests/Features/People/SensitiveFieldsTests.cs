using System.Text.Json;
using DanVan.Features.People;
using DanVan.Infrastructure.Web;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.People;

public sealed class SensitiveFieldsTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Ethnicity_and_party_membership_are_hidden_from_viewers_and_reviewers_and_shown_to_the_commendation_officer(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var id = await app.WithDbAsync(db => db.People.Where(p => p.FullName == "Nguyễn Văn Ấn").Select(p => p.Id).SingleAsync());

        foreach (var user in new[] { "xem", "bandanvan" })
        {
            using var client = await app.ClientForAsync(user);
            var detail = await (await client.GetAsync($"/api/v1/people/{id}")).ReadAsync<GetPerson.Detail>();
            detail.Person.Ethnicity.ShouldBeNull(user);
            detail.Person.IsPartyMember.ShouldBeNull(user);
            detail.Person.SensitiveVisible.ShouldBeFalse(user);
            var raw = await client.GetStringAsync("/api/v1/people?q=nguyen%20van%20an");
            var item = JsonDocument.Parse(raw).RootElement.GetProperty("items").EnumerateArray().First(e => e.GetProperty("id").GetGuid() == id);
            item.GetProperty("ethnicity").ValueKind.ShouldBe(JsonValueKind.Null, user);
            item.GetProperty("isPartyMember").ValueKind.ShouldBe(JsonValueKind.Null, user);
        }

        using var officer = await app.ClientForAsync("tdkt.snv");
        var shown = await (await officer.GetAsync($"/api/v1/people/{id}")).ReadAsync<GetPerson.Detail>();
        shown.Person.Ethnicity.ShouldNotBeNull();
        shown.Person.IsPartyMember.ShouldNotBeNull();
        shown.Person.SensitiveVisible.ShouldBeTrue();
        var listed = await (await officer.GetAsync("/api/v1/people?q=nguyen%20van%20an")).ReadAsync<Page<PersonDto>>();
        listed.Items.Single(p => p.Id == id).Ethnicity.ShouldNotBeNull();
    }
}
