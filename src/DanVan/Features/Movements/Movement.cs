using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Movements;

public enum MovementForm
{
    Regular,
    Thematic,
}

public enum MovementStatus
{
    Draft,
    Launched,
    Closed,
}

/// <summary>
/// An emulation movement (phong trào thi đua) launched by a unit from its plan document. Draft → launched → closed;
/// each transition method checks the state, changes it and appends its own <see cref="MovementEvent"/> to
/// <see cref="History"/>. Launching creates every participating unit's obligation to issue its own implementation plan
/// (see <see cref="LaunchMovement"/>).
/// </summary>
public sealed class Movement : ITenantOwned, IStamped, IVersioned
{
    public const int NameMax = 300;
    public const int ThemeMax = 300;
    public const int SubjectsMax = 2000;

    private readonly List<MovementEvent> _history = [];

    private Movement()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public string Name { get; private set; } = "";
    public string NameFolded { get; private set; } = "";
    public string? Theme { get; private set; }
    public int Year { get; private set; }
    public MovementForm Form { get; private set; }
    public Guid LaunchingUnitId { get; private set; }
    public Guid? PlanDocumentId { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }
    public string? CollectiveSubjects { get; private set; }
    public string? IndividualSubjects { get; private set; }
    public DateOnly PlanDeadline { get; private set; }
    public bool CascadeToSubunits { get; private set; }
    public DateOnly? CascadeDeadline { get; private set; }
    public DateOnly? RegistrationDeadline { get; private set; }
    public DateOnly? InterimReviewOn { get; private set; }
    public DateOnly? FinalReviewOn { get; private set; }
    public DateOnly? NominationDeadline { get; private set; }
    public MovementStatus Status { get; private set; }
    public DateTime? LaunchedAt { get; private set; }

    /// <summary>Reminders: this many working days before a unit's plan deadline (default 3, as data in the row).</summary>
    public int ReminderDays { get; private set; } = DefaultReminderDays;

