using DanVan.Features.Models;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVan.Tests.Features.Models;

/// <summary>The migration <c>ModelRubrics</c> moves every review's four columns into score rows under each province's default rubric, and back.</summary>
public sealed class ModelRubricMigrationTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upgrading_keeps_every_reviews_scores_under_the_default_rubric(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var before = await ScoresAsync(app);
        before.Count.ShouldBeGreaterThan(0, "the demo has reviews to carry");
        var sample = await app.WithDbAsync(db => db.ModelReviews.OrderBy(r => r.Id).Select(r => new { r.TenantId, r.ModelId, r.Round }).FirstAsync());
        var added = Guid.CreateVersion7();

        await app.WithDbAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var previous = migrations[migrations.FindIndex(m => m.EndsWith("_ModelRubrics", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(previous); // the four columns again, filled back from the rows
            await db.Database.OpenConnectionAsync();
            await using (var read = db.Database.GetDbConnection().CreateCommand())
            {
                read.CommandText = """SELECT "Id", "Truthful", "Effective", "Sustainable", "Replicable" FROM "ModelReviews" """;
                var back = new Dictionary<Guid, int[]>();
                await using (var reader = await read.ExecuteReaderAsync())
                {
                    while (await reader.ReadAsync())
                    {
                        back[reader.GetGuid(0)] = [reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)];
                    }
                }

                back.Count.ShouldBe(before.Count);
                foreach (var (id, scores) in before)
                {
                    back[id].ShouldBe(scores, id.ToString());
                }
            }

            await using var insert = db.Database.GetDbConnection().CreateCommand();
            insert.CommandText = """
                INSERT INTO "ModelReviews" ("Id", "TenantId", "ModelId", "ReviewerId", "ReviewerName", "Truthful", "Effective", "Sustainable", "Replicable",
                    "Comments", "Round", "SupersededAt", "CreatedAt", "UpdatedAt")
                VALUES (@id, @tenant, @model, @reviewer, 'Người chấm cũ', 7, 8, 9, 10, 'Phiếu trước khi có bộ tiêu chí', @round, NULL, @now, @now)
                """;
            foreach (var (name, value) in new (string, object)[]
                     {
                         ("id", added), ("tenant", sample.TenantId), ("model", sample.ModelId), ("reviewer", Guid.CreateVersion7()), ("round", sample.Round),
                         ("now", DateTime.UtcNow),
                     })
            {
                var p = insert.CreateParameter();
                p.ParameterName = name;
                p.Value = value;
                insert.Parameters.Add(p);
            }

            await insert.ExecuteNonQueryAsync();
            await db.Database.CloseConnectionAsync();
        });

        await DanVan.Startup.MigrateAsync(app.Services); // what the app does at start

        var after = await ScoresAsync(app);
        after[added].ShouldBe([7, 8, 9, 10]);
        after.Remove(added);
        after.Count.ShouldBe(before.Count);
        foreach (var (id, scores) in before)
        {
            after[id].ShouldBe(scores, id.ToString());
        }

        await app.WithDbAsync(async db =>
        {
            var tenants = await db.Tenants.Select(t => t.Id).ToListAsync();
            var rubrics = await db.ModelRubrics.AsNoTracking().Include(r => r.Criteria).ToListAsync();
            rubrics.Select(r => r.TenantId).ShouldBe(tenants, ignoreOrder: true); // one default per province
            foreach (var rubric in rubrics)
            {
                (rubric.Version, rubric.MinScore, rubric.MaxTotal, rubric.EffectiveFrom, rubric.Id.Version).ShouldBe((1, 1, 40, ModelRubric.DefaultEffectiveFrom, 7));
                rubric.Criteria.OrderBy(c => c.Order).Select(c => (c.Code, c.Name, c.Guidance, c.MaxScore))
                    .ShouldBe(ModelRubric.DefaultCriteria.Select(c => (c.Code, c.Name, c.Guidance, c.MaxScore)));
                rubric.Citation.ShouldBe(ModelRubric.DefaultCitation);
            }

            (await db.ModelReviews.CountAsync(r => !db.ModelRubrics.Any(x => x.Id == r.RubricId && x.TenantId == r.TenantId && x.Version == 1))).ShouldBe(0);
            (await db.ModelReviews.Where(r => r.Id == added).Select(ModelReview.TotalSql).SingleAsync()).ShouldBe(34);
        });
    }

    /// <summary>Each review's scores in the default order (truthful, effective, sustainable, replicable).</summary>
    private static Task<Dictionary<Guid, int[]>> ScoresAsync(TestApp app) => app.WithDbAsync(async db =>
        (await db.ModelReviewScores.AsNoTracking().ToListAsync()).GroupBy(s => s.ReviewId).ToDictionary(g => g.Key,
            g => ModelRubric.DefaultCriteria.Select(c => g.Single(s => s.Code == c.Code).Score).ToArray()));
}
