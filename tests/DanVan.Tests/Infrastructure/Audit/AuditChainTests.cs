using System.Data.Common;
using DanVan.Infrastructure.Audit;
using DanVan.Tests.Features.People;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Infrastructure.Audit;

public sealed class AuditChainTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_chain_verifies_after_changes_and_breaks_exactly_at_a_tampered_row(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        await MakeSomeChangesAsync(app);

        (await VerifyAsync(app)).ShouldBeNull();
        var count = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        var tampered = count - 2;

        await app.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync(provider == Provider.Sqlite
                ? "DROP TRIGGER \"AuditEntries_no_update\""
                : "DROP TRIGGER \"AuditEntries_append_only\" ON \"AuditEntries\"");
            (await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"Changes\" = '[]' WHERE \"Seq\" = {tampered}")).ShouldBe(1);
        });

        (await VerifyAsync(app)).ShouldBe(tampered);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_database_refuses_to_update_or_delete_audit_rows(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        await MakeSomeChangesAsync(app);
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync());

        foreach (var sql in new[] { "UPDATE \"AuditEntries\" SET \"Changes\" = '[]' WHERE \"Seq\" = 1", "DELETE FROM \"AuditEntries\" WHERE \"Seq\" = 1", "DELETE FROM \"AuditEntries\"" })
        {
            var error = await Should.ThrowAsync<DbException>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql)));
            error.Message.ShouldContain("Nhật ký kiểm toán chỉ được ghi thêm");
        }

        (await app.WithDbAsync(db => db.AuditEntries.CountAsync())).ShouldBe(before);
        (await VerifyAsync(app)).ShouldBeNull();
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_failed_login_is_audited_even_for_an_unknown_user(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = app.CreateClient();

        await client.PostJsonAsync("/api/v1/tokens", new { username = "xem", password = "Sai-mat-khau-1" });
        await client.PostJsonAsync("/api/v1/tokens", new { username = "nguoi.la", password = "Sai-mat-khau-1" });

        var failures = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.LoginFailed).ToListAsync());
        var known = failures.Where(f => f.UserName == "xem").ShouldHaveSingleItem();
        known.UserId.ShouldNotBeNull();
        known.TenantId.ShouldNotBeNull();
        var unknown = failures.Where(f => f.UserName == "nguoi.la").ShouldHaveSingleItem();
        unknown.TenantId.ShouldBeNull();
        (await VerifyAsync(app)).ShouldBeNull();
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Concurrent_writers_each_get_their_entry_in_one_unbroken_chain(Provider provider)
    {
        // Writers of one process take turns before the database's write lock (SQLite: AppDbContext.EnterWriterAsync);
        // every acknowledged write has its entry, the numbers have no gap or repeat, and the chain verifies.
        await using var app = await TestApp.StartAsync(provider, pg);
        var stp = await app.UnitIdAsync("STP");
        var clients = new List<HttpClient>();
        for (var i = 0; i < 4; i++)
        {
            clients.Add(await app.ClientForAsync("thidua.stp"));
        }

        var before = await app.WithDbAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Seq)) ?? 0;
        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            using var response = await clients[i % clients.Count].PostJsonAsync("/api/v1/people", PersonRequests.Valid($"Người Thử {(char)('A' + (i % 26))}{(char)('a' + (i / 26))}", stp));
            return response.StatusCode;
        }));
        foreach (var client in clients)
        {
            client.Dispose();
        }

        responses.ShouldAllBe(s => s == System.Net.HttpStatusCode.Created);
        var added = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Seq > before).OrderBy(a => a.Seq)
            .Select(a => new { a.Seq, a.EntityType, a.Action }).ToListAsync());
        added.Select(a => a.Seq).ShouldBe(Enumerable.Range(1, added.Count).Select(n => before + n));
        added.Count(a => a.EntityType == "Person" && a.Action == "Added").ShouldBe(40);
        (await VerifyAsync(app)).ShouldBeNull();
    }

    private static async Task MakeSomeChangesAsync(TestApp app)
    {
        using var client = await app.ClientForAsync("thidua.stp");
        var stp = await app.UnitIdAsync("STP");
        (await client.PostJsonAsync("/api/v1/people", PersonRequests.Valid("Võ Thị Sáu", stp))).EnsureSuccessStatusCode();
        var person = await app.PersonInUnitAsync("STP");
        (await client.PostJsonAsync($"/api/v1/people/{person}/transfer", new { toUnitId = await app.UnitIdAsync("STP.P2") }))
            .EnsureSuccessStatusCode();
    }

    private static Task<long?> VerifyAsync(TestApp app) => app.WithDbAsync(async db =>
        AuditLog.Verify(await db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).ToListAsync()));
}
