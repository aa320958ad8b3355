using DanVan.Features.Documents;
using DanVan.Features.Models;
using DanVan.Infrastructure.Web;

namespace DanVan.Tests.Features.Models;

/// <summary>
/// The model's state machine as a table: every (state × action) is allowed — the state it leads to, and one history row
/// written by the entity with who, when, the action and the note — or refused with its error and nothing changed.
/// </summary>
public sealed class ModelStateMachineTests
{
    /// <summary>The expected table, written out by hand: the state each allowed action leads to; every other pair is refused.</summary>
    private static readonly Dictionary<(ModelStatus, ModelAction), ModelStatus> Allowed = new()
    {
        [(ModelStatus.Draft, ModelAction.Register)] = ModelStatus.Registered,
        [(ModelStatus.Draft, ModelAction.Withdraw)] = ModelStatus.Withdrawn,
        [(ModelStatus.Registered, ModelAction.StartImplementing)] = ModelStatus.Implementing,
        [(ModelStatus.Registered, ModelAction.Withdraw)] = ModelStatus.Withdrawn,
        [(ModelStatus.Implementing, ModelAction.Propose)] = ModelStatus.Proposed,
        [(ModelStatus.Implementing, ModelAction.Withdraw)] = ModelStatus.Withdrawn,
        [(ModelStatus.Proposed, ModelAction.Recognise)] = ModelStatus.Recognised,
        [(ModelStatus.Proposed, ModelAction.Reject)] = ModelStatus.NotRecognised,
        [(ModelStatus.Proposed, ModelAction.Withdraw)] = ModelStatus.Withdrawn,
        [(ModelStatus.Recognised, ModelAction.Reconfirm)] = ModelStatus.Recognised,
        [(ModelStatus.Recognised, ModelAction.Drop)] = ModelStatus.Dropped,
        [(ModelStatus.Recognised, ModelAction.Publish)] = ModelStatus.Recognised,
        [(ModelStatus.NotRecognised, ModelAction.Rework)] = ModelStatus.Implementing,
    };

