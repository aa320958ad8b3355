using System.Net;
using DanVan.Features.Accounts;
using DanVan.Features.Nominations;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Tests.Features.Nominations.NominationFlowTests;

namespace DanVan.Tests.Features.Nominations;

/// <summary>
/// A person or unit is proposed once per round and award across all of the province's live dossiers (issue 14, bad
/// input "a duplicate nominee"): a plain duplicate is a Vietnamese 409 naming them; a withdrawn dossier's nominee may be
/// proposed again. The race itself is in <c>Security/RaceTests</c>.
/// </summary>
public sealed class NomineeOncePerRoundTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    /// <summary>An open round, the commune's dossier and the province's own (the same person is in both subtrees).</summary>
    internal static async Task<(Guid Kind, Guid Person, DossierDto Commune, DossierDto Province)> TwoDossiersAsync(TestApp app, HttpClient communeClient,
        HttpClient provinceClient)
    {
        using var snv = await app.ClientForAsync("tdkt.snv");
        var kind = await KindAsync(app, Award);
        var round = await (await snv.PostJsonAsync(Rounds, Round(kind))).ReadAsync<RoundDto>(HttpStatusCode.Created);
        var xa001 = await app.UnitIdAsync("XA001");
        var root = await RootAsync(app);
        var commune = await (await communeClient.PostJsonAsync($"{Rounds}/{round.Id}/dossiers", new { unitId = xa001 })).ReadAsync<DossierDto>(HttpStatusCode.Created);
        var province = await (await provinceClient.PostJsonAsync($"{Rounds}/{round.Id}/dossiers", new { unitId = root })).ReadAsync<DossierDto>(HttpStatusCode.Created);
        var person = await app.CreatePersonAsync(xa001, "Vũ Thị Một Lần");
        return (kind, person, commune, province);
    }

    /// <summary>The demo province's root, with a proposer assigned there ("thidua.tinh").</summary>
    internal static async Task<Guid> RootAsync(TestApp app)
    {
        var xa001 = await app.UnitIdAsync("XA001");
        var root = await app.WithDbAsync(db => db.Units.Where(u => u.ParentId == null && db.Units.Any(x => x.Id == xa001 && x.TenantId == u.TenantId))
            .Select(u => u.Id).SingleAsync());
        if (!await app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "thidua.tinh")))
        {
            await app.CreateUserAsync("thidua.tinh", Role.UnitOfficer, root);
        }

        return root;
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_nominee_is_proposed_once_per_round_and_award_until_the_dossier_holding_them_is_withdrawn(Provider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        await RootAsync(app);
        using var communeClient = await app.ClientForAsync("thidua.xa001");
        using var provinceClient = await app.ClientForAsync("thidua.tinh");
        var (kind, person, commune, province) = await TwoDossiersAsync(app, communeClient, provinceClient);

        await (await communeClient.PostJsonAsync($"{Dossiers}/{commune.Id}/nominees", new { personId = person, awardKindId = kind, year = 2026 })).ReadAsync<DossierDto>();

        // In another dossier of the round: the same year, or another achievement year, is refused naming the person.
        (await (await provinceClient.PostJsonAsync($"{Dossiers}/{province.Id}/nominees", new { personId = person, awardKindId = kind, year = 2026 }))
            .ProblemAsync(HttpStatusCode.Conflict)).Detail.ShouldBe(NominationErrors.DuplicateNominee("Vũ Thị Một Lần").Message);
        (await (await provinceClient.PostJsonAsync($"{Dossiers}/{province.Id}/nominees", new { personId = person, awardKindId = kind, year = 2025 }))
            .ProblemAsync(HttpStatusCode.Conflict)).Detail.ShouldBe(NominationErrors.DuplicateInRound("Vũ Thị Một Lần").Message);

        // The commune withdraws its dossier: its nominee no longer counts, and the province may propose the person.
        await (await communeClient.PostJsonAsync($"{Dossiers}/{commune.Id}/withdraw", new { note = "Chuyển lên tỉnh đề nghị" })).ReadAsync<DossierDto>();
        (await app.WithDbAsync(db => db.DossierNominees.SingleAsync(n => n.DossierId == commune.Id))).WithdrawnAt.ShouldNotBeNull();
        var added = await (await provinceClient.PostJsonAsync($"{Dossiers}/{province.Id}/nominees", new { personId = person, awardKindId = kind, year = 2026 }))
            .ReadAsync<DossierDto>();
        added.Nominees.ShouldHaveSingleItem().SubjectId.ShouldBe(person);
        (await app.WithDbAsync(db => db.DossierNominees.CountAsync(n => n.PersonId == person))).ShouldBe(2);

        // The database itself holds the rule: a second live row of the same round, award and person is refused.
        await Should.ThrowAsync<System.Data.Common.DbException>(() => app.WithDbAsync(async db =>
        {
            await db.DossierNominees.Where(n => n.DossierId == commune.Id).ExecuteUpdateAsync(u => u.SetProperty(n => n.WithdrawnAt, (DateTime?)null));
            return 0;
        }));
    }
}
