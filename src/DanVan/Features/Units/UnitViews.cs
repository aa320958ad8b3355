namespace DanVan.Features.Units;

/// <summary>A unit as the API and the pages show it.</summary>
public sealed record UnitDto(Guid Id, string Code, string Name, string? ShortName, string KindCode, string KindName,
    Guid? ParentId, int Depth, bool IsActive, DateOnly? ValidFrom, DateOnly? ValidTo);

public static class UnitProjections
{
    /// <summary>The unit as seen on <paramref name="today"/>; <see cref="UnitDto.IsActive"/> is computed by the one rule after the query.</summary>
    public static IQueryable<UnitDto> ToDto(this IQueryable<Unit> units, DateOnly today) => units.Select(u => new UnitDto(
        u.Id, u.Code, u.Name, u.ShortName, u.Kind!.Code, u.Kind.Name, u.ParentId, u.Depth, Unit.IsActiveOn(u.ValidFrom, u.ValidTo, today), u.ValidFrom, u.ValidTo));
}
