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

/// <summary>
/// A workflow row with an optimistic concurrency token: every save of a change bumps <c>Version</c> and the UPDATE
/// matches the version that was read, so of two requests that read the same state only the first commits; the other
/// is a <c>DbUpdateConcurrencyException</c>, answered as a Vietnamese 409 (see DanVanExceptionHandler).
/// </summary>
public interface IVersioned
{
    int Version { get; }
}

/// <summary>
/// A row whose audit entry would itself break a secret: a secret ballot (the entry would name the voter and the time).
/// The audit trail skips it; the action around it (the member's participation) is audited as usual.
/// </summary>
public interface IUnaudited
{
}
