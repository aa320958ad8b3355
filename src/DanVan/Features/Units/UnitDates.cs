namespace DanVan.Features.Units;

/// <summary>Query pieces for "active on a day" (the rule is <see cref="Unit.IsActiveOn(DateOnly?, DateOnly?, DateOnly)"/>).</summary>
public static class UnitDates
{
    public static IQueryable<Unit> ActiveOn(this IQueryable<Unit> units, DateOnly day) => units.Where(Unit.ActiveOnSql(day));

    public static IQueryable<Unit> ClosedOn(this IQueryable<Unit> units, DateOnly day) => units.Where(Unit.InactiveOnSql(day));
}
