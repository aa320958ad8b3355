using DanVan.Features.Units;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Accounts;

/// <summary>(role, unit, include descendants). <see cref="UnitPath"/> copies the unit's path so scope is one predicate.</summary>
public sealed class RoleAssignment : ITenantOwned
{
    private RoleAssignment()
    {
    }

    public RoleAssignment(Guid tenantId, Guid userId, Role role, Unit unit, bool includeDescendants, DateTime createdAt)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        UserId = userId;
        Role = role;
        UnitId = unit.Id;
        UnitPath = unit.Path;
        IncludeDescendants = includeDescendants;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid UserId { get; private set; }
    public Role Role { get; private set; }
    public Guid UnitId { get; private set; }
    public Unit? Unit { get; private set; }
    public string UnitPath { get; private set; } = "";
    public bool IncludeDescendants { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>The unit closed (merged, dissolved, split): the same role moves to the successor the operator chose.</summary>
    public void PassTo(Unit unit)
    {
        UnitId = unit.Id;
        UnitPath = unit.Path;
    }
}
