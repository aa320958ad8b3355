using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DanVan.Features.Accounts;
using DanVan.Features.Generate;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Generate;

/// <summary>The benchmark dataset generator: deterministic for a seed, safe on a used database, and usable by the app.</summary>
public sealed class GenerateDatasetTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_same_seed_generates_the_same_rows_and_the_app_serves_them_to_a_scoped_user(Provider provider)
    {
        await using var first = await TestApp.StartAsync(provider, pg, seedDemo: false);
        await using var second = await TestApp.StartAsync(provider, pg, seedDemo: false);

        var a = await GenerateDataset.GenerateAsync(first.Services, DatasetSize.XS, 42, force: false, TextWriter.Null);
        var b = await GenerateDataset.GenerateAsync(second.Services, DatasetSize.XS, 42, force: false, TextWriter.Null);

        a.ShouldNotBeNull();
        b.ShouldNotBeNull();
        a.Rows.ShouldBe(b.Rows);
        a.Tables["People"].Rows.ShouldBe(DatasetSize.XS.People);
        a.Tables["AssessmentScores"].Rows.ShouldBe(a.Tables["UnitAssessments"].Rows * GenerateAssessments.Criteria); // every commune's round, every criterion
        a.Tables["PersonRatings"].Rows.ShouldBeInRange(DatasetSize.XS.People * GenerateAwards.Years * 9 / 10, DatasetSize.XS.People * GenerateAwards.Years);
        a.Tables["AwardKinds"].Rows.ShouldBeGreaterThan(0); // the seeded catalogue, so the register's entries have their kinds
        (await ChecksumsAsync(first)).ShouldBe(await ChecksumsAsync(second));

        // A database that holds data is refused (the verb exits non-zero with a Vietnamese message).
        (await GenerateDataset.GenerateAsync(first.Services, DatasetSize.XS, 42, force: false, TextWriter.Null)).ShouldBeNull();

        using var client = await TokenClientAsync(first, GeneratedUsers.OneUnit("SONGLAM"));
        using var response = await client.GetAsync("/api/v1/people?q=nguyen&limit=50");
        response.EnsureSuccessStatusCode();
        using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = page.RootElement.GetProperty("items");
        items.GetArrayLength().ShouldBeGreaterThan(0);
        var unitId = await first.WithDbAsync(db => db.RoleAssignments.Where(r => r.Unit!.Code == "XA001").Select(r => r.UnitId).SingleAsync());
        items.EnumerateArray().ShouldAllBe(p => p.GetProperty("unitId").GetGuid() == unitId);
    }

    /// <summary>Hashes of a few columns of the main tables, ids included (ordered in memory, so providers agree too).</summary>
    private static async Task<string[]> ChecksumsAsync(TestApp app) => await app.WithDbAsync(async db =>
    {
        var units = await db.Units.Select(u => u.Id + "|" + u.Path + "|" + u.NameFolded + "|" + u.KindId).ToListAsync();
        var people = await db.People.Select(p => p.Id + "|" + p.UnitId + "|" + p.FullName + "|" + p.FullNameFolded + "|" + p.BirthYear).ToListAsync();
        var models = await db.DvkModels.Select(m => m.Id + "|" + m.UnitId + "|" + m.Status + "|" + m.Field + "|" + m.IsPublished).ToListAsync();
        var documents = await db.Documents.Select(d => d.Id + "|" + d.Number + "|" + d.IssuerKey + "|" + d.SearchFolded).ToListAsync();
        var obligations = await db.PlanObligations.Select(o => o.UnitId + "|" + o.PlanDocumentId + "|" + o.FiledOn).ToListAsync();
        var assessments = await db.UnitAssessments.Select(a => a.Id + "|" + a.RoundId + "|" + a.UnitId + "|" + a.Status + "|" + a.FinalTotal + "|" + a.PrerequisitesMet)
            .ToListAsync();
        var scores = await db.AssessmentScores.Select(s => s.AssessmentId + "|" + s.CriterionId + "|" + s.SelfPoints + "|" + s.AppraisedPoints + "|" + s.AppraisedById)
            .ToListAsync();
        var ratings = await db.PersonRatings.Select(r => r.Id + "|" + r.PersonId + "|" + r.Year + "|" + r.Level + "|" + r.UnitId).ToListAsync();
        var awards = await db.AwardRecords.Select(r => r.Id + "|" + r.AwardKindId + "|" + r.PersonId + "|" + r.UnitId + "|" + r.Year + "|" + r.Type + "|" + r.DecisionNumber)
            .ToListAsync();
        var disciplines = await db.Disciplines.Select(d => d.PersonId + "|" + d.Kind + "|" + d.From + "|" + d.To).ToListAsync();
        var unitRatings = await db.UnitRatings.Select(r => r.UnitId + "|" + r.Year + "|" + r.RankSeq + "|" + r.Label).ToListAsync();
        return new[] { units, people, models, documents, obligations, assessments, scores, ratings, awards, disciplines, unitRatings }.Select(Hash).ToArray();
    });

    private static string Hash(List<string> rows) =>
        rows.Count + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows.Order(StringComparer.Ordinal)))));

    private static async Task<HttpClient> TokenClientAsync(TestApp app, string userName)
    {
        var plain = await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == userName);
            var (token, text) = AccessToken.Issue(user, "test", TimeProvider.System.GetUtcNow().UtcDateTime, TimeSpan.FromHours(1));
            db.AccessTokens.Add(token);
            await db.SaveChangesAsync();
            return text;
        });
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", plain);
        return client;
    }
}
