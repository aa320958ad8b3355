using DanVan.Features.Models;
using DanVan.Features.Movements;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Models;

/// <summary>
/// The roll-up's numbers per participating unit on known data (the trend tests' seed plus Sở Tư pháp and one of its
/// divisions as nested participants): a sub-unit's model counts for its participating ancestor, drafts and withdrawn
/// models do not, a model under two participating units counts for both rows but once in field × level × status, and a
/// department's officer sees only its own subtree.
/// </summary>
public sealed class CoverageRollupTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Coverage_counts_each_participating_units_subtree(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var (_, second, _) = await app.WithDbAsync(CoverageTrendTests.SeedAsync);
        await app.WithDbAsync(async db =>
        {
            var units = await db.Units.Where(u => u.Code == "STP" || u.Code == "STP.P2").ToDictionaryAsync(u => u.Code);
            var stp = units["STP"];
            foreach (var unit in units.Values)
            {
                db.PlanObligations.Add(new PlanObligation(stp.TenantId, second, unit.Id, new DateOnly(2020, 3, 1), 0, stp.Id));
            }

            void Model(Guid? movementId, params ModelAction[] path)
            {
                var model = DvkModel.Create(stp.TenantId, units["STP.P2"].Id, null, 2020, new ModelDetails("Mô hình phòng STP.P2", ModelField.CultureSociety, null,
                    ModelLevel.Grassroots, null, null, null, null, null, null, null, null, null, null, null), movementId, null, null);
                model.Walk(null, path);

                db.DvkModels.Add(model);
            }

            Model(null, ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose); // attached to no movement: counts in its year's
            Model(second, ModelAction.Register, ModelAction.Withdraw); // withdrawn: does not count
            await db.SaveChangesAsync();
        });

        using var officer = await app.ClientForAsync("tdkt.snv");
        var report = await (await officer.GetAsync($"/api/v1/movements/{second}/coverage")).ReadAsync<CoverageReport>();
        report.Units.Select(u => (u.UnitCode, u.Registered, u.Implementing, u.Proposed, u.Recognised)).ShouldBe([
            ("STP", 0, 0, 1, 0), ("STP.P2", 0, 0, 1, 0),
            ("XA010", 0, 0, 0, 1),
            ("XA011", 0, 1, 0, 0), // a division's model counts for its commune
            ("XA012", 1, 0, 0, 0), // the draft does not count
            ("XA013", 0, 0, 0, 0),
        ]);
        report.UnitsWithoutModel.Select(u => u.UnitCode).ShouldBe(["XA013"]);
        (report.Totals.Units, report.Totals.WithModel, report.Totals.WithRecognised).ShouldBe((6, 5, 1));
        report.ByFieldLevelStatus.Select(f => (f.Field, f.Status, f.Count)).ShouldBe([
            (ModelField.Economy, ModelStatus.Registered, 1), (ModelField.Economy, ModelStatus.Implementing, 1),
            (ModelField.Economy, ModelStatus.Recognised, 1), (ModelField.CultureSociety, ModelStatus.Proposed, 1), // once, though under two rows
        ], ignoreOrder: true);

        // Sở Tư pháp's officer: its own department and division, none of the communes.
        using var department = await app.ClientForAsync("thidua.stp");
        var scoped = await (await department.GetAsync($"/api/v1/movements/{second}/coverage")).ReadAsync<CoverageReport>();
        scoped.Units.Select(u => (u.UnitCode, u.Proposed, u.Total)).ShouldBe([("STP", 1, 1), ("STP.P2", 1, 1)]);
        scoped.ByFieldLevelStatus.Select(f => (f.Field, f.Status, f.Count)).ShouldBe([(ModelField.CultureSociety, ModelStatus.Proposed, 1)]);
        (scoped.Totals.Units, scoped.Totals.WithModel).ShouldBe((2, 2));
    }
}
