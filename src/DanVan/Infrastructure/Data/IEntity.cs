namespace DanVan.Infrastructure.Data;

/// <summary>A row that belongs to one tenant (province or central body). The schema test proves every such table has the column.</summary>
public interface ITenantOwned
{
    Guid TenantId { get; }
}

/// <summary>A row with creation/update stamps, set on save from TimeProvider (see AuditTrail).</summary>
public interface IStamped
{
    DateTime CreatedAt { get; set; }
    DateTime UpdatedAt { get; set; }
}
