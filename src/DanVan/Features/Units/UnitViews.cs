namespace DanVan.Features.Units;

/// <summary>A unit as the API and the pages show it.</summary>
public sealed record UnitDto(Guid Id, string Code, string Name, string? ShortName, string KindCode, string KindName,
    Guid? ParentId, int Depth, bool IsActive, DateOnly? ValidFrom, DateOnly? ValidTo);

public static class UnitProjections
{
    public static IQueryable<UnitDto> ToDto(this IQueryable<Unit> units) => units.Select(u => new UnitDto(
        u.Id, u.Code, u.Name, u.ShortName, u.Kind!.Code, u.Kind.Name, u.ParentId, u.Depth, u.IsActive, u.ValidFrom, u.ValidTo));
}
