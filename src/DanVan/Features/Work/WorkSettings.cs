namespace DanVan.Features.Work;

/// <summary>
/// Configuration section "Work". <see cref="DueSoonDays"/>: an item is "due soon" when its deadline is this many days
/// away or fewer (default 7). <see cref="NoticeDays"/>: notices (a deadline extended, an obligation waived) stay on the
/// list this many days (default 30). <see cref="HomeItems"/>: how many items the home page shows before "xem tất cả"
/// (default 10). <see cref="PageSize"/> and <see cref="MaxDepth"/>: the full list's page and how deep it may be paged.
/// </summary>
public sealed class WorkSettings(IConfiguration configuration)
{
    public const int DefaultDueSoonDays = 7;
    public const int DefaultNoticeDays = 30;
    public const int DefaultHomeItems = 10;
    public const int MaxPageSize = 100;

    public int DueSoonDays { get; } = Math.Clamp(configuration.GetValue("Work:DueSoonDays", DefaultDueSoonDays), 0, 90);
    public int NoticeDays { get; } = Math.Clamp(configuration.GetValue("Work:NoticeDays", DefaultNoticeDays), 1, 365);
    public int HomeItems { get; } = Math.Clamp(configuration.GetValue("Work:HomeItems", DefaultHomeItems), 1, 50);
    public int PageSize { get; } = Math.Clamp(configuration.GetValue("Work:PageSize", 50), 1, MaxPageSize);

    /// <summary>The deepest item the list pages to (page × size), so that a province-wide grant stays one bounded query per provider.</summary>
    public int MaxDepth { get; } = Math.Clamp(configuration.GetValue("Work:MaxDepth", 1000), 100, 10000);
}