    public static TheoryData<ModelStatus, ModelAction> Pairs()
    {
        var data = new TheoryData<ModelStatus, ModelAction>();
        foreach (var status in Enum.GetValues<ModelStatus>())
        {
            foreach (var action in Enum.GetValues<ModelAction>())
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Every_state_and_action_is_allowed_or_refused_as_the_table_says(ModelStatus status, ModelAction action)
    {
        var model = New().Walk(null, ModelSteps.PathTo(status));
        var year = model.ConfirmedYear + 1 ?? 2026;
        var before = (model.Status, model.History.Count, model.ConfirmedYear, model.IsPublished);
        var at = new DateTime(2026, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        var by = new ModelActor(Guid.CreateVersion7(), "người thao tác", at);

        var error = Do(model, action, by, year, "lý do đủ rõ");

        if (Allowed.TryGetValue((status, action), out var to))
        {
            error.ShouldBeNull();
            model.Status.ShouldBe(to);
            var row = model.History[^1];
            (row.Action, row.FromStatus, row.ToStatus, row.UserId, row.UserName, row.At, row.Note).ShouldBe((action, status, to, by.UserId, by.UserName, at, "lý do đủ rõ"));
            model.History.Count.ShouldBe(before.Count + 1);
            DvkModel.Allows(status, action).ShouldBeTrue();
        }
        else
        {
            // Publishing has its own message (only a recognised model); unpublishing is refused because the model is not on
            // the public pages; every other refusal names the action and the state.
            error.ShouldNotBeNull().Code.ShouldBe(action switch
            {
                ModelAction.Publish => "model.publish",
                ModelAction.Unpublish => "model.not_published",
                _ => "model.transition",
            });
            (model.Status, model.History.Count, model.ConfirmedYear, model.IsPublished).ShouldBe(before);
        }
    }

    [Theory]
    [InlineData(ModelStatus.Proposed, ModelAction.Reject)]
    [InlineData(ModelStatus.Recognised, ModelAction.Drop)]
    public void A_negative_step_needs_a_reason_and_without_one_nothing_changes(ModelStatus status, ModelAction action)
    {
        foreach (var reason in new[] { null, "", "   " })
        {
            var model = New().Walk(null, ModelSteps.PathTo(status));
            var count = model.History.Count;
            Do(model, action, ModelSteps.Actor(), 2027, reason).ShouldNotBeNull().Code.ShouldBe("model.reason");
            (model.Status, model.History.Count).ShouldBe((status, count));
        }

        DvkModel.NeedsReason(action).ShouldBeTrue();
    }

    [Fact]
    public void Unpublishing_needs_a_reason_and_a_published_model()
    {
        var model = New().Walk(null, ModelSteps.PathTo(ModelStatus.Recognised)).Walk(null, ModelAction.Publish);
        model.Unpublish(ModelSteps.Actor(), " ").ShouldNotBeNull().Code.ShouldBe("model.reason");
        model.IsPublished.ShouldBeTrue();
        model.Unpublish(ModelSteps.Actor(), "Nội dung cần cập nhật").ShouldBeNull();
        (model.IsPublished, model.History[^1].Action, model.History[^1].Note).ShouldBe((false, ModelAction.Unpublish, "Nội dung cần cập nhật"));
    }

    [Fact]
    public void A_rejected_model_is_reworked_and_proposed_again_in_a_new_round_keeping_its_history()
    {
        var model = New().Walk(null, ModelSteps.PathTo(ModelStatus.NotRecognised));
        model.Round.ShouldBe(1);
        model.IsEditable.ShouldBeFalse();
        model.Walk(null, ModelAction.Rework);
        model.IsEditable.ShouldBeTrue();
        model.Walk(null, ModelAction.Propose, ModelAction.Recognise);
        model.Round.ShouldBe(2);
        model.History.Select(h => h.Action).ShouldBe([ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Reject,
            ModelAction.Rework, ModelAction.Propose, ModelAction.Recognise]);
    }

    /// <summary>Recognised for the year of achievement, then year after year only while re-confirmed: a gap lapses it.</summary>
    [Fact]
    public void A_recognition_holds_for_its_year_and_each_consecutive_reconfirmed_year()
    {
        var model = New(year: 2024).Walk(null, ModelSteps.PathTo(ModelStatus.Proposed));
        model.Recognise(ModelSteps.Actor(), ModelLevel.Grassroots, ModelSteps.ProvincialDecision(new DateOnly(2025, 1, 15)), "/", 2024).ShouldBeNull();
        (model.RecognisedYear, model.ConfirmedYear).ShouldBe((2024, 2024)); // the year of achievement, not the year the decision was entered
        Enumerable.Range(2022, 6).Select(model.IsRecognisedFor).ShouldBe([false, false, true, false, false, false]);

        model.Reconfirm(ModelSteps.Actor(), 2024).ShouldNotBeNull().Code.ShouldBe("model.confirmed");
        model.Reconfirm(ModelSteps.Actor(), 2026).ShouldNotBeNull().Code.ShouldBe("model.lapsed"); // 2025 was never re-confirmed
        model.Reconfirm(ModelSteps.Actor(), 2025).ShouldBeNull();
        model.Reconfirm(ModelSteps.Actor(), 2026).ShouldBeNull();
        Enumerable.Range(2022, 6).Select(model.IsRecognisedFor).ShouldBe([false, false, true, true, true, false]);

        model.Walk(null, ModelAction.Drop); // the years it was recognised for stay
        model.IsRecognisedFor(2025).ShouldBeTrue();
    }

    [Theory]
    [InlineData(2023, "model.achievement_year")] // before the model's own year
    [InlineData(2024, null)]
    [InlineData(2025, null)]
    [InlineData(2026, "model.achievement_year")] // after the decision's issue year
    public void The_year_of_achievement_lies_between_the_models_year_and_the_decisions(int year, string? code)
    {
        var model = New(year: 2024).Walk(null, ModelSteps.PathTo(ModelStatus.Proposed));
        var error = model.Recognise(ModelSteps.Actor(), ModelLevel.Grassroots, ModelSteps.ProvincialDecision(new DateOnly(2025, 3, 1)), "/", year);
        error?.Code.ShouldBe(code);
        (error is null).ShouldBe(code is null);
        model.Status.ShouldBe(code is null ? ModelStatus.Recognised : ModelStatus.Proposed);
    }

    public static TheoryData<DocumentType, bool, string?, int?, ModelLevel, string?> Decisions() => new()
    {
        // type, stub, issuer path, issuer depth, level → error code (owner: a commune at /1/2/7/)
        { DocumentType.Decision, false, "/1/", 0, ModelLevel.Provincial, null }, // the province's root
        { DocumentType.Decision, false, "/1/2/", 1, ModelLevel.Provincial, null }, // UBND tỉnh
        { DocumentType.Decision, false, "/1/3/", 1, ModelLevel.Grassroots, null }, // the Party board, not above the commune: a province body
        { DocumentType.Decision, false, "/1/2/7/", 2, ModelLevel.Grassroots, null }, // the commune itself
        { DocumentType.Decision, false, "/1/2/7/", 2, ModelLevel.Provincial, "model.decision_competence" },
        { DocumentType.Decision, false, "/1/2/8/", 2, ModelLevel.Grassroots, "model.decision_competence" }, // another commune
        { DocumentType.Plan, false, "/1/2/", 1, ModelLevel.Grassroots, "model.decision_type" },
        { DocumentType.Letter, false, "/1/2/", 1, ModelLevel.Grassroots, "model.decision_type" },
        { DocumentType.Decision, true, "/1/2/", 1, ModelLevel.Grassroots, "model.decision_type" },
        { DocumentType.Decision, false, null, null, ModelLevel.Grassroots, "model.decision_issuer" },
    };

    [Theory]
    [MemberData(nameof(Decisions))]
    public void A_recognition_cites_a_decision_of_a_body_competent_for_the_level(DocumentType type, bool stub, string? path, int? depth, ModelLevel level,
        string? code)
    {
        var decision = new RecognitionDecision(Guid.CreateVersion7(), type, stub, new DateOnly(2026, 2, 1), path, depth);
        decision.RefusalFor(level, "/1/2/7/")?.Code.ShouldBe(code);
        (decision.RefusalFor(level, "/1/2/7/") is null).ShouldBe(code is null);

        var model = New().Walk(null, ModelSteps.PathTo(ModelStatus.Proposed));
        (model.Recognise(ModelSteps.Actor(), level, decision, "/1/2/7/", 2026) is null).ShouldBe(code is null);
        model.Status.ShouldBe(code is null ? ModelStatus.Recognised : ModelStatus.Proposed);
        model.RecognitionDocumentId.ShouldBe(code is null ? decision.Id : null);
    }

    [Fact]
    public void The_status_rules_are_stated_once_and_agree_with_each_other()
    {
        foreach (var s in Enum.GetValues<ModelStatus>())
        {
            DvkModel.IsActive(s).ShouldBe(s is ModelStatus.Registered or ModelStatus.Implementing or ModelStatus.Proposed or ModelStatus.Recognised, s.ToString());
            DvkModel.CanReportIn(s).ShouldBe(DvkModel.IsActive(s));
            DvkModel.CanScoreIn(s).ShouldBe(s == ModelStatus.Proposed);
            DvkModel.CanPublishIn(s).ShouldBe(DvkModel.Allows(s, ModelAction.Publish));
            DvkModel.CanBeReplicatedIn(s).ShouldBe(s == ModelStatus.Recognised);
            DvkModel.IsEditableIn(s).ShouldBe(s is ModelStatus.Draft or ModelStatus.Registered or ModelStatus.Implementing);
            DvkModel.RegisteredStatuses.Contains(s).ShouldBe(s is not (ModelStatus.Draft or ModelStatus.Withdrawn));
        }

        var rubric = ModelRubric.Default(Guid.Empty);
        rubric.MaxTotal.ShouldBe(40);
        new ModelReview(Guid.Empty, Guid.Empty, 1, Guid.Empty, "x", rubric,
            new Dictionary<string, int> { ["truthful"] = 7, ["effective"] = 8, ["sustainable"] = 9, ["replicable"] = 10 }, null).Total.ShouldBe(34);
    }

    private static AppError? Do(DvkModel model, ModelAction action, ModelActor by, int year, string? note) => action switch
    {
        ModelAction.Register => model.Register(by, note),
        ModelAction.StartImplementing => model.StartImplementing(by, note),
        ModelAction.Propose => model.Propose(by, note),
        ModelAction.Withdraw => model.Withdraw(by, note),
        ModelAction.Rework => model.Rework(by, note),
        ModelAction.Recognise => model.Recognise(by, model.Level, ModelSteps.ProvincialDecision(), "/", model.Year, note),
        ModelAction.Reject => model.Reject(by, note),
        ModelAction.Reconfirm => model.Reconfirm(by, year, note),
        ModelAction.Drop => model.Drop(by, note),
        ModelAction.Publish => model.Publish(by, note),
        ModelAction.Unpublish => model.Unpublish(by, note),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    private static DvkModel New(int year = 2026) => DvkModel.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), null, year,
        new ModelDetails("Mô hình thử", ModelField.Economy, null, ModelLevel.Grassroots, null, null, null, null, null, null, null, null, null, null, null),
        null, null, null);
}
