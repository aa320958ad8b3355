using DanVan.Features.Documents;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Documents;

/// <summary>The document number counter: one series per issuer, book and year (state) or type and term (Party).</summary>
public sealed class DocumentNumberingTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const int Parallel = 16;

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Parallel_requests_never_get_the_same_number(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var tenantId = await app.WithDbAsync(db => db.Tenants.Select(t => t.Id).FirstAsync());
        var series = NumberSeries.State("ubnd-tinh", 2026);

        // Each request has its own scope, so its own connection: the database, not the process, keeps them apart.
        var numbers = await Task.WhenAll(Enumerable.Range(0, Parallel)
            .Select(_ => Task.Run(() => app.WithDbAsync(db => DocumentNumbering.NextAsync(db, tenantId, series, CancellationToken.None)))));

        numbers.Order().ShouldBe(Enumerable.Range(1, Parallel));
        (await app.WithDbAsync(db => DocumentNumbering.PeekAsync(db, tenantId, series, CancellationToken.None))).ShouldBe(Parallel + 1);
        (await app.WithDbAsync(db => db.DocumentNumberCounters.CountAsync(c => c.TenantId == tenantId && c.IssuerKey == series.IssuerKey))).ShouldBe(1);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Each_series_counts_on_its_own_and_a_rolled_back_number_is_given_again(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var tenantId = await app.WithDbAsync(db => db.Tenants.Select(t => t.Id).FirstAsync());
        Task<int> Next(NumberSeries s) => app.WithDbAsync(db => DocumentNumbering.NextAsync(db, tenantId, s, CancellationToken.None));

        (await Next(NumberSeries.State("ubnd", 2025))).ShouldBe(1);
        (await Next(NumberSeries.State("ubnd", 2025))).ShouldBe(2);
        (await Next(NumberSeries.State("ubnd", 2026))).ShouldBe(1, "state numbers restart on 1 January");
        (await Next(NumberSeries.State("snv", 2026))).ShouldBe(1, "each issuer has its own numbers");
        (await Next(NumberSeries.State("ubnd", 2026, "QPPL"))).ShouldBe(1, "a separate document book");
        (await Next(NumberSeries.Party("btgdvtu", "HD", 2025))).ShouldBe(1);
        (await Next(NumberSeries.Party("btgdvtu", "HD", 2025))).ShouldBe(2);
        (await Next(NumberSeries.Party("btgdvtu", "KH", 2025))).ShouldBe(1, "Party numbers run per document type");
        (await Next(NumberSeries.Party("btgdvtu", "HD", 2030))).ShouldBe(1, "and restart with the term");

        // Taken inside a transaction that rolls back (the numbered document failed to save): the number is not lost.
        await app.WithDbAsync(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            (await DocumentNumbering.NextAsync(db, tenantId, NumberSeries.State("ubnd", 2025), CancellationToken.None)).ShouldBe(3);
            await tx.RollbackAsync();
        });
        (await Next(NumberSeries.State("ubnd", 2025))).ShouldBe(3);
        DocumentNumber.ForState(3, "KH", "UBND").Value!.Format().ShouldBe("03/KH-UBND");
    }
}
