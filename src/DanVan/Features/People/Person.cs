using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;

namespace DanVan.Features.People;

public enum Gender
{
    Male,
    Female,
}

/// <summary>Cán bộ / công chức / viên chức / người lao động / lực lượng vũ trang.</summary>
public enum StaffCategory
{
    Official,
    CivilServant,
    PublicEmployee,
    Worker,
    ArmedForces,
}

/// <summary>An individual in a unit. Ethnicity and Party membership are sensitive personal data (Luật 91/2025).</summary>
public sealed class Person : ITenantOwned, IStamped, IVersioned
{
    public const int FullNameMax = 150;
    public const int PositionMax = 200;
    public const int EthnicityMax = 50;
    public const int MinBirthYear = 1900;

    /// <summary>The sensitive fields (read with ViewSensitive; masked in the audit log, Features/Admin/Audit/AuditScope.cs).</summary>
    public static readonly IReadOnlySet<string> SensitiveFields = new HashSet<string>([nameof(Ethnicity), nameof(IsPartyMember)]);

    private Person()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public Guid UnitId { get; private set; }
    public Unit? Unit { get; private set; }
    public string FullName { get; private set; } = "";
    public string FullNameFolded { get; private set; } = "";
    public Gender Gender { get; private set; }
    public int? BirthYear { get; private set; }
    public string? Position { get; private set; }
    public StaffCategory StaffCategory { get; private set; }
    public string? Ethnicity { get; private set; }
    public bool? IsPartyMember { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static Person Create(Guid tenantId, Guid unitId, PersonDetails details)
    {
        var person = new Person { Id = Guid.CreateVersion7(), TenantId = tenantId, UnitId = unitId };
        person.SetDetails(details, includeSensitive: true);
        return person;
    }

    /// <summary>Updates the record; sensitive fields change only when the editor may see them.</summary>
    public void SetDetails(PersonDetails details, bool includeSensitive)
    {
        FullName = details.FullName;
        FullNameFolded = VietnameseText.Fold(details.FullName);
        Gender = details.Gender;
        BirthYear = details.BirthYear;
        Position = string.IsNullOrWhiteSpace(details.Position) ? null : details.Position;
        StaffCategory = details.StaffCategory;
        if (includeSensitive)
        {
            Ethnicity = string.IsNullOrWhiteSpace(details.Ethnicity) ? null : details.Ethnicity;
            IsPartyMember = details.IsPartyMember;
        }
    }

    /// <summary>Moves the person to another unit; the caller records a <see cref="PersonTransfer"/>.</summary>
    public PersonTransfer TransferTo(Guid unitId, DateOnly effectiveOn, string? note)
    {
        var transfer = new PersonTransfer(TenantId, Id, UnitId, unitId, effectiveOn, note);
        UnitId = unitId;
        Unit = null;
        return transfer;
    }
}

public sealed record PersonDetails(string FullName, Gender Gender, int? BirthYear, string? Position,
    StaffCategory StaffCategory, string? Ethnicity, bool? IsPartyMember);
