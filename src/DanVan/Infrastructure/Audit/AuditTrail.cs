using System.Globalization;
using System.Text.Json;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DanVan.Infrastructure.Audit;

/// <summary>Turns tracked changes into audit entries (field, old → new) and stamps created/updated times.</summary>
public static class AuditTrail
{
    private static readonly HashSet<string> Masked =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash", "NormalizedUserName", "NormalizedEmail"];

    /// <summary>Long texts (a document's body) are kept in the audit entry only up to this length; files never.</summary>
    private const int LongText = 1000;

    public static List<AuditEntry> Collect(ChangeTracker tracker, AuditActor actor, DateTime now)
    {
        var result = new List<AuditEntry>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry or IUnaudited || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (entry.Entity is IStamped stamped)
            {
                if (entry.State == EntityState.Added)
                {
                    stamped.CreatedAt = now;
                }

                if (entry.State is EntityState.Added or EntityState.Modified)
                {
                    stamped.UpdatedAt = now;
                }
            }

            if (entry.Entity is IVersioned && entry.State == EntityState.Modified)
            {
                var version = entry.Property(nameof(IVersioned.Version));
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }

            var changes = Changes(entry, entry.Entity is IdentityUserToken<Guid>);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            var tenantId = entry.Entity is ITenantOwned owned ? owned.TenantId : actor.TenantId;
            var key = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties
                .Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
            result.Add(new AuditEntry(tenantId, now, actor.UserId, actor.UserName, entry.State.ToString(),
                entry.Metadata.ShortName(), key, JsonSerializer.Serialize(changes), actor.Ip, actor.CorrelationId, AuditUnit.Of(entry.Entity)));
        }

        return result;
    }

    /// <summary>The created/updated times <see cref="Collect"/> sets on a tracked Added row, for a bulk-inserted one.</summary>
    public static void Stamp(object row, DateTime now)
    {
        if (row is IStamped stamped)
        {
            stamped.CreatedAt = now;
            stamped.UpdatedAt = now;
        }
    }

    /// <summary>
    /// The entries tracked Added rows would get from <see cref="Collect"/> (same JSON), for rows written by a bulk
    /// insert, which has no change tracker. Reads the rows only (stamp them first with <see cref="Stamp"/>); the
    /// properties and key are looked up once for all the rows.
    /// </summary>
    public static List<AuditEntry> ForAdded(IEntityType type, IEnumerable<object> rows, AuditActor actor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(rows);
        var properties = type.GetProperties().Where(p => !p.IsShadowProperty()).Select(p => (p.Name, Getter: p.GetGetter())).ToList();
        var keys = type.FindPrimaryKey()!.Properties.Select(p => p.GetGetter()).ToList();
        var entityType = type.ShortName();
        var entries = new List<AuditEntry>();
        foreach (var row in rows)
        {
            var changes = new List<FieldChange>(properties.Count);
            foreach (var (name, getter) in properties)
            {
                Add(changes, name, null, getter.GetClrValueUsingContainingEntity(row), secretValues: false);
            }

            var tenantId = row is ITenantOwned owned ? owned.TenantId : actor.TenantId;
            var key = string.Join(",", keys.Select(k => Convert.ToString(k.GetClrValueUsingContainingEntity(row), CultureInfo.InvariantCulture)));
            entries.Add(new AuditEntry(tenantId, now, actor.UserId, actor.UserName, nameof(EntityState.Added), entityType, key,
                JsonSerializer.Serialize(changes), actor.Ip, actor.CorrelationId, AuditUnit.Of(row)));
        }

        return entries;
    }

    /// <summary>Old → new per field; secrets (hashes, stamps, authenticator keys and recovery codes) are masked.</summary>
    private static List<FieldChange> Changes(EntityEntry entry, bool secretValues)
    {
        var list = new List<FieldChange>();
        foreach (var property in entry.Properties)
        {
            object? before = entry.State == EntityState.Added ? null : property.OriginalValue;
            object? after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            if (entry.State == EntityState.Modified && (!property.IsModified || Equals(before, after)))
            {
                continue;
            }

            Add(list, property.Metadata.Name, before, after, secretValues);
        }

        return list;
    }

    private static void Add(List<FieldChange> list, string name, object? before, object? after, bool secretValues)
    {
        if (name is "CreatedAt" or "UpdatedAt" or nameof(IVersioned.Version) || (before is null && after is null))
        {
            return;
        }

        list.Add(Masked.Contains(name) || (secretValues && name == "Value")
            ? new FieldChange(name, before is null ? null : "***", after is null ? null : "***")
            : new FieldChange(name, Format(before), Format(after)));
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        byte[] bytes => $"({bytes.Length} byte)",
        string { Length: > LongText } text => text[..LongText] + $"… ({text.Length} ký tự)",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public sealed record FieldChange(string F, string? O, string? N);
}
