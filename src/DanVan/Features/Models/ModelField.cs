namespace DanVan.Features.Models;

/// <summary>
/// The four fields of a "Dân vận khéo" model (DOMAIN.md §2), plus "other" with the unit's own name for it. Used by a
/// registration's planned models and by the models themselves.
/// </summary>
public enum ModelField
{
    Economy,
    CultureSociety,
    DefenceSecurity,
    PoliticalSystem,
    Other,
}

public static class ModelFields
{
    /// <summary>The longest name of an "other" field, stated once (validation, its message, the form, the column).</summary>
    public const int OtherMax = 100;

    public static string Label(this ModelField f) => f switch
    {
        ModelField.Economy => "Kinh tế",
        ModelField.CultureSociety => "Văn hóa – xã hội",
        ModelField.DefenceSecurity => "Quốc phòng – an ninh",
        ModelField.PoliticalSystem => "Xây dựng hệ thống chính trị",
        ModelField.Other => "Lĩnh vực khác",
        _ => throw new ArgumentOutOfRangeException(nameof(f)),
    };
}
