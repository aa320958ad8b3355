using DanVan.Infrastructure.Audit;
using DanVan.Tests.Features.People;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Infrastructure.Audit;

/// <summary>A truncated tail or a TRUNCATE leaves a chain that still verifies; the checkpoints outside the database catch both.</summary>
public sealed class AuditCheckpointTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Deleting_the_tail_of_the_log_is_caught_by_the_checkpoint_though_the_chain_still_verifies(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var path = Path.Combine(Path.GetTempPath(), $"danvan-checkpoints-{Guid.NewGuid():N}.log");
        try
        {
            using var client = await app.ClientForAsync("thidua.stp");
            (await client.PostJsonAsync("/api/v1/people", PersonRequests.Valid("Võ Thị Sáu", await app.UnitIdAsync("STP")))).EnsureSuccessStatusCode();
            var head = await app.WithDbAsync(db => AuditCheckpoints.WriteAsync(db, path, CancellationToken.None));
            head.ShouldNotBeNull();
            (await app.WithDbAsync(db => AuditCheckpoints.WriteAsync(db, path, CancellationToken.None))).ShouldBe(head, "the same head is not written twice");
            File.ReadAllLines(path).Length.ShouldBe(1);
            (await app.WithDbAsync(db => AuditCheckpoints.CheckAsync(db, path, CancellationToken.None))).ShouldBeNull();

            await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(provider == Provider.Sqlite
                ? "DROP TRIGGER \"AuditEntries_no_delete\"; DELETE FROM \"AuditEntries\" WHERE \"Seq\" > " + (head.Value.Seq - 3)
                : "TRUNCATE \"AuditEntries\"")); // a TRUNCATE does not fire PostgreSQL's row triggers

            (await app.WithDbAsync(async db => AuditLog.Verify(await db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).ToListAsync())))
                .ShouldBeNull("what is left of the chain is still a valid chain");
            (await app.WithDbAsync(db => AuditCheckpoints.CheckAsync(db, path, CancellationToken.None)))
                .ShouldNotBeNull().ShouldContain($"Bản ghi số {head.Value.Seq}");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
