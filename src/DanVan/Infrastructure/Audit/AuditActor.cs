namespace DanVan.Infrastructure.Audit;

/// <summary>Who is acting in this scope (request or job), for audit rows. Filled once per request by middleware.</summary>
public sealed class AuditActor
{
    public Guid? TenantId { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; } = "system";
    public string? Ip { get; set; }
    public string? CorrelationId { get; set; }

    /// <summary>
    /// Set when the request was refused an object that exists but lies outside the caller's scope (it answers 404 like a
    /// missing one, ADR 0003): what it was, for the audit entry written after the response (AccessAudit).
    /// </summary>
    public string? OutOfScope { get; set; }
}
