using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Movements;

/// <summary>Where a unit stands with its implementation plan, computed from the obligation and today's date.</summary>
public enum PlanStatus
{
    OnTime,
    Late,
    Missing,
    Pending,
    NotRequired,
}

/// <summary>
/// A participating unit's duty to issue its own implementation plan (kế hoạch triển khai) by <see cref="DueOn"/>.
/// Created for every participating unit at launch; a cascaded one (<see cref="Level"/> 1) comes from the unit above.
/// Filing records the unit's plan document and the Vietnam date it was filed; a plan filed after the due date is late.
/// </summary>
public sealed class PlanObligation : ITenantOwned, IStamped, IVersioned
{
    public const int NoteMax = 500;

    private PlanObligation()
    {
    }

    public PlanObligation(Guid tenantId, Guid movementId, Guid unitId, DateOnly dueOn, int level, Guid? parentUnitId)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        MovementId = movementId;
        UnitId = unitId;
        DueOn = dueOn;
        Level = level;
        ParentUnitId = parentUnitId;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public Guid MovementId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid? ParentUnitId { get; private set; }
    public int Level { get; private set; }
    public DateOnly DueOn { get; private set; }
    public Guid? PlanDocumentId { get; private set; }
    public DateOnly? FiledOn { get; private set; }
    public DateTime? FiledAt { get; private set; }
    public Guid? FiledBy { get; private set; }
    public string? WaivedReason { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public AppError? File(Guid documentId, DateTime now, DateOnly today, Guid userId)
    {
        if (WaivedReason is not null)
        {
            return MovementErrors.NotRequired;
        }

        if (PlanDocumentId is not null)
        {
            return MovementErrors.AlreadyFiled;
        }

        PlanDocumentId = documentId;
        FiledAt = now;
        FiledOn = today;
        FiledBy = userId;
        return null;
    }

    /// <summary>A unit may take its plan back and file another one until the deadline; after it, the record stands.</summary>
    public AppError? Withdraw(DateOnly today)
    {
        if (PlanDocumentId is null)
        {
            return MovementErrors.NothingToWithdraw;
        }

        if (today > DueOn)
        {
            return MovementErrors.WithdrawAfterDeadline;
        }

        PlanDocumentId = null;
        FiledAt = null;
        FiledOn = null;
        FiledBy = null;
        return null;
    }

    public void Waive(string reason) => WaivedReason = reason;

    /// <summary>The unit closed (merged, dissolved, split): its successor takes over the duty as it stands.</summary>
    public void PassTo(Guid unitId) => UnitId = unitId;

    public PlanStatus StatusOn(DateOnly today) =>
        Classify(WaivedReason is not null, FiledOn is not null, FiledOn <= DueOn, DueOn < today);

    /// <summary>
    /// The rule, stated once: not required when waived; filed by the due date = on time, after it = late; not filed
    /// = missing once the due date has passed, pending before. SQL reads the same four facts (see <see cref="WhereStatus"/>).
    /// </summary>
    public static PlanStatus Classify(bool waived, bool filed, bool filedInTime, bool overdue) =>
        waived ? PlanStatus.NotRequired
        : filed ? (filedInTime ? PlanStatus.OnTime : PlanStatus.Late)
        : overdue ? PlanStatus.Missing : PlanStatus.Pending;

    /// <summary>The same four facts as SQL predicates, for filtering a report by status on the server.</summary>
    public static IQueryable<PlanObligation> WhereStatus(IQueryable<PlanObligation> q, PlanStatus status, DateOnly today) => status switch
    {
        PlanStatus.NotRequired => q.Where(o => o.WaivedReason != null),
        PlanStatus.OnTime => q.Where(o => o.WaivedReason == null && o.FiledOn != null && o.FiledOn <= o.DueOn),
        PlanStatus.Late => q.Where(o => o.WaivedReason == null && o.FiledOn != null && o.FiledOn > o.DueOn),
        PlanStatus.Missing => q.Where(o => o.WaivedReason == null && o.FiledOn == null && o.DueOn < today),
        PlanStatus.Pending => q.Where(o => o.WaivedReason == null && o.FiledOn == null && o.DueOn >= today),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
