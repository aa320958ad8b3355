namespace DanVan.Features.Tenants;

public enum TenantKind
{
    Province,
    CentralBody,
}

/// <summary>A province or a central body: the boundary of all data and of every user's reach.</summary>
public sealed class Tenant
{
    public const int CodeMax = 32;
    public const int NameMax = 200;

    private Tenant()
    {
    }

    public Tenant(Guid id, string code, string name, TenantKind kind, bool isSample, DateTime createdAt)
    {
        Id = id;
        Code = code;
        Name = name;
        Kind = kind;
        IsSample = isSample;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public TenantKind Kind { get; private set; }

    /// <summary>Demo data ("dữ liệu mẫu"), shown as such in the UI.</summary>
    public bool IsSample { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
