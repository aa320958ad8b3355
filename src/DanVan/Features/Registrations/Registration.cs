using DanVan.Features.Models;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Registrations;

public enum RegistrationStatus
{
    Draft,
    Approved,
}

/// <summary>
/// A unit's emulation registration (đăng ký thi đua) for a movement: the titles it aims at, the models it plans,
/// its commitments and the people it registers. Editable by the unit until the registration deadline (or until an
/// administrator's reopening ends); approved by the unit's head, after which it is locked. Registering is the unit's
/// commitment, never a legal condition for an award (Law 06/2022/QH15 Art. 7). Approve and reopen append their own
/// row to the movement's history (<see cref="History"/>).
/// </summary>
public sealed class Registration : ITenantOwned, IStamped, IVersioned
{
    public const int CommitmentsMax = 4000;
    public const int TitlesMax = 1000;

    private readonly List<MovementEvent> _history = [];

    private Registration()
    {
    }

    public Registration(Guid tenantId, Guid movementId, Guid unitId, int year)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        MovementId = movementId;
        UnitId = unitId;
        Year = year;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public Guid MovementId { get; private set; }
    public Guid UnitId { get; private set; }
    public int Year { get; private set; }
    public string Titles { get; private set; } = "";
    public string? Commitments { get; private set; }
    public RegistrationStatus Status { get; private set; }
    public DateTime? ApprovedAt { get; private set; }
    public Guid? ApprovedBy { get; private set; }
    public DateOnly? ReopenedUntil { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public IReadOnlyList<MovementEvent> History => _history;

    public IReadOnlyList<string> TitleCodes => Titles.Length == 0 ? [] : Titles.Split(';');

    /// <summary>The one lock rule: open while a draft, and on or before the deadline or the end of a reopening.</summary>
    public static bool IsOpen(RegistrationStatus status, DateOnly? deadline, DateOnly? reopenedUntil, DateOnly today) =>
        status == RegistrationStatus.Draft && (deadline is null || today <= deadline || (reopenedUntil is { } until && today <= until));

    public AppError? CheckEditable(DateOnly? deadline, DateOnly today) =>
        Status == RegistrationStatus.Approved ? RegistrationErrors.Approved
        : IsOpen(Status, deadline, ReopenedUntil, today) ? null
        : RegistrationErrors.Locked;

    public void SetDetails(IEnumerable<string> titles, string? commitments)
    {
        Titles = string.Join(';', titles.Distinct());
        Commitments = string.IsNullOrWhiteSpace(commitments) ? null : commitments;
    }

    /// <summary>Only a draft is approved (stated once for the handler, the page's button and the API's CanApprove).</summary>
    public static bool CanApprove(RegistrationStatus status) => status == RegistrationStatus.Draft;

    public AppError? Approve(Actor by)
    {
        if (!CanApprove(Status))
        {
            return RegistrationErrors.Approved;
        }

        Status = RegistrationStatus.Approved;
        ApprovedAt = by.At;
        ApprovedBy = by.UserId;
        Record(by, MovementAction.RegistrationApproved, null, null);
        return null;
    }

    /// <summary>The unit closed (merged, dissolved, split): its successor takes over the registration as it stands.</summary>
    public void PassTo(Guid unitId) => UnitId = unitId;

    /// <summary>An administrator reopens a registration (approved or past the deadline) until a given day.</summary>
    public AppError? Reopen(DateOnly until, string? note, Actor by, DateOnly today)
    {
        if (until < today)
        {
            return RegistrationErrors.ReopenInPast;
        }

        Status = RegistrationStatus.Draft;
        ApprovedAt = null;
        ApprovedBy = null;
        ReopenedUntil = until;
        Record(by, MovementAction.RegistrationReopened, note, until);
        return null;
    }

    private void Record(Actor by, MovementAction action, string? note, DateOnly? until) =>
        _history.Add(new MovementEvent(TenantId, MovementId, by, action, note, UnitId, registrationId: Id, until: until));
}

/// <summary>A model the unit plans to build or replicate; the models feature takes it over (<see cref="TakenOver"/>).</summary>
public sealed class PlannedModel : ITenantOwned
{
    public const int NameMax = 300;

    private PlannedModel()
    {
    }

    public PlannedModel(Guid tenantId, Guid registrationId, int seq, string name, ModelField field, string? otherField)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        RegistrationId = registrationId;
        Seq = seq;
        Name = name;
        Field = field;
        OtherField = field == ModelField.Other ? otherField : null;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid RegistrationId { get; private set; }
    public int Seq { get; private set; }
    public string Name { get; private set; } = "";
    public ModelField Field { get; private set; }
    public string? OtherField { get; private set; }
    public bool TakenOver { get; private set; }

    public void MarkTakenOver() => TakenOver = true;
}

/// <summary>A person the unit registers, with the individual title they aim at.</summary>
public sealed class RegisteredPerson : ITenantOwned
{
    public const int TitleMax = 60;

    private RegisteredPerson()
    {
    }

    public RegisteredPerson(Guid tenantId, Guid registrationId, Guid personId, string title)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        RegistrationId = registrationId;
        PersonId = personId;
        Title = title;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid RegistrationId { get; private set; }
    public Guid PersonId { get; private set; }
    public string Title { get; private set; } = "";

    public void SetTitle(string title) => Title = title;
}
