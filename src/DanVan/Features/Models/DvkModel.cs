using System.Linq.Expressions;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Models;

public enum ModelStatus
{
    Draft,
    Registered,
    Implementing,
    Proposed,
    Recognised,
    NotRecognised,
    Withdrawn,
    Dropped,
}

public enum ModelLevel
{
    Grassroots,
    Provincial,
}

/// <summary>What a user asks a model to do; each is one named transition of <see cref="DvkModel"/> and one history row.</summary>
public enum ModelAction
{
    Register,
    StartImplementing,
    Propose,
    Recognise,
    Reject,
    Withdraw,
    Reconfirm,
    Drop,

    /// <summary>A model not recognised goes back to implementing, to be improved and proposed again in a later round.</summary>
    Rework,
    Publish,
    Unpublish,
}

/// <summary>Who acts on a model and when (UTC): the first columns of the history row the entity appends.</summary>
public readonly record struct ModelActor(Guid UserId, string UserName, DateTime At);

/// <summary>
/// The decision document a recognition cites, as the rules need it: its type, whether it is a stub, its issue date, and
/// its issuing unit's path and depth (null when the issuer is not a unit of the tenant).
/// </summary>
public sealed record RecognitionDecision(Guid Id, DocumentType Type, bool IsStub, DateOnly? IssueDate, string? IssuerPath, int? IssuerDepth)
{
    /// <summary>The depth of the province's own bodies: the province's root unit and the bodies directly under it (UBND tỉnh, the Tỉnh ủy's boards).</summary>
    public const int ProvincialBodyDepth = 1;

    /// <summary>
    /// The rule, stated once: a recognition needs a registered Decision (Quyết định) issued by a body competent for the
    /// level — a province-level body (the root unit or a unit directly under it: UBND tỉnh, Ban Tuyên giáo và Dân vận
    /// Tỉnh ủy) for a provincial-level model; for a grassroots-level model also the owner unit itself or any unit above
    /// it (a commune or department recognising its own units' models). Null when the decision may be cited.
    /// </summary>
    public AppError? RefusalFor(ModelLevel level, string ownerPath) =>
        Type != DocumentType.Decision || IsStub ? ModelErrors.DecisionNotADecision
        : IssuerPath is null || IssuerDepth is null ? ModelErrors.DecisionIssuerUnknown
        : IssuerDepth <= ProvincialBodyDepth ? null
        : level == ModelLevel.Grassroots && ownerPath.StartsWith(IssuerPath, StringComparison.Ordinal) ? null
        : ModelErrors.DecisionNotCompetent(level);
}

/// <summary>
/// A "Dân vận khéo" model (glossary: Model; named DvkModel so that it never clashes with Razor's <c>Model</c>). The
/// registration fields of DOMAIN.md §2, an owner (a unit, optionally a person for an individual model), a level, and a
/// small state machine owned here: draft → registered → implementing → proposed → recognised | not recognised (which may
/// be reworked and proposed again); withdrawn at any time before recognition; a recognised model is re-confirmed each
/// year or dropped. Each named transition checks the state, changes it and appends its own <see cref="ModelEvent"/>
/// (who, when, the action, the note or reason); handlers never write history. Reject, Drop and Unpublish need a reason.
/// A recognition carries the year of achievement; "recognised for year Y" (<see cref="IsRecognisedFor(int)"/>) means
/// recognised for Y or re-confirmed for Y, year after year — a recognition not re-confirmed lapses for later years.
/// </summary>
public sealed class DvkModel : ITenantOwned, IStamped, IVersioned
{
    public const int NameMax = 300;
    public const int TextMax = 4000;

    /// <summary>The statuses of a model still on its way this year: registered, implementing, proposed.</summary>
    public static readonly ModelStatus[] InProgressStatuses = [ModelStatus.Registered, ModelStatus.Implementing, ModelStatus.Proposed];

    /// <summary>
    /// The "active model" set, stated once: in progress or recognised. Progress may be reported in these states; the
    /// library's and the demo's "active" mean these.
    /// </summary>
    public static readonly ModelStatus[] ActiveStatuses = [.. InProgressStatuses, ModelStatus.Recognised];

    /// <summary>
    /// A model not ended (ended: withdrawn, not recognised, dropped): a draft or an active one. Open models follow their
    /// unit's successor through a reorganisation; ended ones stay with the closed unit as its history.
    /// </summary>
    public static readonly ModelStatus[] OpenStatuses = [ModelStatus.Draft, .. ActiveStatuses];

