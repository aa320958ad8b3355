namespace DanVan.Features.Work;

/// <summary>Where an item of the work list stands: overdue, due soon, waiting (no deadline near), or a notice to read.</summary>
public enum WorkState
{
    Overdue,
    DueSoon,
    Waiting,
    Info,
}

/// <summary>
/// One thing waiting for the signed-in user, from any feature: what (<see cref="Kind"/>, a code the providing feature
/// owns, and its Vietnamese label), for which unit, by when, where to do it. <see cref="DaysLeft"/> counts days from
/// today in Vietnam to the deadline (negative = overdue by that many days).
/// </summary>
public sealed record WorkItem(string Kind, string KindLabel, string Title, Guid UnitId, string UnitName, DateOnly? Deadline, int? DaysLeft,
    WorkState State, string Link, string? Note)
{
    public string StateLabel => State.Label();

    /// <summary>
    /// The rule, stated once for every provider: past the deadline = overdue; within <paramref name="dueSoonDays"/> days
    /// of it (today included) = due soon; otherwise, or without a deadline, waiting.
    /// </summary>
    public static WorkState StateOf(DateOnly? deadline, DateOnly today, int dueSoonDays) =>
        deadline is not { } d ? WorkState.Waiting
        : d < today ? WorkState.Overdue
        : d <= today.AddDays(dueSoonDays) ? WorkState.DueSoon
        : WorkState.Waiting;

    /// <summary>An item to act on, its state and days left computed by the one rule.</summary>
    public static WorkItem Due(string kind, string kindLabel, string title, Guid unitId, string unitName, DateOnly? deadline, WorkQuery query,
        string link, string? note = null) =>
        new(kind, kindLabel, title, unitId, unitName, deadline, deadline is { } d ? d.DayNumber - query.Today.DayNumber : null,
            StateOf(deadline, query.Today, query.DueSoonDays), link, note);
}

public static class WorkLabels
{
    public static string Label(this WorkState state) => state switch
    {
        WorkState.Overdue => "Quá hạn",
        WorkState.DueSoon => "Sắp đến hạn",
        WorkState.Waiting => "Chờ xử lý",
        WorkState.Info => "Để biết",
        _ => state.ToString(),
    };

    /// <summary>Badge colours that pass WCAG AA contrast with their text.</summary>
    public static string Badge(this WorkState state) => state switch
    {
        WorkState.Overdue => "text-bg-danger",
        WorkState.DueSoon => "text-bg-warning",
        WorkState.Waiting => "text-bg-primary",
        _ => "text-bg-secondary",
    };

    /// <summary>"còn 3 ngày", "hôm nay", "quá hạn 5 ngày".</summary>
    public static string DaysText(int? daysLeft) => daysLeft switch
    {
        null => "",
        0 => "hạn hôm nay",
        > 0 and var n => $"còn {n} ngày",
        var n => $"quá hạn {-n} ngày",
    };
}
