using DanVan.Features.Registrations;
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

/// <summary>What a user asks a model to do; each is one transition of the state machine below.</summary>
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
}

/// <summary>
/// A "Dân vận khéo" model (glossary: Model; named DvkModel so that it never clashes with Razor's <c>Model</c>). The
/// registration fields of DOMAIN.md §2, an owner (a unit, optionally a person for an individual model), a level, and a
/// small state machine: draft → registered → implementing → proposed → recognised | not recognised; withdrawn at any
/// time before recognition; a recognised model is re-confirmed each year or dropped. Each transition is recorded in
/// <see cref="ModelEvent"/> with who, when and why. A model may replicate a recognised one (<see cref="ReplicatedFromId"/>).
/// </summary>
public sealed class DvkModel : ITenantOwned, IStamped, IVersioned
{
    public const int NameMax = 300;
    public const int TextMax = 4000;

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
    public int? RecognisedYear { get; private set; }
    public int? ConfirmedYear { get; private set; }
    public bool IsPublished { get; private set; }
    public DateTime? PublishedAt { get; private set; }

    /// <summary>When a reviewer last approved the model's progress reports and evidence for the public site (see <see cref="SetPublished"/>).</summary>
    public DateTime? ContentReviewedAt { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

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

    /// <summary>The owner's content can change until the model is proposed for recognition.</summary>
    public bool IsEditable => Status is ModelStatus.Draft or ModelStatus.Registered or ModelStatus.Implementing;

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

    /// <summary>The state machine, stated once: the states an action may start from, and where it leads.</summary>
    public static (ModelStatus[] From, ModelStatus To) Rule(ModelAction action) => action switch
    {
        ModelAction.Register => ([ModelStatus.Draft], ModelStatus.Registered),
        ModelAction.StartImplementing => ([ModelStatus.Registered], ModelStatus.Implementing),
        ModelAction.Propose => ([ModelStatus.Implementing], ModelStatus.Proposed),
        ModelAction.Recognise => ([ModelStatus.Proposed], ModelStatus.Recognised),
        ModelAction.Reject => ([ModelStatus.Proposed], ModelStatus.NotRecognised),
        ModelAction.Withdraw => ([ModelStatus.Draft, ModelStatus.Registered, ModelStatus.Implementing, ModelStatus.Proposed], ModelStatus.Withdrawn),
        ModelAction.Reconfirm => ([ModelStatus.Recognised], ModelStatus.Recognised),
        ModelAction.Drop => ([ModelStatus.Recognised], ModelStatus.Dropped),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>Recognition and its reversal are the reviewing body's; everything else is the owner's.</summary>
    public static bool IsReview(ModelAction action) => action is ModelAction.Recognise or ModelAction.Reject or ModelAction.Reconfirm or ModelAction.Drop;

    /// <summary>
    /// The level a reviewing act touches, for the level rule of <see cref="ReviewingBody"/>: the model's own level, or the
    /// level it is recognised at when that is higher. Every act of the reviewing body on the model is judged at this level
    /// (recognise, reject, re-confirm, drop, publish, unpublish, approve new public content).
    /// </summary>
    public ModelLevel LevelTouched(ModelLevel? recognisedAt = null) => recognisedAt is { } granted && granted > Level ? granted : Level;

    public AppError? Apply(ModelAction action, int year, ModelLevel? level, Guid? decisionId)
    {
        var (from, to) = Rule(action);
        if (!from.Contains(Status))
        {
            return ModelErrors.BadTransition(action, Status);
        }

        if (action == ModelAction.Reconfirm && ConfirmedYear >= year)
        {
            return ModelErrors.AlreadyConfirmed(year);
        }

        Status = to;
        if (action == ModelAction.Recognise)
        {
            Level = level ?? Level;
            RecognitionDocumentId = decisionId;
            RecognisedYear = year;
            ConfirmedYear = year;
        }
        else if (action == ModelAction.Drop)
        {
            IsPublished = false; // a model no longer recognised leaves the public pages
        }
        else if (action == ModelAction.Reconfirm)
        {
            ConfirmedYear = year;
        }

        return null;
    }

    /// <summary>
    /// Only a recognised model may be shown to the public; unpublishing is always allowed. Publishing — again, when the
    /// model is already public — is the reviewer's approval of the progress reports and evidence the owner has added so
    /// far: the caller marks them reviewed with <see cref="ContentReviewedAt"/>; the public site shows nothing else.
    /// </summary>
    public AppError? SetPublished(bool published, DateTime now)
    {
        if (published && Status != ModelStatus.Recognised)
        {
            return ModelErrors.PublishUnrecognised;
        }

        PublishedAt = published ? (IsPublished ? PublishedAt : now) : null;
        IsPublished = published;
        if (published)
        {
            ContentReviewedAt = now;
        }

        return null;
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

/// <summary>A model's history: each transition with who, when and why.</summary>
public sealed class ModelEvent : ITenantOwned
{
    public const int NoteMax = 1000;

    private ModelEvent()
    {
    }

    public ModelEvent(Guid tenantId, Guid modelId, DateTime at, Guid userId, string userName, ModelAction action, ModelStatus from, ModelStatus to, string? note)
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