    /// <summary>Escalation to the unit's head: this many working days after a missed plan deadline (default 5).</summary>
    public int EscalationDays { get; private set; } = DefaultEscalationDays;
    public DateTime? ClosedAt { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public IReadOnlyList<MovementEvent> History => _history;

    /// <summary>Plans are filed, withdrawn, waived and extended, and registrations kept, only while the movement runs.</summary>
    public bool IsRunning => IsRunningIn(Status);

    /// <summary>The running rule by status (for SQL: <c>Enum.GetValues&lt;MovementStatus&gt;().Where(IsRunningIn)</c>).</summary>
    public static bool IsRunningIn(MovementStatus status) => status == MovementStatus.Launched;

    /// <summary>The statuses <see cref="IsRunningIn"/> accepts, for SQL filters.</summary>
    public const int DefaultReminderDays = 3;
    public const int DefaultEscalationDays = 5;
    public const int MaxReminderDays = 30;

    /// <summary>
    /// The movement's reminder rule: N working days before each plan deadline (0: only the urgent one the day before), the
    /// head of unit after M working days overdue. Set on a draft or a running movement (not a closed one), with a history step.
    /// </summary>
    public AppError? SetReminders(int reminderDays, int escalationDays, Actor by)
    {
        if (!CanEdit(Status) && !IsRunning)
        {
            return MovementErrors.Closed;
        }

        if (reminderDays is < 0 or > MaxReminderDays)
        {
            return MovementErrors.ReminderDays;
        }

        if (escalationDays is < 1 or > MaxReminderDays)
        {
            return MovementErrors.EscalationDays;
        }

        if ((ReminderDays, EscalationDays) == (reminderDays, escalationDays))
        {
            return null;
        }

        ReminderDays = reminderDays;
        EscalationDays = escalationDays;
        Record(by, MovementAction.RemindersSet, RemindersText(reminderDays, escalationDays));
        return null;
    }

    /// <summary>The rule in words, for the history and the page.</summary>
    public static string RemindersText(int reminderDays, int escalationDays) =>
        (reminderDays > 0 ? $"nhắc hạn trước {reminderDays} ngày làm việc" : "chỉ nhắc vào ngày làm việc trước hạn")
        + $"; báo thủ trưởng đơn vị sau {escalationDays} ngày làm việc quá hạn";

    public static readonly MovementStatus[] RunningStatuses = [.. Enum.GetValues<MovementStatus>().Where(IsRunningIn)];

    /// <summary>Only a draft is edited or launched; only a running movement is closed. Stated once for pages and handlers.</summary>
    public static bool CanEdit(MovementStatus status) => status == MovementStatus.Draft;

    public static bool CanClose(MovementStatus status) => status == MovementStatus.Launched;

    /// <summary>A draft is seen only by its managers; a launched or closed movement is the province's public call.</summary>
    public static bool IsPublic(MovementStatus status) => status != MovementStatus.Draft;

    public AppError? CheckRunning() => IsRunning ? null : MovementErrors.NotLaunched;

    public static Movement Create(Guid tenantId, Guid launchingUnitId, MovementDetails details, Actor by)
    {
        var movement = new Movement { Id = Guid.CreateVersion7(), TenantId = tenantId, LaunchingUnitId = launchingUnitId, Status = MovementStatus.Draft };
        movement.Apply(details);
        movement.Record(by, MovementAction.Created, null);
        return movement;
    }

    /// <summary>The dates must make sense together; stated once for create, edit and launch.</summary>
    public static AppError? CheckDates(MovementDetails d)
    {
        foreach (var date in new[] { d.StartsOn, d.EndsOn, d.PlanDeadline, d.CascadeDeadline, d.RegistrationDeadline, d.InterimReviewOn, d.FinalReviewOn, d.NominationDeadline })
        {
            if (date is { Year: < 1945 or > 2100 })
            {
                return MovementErrors.DateOutOfRange;
            }
        }

        if (d.EndsOn is { } end && end < d.StartsOn)
        {
            return MovementErrors.EndBeforeStart;
        }

        if (d.PlanDeadline < d.StartsOn)
        {
            return MovementErrors.DeadlineBeforeLaunch("PlanDeadline", "Hạn ban hành kế hoạch của đơn vị");
        }

        if (d.CascadeDeadline is { } cascade && cascade < d.PlanDeadline)
        {
            return MovementErrors.CascadeBeforePlan;
        }

        if (d.RegistrationDeadline is { } reg && reg < d.StartsOn)
        {
            return MovementErrors.DeadlineBeforeLaunch("RegistrationDeadline", "Hạn đăng ký thi đua");
        }

        if (d.InterimReviewOn is { } interim && interim < d.StartsOn)
        {
            return MovementErrors.DeadlineBeforeLaunch("InterimReviewOn", "Ngày sơ kết");
        }

        if (d.FinalReviewOn is { } final && (final < d.StartsOn || (d.InterimReviewOn is { } i && final < i)))
        {
            return MovementErrors.FinalBeforeInterim;
        }

        if (d.CascadeToSubunits && d.CascadeDeadline is null)
        {
            return MovementErrors.CascadeDeadlineRequired;
        }

        return d.NominationDeadline is { } nomination && nomination < d.StartsOn
            ? MovementErrors.DeadlineBeforeLaunch("NominationDeadline", "Hạn nộp hồ sơ đề nghị khen thưởng")
            : null;
    }

    public AppError? Edit(MovementDetails details, Actor by)
    {
        if (!CanEdit(Status))
        {
            return MovementErrors.NotDraft;
        }

        Apply(details);
        Record(by, MovementAction.Edited, null);
        return null;
    }

    public AppError? Launch(Actor by, DateOnly today, string? note)
    {
        if (!CanEdit(Status))
        {
            return MovementErrors.NotDraft;
        }

        if (PlanDocumentId is null)
        {
            return MovementErrors.PlanDocumentRequired;
        }

        if (PlanDeadline < today)
        {
            return MovementErrors.DeadlinePassed;
        }

        Status = MovementStatus.Launched;
        LaunchedAt = by.At;
        Record(by, MovementAction.Launched, note);
        return null;
    }

    public AppError? Close(Actor by, string? note)
    {
        if (!CanClose(Status))
        {
            return MovementErrors.NotLaunched;
        }

        Status = MovementStatus.Closed;
        ClosedAt = by.At;
        Record(by, MovementAction.Closed, note);
        return null;
    }

    private void Record(Actor by, MovementAction action, string? note) => _history.Add(new MovementEvent(TenantId, Id, by, action, note));

    private void Apply(MovementDetails d)
    {
        Name = d.Name;
        NameFolded = VietnameseText.Fold(d.Name);
        Theme = string.IsNullOrWhiteSpace(d.Theme) ? null : d.Theme;
        Year = d.Year;
        Form = d.Form;
        PlanDocumentId = d.PlanDocumentId;
        StartsOn = d.StartsOn;
        EndsOn = d.EndsOn;
        CollectiveSubjects = d.CollectiveSubjects;
        IndividualSubjects = d.IndividualSubjects;
        PlanDeadline = d.PlanDeadline;
        CascadeToSubunits = d.CascadeToSubunits;
        CascadeDeadline = d.CascadeToSubunits ? d.CascadeDeadline : null;
        RegistrationDeadline = d.RegistrationDeadline;
        InterimReviewOn = d.InterimReviewOn;
        FinalReviewOn = d.FinalReviewOn;
        NominationDeadline = d.NominationDeadline;
    }
}

public sealed record MovementDetails(string Name, string? Theme, int Year, MovementForm Form, Guid? PlanDocumentId, DateOnly StartsOn,
    DateOnly? EndsOn, string? CollectiveSubjects, string? IndividualSubjects, DateOnly PlanDeadline, bool CascadeToSubunits,
    DateOnly? CascadeDeadline, DateOnly? RegistrationDeadline, DateOnly? InterimReviewOn, DateOnly? FinalReviewOn, DateOnly? NominationDeadline);

public enum MovementItemKind
{
    Content,
    CollectiveStandard,
    IndividualStandard,
    Award,
}

/// <summary>
/// One numbered line of the movement: a content item, an emulation standard (for collectives or individuals, which
/// may name a machine-checkable rule for the eligibility engine), or a commendation form offered (with a quota).
/// </summary>
public sealed class MovementItem : ITenantOwned
{
    public const int TextMax = 4000;
    public const int RuleMax = 60;

    private MovementItem()
    {
    }

    public MovementItem(Guid tenantId, Guid movementId, MovementItemKind kind, int seq, string text, string? ruleCode, int? quota)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        MovementId = movementId;
        Kind = kind;
        Seq = seq;
        Text = text;
        RuleCode = string.IsNullOrWhiteSpace(ruleCode) ? null : ruleCode;
        Quota = quota;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid MovementId { get; private set; }
    public MovementItemKind Kind { get; private set; }
    public int Seq { get; private set; }
    public string Text { get; private set; } = "";
    public string? RuleCode { get; private set; }
    public int? Quota { get; private set; }
}

/// <summary>Who takes part: a unit, optionally with its whole subtree, optionally only units of one kind.</summary>
public sealed class MovementParticipant : ITenantOwned
{
    private MovementParticipant()
    {
    }

    public MovementParticipant(Guid tenantId, Guid movementId, Guid unitId, bool includeDescendants, Guid? kindId)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        MovementId = movementId;
        UnitId = unitId;
        IncludeDescendants = includeDescendants;
        KindId = kindId;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid MovementId { get; private set; }
    public Guid UnitId { get; private set; }
    public bool IncludeDescendants { get; private set; }
    public Guid? KindId { get; private set; }
}
