namespace DanVan.Features.Calendar;

public static class CalendarServices
{
    /// <summary>The working-day calendar: <see cref="WorkingDays"/>, the function every deadline in working days calls (ADR 0020).</summary>
    public static IServiceCollection AddCalendar(this IServiceCollection services) => services.AddScoped<WorkingDays>();
}
