using DanVan.Infrastructure.Data;

namespace DanVan.Features.Units;

/// <summary>A configurable kind of unit (UBND tỉnh, Sở, UBND xã, đơn vị sự nghiệp, phòng, Đảng/MTTQ…).</summary>
public sealed class UnitKind : ITenantOwned
{
    public const int CodeMax = 32;
    public const int NameMax = 120;

    private UnitKind()
    {
    }

    public UnitKind(Guid tenantId, string code, string name, int sortOrder)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        Code = code;
        Name = name;
        SortOrder = sortOrder;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int SortOrder { get; private set; }
}
