using System.Net;
using System.Text.Json;
using DanVan.Features.Accounts;
using DanVan.Features.People;
using DanVan.Infrastructure.Audit;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security;

/// <summary>
/// The audit page is scoped like everything else (a department administrator reads its subtree's entries; entries
/// with no unit only tenant-wide administrators) and masks sensitive values for readers who may not read them in the
/// log; masking is on display only, so the chain still verifies.
/// </summary>
public sealed class AuditScopeTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string Inside = "Lò Thị Trong Phạm Vi";
    private const string Outside = "Giàng Văn Ngoài Phạm Vi";
    private const string SecretEthnicity = "Pà Thẻn";

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_department_administrator_reads_only_its_subtrees_entries_with_sensitive_values_masked(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var (division, other) = (await app.UnitIdAsync("STP.P1"), await app.UnitIdAsync("SYT"));
        await app.CreateUserAsync("qtv.stp", Role.TenantAdmin, await app.UnitIdAsync("STP"));
        var inside = await app.CreatePersonAsync(division, Inside);
        var outside = await app.CreatePersonAsync(other, Outside);
        foreach (var id in new[] { inside, outside })
        {
            await app.WithDbAsync(async db =>
            {
                var person = await db.People.SingleAsync(p => p.Id == id);
                person.SetDetails(new PersonDetails(person.FullName, person.Gender, person.BirthYear, person.Position, person.StaffCategory,
                    SecretEthnicity, false), includeSensitive: true);
                await db.SaveChangesAsync();
            });
        }

        using var department = await app.SignedInAsync("qtv.stp");
        var seen = await AuditPageAsync(department, "?entity=Person");
        seen.ShouldContain(inside.ToString());
        seen.ShouldContain(Inside);
        seen.ShouldNotContain(outside.ToString());
        seen.ShouldNotContain(Outside);
        seen.ShouldNotContain(SecretEthnicity, Case.Sensitive, "ethnicity is masked for a department administrator");
        seen.ShouldContain("(ẩn)");
        // Sign-ins carry no unit: only tenant-wide administrators read them.
        (await AuditPageAsync(department, $"?action={AuditActions.LoginSucceeded}")).ShouldContain("Không có bản ghi phù hợp");

        using var province = await app.SignedInAsync("qtv.tinh");
        var all = await AuditPageAsync(province, "?entity=Person");
        all.ShouldContain(inside.ToString());
        all.ShouldContain(outside.ToString());
        all.ShouldContain(SecretEthnicity);
        (await AuditPageAsync(province, $"?action={AuditActions.LoginSucceeded}")).ShouldContain("qtv.stp");

        // Masking is on display only: the stored entries are untouched and the chain still verifies.
        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).ToListAsync());
        AuditLog.Verify(entries).ShouldBeNull();
        entries.Count(e => e.EntityType == nameof(Person) && e.Changes!.Contains(JsonSerializer.Serialize(SecretEthnicity).Trim('"'), StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(2);
        var token = await CookieSession.FormTokenAsync(department, "/Admin/Audit");
        using var verify = await department.PostAsync("/Admin/Audit?handler=Verify", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }));
        verify.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await verify.Content.ReadAsStringAsync()).ShouldContain("Nhật ký nguyên vẹn");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Entries_carry_the_unit_they_concern(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var division = await app.UnitIdAsync("STP.P1");
        var person = await app.CreatePersonAsync(division, Inside);
        var units = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Person) && a.EntityId == person.ToString()).Select(a => a.UnitId).ToListAsync());
        units.ShouldBe([division]);
        var signIns = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditActions.LoginSucceeded).Select(a => a.UnitId).ToListAsync());
        signIns.ShouldAllBe(u => u == null);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_migration_fills_in_the_unit_of_older_entries_as_the_write_time_rule_does_and_the_chain_still_verifies(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        await app.CreatePersonAsync(await app.UnitIdAsync("STP.P1"), Inside);
        var written = await UnitsByEntryAsync(app);
        written.Count(u => u != null).ShouldBeGreaterThan(100);

        // As a database from before the column: every unit cleared (the append-only trigger lifted for that alone).
        var (lift, restore, backfill) = provider == Provider.Sqlite
            ? ("DROP TRIGGER \"AuditEntries_no_update\";",
                "CREATE TRIGGER \"AuditEntries_no_update\" BEFORE UPDATE ON \"AuditEntries\" BEGIN SELECT RAISE(ABORT, 'x'); END;",
                DanVan.Infrastructure.Data.Migrations.Sqlite.AuditEntryUnit.Backfill)
            : ("ALTER TABLE \"AuditEntries\" DISABLE TRIGGER \"AuditEntries_append_only\";",
                "ALTER TABLE \"AuditEntries\" ENABLE TRIGGER \"AuditEntries_append_only\";",
                DanVan.Infrastructure.Data.Migrations.Postgres.AuditEntryUnit.Backfill);
        await app.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync(lift);
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UnitId\" = NULL");
            await db.Database.ExecuteSqlRawAsync(restore);
        });
        (await UnitsByEntryAsync(app)).ShouldAllBe(u => u == null);

        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(backfill));
        // The backfill knows the entity types that existed when the column came; rows of later types never predate it.
        var later = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq)
            .Select(a => NewerThanTheBackfill.Contains(a.EntityType)).ToListAsync());
        later.ShouldContain(true, "the demo writes rows of the later types too");
        (await UnitsByEntryAsync(app)).ShouldBe(written.Select((u, i) => later[i] ? null : u).ToList());
        AuditLog.Verify(await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).ToListAsync())).ShouldBeNull();
        await app.WithDbAsync(async db =>
        {
            var update = db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UnitId\" = NULL");
            await Should.ThrowAsync<Exception>(update); // the trigger is back
        });
    }

    /// <summary>Entity types given a unit by <c>AuditUnit</c> after the AuditEntryUnit migration was written.</summary>
    private static readonly string[] NewerThanTheBackfill = ["PersonRating", "Discipline", "UnitAssessment"];

    private static Task<List<Guid?>> UnitsByEntryAsync(TestApp app) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).Select(a => a.UnitId).ToListAsync());

    private static async Task<string> AuditPageAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/Admin/Audit" + query);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        return WebUtility.HtmlDecode(html);
    }
}
