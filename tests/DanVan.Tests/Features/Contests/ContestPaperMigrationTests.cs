using DanVan.Features.Contests;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVan.Tests.Features.Contests;

/// <summary>Going back before <c>ContestPaperPerTeam</c> (one paper per part) drops the papers drawn per team and keeps the shared ones; going forward again works.</summary>
public sealed class ContestPaperMigrationTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Going_back_before_papers_per_team_drops_them_and_keeps_the_shared_paper(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var (shared, part) = await app.WithDbAsync(async db =>
        {
            // The demo's preliminary quiz has a shared paper; a second quiz-kind part gets a paper per team, as a draw per team makes it.
            var quiz = await db.ContestParts.Where(p => p.Kind == PartKind.Quiz).OrderBy(p => p.Id).FirstAsync();
            var paper = await db.ContestPaperQuestions.Where(q => q.PartId == quiz.Id).ToListAsync();
            var teams = await db.ContestTeams.Where(t => t.State == TeamState.Accepted).OrderBy(t => t.Id).Select(t => t.Id).Take(2).ToListAsync();
            var other = await db.ContestParts.Where(p => p.Id != quiz.Id && p.RoundId == quiz.RoundId).OrderBy(p => p.Seq).FirstAsync();
            foreach (var team in teams)
            {
                db.ContestPaperQuestions.AddRange(paper.Take(3).Select((q, i) => new ContestPaperQuestion(q.TenantId, other.Id, i + 1, q.QuestionId, team)));
            }

            await db.SaveChangesAsync();
            return (paper.Count, other.Id);
        });
        shared.ShouldBe(10);

        await app.WithDbAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var previous = migrations[migrations.FindIndex(m => m.EndsWith("_ContestPaperPerTeam", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(previous);
            await db.Database.OpenConnectionAsync();
            await using var count = db.Database.GetDbConnection().CreateCommand();
            count.CommandText = """SELECT COUNT(*) FROM "ContestPaperQuestions" """;
            Convert.ToInt32(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(shared); // the per-team rows gone
            await db.Database.CloseConnectionAsync();
        });

        await DanVan.Startup.MigrateAsync(app.Services); // what the app does at start
        (await app.WithDbAsync(db => db.ContestPaperQuestions.CountAsync(q => q.TeamId == null))).ShouldBe(shared);
        (await app.WithDbAsync(db => db.ContestPaperQuestions.CountAsync(q => q.PartId == part))).ShouldBe(0);
    }
}
