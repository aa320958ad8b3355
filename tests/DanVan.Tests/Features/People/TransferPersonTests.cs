using DanVan.Features.People;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.People;

public sealed class TransferPersonTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Transferring_a_person_moves_them_and_records_the_move_in_their_history(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var stp = await app.UnitIdAsync("STP");
        var office = await app.UnitIdAsync("STP.P1");
        var person = await app.PersonInUnitAsync("STP");

        var moved = await (await client.PostJsonAsync($"/api/v1/people/{person}/transfer",
            new { toUnitId = office, effectiveOn = "2026-01-15", note = "Điều động theo quyết định số 12/QĐ-STP" })).ReadAsync<PersonDto>();

        moved.UnitId.ShouldBe(office);
        var detail = await (await client.GetAsync($"/api/v1/people/{person}")).ReadAsync<GetPerson.Detail>();
        var transfer = detail.Transfers.ShouldHaveSingleItem();
        transfer.EffectiveOn.ShouldBe(new DateOnly(2026, 1, 15));
        transfer.FromUnit.ShouldBe("Sở Tư pháp");
        transfer.ToUnit.ShouldBe(await app.WithDbAsync(db => db.Units.Where(u => u.Id == office).Select(u => u.Name).SingleAsync()));
        transfer.Note.ShouldBe("Điều động theo quyết định số 12/QĐ-STP");
        var row = await app.WithDbAsync(db => db.PersonTransfers.AsNoTracking().SingleAsync(t => t.PersonId == person));
        row.FromUnitId.ShouldBe(stp);
        row.ToUnitId.ShouldBe(office);
    }
}
