using DanVan.Infrastructure.Data;

namespace DanVan.Features.Units;

/// <summary>The kinds of open work a closed unit hands to a successor (<see cref="ReassignOpenWork"/>).</summary>
public enum WorkKind
{
    PlanObligation,
    Registration,
    Model,
    RoleAssignment,
    Person,
    SubUnit,
}

/// <summary>What happened to one object in a handover: passed to the successor, or left where it was and why.</summary>
public enum HandoverOutcome
{
    Passed,
    Waived,
    Kept,
    Removed,
}

/// <summary>
/// One object's line in the history of a reorganisation: which object (<see cref="Kind"/>, <see cref="ObjectId"/>) of
/// the closed unit went to which successor, when, by whom, for which reason (sáp nhập / giải thể / chia tách) and under
/// which decision. The audit log holds the field change itself; this row says why, and is read per object or per unit.
/// </summary>
public sealed class WorkHandover : ITenantOwned
{
    public const int NoteMax = 500;

    private WorkHandover()
    {
    }

    public WorkHandover(Guid tenantId, Guid successionId, WorkKind kind, Guid objectId, Guid fromUnitId, Guid toUnitId,
        HandoverOutcome outcome, DateTime at, Guid userId, string note)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        SuccessionId = successionId;
        Kind = kind;
        ObjectId = objectId;
        FromUnitId = fromUnitId;
        ToUnitId = toUnitId;
        Outcome = outcome;
        At = at;
        UserId = userId;
        Note = note;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid SuccessionId { get; private set; }
    public WorkKind Kind { get; private set; }
    public Guid ObjectId { get; private set; }
    public Guid FromUnitId { get; private set; }
    public Guid ToUnitId { get; private set; }
    public HandoverOutcome Outcome { get; private set; }
    public DateTime At { get; private set; }
    public Guid UserId { get; private set; }
    public string Note { get; private set; } = "";
}
