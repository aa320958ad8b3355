namespace DanVan.Features.People;

/// <summary>A person as the API and pages show it. Ethnicity and Party membership are null unless the viewer may see them.</summary>
public sealed record PersonDto(Guid Id, string FullName, Gender Gender, int? BirthYear, string? Position,
    StaffCategory StaffCategory, Guid UnitId, string UnitName, string? Ethnicity, bool? IsPartyMember, bool SensitiveVisible, int Version);

public static class PersonLabels
{
    public static string Label(this Gender g) => g switch
    {
        Gender.Male => "Nam",
        Gender.Female => "Nữ",
        _ => throw new ArgumentOutOfRangeException(nameof(g)),
    };

    public static string Label(this StaffCategory c) => c switch
    {
        StaffCategory.Official => "Cán bộ",
        StaffCategory.CivilServant => "Công chức",
        StaffCategory.PublicEmployee => "Viên chức",
        StaffCategory.Worker => "Người lao động",
        StaffCategory.ArmedForces => "Lực lượng vũ trang",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };
}
