using System.Net;
using DanVan.Features.Models;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Web;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Models;

/// <summary>A commune's model from registration to recognition, replicated by another unit, seen in coverage.</summary>
public sealed class ModelLifecycleTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_model_is_registered_implemented_proposed_recognised_and_replicated(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var movement = await app.WithDbAsync(db => db.Movements.Where(m => m.Status == MovementStatus.Launched).Select(m => m.Id).SingleAsync());
        var xa001 = await app.UnitIdAsync("XA001");
        using var commune = await app.ClientForAsync("thidua.xa001");
        using var reviewer = await app.ClientForAsync("bandanvan");
        using var department = await app.ClientForAsync("thidua.stp");

        var before = await (await reviewer.GetAsync($"/api/v1/movements/{movement}/coverage")).ReadAsync<CoverageReport>();
        before.UnitsWithoutModel.ShouldContain(u => u.UnitCode == "XA001");

        var model = await (await commune.PostJsonAsync("/api/v1/models", new
        {
            name = "Zalo kết nối chính quyền với Nhân dân", field = "PoliticalSystem", unitId = xa001, movementId = movement,
            problem = "Người dân khó liên hệ với chính quyền ngoài giờ hành chính.", startsOn = "2026-03-01", endsOn = "2026-12-31",
        })).ReadAsync<ModelDto>(HttpStatusCode.Created);
        model.Status.ShouldBe(ModelStatus.Draft);
        model.Actions.ShouldBe([ModelAction.Register, ModelAction.Withdraw]);

        // Skipping states is refused with the current state named; nothing changes.
        (await (await reviewer.PostJsonAsync($"/api/v1/models/{model.Id}/transitions", new { action = "Recognise" })).ProblemAsync(HttpStatusCode.Conflict))
            .Detail.ShouldBe("Không thể “Công nhận” khi mô hình đang ở trạng thái “Dự thảo”.");
        await (await commune.PostJsonAsync($"/api/v1/models/{model.Id}/transitions", new { action = "Propose" })).ProblemAsync(HttpStatusCode.Conflict);

        foreach (var action in new[] { "Register", "StartImplementing", "Propose" })
        {
            await (await commune.PostJsonAsync($"/api/v1/models/{model.Id}/transitions", new { action, note = "Bước " + action })).ReadAsync<ModelDto>();
        }

        // The owner cannot recognise its own model; the reviewer cannot edit the owner's content.
        await (await commune.PostJsonAsync($"/api/v1/models/{model.Id}/transitions", new { action = "Recognise" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await reviewer.PutJsonAsync($"/api/v1/models/{model.Id}", new { name = "Đổi tên", field = "Economy" })).ProblemAsync(HttpStatusCode.Forbidden);
        // Recognising needs a decision document.
        (await (await reviewer.PostJsonAsync($"/api/v1/models/{model.Id}/transitions", new { action = "Recognise", level = "Provincial" }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("model.decision_required");
        var decisionId = await app.DecisionIdAsync();
        var recognised = await (await reviewer.PostJsonAsync($"/api/v1/models/{model.Id}/transitions",
                new { action = "Recognise", level = "Provincial", note = "Hội đồng thẩm định", decisionId }))
            .ReadAsync<ModelDto>();
        (recognised.RecognisedYear, recognised.ConfirmedYear, recognised.RecognitionDocumentId).ShouldBe((model.Year, model.Year, decisionId));
        recognised.Status.ShouldBe(ModelStatus.Recognised);
        recognised.Level.ShouldBe(ModelLevel.Provincial);
        recognised.History.Select(h => h.Action).ShouldBe([ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Recognise]);
        recognised.History[^1].UserName.ShouldBe("bandanvan");
        (await (await commune.PutJsonAsync($"/api/v1/models/{model.Id}", new { name = "Đổi tên", field = "Economy" })).ProblemAsync(HttpStatusCode.Conflict))
            .Detail.ShouldBe("Mô hình đang ở trạng thái “Đã công nhận” nên không sửa được nội dung.");

        // Replicating: only recognised models; the lineage is kept, a replication of a replication too.
        var stp = await app.UnitIdAsync("STP");
        var draftOrigin = await (await commune.PostJsonAsync("/api/v1/models", new { name = "Mô hình chưa công nhận", field = "Economy", unitId = xa001 }))
            .ReadAsync<ModelDto>(HttpStatusCode.Created);
        (await (await department.PostJsonAsync("/api/v1/models", new { name = "Nhân rộng", field = "Economy", unitId = stp, replicatedFromId = draftOrigin.Id }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe(ModelErrors.OriginNotRecognised.Message);
        var copy = await (await department.PostJsonAsync("/api/v1/models", new
        {
            name = "Zalo kết nối Sở Tư pháp với Nhân dân", field = "PoliticalSystem", unitId = stp, replicatedFromId = model.Id, movementId = movement,
        })).ReadAsync<ModelDto>(HttpStatusCode.Created);
        copy.Lineage.ShouldHaveSingleItem().Id.ShouldBe(model.Id);
        var origin = await (await reviewer.GetAsync($"/api/v1/models/{model.Id}")).ReadAsync<ModelDto>();
        origin.Replications.ShouldHaveSingleItem().Id.ShouldBe(copy.Id);

        // The library: without diacritics, filtered, sorted by spread.
        var found = await (await department.GetAsync("/api/v1/models?q=zalo%20ket%20noi%20nhan%20dan&status=Recognised")).ReadAsync<Page<ModelListItem>>();
        found.Items.ShouldContain(m => m.Id == model.Id);
        found.Items.ShouldAllBe(m => m.Status == ModelStatus.Recognised);
        var bySpread = await (await department.GetAsync("/api/v1/models?sort=spread&limit=3")).ReadAsync<Page<ModelListItem>>();
        bySpread.Items.Select(m => m.Replications).ShouldBeInOrder(SortDirection.Descending);
        var next = await (await department.GetAsync($"/api/v1/models?sort=spread&limit=3&cursor={bySpread.NextCursor}")).ReadAsync<Page<ModelListItem>>();
        next.Items.Select(m => m.Id).Intersect(bySpread.Items.Select(m => m.Id)).ShouldBeEmpty();

        // Coverage: XA001 now has a recognised model.
        var after = await (await reviewer.GetAsync($"/api/v1/movements/{movement}/coverage")).ReadAsync<CoverageReport>();
        after.UnitsWithoutModel.ShouldNotContain(u => u.UnitCode == "XA001");
        after.Units.Single(u => u.UnitCode == "XA001").Recognised.ShouldBe(1);
        after.Totals.WithModel.ShouldBe(before.Totals.WithModel + 1);
        after.ByFieldLevelStatus.ShouldContain(f => f.Field == DanVan.Features.Models.ModelField.PoliticalSystem && f.Level == ModelLevel.Provincial
                                                    && f.Status == ModelStatus.Recognised);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_rejected_model_is_told_why_reworked_and_recognised_in_a_later_round_by_a_competent_decision(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var xa001 = await app.UnitIdAsync("XA001");
        using var commune = await app.ClientForAsync("thidua.xa001");
        using var reviewer = await app.ClientForAsync("bandanvan");
        var model = await (await commune.PostJsonAsync("/api/v1/models", new { name = "Tổ hòa giải ở cơ sở giỏi", field = "DefenceSecurity", unitId = xa001 }))
            .ReadAsync<ModelDto>(HttpStatusCode.Created);
        var url = $"/api/v1/models/{model.Id}/transitions";
        foreach (var action in new[] { "Register", "StartImplementing", "Propose" })
        {
            await (await commune.PostJsonAsync(url, new { action })).ReadAsync<ModelDto>();
        }

        // Not recognising needs a reason — on the API and on the page; nothing changes without one.
        (await (await reviewer.PostJsonAsync(url, new { action = "Reject", note = "  " })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("model.reason");
        using var reviewerPage = await app.SignedInAsync("bandanvan");
        var pageUrl = $"/Models/Details/{model.Id}";
        using (var refused = await reviewerPage.PostAsync(pageUrl + "?handler=Transition", new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["__RequestVerificationToken"] = await CookieSession.FormTokenAsync(reviewerPage, pageUrl), ["Input.Action"] = "Reject", ["Input.Note"] = "",
               })))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Vui lòng ghi lý do “Không công nhận”");
        }

        (await (await reviewer.GetAsync($"/api/v1/models/{model.Id}")).ReadAsync<ModelDto>()).Status.ShouldBe(ModelStatus.Proposed);
        await (await reviewer.PostJsonAsync(url, new { action = "Reject", note = "Chưa có số liệu hòa giải thành" })).ReadAsync<ModelDto>();

        // The owner unit reads the reason on its page, reworks the model (editable again) and proposes it again.
        using var ownerPage = await app.SignedInAsync("thidua.xa001");
        WebUtility.HtmlDecode(await (await ownerPage.GetAsync(pageUrl)).Content.ReadAsStringAsync()).ShouldContain("Chưa có số liệu hòa giải thành");
        var reworked = await (await commune.PostJsonAsync(url, new { action = "Rework", note = "Bổ sung số liệu" })).ReadAsync<ModelDto>();
        (reworked.Status, reworked.CanEdit, reworked.Round).ShouldBe((ModelStatus.Implementing, true, 1));
        var again = await (await commune.PostJsonAsync(url, new { action = "Propose" })).ReadAsync<ModelDto>();
        (again.Status, again.Round).ShouldBe((ModelStatus.Proposed, 2));

        // Recognising: a plan is not a decision; a commune's decision cannot recognise a provincial model; the year of
        // achievement cannot precede the model's year. Each refusal leaves the model proposed.
        (await (await reviewer.PostJsonAsync(url, new { action = "Recognise", decisionId = await app.DecisionIdAsync(type: DanVan.Features.Documents.DocumentType.Plan) }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("model.decision_type");
        (await (await reviewer.PostJsonAsync(url, new { action = "Recognise", level = "Provincial", decisionId = await app.DecisionIdAsync("XA002") }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("model.decision_competence");
        (await (await reviewer.PostJsonAsync(url, new { action = "Recognise", level = "Grassroots", decisionId = await app.DecisionIdAsync("XA002") }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("model.decision_competence"); // another commune
        var decisionId = await app.DecisionIdAsync();
        (await (await reviewer.PostJsonAsync(url, new { action = "Recognise", decisionId, year = model.Year - 1 }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("model.achievement_year");
        var recognised = await (await reviewer.PostJsonAsync(url, new { action = "Recognise", decisionId })).ReadAsync<ModelDto>();
        (recognised.Status, recognised.RecognisedYear, recognised.ConfirmedYear).ShouldBe((ModelStatus.Recognised, model.Year, model.Year));
        recognised.History.Select(h => h.Action).ShouldBe([ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Reject,
            ModelAction.Rework, ModelAction.Propose, ModelAction.Recognise]);

        // Dropping needs a reason too; re-confirming the same year again is refused.
        (await (await reviewer.PostJsonAsync(url, new { action = "Reconfirm", year = model.Year })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("model.confirmed");
        (await (await reviewer.PostJsonAsync(url, new { action = "Drop" })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("model.reason");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_movement_has_models_at_every_stage_and_units_without_any(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var movement = await app.WithDbAsync(db => db.Movements.Where(m => m.Status == MovementStatus.Launched).Select(m => m.Id).SingleAsync());
        using var officer = await app.ClientForAsync("tdkt.snv");
        var coverage = await (await officer.GetAsync($"/api/v1/movements/{movement}/coverage")).ReadAsync<CoverageReport>();
        coverage.Totals.Units.ShouldBe(112);
        coverage.Totals.WithModel.ShouldBeGreaterThan(30);
        coverage.UnitsWithoutModel.Count.ShouldBe(coverage.Totals.Units - coverage.Totals.WithModel);
        coverage.ByFieldLevelStatus.Select(f => f.Status).Distinct().Count().ShouldBeGreaterThanOrEqualTo(3);
        var replicated = await (await officer.GetAsync("/api/v1/models?sort=spread&limit=1")).ReadAsync<Page<ModelListItem>>();
        replicated.Items.ShouldHaveSingleItem().Replications.ShouldBeGreaterThan(0);

        // A few hundred models, every state; XA001 has none this year; two closed earlier years make the trend.
        var states = await app.WithDbAsync(db => db.DvkModels.Where(m => m.MovementId == movement).GroupBy(m => m.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        states.Values.Sum().ShouldBeInRange(250, 350);
        states.Keys.ShouldBe([ModelStatus.Draft, ModelStatus.Registered, ModelStatus.Implementing, ModelStatus.Proposed, ModelStatus.Recognised,
            ModelStatus.NotRecognised, ModelStatus.Withdrawn], ignoreOrder: true);
        coverage.UnitsWithoutModel.ShouldContain(u => u.UnitCode == "XA001");
        coverage.Trend.Select(t => t.Year).ShouldBe([coverage.Year - 2, coverage.Year - 1, coverage.Year]);
        coverage.Trend.ShouldAllBe(t => t.Units == 112 && t.WithModel > 0 && t.RecognisedModels > 0);
        var lineage = await app.WithDbAsync(db => db.DvkModels.Where(m => m.ReplicatedFromId != null).Select(m => new { m.Id, Origin = m.ReplicatedFromId!.Value })
            .ToDictionaryAsync(m => m.Id, m => m.Origin));
        lineage.Keys.Max(id =>
        {
            var depth = 0;
            for (var at = id; lineage.TryGetValue(at, out var origin); at = origin)
            {
                depth++;
            }

            return depth;
        }).ShouldBeGreaterThanOrEqualTo(3);
        var decisions = await app.WithDbAsync(db => db.DvkModels.Where(m => m.Status == ModelStatus.Recognised && m.RecognitionDocumentId == null).CountAsync());
        decisions.ShouldBe(0); // every recognised demo model links its decision
    }
}
