using DanVan.Features.Models;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Infrastructure.Data;

/// <summary>The invariant checker (verb check-invariants) passes on the demo province and names each kind of damage.</summary>
public sealed class InvariantTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_province_keeps_every_invariant_and_damage_is_reported_by_name(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var checkpoints = Path.Combine(Path.GetTempPath(), $"danvan-inv-{Guid.NewGuid():N}.log");
        var results = await app.WithDbAsync(db => Invariants.CheckAsync(db, checkpoints, CancellationToken.None));
        results.Where(r => !r.Holds).Select(r => $"{r.Name}: {r.Broken}").ShouldBeEmpty();
        results.Count.ShouldBeGreaterThanOrEqualTo(12);

        var stp = await app.UnitIdAsync("STP");
        await app.WithDbAsync(async db =>
        {
            var recognised = await db.DvkModels.Where(m => m.Status == ModelStatus.Recognised).Select(m => m.Id).FirstAsync();
            await db.ModelEvents.Where(e => e.ModelId == recognised && e.ToStatus == ModelStatus.Recognised).ExecuteDeleteAsync();
            await db.Units.Where(u => u.Id == stp).ExecuteUpdateAsync(s => s.SetProperty(u => u.Depth, 7));
        });

        results = await app.WithDbAsync(db => Invariants.CheckAsync(db, checkpoints, CancellationToken.None));
        var children = await app.WithDbAsync(db => db.Units.LongCountAsync(u => u.ParentId == stp));
        results.Where(r => !r.Holds).Select(r => (r.Name, r.Broken)).ShouldBe(
        [
            ("Đường dẫn và cấp của đơn vị khớp cây đơn vị", 1 + children), // the unit, and its children are one level off it
            ("Trạng thái của mỗi mô hình có bước lịch sử dẫn tới nó", 1L),
        ]);
    }
}
