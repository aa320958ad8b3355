using DanVan.Infrastructure.Data;

namespace DanVan.Features.Movements;

/// <summary>
/// Every step recorded in a movement's history, stored by name. The movement's own transitions, a unit's plan
/// obligation (file, withdraw, waive, lift a waiver, extend) and a unit's registration (approve, reopen). Labels in
/// <see cref="MovementLabels"/>.
/// </summary>
public enum MovementAction
{
    Created,
    Edited,
    Launched,
    Closed,
    PlanFiled,
    PlanWithdrawn,
    Waived,
    WaiverLifted,
    DeadlineExtended,
    RegistrationApproved,
    RegistrationReopened,
    RemindersSet,
}

/// <summary>
/// The movement's history: who did what, when and why. Written only by the entities' transition methods
/// (<see cref="Movement"/>, <see cref="PlanObligation"/>, <c>Registration</c>): a row of a unit's obligation or
/// registration names the unit and that object, so that the unit sees it on its own pages.
/// </summary>
public sealed class MovementEvent : ITenantOwned
{
    public const int NoteMax = 1000;

    private MovementEvent()
    {
    }

    internal MovementEvent(Guid tenantId, Guid movementId, Actor by, MovementAction action, string? note,
        Guid? unitId = null, Guid? obligationId = null, Guid? registrationId = null, DateOnly? until = null)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        MovementId = movementId;
        At = by.At;
        UserId = by.UserId;
        UserName = by.UserName;
        Action = action;
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
        UnitId = unitId;
        ObligationId = obligationId;
        RegistrationId = registrationId;
        Until = until;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid MovementId { get; private set; }
    public DateTime At { get; private set; }
    public Guid UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public MovementAction Action { get; private set; }
    public string? Note { get; private set; }

    /// <summary>The unit the step concerns (null for the movement's own steps).</summary>
    public Guid? UnitId { get; private set; }

    public Guid? ObligationId { get; private set; }
    public Guid? RegistrationId { get; private set; }

    /// <summary>The date the step set: a new deadline (extension) or the end of a reopening.</summary>
    public DateOnly? Until { get; private set; }
}
