using System.IO.Compression;
using System.Net;
using DanVan.Features.Documents;
using DanVan.Features.Models;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Data;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Models;

/// <summary>Coverage across years: the same movement (launching unit, form) in two years, with known models.</summary>
public sealed class CoverageTrendTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Coverage_shows_the_same_movement_year_by_year(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var (first, second, other) = await app.WithDbAsync(SeedAsync);
        using var officer = await app.ClientForAsync("tdkt.snv");

        var report = await (await officer.GetAsync($"/api/v1/movements/{second}/coverage")).ReadAsync<CoverageReport>();
        report.Totals.Units.ShouldBe(4);
        report.Totals.WithModel.ShouldBe(3);
        report.Trend.Select(t => t.MovementId).ShouldBe([first, second]); // oldest first; the other form and the later year are not the series
        var (y1, y2) = (report.Trend[0], report.Trend[1]);
        (y1.Year, y1.Units, y1.WithModel, y1.WithRecognised, y1.Models, y1.RecognisedModels).ShouldBe((2019, 3, 1, 1, 2, 1));
        y1.Percent.ShouldBe(33.3);
        (y2.Year, y2.Units, y2.WithModel, y2.WithRecognised, y2.Models, y2.RecognisedModels).ShouldBe((2020, 4, 3, 1, 3, 1));
        y2.Percent.ShouldBe(75);

        // From the first year's page, the later year is not part of its trend.
        var earlier = await (await officer.GetAsync($"/api/v1/movements/{first}/coverage")).ReadAsync<CoverageReport>();
        earlier.Trend.ShouldHaveSingleItem().MovementId.ShouldBe(first);
        (await (await officer.GetAsync($"/api/v1/movements/{other}/coverage")).ReadAsync<CoverageReport>()).Trend.ShouldHaveSingleItem().MovementId.ShouldBe(other);

        // A department's officer sees the same years, but none of the communes or their models.
        using var department = await app.ClientForAsync("thidua.stp");
        var scoped = await (await department.GetAsync($"/api/v1/movements/{second}/coverage")).ReadAsync<CoverageReport>();
        scoped.Trend.Count.ShouldBe(2);
        scoped.Trend.ShouldAllBe(t => t.Units == 0 && t.WithModel == 0 && t.Models == 0);

        // The Excel export has the trend on its own sheet.
        using var xlsx = await officer.GetAsync($"/api/v1/movements/{second}/coverage.xlsx");
        xlsx.EnsureSuccessStatusCode();
        using var zip = new ZipArchive(await xlsx.Content.ReadAsStreamAsync());
        zip.GetEntry("xl/worksheets/sheet2.xml").ShouldNotBeNull();
        using var workbook = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open());
        (await workbook.ReadToEndAsync()).ShouldContain("Xu huong qua cac nam");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_model_recognised_earlier_counts_for_a_later_year_only_while_reconfirmed(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var (first, second, _) = await app.WithDbAsync(SeedAsync);
        await app.WithDbAsync(async db =>
        {
            var units = await db.Units.Where(u => u.Code == "XA012" || u.Code == "XA013").ToDictionaryAsync(u => u.Code);
            var decision = await db.AddDecisionAsync(units["XA013"].TenantId);
            DvkModel Model(string code) => DvkModel.Create(units[code].TenantId, units[code].Id, null, 2019, new ModelDetails($"Mô hình 2019 {code}",
                ModelField.PoliticalSystem, null, ModelLevel.Grassroots, null, null, null, null, null, null, null, null, null, null, null), first, null, null);
            db.DvkModels.Add(Model("XA013").Walk(decision, ModelSteps.PathTo(ModelStatus.Recognised)).Walk(decision, ModelAction.Reconfirm)); // 2019, re-confirmed 2020
            db.DvkModels.Add(Model("XA012").Walk(decision, ModelSteps.PathTo(ModelStatus.Recognised))); // 2019 only: lapsed in 2020
            await db.SaveChangesAsync();
        });

        using var officer = await app.ClientForAsync("tdkt.snv");
        var report = await (await officer.GetAsync($"/api/v1/movements/{second}/coverage")).ReadAsync<CoverageReport>();
        report.Units.Where(u => u.UnitCode is "XA012" or "XA013").Select(u => (u.UnitCode, u.Registered, u.Recognised))
            .ShouldBe([("XA012", 1, 0), ("XA013", 0, 1)]); // carried over and re-confirmed: covers XA013; the lapsed one does not count
        (report.Totals.WithModel, report.Totals.WithRecognised).ShouldBe((4, 2));
        var (y1, y2) = (report.Trend[0], report.Trend[1]);
        (y1.WithRecognised, y1.RecognisedModels).ShouldBe((2, 3)); // 2019: XA010 and XA012 (participants); three models recognised for 2019
        (y2.WithRecognised, y2.RecognisedModels).ShouldBe((2, 2)); // 2020: XA010's new one and XA013's re-confirmed one
        report.ByFieldLevelStatus.ShouldContain(f => f.Field == ModelField.PoliticalSystem && f.Status == ModelStatus.Recognised && f.Count == 1);

        // The coverage page says what it counts, and the province's setting.
        using var page = await app.SignedInAsync("tdkt.snv");
        var html = WebUtility.HtmlDecode(await (await page.GetAsync($"/Models/Coverage/{second}")).Content.ReadAsStringAsync());
        html.ShouldContain("xác nhận còn hiệu quả năm 2020");
        html.ShouldContain("mô hình của đơn vị trực thuộc được tính cho đơn vị cấp trên");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_province_may_count_only_a_units_own_models(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, settings: new Dictionary<string, string?> { ["Models:SubunitModelsCoverParent"] = "false" });
        var (_, second, _) = await app.WithDbAsync(SeedAsync);
        using var officer = await app.ClientForAsync("tdkt.snv");
        var report = await (await officer.GetAsync($"/api/v1/movements/{second}/coverage")).ReadAsync<CoverageReport>();
        report.SubunitModelsCoverParent.ShouldBeFalse();
        report.UnitsWithoutModel.Select(u => u.UnitCode).ShouldBe(["XA011", "XA013"]); // XA011's only model is its division's
        (report.Totals.WithModel, report.Trend[^1].WithModel).ShouldBe((2, 2));

        using var page = await app.SignedInAsync("tdkt.snv");
        WebUtility.HtmlDecode(await (await page.GetAsync($"/Models/Coverage/{second}")).Content.ReadAsStringAsync())
            .ShouldContain("mỗi đơn vị tham gia cần có mô hình của chính mình");
    }

    /// <summary>
    /// Sở Tư pháp's thematic movement in 2019 (XA010, XA011, XA012) and 2020 (+ XA013), a regular one in 2020 and a
    /// thematic one in 2021 — each with models whose states are known.
    /// </summary>
    internal static async Task<(Guid First, Guid Second, Guid Other)> SeedAsync(AppDbContext db)
    {
        var units = await db.Units.Where(u => u.Code == "STP" || u.Code.StartsWith("XA01")).ToDictionaryAsync(u => u.Code);
        var stp = units["STP"];
        var tenantId = stp.TenantId;
        var decision = await db.AddDecisionAsync(tenantId);
        var plan = Document.Create(tenantId, stp.Id, DocumentNumber.TryParse("7/KH-STP", out var n) ? n! : throw new InvalidOperationException(),
            new DocumentDetails(DocumentType.Plan, stp.Id, stp.Name, null, new DateOnly(2019, 1, 10), null, null, DocumentStatus.InForce, null, null,
                "Kế hoạch thử nghiệm", null), isStub: false);
        db.Documents.Add(plan);

        Guid Movement(int year, MovementForm form, params string[] codes)
        {
            var start = new DateOnly(year, 2, 1);
            var movement = DanVan.Features.Movements.Movement.Create(tenantId, stp.Id, new MovementDetails($"Dân vận khéo thử nghiệm {year} {form}", null, year,
                form, plan.Id, start, new DateOnly(year, 12, 31), null, null, start.AddDays(30), false, null, null, null, null, null),
                new DanVan.Infrastructure.Data.Actor(Guid.Empty, "test", new DateTime(year, 1, 31, 0, 0, 0, DateTimeKind.Utc)));
            movement.Launch(new DanVan.Infrastructure.Data.Actor(Guid.Empty, "test", new DateTime(year, 2, 1, 0, 0, 0, DateTimeKind.Utc)), start, null).ShouldBeNull();
            db.Movements.Add(movement);
            foreach (var code in codes)
            {
                db.PlanObligations.Add(new PlanObligation(tenantId, movement.Id, units[code].Id, start.AddDays(30), 0, stp.Id));
            }

            return movement.Id;
        }

        void Model(Guid movementId, int year, string unitCode, ModelStatus target)
        {
            var unitId = units[unitCode].Id;
            var model = DvkModel.Create(tenantId, unitId, null, year, new ModelDetails($"Mô hình {unitCode} {target}", ModelField.Economy, null,
                ModelLevel.Grassroots, null, null, null, null, null, null, null, null, null, null, null), movementId, null, null);
            ModelAction[] path = target switch
            {
                ModelStatus.Draft => [],
                ModelStatus.Registered => [ModelAction.Register],
                ModelStatus.Implementing => [ModelAction.Register, ModelAction.StartImplementing],
                ModelStatus.Withdrawn => [ModelAction.Register, ModelAction.Withdraw],
                ModelStatus.Recognised => [ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Recognise],
                _ => [ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Reject],
            };
            model.Walk(decision, path);

            db.DvkModels.Add(model);
        }

        var first = Movement(2019, MovementForm.Thematic, "XA010", "XA011", "XA012");
        Model(first, 2019, "XA010", ModelStatus.Recognised);
        Model(first, 2019, "XA010.VHXH", ModelStatus.Withdrawn);
        Model(first, 2019, "XA011", ModelStatus.NotRecognised);

        var second = Movement(2020, MovementForm.Thematic, "XA010", "XA011", "XA012", "XA013");
        Model(second, 2020, "XA010", ModelStatus.Recognised);
        Model(second, 2020, "XA011.VHXH", ModelStatus.Implementing); // a division's model covers its commune
        Model(second, 2020, "XA012", ModelStatus.Registered);
        Model(second, 2020, "XA012", ModelStatus.Draft);

        var other = Movement(2020, MovementForm.Regular, "XA013");
        Model(other, 2020, "XA013", ModelStatus.Recognised);
        var later = Movement(2021, MovementForm.Thematic, "XA013");
        Model(later, 2021, "XA013", ModelStatus.Recognised);
        await db.SaveChangesAsync();
        return (first, second, other);
    }
}