    /// <summary>The models counted as "registered" in the trend: all but drafts and withdrawn ones.</summary>
    public static readonly ModelStatus[] RegisteredStatuses =
        [ModelStatus.Registered, ModelStatus.Implementing, ModelStatus.Proposed, ModelStatus.Recognised, ModelStatus.NotRecognised, ModelStatus.Dropped];

    /// <summary>The statuses a model may be published in (the SQL twin of <see cref="CanPublishIn"/>).</summary>
    public static readonly ModelStatus[] PublishableStatuses = [ModelStatus.Recognised];

    private readonly List<ModelEvent> _history = [];

    private DvkModel()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid? PersonId { get; private set; }
    public Guid? MovementId { get; private set; }
    public Guid? PlannedModelId { get; private set; }
    public Guid? ReplicatedFromId { get; private set; }
    public int Year { get; private set; }
    public string Name { get; private set; } = "";
    public string SearchFolded { get; private set; } = "";
    public ModelField Field { get; private set; }
    public string? OtherField { get; private set; }
    public ModelLevel Level { get; private set; }
    public string? Problem { get; private set; }
    public string? Goals { get; private set; }
    public string? ContentAndMethods { get; private set; }
    public string? AreaAndBeneficiaries { get; private set; }
    public string? Forces { get; private set; }
    public string? Resources { get; private set; }
    public DateOnly? StartsOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }
    public DateOnly? EvaluationOn { get; private set; }
    public string? ExpectedOutputs { get; private set; }
    public string? Sustainability { get; private set; }
    public ModelStatus Status { get; private set; }
    public Guid? RecognitionDocumentId { get; private set; }

    /// <summary>The year of achievement the recognition is for (from the decision's period or the movement's year), not the year it was entered.</summary>
    public int? RecognisedYear { get; private set; }

    /// <summary>The last year the model is recognised for: the recognition's year, then each re-confirmed year (consecutive).</summary>
    public int? ConfirmedYear { get; private set; }

    /// <summary>The round of proposal: 1 when first proposed, one more each time it is proposed again after a rejection. Scores belong to a round.</summary>
    public int Round { get; private set; }
    public bool IsPublished { get; private set; }
    public DateTime? PublishedAt { get; private set; }

    /// <summary>When a reviewer last approved the model's progress reports and evidence for the public site (see <see cref="Publish"/>).</summary>
    public DateTime? ContentReviewedAt { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The history rows appended by this instance's transitions (loaded rows are read through <c>ModelEvents</c>).</summary>
    public IReadOnlyList<ModelEvent> History => _history;

    public static DvkModel Create(Guid tenantId, Guid unitId, Guid? personId, int year, ModelDetails details, Guid? movementId,
        Guid? plannedModelId, Guid? replicatedFromId)
    {
        var model = new DvkModel
        {
            Id = Guid.CreateVersion7(), TenantId = tenantId, UnitId = unitId, PersonId = personId, Year = year, MovementId = movementId,
            PlannedModelId = plannedModelId, ReplicatedFromId = replicatedFromId, Status = ModelStatus.Draft,
        };
        model.Apply(details);
        return model;
    }

    // ---- The rules, stated once: handlers, pages, SQL filters and the demo use these. ----

    /// <summary>The states each action may start from.</summary>
    public static bool Allows(ModelStatus status, ModelAction action) => action switch
    {
        ModelAction.Register => status == ModelStatus.Draft,
        ModelAction.StartImplementing => status == ModelStatus.Registered,
        ModelAction.Propose => status == ModelStatus.Implementing,
        ModelAction.Recognise or ModelAction.Reject => status == ModelStatus.Proposed,
        ModelAction.Withdraw => status is ModelStatus.Draft or ModelStatus.Registered or ModelStatus.Implementing or ModelStatus.Proposed,
        ModelAction.Reconfirm or ModelAction.Drop or ModelAction.Publish => status == ModelStatus.Recognised,
        ModelAction.Rework => status == ModelStatus.NotRecognised,
        ModelAction.Unpublish => true, // a model may always be taken off the public pages (it must be on them: see Unpublish)
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>The actions that move a model between states (the transitions endpoint and the page's action form); publishing has its own.</summary>
    public static readonly ModelAction[] StateActions =
    [
        ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Recognise, ModelAction.Reject, ModelAction.Withdraw,
        ModelAction.Reconfirm, ModelAction.Drop, ModelAction.Rework,
    ];

    /// <summary>Recognition, its reversal and publication are the reviewing body's; everything else is the owner's.</summary>
    public static bool IsReview(ModelAction action) => action is ModelAction.Recognise or ModelAction.Reject or ModelAction.Reconfirm or ModelAction.Drop
        or ModelAction.Publish or ModelAction.Unpublish;

    /// <summary>Every negative step needs a reason, shown to the owner unit in the model's history.</summary>
    public static bool NeedsReason(ModelAction action) => action is ModelAction.Reject or ModelAction.Drop or ModelAction.Unpublish;

    public static bool IsActive(ModelStatus status) => ActiveStatuses.Contains(status);

    /// <summary>The owner's content can change until the model is proposed for recognition (again after a rework).</summary>
    public static bool IsEditableIn(ModelStatus status) => status is ModelStatus.Draft or ModelStatus.Registered or ModelStatus.Implementing;

    /// <summary>Progress may be reported while the model is active (from registration, and while a recognised model lives on).</summary>
    public static bool CanReportIn(ModelStatus status) => IsActive(status);

    /// <summary>Reviewers score a model while it is proposed.</summary>
    public static bool CanScoreIn(ModelStatus status) => status == ModelStatus.Proposed;

    /// <summary>Only a recognised model may be published — and replicated.</summary>
    public static bool CanPublishIn(ModelStatus status) => PublishableStatuses.Contains(status);

    public static bool CanBeReplicatedIn(ModelStatus status) => status == ModelStatus.Recognised;

    public bool IsEditable => IsEditableIn(Status);

    /// <summary>"Recognised for year Y": recognised for Y, or re-confirmed for every year from its recognition up to Y.</summary>
    public static bool IsRecognisedFor(int? recognisedYear, int? confirmedYear, int year) => recognisedYear <= year && year <= confirmedYear;

    public bool IsRecognisedFor(int year) => IsRecognisedFor(RecognisedYear, ConfirmedYear, year);

    /// <summary>The SQL twin of <see cref="IsRecognisedFor(int)"/> (a test proves both agree).</summary>
    public static Expression<Func<DvkModel, bool>> RecognisedIn(int year) => m => m.RecognisedYear <= year && m.ConfirmedYear >= year;

    /// <summary>
    /// Whether the model counts in the coverage of a movement of <paramref name="year"/>: in progress in that movement (or
    /// attached to no movement, of that year), or recognised for that year — carried over from an earlier year and
    /// re-confirmed — when it belongs to a movement of the same series (<paramref name="series"/>) or to none.
    /// </summary>
    public static bool CountsInCoverage(ModelStatus status, Guid? movementId, int modelYear, int? recognisedYear, int? confirmedYear, Guid movement, int year,
        IReadOnlyCollection<Guid> series) =>
        (InProgressStatuses.Contains(status) && (movementId == movement || (movementId == null && modelYear == year)))
        || (IsRecognisedFor(recognisedYear, confirmedYear, year) && (movementId == null || series.Contains(movementId.Value)));

    /// <summary>The SQL twin of <see cref="CountsInCoverage"/> (a test proves both agree).</summary>
    public static Expression<Func<DvkModel, bool>> CountingInCoverage(Guid movement, int year, IReadOnlyCollection<Guid> series) => m =>
        (InProgressStatuses.Contains(m.Status) && (m.MovementId == movement || (m.MovementId == null && m.Year == year)))
        || (m.RecognisedYear <= year && m.ConfirmedYear >= year && (m.MovementId == null || series.Contains(m.MovementId.Value)));

    /// <summary>
    /// A model as the coverage of <paramref name="year"/> counts it: its status, except that a model recognised for that
    /// year counts as recognised (even if dropped later). The SQL form of <see cref="IsRecognisedFor(int)"/> again; a test proves both agree.
    /// </summary>
    public static Expression<Func<DvkModel, CoverageFact>> CoverageFacts(int year) => m => new CoverageFact
    {
        Id = m.Id, UnitId = m.UnitId, Field = m.Field, Level = m.Level,
        Status = m.RecognisedYear <= year && m.ConfirmedYear >= year ? ModelStatus.Recognised : m.Status,
    };

    /// <summary>
    /// The level a reviewing act touches, for the level rule of <see cref="ReviewingBody"/>: the model's own level, or the
    /// level it is recognised at when that is higher. Every act of the reviewing body on the model is judged at this level
    /// (recognise, reject, re-confirm, drop, publish, unpublish, approve new public content).
    /// </summary>
    public ModelLevel LevelTouched(ModelLevel? recognisedAt = null) => recognisedAt is { } granted && granted > Level ? granted : Level;

    /// <summary>The year of achievement a recognition may carry: not before the model's own year, not after the decision's issue year.</summary>
    public AppError? AchievementYearRefusal(int year, DateOnly? decisionIssued) =>
        year < Year ? ModelErrors.AchievementBeforeModel(Year)
        : decisionIssued is { } issued && year > issued.Year ? ModelErrors.AchievementAfterDecision(issued.Year)
        : null;

    // ---- Transitions: each checks the state, changes it and appends its own history row. ----

    public AppError? Edit(ModelDetails details)
    {
        if (!IsEditable)
        {
            return ModelErrors.NotEditable(Status);
        }

        Apply(details);
        return null;
    }

    /// <summary>The owner unit closed (merged, dissolved, split): its successor owns the model from now on, in whatever state.</summary>
    public void PassTo(Guid unitId) => UnitId = unitId;

    public AppError? Register(ModelActor by, string? note = null) => Move(ModelAction.Register, ModelStatus.Registered, by, note);

    public AppError? StartImplementing(ModelActor by, string? note = null) => Move(ModelAction.StartImplementing, ModelStatus.Implementing, by, note);

    /// <summary>Proposed for recognition: a new round of scoring begins.</summary>
    public AppError? Propose(ModelActor by, string? note = null)
    {
        if (Move(ModelAction.Propose, ModelStatus.Proposed, by, note) is { } error)
        {
            return error;
        }

        Round++;
        return null;
    }

    public AppError? Withdraw(ModelActor by, string? note = null) => Move(ModelAction.Withdraw, ModelStatus.Withdrawn, by, note);

    /// <summary>
    /// Recognised at <paramref name="level"/> by <paramref name="decision"/> (a Decision of a body competent for that level,
    /// <see cref="RecognitionDecision.RefusalFor"/>) for the year of achievement <paramref name="achievementYear"/>.
    /// </summary>
    public AppError? Recognise(ModelActor by, ModelLevel level, RecognitionDecision? decision, string ownerPath, int achievementYear, string? note = null)
    {
        if (Refusal(ModelAction.Recognise, note) is { } refused)
        {
            return refused;
        }

        if (decision is null)
        {
            return ModelErrors.DecisionRequired;
        }

        if ((decision.RefusalFor(level, ownerPath) ?? AchievementYearRefusal(achievementYear, decision.IssueDate)) is { } error)
        {
            return error;
        }

        Level = level;
        RecognitionDocumentId = decision.Id;
        RecognisedYear = achievementYear;
        ConfirmedYear = achievementYear;
        Record(ModelAction.Recognise, ModelStatus.Recognised, by, note);
        return null;
    }

    /// <summary>Not recognised, with the reason the owner unit reads; the model may be reworked and proposed again.</summary>
    public AppError? Reject(ModelActor by, string? reason) => Move(ModelAction.Reject, ModelStatus.NotRecognised, by, reason);

    /// <summary>Back to implementing after a rejection, keeping the history: the owner improves it and proposes it again in a later round.</summary>
    public AppError? Rework(ModelActor by, string? note = null) => Move(ModelAction.Rework, ModelStatus.Implementing, by, note);

    /// <summary>Still effective in <paramref name="year"/>: only the year after the last one recognised (a gap means the recognition lapsed).</summary>
    public AppError? Reconfirm(ModelActor by, int year, string? note = null)
    {
        if (Refusal(ModelAction.Reconfirm, note) is { } refused)
        {
            return refused;
        }

        if (ConfirmedYear >= year)
        {
            return ModelErrors.AlreadyConfirmed(year);
        }

        if (ConfirmedYear + 1 != year)
        {
            return ModelErrors.RecognitionLapsed(ConfirmedYear!.Value, year);
        }

        ConfirmedYear = year;
        Record(ModelAction.Reconfirm, ModelStatus.Recognised, by, note);
        return null;
    }

    /// <summary>No longer effective: dropped from the list and taken off the public pages; the years it was recognised for stay.</summary>
    public AppError? Drop(ModelActor by, string? reason)
    {
        if (Move(ModelAction.Drop, ModelStatus.Dropped, by, reason) is { } error)
        {
            return error;
        }

        IsPublished = false;
        PublishedAt = null;
        return null;
    }

    /// <summary>
    /// Only a recognised model may be shown to the public. Publishing — again, when the model is already public — is the
    /// reviewer's approval of the progress reports and evidence the owner has added so far: the caller marks them reviewed
    /// at <see cref="ContentReviewedAt"/>; the public site shows nothing else.
    /// </summary>
    public AppError? Publish(ModelActor by, string? note = null)
    {
        if (!CanPublishIn(Status))
        {
            return ModelErrors.PublishUnrecognised;
        }

        PublishedAt = IsPublished ? PublishedAt : by.At;
        IsPublished = true;
        ContentReviewedAt = by.At;
        Record(ModelAction.Publish, Status, by, note);
        return null;
    }

    /// <summary>Taken off the public pages, with a reason.</summary>
    public AppError? Unpublish(ModelActor by, string? reason)
    {
        if (Refusal(ModelAction.Unpublish, reason) is { } refused)
        {
            return refused;
        }

        if (!IsPublished)
        {
            return ModelErrors.NotPublished;
        }

        IsPublished = false;
        PublishedAt = null;
        Record(ModelAction.Unpublish, Status, by, reason);
        return null;
    }

    private AppError? Move(ModelAction action, ModelStatus to, ModelActor by, string? note)
    {
        if (Refusal(action, note) is { } refused)
        {
            return refused;
        }

        Record(action, to, by, note);
        return null;
    }

    /// <summary>The state check and the reason check every transition starts with.</summary>
    private AppError? Refusal(ModelAction action, string? note) =>
        !Allows(Status, action) ? ModelErrors.BadTransition(action, Status)
        : NeedsReason(action) && string.IsNullOrWhiteSpace(note) ? ModelErrors.ReasonRequired(action)
        : null;

    private void Record(ModelAction action, ModelStatus to, ModelActor by, string? note)
    {
        var from = Status;
        Status = to;
        _history.Add(new ModelEvent(TenantId, Id, by.At, by.UserId, by.UserName, action, from, to, string.IsNullOrWhiteSpace(note) ? null : note));
    }

    private void Apply(ModelDetails d)
    {
        Name = d.Name;
        Field = d.Field;
        OtherField = d.Field == ModelField.Other ? d.OtherField : null;
        Level = d.Level;
        Problem = d.Problem;
        Goals = d.Goals;
        ContentAndMethods = d.ContentAndMethods;
        AreaAndBeneficiaries = d.AreaAndBeneficiaries;
        Forces = d.Forces;
        Resources = d.Resources;
        StartsOn = d.StartsOn;
        EndsOn = d.EndsOn;
        EvaluationOn = d.EvaluationOn;
        ExpectedOutputs = d.ExpectedOutputs;
        Sustainability = d.Sustainability;
        SearchFolded = VietnameseText.Fold(string.Join(' ', d.Name, d.Problem, d.Goals, d.ContentAndMethods, d.AreaAndBeneficiaries));
    }
}

public sealed record ModelDetails(string Name, ModelField Field, string? OtherField, ModelLevel Level, string? Problem, string? Goals,
    string? ContentAndMethods, string? AreaAndBeneficiaries, string? Forces, string? Resources, DateOnly? StartsOn, DateOnly? EndsOn,
    DateOnly? EvaluationOn, string? ExpectedOutputs, string? Sustainability);

/// <summary>A model's history: each transition with who, when, the action and the note or reason — appended by <see cref="DvkModel"/>'s transitions only.</summary>
public sealed class ModelEvent : ITenantOwned
{
    public const int NoteMax = 1000;

    private ModelEvent()
    {
    }

    internal ModelEvent(Guid tenantId, Guid modelId, DateTime at, Guid userId, string userName, ModelAction action, ModelStatus from, ModelStatus to, string? note)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        ModelId = modelId;
        At = at;
        UserId = userId;
        UserName = userName;
        Action = action;
        FromStatus = from;
        ToStatus = to;
        Note = note;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ModelId { get; private set; }
    public DateTime At { get; private set; }
    public Guid UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public ModelAction Action { get; private set; }
    public ModelStatus FromStatus { get; private set; }
    public ModelStatus ToStatus { get; private set; }
    public string? Note { get; private set; }
}
