using DanVan.Features.Calendar;

namespace DanVan.Features.Movements;

/// <summary>
/// Configuration section "Movements". <see cref="CascadeWorkingDays"/>: when a movement cascades to sub-units and the
/// launcher gives no cascade deadline, the sub-units' plans are due this many <b>working days</b> after the units' own
/// deadline, counted on the province's working-day calendar (<see cref="WorkingDays"/>, ADR 0020). No statute fixes this
/// interval (Law 06/2022/QH15 and Decree 152/2025 leave the timetable to the launching plan); 15 is the interval the seed
/// plans give sub-units (DOMAIN.md §8 W1), so it is the default a province may change. The old key
/// <c>Movements:CascadeDays</c> (calendar days) is no longer read.
/// </summary>
public sealed class MovementSettings(IConfiguration configuration)
{
    public const int DefaultCascadeWorkingDays = 15;

    public int CascadeWorkingDays { get; } = Math.Clamp(configuration.GetValue("Movements:CascadeWorkingDays", DefaultCascadeWorkingDays), 1, 365);

    /// <summary>The cascade deadline a launcher gets when it leaves the field empty (null when there is nothing to default).</summary>
    public async Task<DateOnly?> DefaultCascadeDeadlineAsync(WorkingDays calendar, Guid tenantId, MovementInput input, CancellationToken ct) =>
        input is { CascadeToSubunits: true, CascadeDeadline: null, PlanDeadline: { } planDeadline }
            ? (await calendar.AddWorkingDaysAsync(tenantId, planDeadline, CascadeWorkingDays, ct)).Date
            : null;
}
