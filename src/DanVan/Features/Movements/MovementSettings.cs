namespace DanVan.Features.Movements;

/// <summary>
/// Configuration section "Movements". <see cref="CascadeDays"/>: when a movement cascades to sub-units and the
/// launcher gives no cascade deadline, the sub-units' plans are due this many days after the units' own deadline.
/// No statute fixes this interval (Law 06/2022/QH15 and Decree 152/2025 leave the timetable to the launching plan);
/// 15 days is the interval the seed plans give sub-units (DOMAIN.md §8 W1), so it is the default a province may change.
/// </summary>
public sealed class MovementSettings(IConfiguration configuration)
{
    public const int DefaultCascadeDays = 15;

    public int CascadeDays { get; } = Math.Clamp(configuration.GetValue("Movements:CascadeDays", DefaultCascadeDays), 1, 365);

    /// <summary>The cascade deadline a launcher gets when it leaves the field empty.</summary>
    public DateOnly DefaultCascadeDeadline(DateOnly planDeadline) => planDeadline.AddDays(CascadeDays);
}
