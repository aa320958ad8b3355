namespace DanVan.Features.Generate;

/// <summary>
/// A dataset's shape (QUALITY.md, Performance): XS for tests, S a small province, M a large province, L the whole
/// country (34 provinces; the first one large enough that its provincial people's committee covers ~5,000 units).
/// </summary>
public sealed record DatasetSize(string Name, int Tenants, int Communes, int FirstTenantCommunes, int VillagesPerCommune, int People,
    int DocumentsPerCommune, int MaxModelsPerCommune)
{
    public static readonly DatasetSize XS = new("XS", 1, 6, 6, 3, 600, 3, 3);
    public static readonly DatasetSize S = new("S", 1, 40, 40, 6, 15_000, 6, 4);
    public static readonly DatasetSize M = new("M", 1, 170, 170, 12, 150_000, 6, 5);
    public static readonly DatasetSize L = new("L", 34, 3_321, 290, 12, 2_000_000, 3, 4);

    public static DatasetSize? Parse(string? name) => name?.ToUpperInvariant() switch
    {
        "XS" => XS,
        "S" => S,
        "M" => M,
        "L" => L,
        _ => null,
    };

    /// <summary>How many communes tenant <paramref name="index"/> gets: the first its own share, the rest evenly.</summary>
    public int CommunesOf(int index)
    {
        if (Tenants == 1)
        {
            return Communes;
        }

        if (index == 0)
        {
            return FirstTenantCommunes;
        }

        var rest = Communes - FirstTenantCommunes;
        var others = Tenants - 1;
        return (rest / others) + (index - 1 < rest % others ? 1 : 0);
    }

    public int PeopleOf(int index) => (int)((long)People * CommunesOf(index) / Communes);
}
