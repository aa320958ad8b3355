using System.Globalization;
using System.Net;
using DanVan.Features.Accounts;
using DanVan.Features.Models;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Models;

/// <summary>The province's rubric: read, published as a new version by the province's body, scored against, and old reviews keep theirs.</summary>
public sealed class ModelRubricTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static readonly object[] Three =
    [
        new { code = "a", name = "Tiêu chí A", maxScore = 5 }, new { code = "b", name = "Tiêu chí B", guidance = "Xem kết quả đo đếm được", maxScore = 10 },
        new { code = "c", name = "Tiêu chí C", maxScore = 20 },
    ];

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_new_version_is_scored_against_from_its_date_and_old_reviews_keep_their_own(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var xa001 = await app.UnitIdAsync("XA001");
        using var commune = await app.ClientForAsync("thidua.xa001");
        using var reviewer = await app.ClientForAsync("bandanvan");
        using var officer = await app.ClientForAsync("tdkt.snv");
        var today = await app.WithDbAsync(db => Task.FromResult(DanVan.Infrastructure.Text.VnTime.Today(db.Time)));

        // Every province starts with the four qualities, 1–10, citing Quảng Ngãi's plan; everyone who sees models reads it.
        var first = await (await commune.GetAsync("/api/v1/models/rubric")).ReadAsync<RubricDto>();
        (first.Version, first.MinScore, first.MaxTotal, first.InForce).ShouldBe((1, 1, 40, true));
        first.Criteria.Select(c => c.Code).ShouldBe(["truthful", "effective", "sustainable", "replicable"]);
        first.Citation.ShouldContain("70/KH-UBND");

        var model = await ProposedModelAsync(commune, xa001);
        var scored = await (await reviewer.PostJsonAsync($"/api/v1/models/{model}/reviews", new
        {
            scores = new { truthful = 8, effective = 8, sustainable = 8, replicable = 8 },
        })).ReadAsync<ModelTimeline>();
        var old = scored.Reviews.ShouldHaveSingleItem();
        (old.Total, old.MaxTotal, old.RubricVersion).ShouldBe((32, 40, 1));
        var tam = old.ReviewerName;

        // Only the province's body publishes: not a commune, not a unit's own council.
        var body = new { effectiveFrom = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), minScore = 0, citation = "Hướng dẫn số 05-HD/BTGDVTU ngày 01/12/2026", criteria = Three };
        (await (await commune.PostJsonAsync("/api/v1/models/rubric", body)).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("rubric.forbidden");
        await app.CreateUserAsync("hoidong.xa001", Role.MobilizationReviewer, xa001);
        using var council = await app.ClientForAsync("hoidong.xa001");
        (await (await council.PostJsonAsync("/api/v1/models/rubric", body)).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("rubric.forbidden");

        // Bad versions are refused in Vietnamese, and nothing is saved.
        foreach (var (bad, code, text) in new (object, string, string)[]
                 {
                     (new { effectiveFrom = body.effectiveFrom, citation = body.citation, criteria = Array.Empty<object>() }, "rubric.no_criteria",
                         "Bộ tiêu chí phải có ít nhất một tiêu chí."),
                     (new { effectiveFrom = body.effectiveFrom, citation = body.citation, criteria = new[] { Three[0], Three[0] } }, "rubric.duplicate",
                         "Mã tiêu chí “a” bị trùng; mỗi tiêu chí một mã riêng."),
                     (new { effectiveFrom = body.effectiveFrom, citation = body.citation, minScore = 5, criteria = Three }, "rubric.max_score",
                         "Điểm tối đa của tiêu chí ở dòng 1 phải lớn hơn điểm tối thiểu (5) và không quá 1000."),
                     (new { effectiveFrom = body.effectiveFrom, citation = body.citation, criteria = new object[] { new { code = "a", name = "", maxScore = 5 } } },
                         "rubric.name", "Vui lòng nhập tên tiêu chí ở dòng 1."),
                     (new { effectiveFrom = body.effectiveFrom, citation = "", criteria = Three }, "rubric.citation",
                         "Vui lòng ghi căn cứ (văn bản hướng dẫn công nhận mô hình của tỉnh: số, ngày, cơ quan ban hành)."),
                     (new { effectiveFrom = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), citation = body.citation, criteria = Three }, "rubric.effective_past",
                         "Ngày áp dụng không được trước hôm nay: phiếu đã chấm theo bộ tiêu chí cũ giữ nguyên."),
                 })
        {
            var problem = await (await reviewer.PostJsonAsync("/api/v1/models/rubric", bad)).ProblemAsync(HttpStatusCode.BadRequest);
            (problem.Code, problem.Detail).ShouldBe((code, text));
        }

        (await (await reviewer.PostJsonAsync("/api/v1/models/rubric", new { citation = "x", criteria = Three })).ProblemAsync(HttpStatusCode.BadRequest))
            .AllText.ShouldContain("Vui lòng nhập ngày áp dụng.");
        (await app.WithDbAsync(db => db.ModelRubrics.CountAsync(r => r.PublishedById != null))).ShouldBe(0);

        // Version 2: three criteria of different maxima, from today.
        var second = await (await reviewer.PostJsonAsync("/api/v1/models/rubric", body)).ReadAsync<RubricDto>();
        (second.Version, second.MinScore, second.MaxTotal, second.InForce, second.PublishedByName).ShouldBe((2, 0, 35, true, tam));
        second.Criteria.Select(c => (c.Code, c.MaxScore)).ShouldBe([("a", 5), ("b", 10), ("c", 20)]);
        (await (await officer.GetAsync("/api/v1/models/rubric")).ReadAsync<RubricDto>()).Id.ShouldBe(second.Id);

        // Scores are checked against version 2 now.
        foreach (var (scores, code, text) in new (object, string, string?)[]
                 {
                     (new { truthful = 8, effective = 8, sustainable = 8, replicable = 8 }, "rubric.unknown_criterion", "Tiêu chí “truthful” không có trong bộ tiêu chí đang áp dụng."),
                     (new { a = 5, b = 10 }, "rubric.score_required", "Vui lòng chấm điểm tiêu chí “Tiêu chí C”."),
                     (new { a = 5, b = 10, c = 21 }, "rubric.score_scale", "Điểm tiêu chí “Tiêu chí C” phải từ 0 đến 20."),
                     (new { a = 6, b = 10, c = 20 }, "rubric.score_scale", "Điểm tiêu chí “Tiêu chí A” phải từ 0 đến 5."),
                 })
        {
            var problem = await (await officer.PostJsonAsync($"/api/v1/models/{model}/reviews", new { scores })).ProblemAsync(HttpStatusCode.BadRequest);
            (problem.Code, problem.Detail).ShouldBe((code, text));
        }

        var timeline = await (await officer.PostJsonAsync($"/api/v1/models/{model}/reviews", new { scores = new { a = 5, b = 7, c = 20 }, comments = "Tốt" }))
            .ReadAsync<ModelTimeline>();
        (timeline.MaxTotal, timeline.Rubric!.Version).ShouldBe((35, 2));
        var lan = timeline.Reviews.Single(r => r.ReviewerName != tam).ReviewerName;
        timeline.Reviews.Select(r => (r.ReviewerName, r.Total, r.MaxTotal, r.RubricVersion)).ShouldBe([(tam, 32, 40, 1), (lan, 32, 35, 2)], ignoreOrder: true);
        timeline.Reviews.Single(r => r.RubricVersion == 2).Scores.Select(s => (s.Name, s.Score, s.MaxScore))
            .ShouldBe([("Tiêu chí A", 5, 5), ("Tiêu chí B", 7, 10), ("Tiêu chí C", 20, 20)]);

        // The reviewer re-scores under version 2; the version-1 review stays in the history with its own total.
        timeline = await (await reviewer.PostJsonAsync($"/api/v1/models/{model}/reviews", new { scores = new { a = 1, b = 2, c = 3 } })).ReadAsync<ModelTimeline>();
        timeline.ReviewHistory.Select(r => (r.ReviewerName, r.Total, r.MaxTotal, r.RubricVersion, r.IsCurrent)).ShouldBe(
            [(tam, 32, 40, 1, false), (lan, 32, 35, 2, true), (tam, 6, 35, 2, true)]);
        (await app.WithDbAsync(db => db.ModelReviewScores.Where(s => s.ReviewId == old.Id).OrderBy(s => s.Code).Select(s => s.Score).ToListAsync()))
            .ShouldBe([8, 8, 8, 8]);
        var desk = (await (await reviewer.GetAsync("/api/v1/models/recognition-queue")).ReadAsync<RecognitionQueue.Queue>()).Items.Single(i => i.Id == model);
        (desk.Reviews, desk.AverageTotal, desk.AverageMax).ShouldBe((2, 19d, 35d));

        // A version dated later waits for its day; the history lists every version, newest first.
        var later = await (await reviewer.PostJsonAsync("/api/v1/models/rubric", body with { effectiveFrom = today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })).ReadAsync<RubricDto>();
        (later.Version, later.InForce).ShouldBe((3, false));
        (await (await commune.GetAsync("/api/v1/models/rubric")).ReadAsync<RubricDto>()).Version.ShouldBe(2);
        (await (await commune.GetAsync("/api/v1/models/rubric/versions")).ReadAsync<List<RubricDto>>()).Select(v => (v.Version, v.InForce))
            .ShouldBe([(3, false), (2, true), (1, false)]);
    }

    private static async Task<Guid> ProposedModelAsync(HttpClient commune, Guid unit)
    {
        var model = await (await commune.PostJsonAsync("/api/v1/models", new { name = "Mô hình chấm theo bộ tiêu chí", field = "Economy", unitId = unit }))
            .ReadAsync<ModelDto>(HttpStatusCode.Created);
        foreach (var action in new[] { "Register", "StartImplementing", "Propose" })
        {
            await (await commune.PostJsonAsync($"/api/v1/models/{model.Id}/transitions", new { action })).ReadAsync<ModelDto>();
        }

        return model.Id;
    }
}
