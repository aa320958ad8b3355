using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DanVan.Infrastructure.Audit;

/// <summary>
/// One append-only audit record. Entries form a hash chain: <see cref="Hash"/> covers every field and the previous
/// entry's hash, so editing or deleting any row breaks verification from that row on.
/// </summary>
public sealed class AuditEntry
{
    public const int ActionMax = 40;
    public const int EntityTypeMax = 80;
    public const int UserNameMax = 64;
    public const int IpMax = 45;
    public const int CorrelationMax = 64;

    private AuditEntry()
    {
    }

    public AuditEntry(Guid? tenantId, DateTime at, Guid? userId, string? userName, string action, string? entityType,
        string? entityId, string? changes, string? ip, string? correlationId, Guid? unitId = null)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        At = new DateTime(at.Ticks - (at.Ticks % 10), DateTimeKind.Utc); // microseconds: what both databases keep
        UserId = userId;
        UserName = userName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Changes = changes;
        Ip = ip;
        CorrelationId = correlationId;
        UnitId = unitId;
    }

    public Guid Id { get; private set; }
    public long Seq { get; private set; }

    /// <summary>Null only for events with no tenant yet (a failed login with an unknown user name).</summary>
    public Guid? TenantId { get; private set; }

    public DateTime At { get; private set; }
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public string Action { get; private set; } = "";
    public string? EntityType { get; private set; }
    public string? EntityId { get; private set; }

    /// <summary>JSON array of {f, o, n}: field, old value, new value.</summary>
    public string? Changes { get; private set; }

    public string? Ip { get; private set; }
    public string? CorrelationId { get; private set; }

    /// <summary>
    /// The unit the entry concerns (<see cref="AuditUnit"/>), by which the audit page is scoped; null for tenant-level
    /// entries and security events. A classification derived from the entry, not part of it: outside the hash, so rows
    /// written before it existed could be filled in (ADR 0004, amendment 2026-12-04).
    /// </summary>
    public Guid? UnitId { get; private set; }
    public string PrevHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    public void Chain(long seq, string prevHash)
    {
        Seq = seq;
        PrevHash = prevHash;
        Hash = ComputeHash();
    }

    public string ComputeHash()
    {
        var canonical = string.Join('\u001f',
            Seq.ToString(CultureInfo.InvariantCulture), Id.ToString("N"), TenantId?.ToString("N") ?? "",
            At.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture), UserId?.ToString("N") ?? "",
            UserName ?? "", Action, EntityType ?? "", EntityId ?? "", Changes ?? "", Ip ?? "", CorrelationId ?? "", PrevHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
