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
/// Filing records the unit's plan document, the plan's issue date (<see cref="PlanIssuedOn"/>, which decides on time
/// or late) and the Vietnam date it was entered (<see cref="FiledOn"/>, a second fact, shown). The movement's managers
/// may waive the duty (and lift the waiver) or extend the deadline, each with a reason. Every transition appends its
/// own row to <see cref="History"/>.
/// </summary>
public sealed class PlanObligation : ITenantOwned, IStamped, IVersioned
{
    public const int NoteMax = 500;

    private readonly List<MovementEvent> _history = [];

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

    /// <summary>The plan document's issue date: the plan is on time when it was issued on or before <see cref="DueOn"/>.</summary>
    public DateOnly? PlanIssuedOn { get; private set; }

    /// <summary>The Vietnam date the plan was entered here (kept and shown; not what decides on time).</summary>
    public DateOnly? FiledOn { get; private set; }

    public DateTime? FiledAt { get; private set; }
    public Guid? FiledBy { get; private set; }
    public string? WaivedReason { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public IReadOnlyList<MovementEvent> History => _history;

    public bool IsFiled => PlanDocumentId is not null;
    public bool IsWaived => WaivedReason is not null;

    /// <summary>Open = neither filed nor waived: the only state in which a deadline is extended or the duty waived.</summary>
    public bool IsOpen => !IsFiled && !IsWaived;

    /// <summary><see cref="IsOpen"/> as SQL (a test checks both agree).</summary>
    public static readonly System.Linq.Expressions.Expression<Func<PlanObligation, bool>> Open = o => o.PlanDocumentId == null && o.WaivedReason == null;

    /// <summary>A filed plan may be withdrawn (and another filed) until the deadline; after it, the record stands.</summary>
    public bool CanWithdraw(DateOnly today) => IsFiled && today <= DueOn;

    public AppError? File(Guid documentId, string? planNumber, DateOnly issuedOn, Actor by, DateOnly today)
    {
        if (IsWaived)
        {
            return MovementErrors.NotRequired;
        }

        if (IsFiled)
        {
            return MovementErrors.AlreadyFiled;
        }

        if (issuedOn > today)
        {
            return MovementErrors.PlanIssuedInFuture;
        }

        PlanDocumentId = documentId;
        PlanIssuedOn = issuedOn;
        FiledAt = by.At;
        FiledOn = today;
        FiledBy = by.UserId;
        Record(by, MovementAction.PlanFiled, planNumber);
        return null;
    }

    public AppError? Withdraw(Actor by, DateOnly today)
    {
        if (!IsFiled)
        {
            return MovementErrors.NothingToWithdraw;
        }

        if (!CanWithdraw(today))
        {
            return MovementErrors.WithdrawAfterDeadline;
        }

        PlanDocumentId = null;
        PlanIssuedOn = null;
        FiledAt = null;
        FiledOn = null;
        FiledBy = null;
        Record(by, MovementAction.PlanWithdrawn, null);
        return null;
    }

    /// <summary>The movement's managers release the unit from the duty; the reason is shown to the unit.</summary>
    public AppError? Waive(string? reason, Actor by)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return MovementErrors.ReasonRequired;
        }

        if (IsWaived)
        {
            return MovementErrors.AlreadyWaived;
        }

        if (IsFiled)
        {
            return MovementErrors.WaiveFiled;
        }

        WaivedReason = reason.Trim();
        Record(by, MovementAction.Waived, WaivedReason);
        return null;
    }

    /// <summary>A waiver given by mistake is lifted, with a reason; the duty is back with its deadline.</summary>
    public AppError? LiftWaiver(string? reason, Actor by)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return MovementErrors.ReasonRequired;
        }

        if (!IsWaived)
        {
            return MovementErrors.NotWaived;
        }

        WaivedReason = null;
        Record(by, MovementAction.WaiverLifted, reason.Trim());
        return null;
    }

    /// <summary>The movement's managers move an open obligation's deadline later (never earlier, never into the past).</summary>
    public AppError? Extend(DateOnly until, string? reason, Actor by, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return MovementErrors.ReasonRequired;
        }

        if (IsWaived)
        {
            return MovementErrors.NotRequired;
        }

        if (IsFiled)
        {
            return MovementErrors.ExtendFiled;
        }

        if (until <= DueOn || until < today)
        {
            return MovementErrors.ExtendNotLater;
        }

        DueOn = until;
        Record(by, MovementAction.DeadlineExtended, reason.Trim(), until);
        return null;
    }

    /// <summary>The unit closed (merged, dissolved, split): its successor takes over the duty as it stands.</summary>
    public void PassTo(Guid unitId) => UnitId = unitId;

    public PlanStatus StatusOn(DateOnly today) =>
        Classify(IsWaived, IsFiled, PlanIssuedOn <= DueOn, DueOn < today);

    /// <summary>
    /// The rule, stated once: not required when waived; a plan issued by the due date = on time, after it = late; not
    /// filed = missing once the due date has passed, pending before. SQL reads the same four facts (see <see cref="WhereStatus"/>).
    /// </summary>
    public static PlanStatus Classify(bool waived, bool filed, bool filedInTime, bool overdue) =>
        waived ? PlanStatus.NotRequired
        : filed ? (filedInTime ? PlanStatus.OnTime : PlanStatus.Late)
        : overdue ? PlanStatus.Missing : PlanStatus.Pending;

    /// <summary>The same four facts as SQL predicates, for filtering a report by status on the server.</summary>
    public static IQueryable<PlanObligation> WhereStatus(IQueryable<PlanObligation> q, PlanStatus status, DateOnly today) => status switch
    {
        PlanStatus.NotRequired => q.Where(o => o.WaivedReason != null),
        PlanStatus.OnTime => q.Where(o => o.WaivedReason == null && o.PlanDocumentId != null && o.PlanIssuedOn <= o.DueOn),
        PlanStatus.Late => q.Where(o => o.WaivedReason == null && o.PlanDocumentId != null && o.PlanIssuedOn > o.DueOn),
        PlanStatus.Missing => q.Where(o => o.WaivedReason == null && o.PlanDocumentId == null && o.DueOn < today),
        PlanStatus.Pending => q.Where(o => o.WaivedReason == null && o.PlanDocumentId == null && o.DueOn >= today),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    private void Record(Actor by, MovementAction action, string? note, DateOnly? until = null) =>
        _history.Add(new MovementEvent(TenantId, MovementId, by, action, note, UnitId, obligationId: Id, until: until));
}
