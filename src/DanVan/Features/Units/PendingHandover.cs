using System.Linq.Expressions;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Units;

public enum PendingHandoverState
{
    Pending,
    Applied,
    Cancelled,
}

/// <summary>
/// A reorganisation recorded before its effective date: the closed unit's open work passes to the chosen successors on
/// <see cref="EffectiveOn"/> (ADR 0018), not when the change was recorded. Holds the operator's choice, already checked
/// when recorded, resolved per kind of work; <see cref="ApplyPendingHandovers"/> applies it on the date through
/// <see cref="ReassignOpenWork"/> in the name of the one who recorded it. Pending → Applied, or Cancelled with a reason.
/// A unit closes once, so it has at most one of merge, dissolve or split. A transfer of part dated in the future
/// (<see cref="SuccessionKind.Transfer"/>, <see cref="ForTransfer"/>) is the same row with the chosen sub-units and people
/// (<see cref="SubUnitIds"/>, <see cref="PersonIds"/>) and its succession link; on the date <see cref="TransferUnitPart.MoveAsync"/>
/// moves those still in the unit, and the ones that left meanwhile are written in <see cref="LastError"/> (ADR 0018).
/// <see cref="Version"/> makes a second applier lose instead of applying twice.
/// </summary>
public sealed class PendingHandover : ITenantOwned, IVersioned
{
    public const int BasisMax = 500;
    public const int ReasonMax = 500;
    public const int ErrorMax = 500;

    private PendingHandover()
    {
    }

    public PendingHandover(Guid tenantId, Guid unitId, SuccessionKind kind, DateOnly effectiveOn, string basis, ReassignOpenWork.Choice choice, Actor by)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        UnitId = unitId;
        Kind = kind;
        EffectiveOn = effectiveOn;
        Basis = basis.Length > BasisMax ? basis[..BasisMax] : basis;
        PlanObligationsTo = choice.For(WorkKind.PlanObligation);
        RegistrationsTo = choice.For(WorkKind.Registration);
        ModelsTo = choice.For(WorkKind.Model);
        RoleAssignmentsTo = choice.For(WorkKind.RoleAssignment);
        PeopleTo = choice.For(WorkKind.Person);
        SubUnitsTo = choice.For(WorkKind.SubUnit);
        RecordedBy = by.UserId;
        RecordedByName = by.UserName;
        RecordedAt = by.At;
    }

    /// <summary>A transfer of part dated in the future: its chosen sub-units and people move to the link's successor on the date.</summary>
    public static PendingHandover ForTransfer(UnitSuccession link, IReadOnlyCollection<Guid> subUnitIds, IReadOnlyCollection<Guid> personIds, Actor by) =>
        new(link.TenantId, link.PredecessorId, SuccessionKind.Transfer, link.EffectiveOn, link.Basis ?? "",
            new ReassignOpenWork.Choice
            {
                SubUnitsTo = subUnitIds.Count > 0 ? link.SuccessorId : null,
                PeopleTo = personIds.Count > 0 ? link.SuccessorId : null,
            }, by)
        {
            SuccessionId = link.Id,
            SubUnitIds = [.. subUnitIds],
            PersonIds = [.. personIds],
        };

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public Guid UnitId { get; private set; }
    public SuccessionKind Kind { get; private set; }
    public DateOnly EffectiveOn { get; private set; }

    /// <summary>The decision the work passes under (the succession's basis, or merge's note), as written in each handover line.</summary>
    public string Basis { get; private set; } = "";

    public Guid? PlanObligationsTo { get; private set; }
    public Guid? RegistrationsTo { get; private set; }
    public Guid? ModelsTo { get; private set; }
    public Guid? RoleAssignmentsTo { get; private set; }
    public Guid? PeopleTo { get; private set; }
    public Guid? SubUnitsTo { get; private set; }
    /// <summary>Transfer of part only: its succession link (a unit may transfer parts several times), and what it moves.</summary>
    public Guid? SuccessionId { get; private set; }

    public List<Guid> SubUnitIds { get; private set; } = [];
    public List<Guid> PersonIds { get; private set; } = [];

    public Guid RecordedBy { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }
    public PendingHandoverState State { get; private set; }
    public DateTime? AppliedAt { get; private set; }
    public DateTime? CancelledAt { get; private set; }
    public Guid? CancelledBy { get; private set; }
    public string? CancelReason { get; private set; }

    /// <summary>Why the last attempt to apply it on its date was refused (e.g. the recorder lost the grant reach); it stays pending.</summary>
    public string? LastError { get; private set; }

    /// <summary>The choice as <see cref="ReassignOpenWork"/> takes it: one successor per kind, nothing "for all".</summary>
    public ReassignOpenWork.Choice Choice() => new()
    {
        PlanObligationsTo = PlanObligationsTo, RegistrationsTo = RegistrationsTo, ModelsTo = ModelsTo,
        RoleAssignmentsTo = RoleAssignmentsTo, PeopleTo = PeopleTo, SubUnitsTo = SubUnitsTo,
    };

    /// <summary>Due on its date (Vietnam), never before; stated once, for the applier's query and for <see cref="Apply"/>.</summary>
    public static Expression<Func<PendingHandover, bool>> DueOn(DateOnly today) => p => p.State == PendingHandoverState.Pending && p.EffectiveOn <= today;

    public AppError? Apply(DateOnly today, DateTime at)
    {
        if (!DueOn(today).Compile()(this))
        {
            return UnitErrors.HandoverNotPending;
        }

        State = PendingHandoverState.Applied;
        AppliedAt = at;
        LastError = null;
        return null;
    }

    /// <summary>Applied, but some of the chosen sub-units or people had left the unit before the date: said on the unit's page.</summary>
    public void Skipped(string message)
    {
        if (State == PendingHandoverState.Applied)
        {
            LastError = message.Length > ErrorMax ? message[..ErrorMax] : message;
        }
    }

    public AppError? Refused(string message)
    {
        if (State != PendingHandoverState.Pending)
        {
            return UnitErrors.HandoverNotPending;
        }

        LastError = message.Length > ErrorMax ? message[..ErrorMax] : message;
        return null;
    }

    /// <summary>The decision was withdrawn or changed: nothing passes; the reason is shown on the unit's page.</summary>
    public AppError? Cancel(string? reason, Actor by)
    {
        if (State != PendingHandoverState.Pending)
        {
            return UnitErrors.HandoverNotPending;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return UnitErrors.HandoverCancelReason;
        }

        State = PendingHandoverState.Cancelled;
        CancelledAt = by.At;
        CancelledBy = by.UserId;
        CancelReason = reason.Trim();
        return null;
    }
}
