namespace DanVan.Infrastructure.Audit;

/// <summary>Who is acting in this scope (request or job), for audit rows. Filled once per request by middleware.</summary>
public sealed class AuditActor
{
    public Guid? TenantId { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; } = "system";
    public string? Ip { get; set; }
    public string? CorrelationId { get; set; }
}
