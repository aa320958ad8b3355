using DanVan.Features.Models;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Models;

/// <summary>
/// Every rule of <see cref="DvkModel"/>, <see cref="ModelReview"/> and <see cref="ModelRubric"/> that has a SQL twin gives the same answer in C# and
/// in the database, for every status, movement attachment and recognition span, on both providers.
/// </summary>
public sealed class ModelRulesSqlTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_sql_twins_agree_with_the_entitys_rules_for_every_value(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var xa001 = await app.UnitIdAsync("XA001");
        var movements = await app.WithDbAsync(db => db.Movements.OrderByDescending(m => m.Year).Select(m => m.Id).Take(3).ToListAsync());
        var (current, last, other) = (movements[0], movements[1], movements[2]);
        var ids = await app.WithDbAsync(async db =>
        {
            var tenantId = await db.Units.Where(u => u.Id == xa001).Select(u => u.TenantId).SingleAsync();
            var decision = await db.AddDecisionAsync(tenantId, new DateOnly(2026, 1, 10));
            var created = new List<Guid>();
            foreach (var status in Enum.GetValues<ModelStatus>())
            {
                foreach (var movement in new Guid?[] { current, last, other, null })
                {
                    foreach (var year in new[] { 2024, 2025 })
                    {
                        foreach (var reconfirmed in status is ModelStatus.Recognised or ModelStatus.Dropped ? new[] { 0, 1 } : [0])
                        {
                            var model = DvkModel.Create(tenantId, xa001, null, year, new ModelDetails($"Mô hình {status} {year}", ModelField.Economy, null,
                                ModelLevel.Grassroots, null, null, null, null, null, null, null, null, null, null, null), movement, null, null);
                            var path = ModelSteps.PathTo(status).ToList();
                            if (reconfirmed == 1)
                            {
                                path.Insert(path.IndexOf(ModelAction.Recognise) + 1, ModelAction.Reconfirm);
                            }

                            model.Walk(decision, [.. path]);
                            db.DvkModels.Add(model);
                            created.Add(model.Id);
                        }
                    }
                }
            }

            await db.SaveChangesAsync();
            return created;
        });

        var series = new[] { current, last };
        await app.WithDbAsync(async db =>
        {
            var mine = db.DvkModels.AsNoTracking().Where(m => ids.Contains(m.Id));
            var models = await mine.ToListAsync();
            models.Count.ShouldBe(ids.Count);
            models.Select(m => (m.RecognisedYear, m.ConfirmedYear)).Distinct().Count().ShouldBeGreaterThanOrEqualTo(4); // several spans, and none

            (await mine.Where(m => DvkModel.ActiveStatuses.Contains(m.Status)).Select(m => m.Id).ToListAsync())
                .ShouldBe(models.Where(m => DvkModel.IsActive(m.Status)).Select(m => m.Id), ignoreOrder: true);
            (await mine.Where(m => DvkModel.OpenStatuses.Contains(m.Status)).Select(m => m.Id).ToListAsync())
                .ShouldBe(models.Where(m => m.Status is not (ModelStatus.Withdrawn or ModelStatus.NotRecognised or ModelStatus.Dropped)).Select(m => m.Id), ignoreOrder: true);
            (await mine.Where(m => DvkModel.RegisteredStatuses.Contains(m.Status)).Select(m => m.Id).ToListAsync())
                .ShouldBe(models.Where(m => m.Status is not (ModelStatus.Draft or ModelStatus.Withdrawn)).Select(m => m.Id), ignoreOrder: true);
            foreach (var year in Enumerable.Range(2023, 5))
            {
                (await mine.Where(DvkModel.RecognisedIn(year)).Select(m => m.Id).ToListAsync())
                    .ShouldBe(models.Where(m => m.IsRecognisedFor(year)).Select(m => m.Id), ignoreOrder: true, $"recognised for {year}");
                (await mine.Select(DvkModel.CoverageFacts(year)).ToListAsync()).Select(f => (f.Id, f.Status))
                    .ShouldBe(models.Select(m => (m.Id, m.IsRecognisedFor(year) ? ModelStatus.Recognised : m.Status)), ignoreOrder: true, $"facts of {year}");
                foreach (var movement in new[] { current, last, other })
                {
                    (await mine.Where(DvkModel.CountingInCoverage(movement, year, series)).Select(m => m.Id).ToListAsync())
                        .ShouldBe(models.Where(m => DvkModel.CountsInCoverage(m.Status, m.MovementId, m.Year, m.RecognisedYear, m.ConfirmedYear, movement, year, series))
                            .Select(m => m.Id), ignoreOrder: true, $"coverage of {movement} in {year}");
                }
            }
        });

        // A review's total and a rubric's maximum, and "current score", in SQL and in C#: the default rubric and one of three
        // criteria with different maxima, each score at the bottom, the top and in between of its scale.
        await app.WithDbAsync(async db =>
        {
            var model = await db.DvkModels.Where(m => ids.Contains(m.Id) && m.Status == ModelStatus.Proposed).FirstAsync();
            var three = ModelRubric.Create(model.TenantId, 900 + Random.Shared.Next(99), new DateOnly(2099, 1, 1), 0,
                [new("a", "Tiêu chí A", null, 5), new("b", "Tiêu chí B", "Hướng dẫn", 10), new("c", "Tiêu chí C", null, 20)], "Căn cứ thử", null, null, "thử").Value!;
            var standard = await db.ModelRubrics.Include(r => r.Criteria).Where(r => r.TenantId == model.TenantId && r.Version == 1).SingleAsync();
            db.ModelRubrics.Add(three);
            var reviews = new List<ModelReview>();
            var i = 0;
            foreach (var rubric in new[] { standard, three })
            {
                foreach (var pick in new Func<ModelRubricCriterion, int>[] { _ => rubric.MinScore, c => c.MaxScore, c => (rubric.MinScore + c.MaxScore + c.Order) / 2 })
                {
                    var review = new ModelReview(model.TenantId, model.Id, model.Round, Guid.CreateVersion7(), "người chấm", rubric,
                        rubric.Criteria.ToDictionary(c => c.Code, pick), null);
                    if (i++ % 2 == 1)
                    {
                        review.Supersede(DateTime.UtcNow);
                    }

                    reviews.Add(review);
                    db.ModelReviews.Add(review);
                }
            }

            await db.SaveChangesAsync();
            var reviewIds = reviews.Select(r => r.Id).ToList();
            (await db.ModelReviews.Where(r => reviewIds.Contains(r.Id)).Select(r => new { r.Id, Total = db.ModelReviews.Where(x => x.Id == r.Id).Select(ModelReview.TotalSql).First() })
                    .ToDictionaryAsync(r => r.Id, r => r.Total))
                .ShouldBe(reviews.ToDictionary(r => r.Id, r => r.Total), ignoreOrder: true);
            reviews.Select(r => r.Total).Distinct().Count().ShouldBe(6);
            var rubricIds = new[] { standard.Id, three.Id };
            (await db.ModelRubrics.Where(r => rubricIds.Contains(r.Id)).Select(r => new { r.Id, Max = db.ModelRubrics.Where(x => x.Id == r.Id).Select(ModelRubric.MaxTotalSql).First() })
                    .ToDictionaryAsync(r => r.Id, r => r.Max))
                .ShouldBe(new Dictionary<Guid, int> { [standard.Id] = 40, [three.Id] = 35 }, ignoreOrder: true);
            (await db.ModelReviews.Where(r => reviewIds.Contains(r.Id)).Where(ModelReview.CurrentSql).Select(r => r.Id).ToListAsync())
                .ShouldBe(reviews.Where(r => r.IsCurrent).Select(r => r.Id), ignoreOrder: true);
            return 0;
        });
    }
}
