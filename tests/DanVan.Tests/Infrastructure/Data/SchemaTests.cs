using DanVan.Features.Accounts;
using DanVan.Features.Tenants;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Infrastructure.Data;

public sealed class SchemaTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    /// <summary>Tables that are not tenant data: the tenants themselves and Identity's per-user detail rows (keyed by a tenant-owned user).</summary>
    private static readonly Type[] NotTenantOwned =
        [typeof(Tenant), typeof(IdentityUserClaim<Guid>), typeof(IdentityUserLogin<Guid>), typeof(IdentityUserToken<Guid>),
            typeof(DanVan.Features.Certificates.CertificateScan)]; // a scan of an unknown code belongs to no province

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_table_of_tenant_data_has_a_required_tenant_id_column(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, seedDemo: false);

        await app.WithDbAsync(async db =>
        {
            var entities = db.Model.GetEntityTypes().Where(e => !e.IsOwned()).ToList();
            entities.Select(e => e.ClrType).ShouldContain(typeof(AppUser));
            var withoutTenant = entities.Where(e => e.FindProperty("TenantId") is null).Select(e => e.ClrType).ToList();
            withoutTenant.ShouldBe(NotTenantOwned, ignoreOrder: true);

            foreach (var entity in entities.Where(e => !NotTenantOwned.Contains(e.ClrType)))
            {
                var tenantId = entity.FindProperty("TenantId")!;
                if (entity.ClrType == typeof(AuditEntry))
                {
                    tenantId.IsNullable.ShouldBeTrue("an audit row may precede any tenant (failed login of an unknown name)");
                }
                else if (entity.ClrType == typeof(DanVan.Infrastructure.Jobs.Job))
                {
                    tenantId.IsNullable.ShouldBeTrue("the installation's own recurring jobs (digests, cleanup) belong to no province (ADR 0028)");
                }
                else
                {
                    tenantId.IsNullable.ShouldBeFalse(entity.ClrType.Name);
                    typeof(ITenantOwned).IsAssignableFrom(entity.ClrType).ShouldBeTrue($"{entity.ClrType.Name} should implement ITenantOwned");
                }

                // The column exists in the migrated database, not just in the model.
                var table = entity.GetTableName()!;
                var probe = "SELECT \"TenantId\" FROM \"" + table + "\" WHERE 1 = 0"; // names from the model, not from input
                await db.Database.ExecuteSqlRawAsync(probe);
            }
        });
    }

    /// <summary>
    /// Every entity configuration class of the app is applied by the context (they are listed by hand in
    /// OnModelCreating: one forgotten leaves its table without indexes, keys and lengths). Each class is applied alone to
    /// an empty model; every index and maximum length it declares must be in the app's model.
    /// </summary>
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_entity_configuration_class_is_applied(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, seedDemo: false);
        var configurations = typeof(AppDbContext).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>)))
            .ToList();
        configurations.Count.ShouldBeGreaterThan(50);
        await app.WithDbAsync(db =>
        {
            var missing = new List<string>();
            foreach (var type in configurations)
            {
                var entity = type.GetInterfaces().First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>)).GetGenericArguments()[0];
                var alone = new ModelBuilder();
                typeof(ModelBuilder).GetMethods().First(m => m.Name == nameof(ModelBuilder.ApplyConfiguration) && m.GetParameters()[0].ParameterType.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
                    .MakeGenericMethod(entity).Invoke(alone, [Activator.CreateInstance(type)]);
                var declared = alone.Model.FindEntityType(entity)!;
                var real = db.Model.FindEntityType(entity);
                if (real is null)
                {
                    missing.Add($"{type.Name}: {entity.Name} is not in the model");
                    continue;
                }

                var realIndexes = real.GetIndexes().Select(i => string.Join(",", i.Properties.Select(p => p.Name))).ToHashSet();
                missing.AddRange(declared.GetIndexes().Select(i => string.Join(",", i.Properties.Select(p => p.Name))).Where(i => !realIndexes.Contains(i))
                    .Select(i => $"{type.Name}: index ({i})"));
                missing.AddRange(declared.GetProperties().Where(p => p.GetMaxLength() is not null && real.FindProperty(p.Name)?.GetMaxLength() != p.GetMaxLength())
                    .Select(p => $"{type.Name}: length of {p.Name}"));
            }

            missing.ShouldBeEmpty("configurations not applied in AppDbContext.OnModelCreating");
            return Task.CompletedTask;
        });
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Ids_are_version_7_uuids(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var stp = await app.UnitIdAsync("STP");
        var created = await (await client.PostJsonAsync("/api/v1/people", Features.People.PersonRequests.Valid("Lâm Thị Ngọc", stp)))
            .ReadAsync<DanVan.Features.People.PersonDto>(System.Net.HttpStatusCode.Created);

        created.Id.Version.ShouldBe(7);
        await app.WithDbAsync(async db =>
        {
            var ids = new Dictionary<string, List<Guid>>
            {
                ["Tenants"] = await db.Tenants.Select(x => x.Id).ToListAsync(),
                ["UnitKinds"] = await db.UnitKinds.Select(x => x.Id).ToListAsync(),
                ["Units"] = await db.Units.Select(x => x.Id).ToListAsync(),
                ["People"] = await db.People.Select(x => x.Id).ToListAsync(),
                ["Users"] = await db.Users.Select(x => x.Id).ToListAsync(),
                ["RoleAssignments"] = await db.RoleAssignments.Select(x => x.Id).ToListAsync(),
                ["AccessTokens"] = await db.AccessTokens.Select(x => x.Id).ToListAsync(),
                ["UnitSuccessions"] = await db.UnitSuccessions.Select(x => x.Id).ToListAsync(),
                ["AuditEntries"] = await db.AuditEntries.Select(x => x.Id).ToListAsync(),
            };
            foreach (var (table, list) in ids)
            {
                list.ShouldNotBeEmpty(table);
                list.Where(id => id.Version != 7).ShouldBeEmpty($"{table} has ids that are not UUIDv7");
            }
        });
    }
}
