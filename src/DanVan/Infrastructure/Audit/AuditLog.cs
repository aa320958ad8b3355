using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Infrastructure.Audit;

/// <summary>Security events that are not row changes: sign-ins, failures, denials.</summary>
public static class AuditActions
{
    public const string LoginSucceeded = "LoginSucceeded";
    public const string LoginFailed = "LoginFailed";
    public const string LockedOut = "LockedOut";
    public const string Logout = "Logout";
    public const string AccessDenied = "AccessDenied";
    public const string TokenIssued = "TokenIssued";
    public const string TokenRejected = "TokenRejected";
    public const string MfaEnabled = "MfaEnabled";
    public const string MfaReset = "MfaReset";
    public const string MfaRecoveryCodes = "MfaRecoveryCodes";

    /// <summary>Personal data left the system in a file (an export or download): who, what (filter, rows), when.</summary>
    public const string Exported = "Exported";

    /// <summary>A stored file (a document's attachment, a model's evidence) was downloaded: who, which file, of which record.</summary>
    public const string Downloaded = "Downloaded";
}

public static class AuditLog
{
    /// <summary>
    /// Appends one security event and saves it (chained like every other entry). The tracker is cleared first: a
    /// change Identity failed to save (a lost concurrency race on the failed-attempt counter) must not be retried here.
    /// </summary>
    public static async Task RecordAsync(AppDbContext db, AuditActor actor, string action, Guid? tenantId = null,
        Guid? userId = null, string? userName = null, string? detail = null, CancellationToken ct = default)
    {
        db.ChangeTracker.Clear();
        db.AuditEntries.Add(new AuditEntry(tenantId ?? actor.TenantId, db.Time.GetUtcNow().UtcDateTime,
            userId ?? actor.UserId, userName ?? actor.UserName, action, null, null, detail, actor.Ip, actor.CorrelationId));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Appends one event by the current actor about a kind of entity, under a unit when it concerns one (exports).</summary>
    public static async Task RecordAboutAsync(AppDbContext db, AuditActor actor, string action, string entityType, Guid? unitId,
        string detail, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.AuditEntries.Add(new AuditEntry(actor.TenantId, db.Time.GetUtcNow().UtcDateTime, actor.UserId, actor.UserName, action,
            entityType, null, detail, actor.Ip, actor.CorrelationId, unitId));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>An export, written after the file: the request as asked (first 300 characters) and the rows written, under the unit it was scoped to.</summary>
    public static Task RecordExportAsync(AppDbContext db, string entityType, Guid? unitId, string request, int rows, CancellationToken ct) =>
        RecordAboutAsync(db, db.Actor, AuditActions.Exported, entityType, unitId, System.Text.Json.JsonSerializer.Serialize(new[]
        {
            new AuditTrail.FieldChange("Request", null, request[..Math.Min(request.Length, 300)]),
            new AuditTrail.FieldChange("Rows", null, rows.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }), ct);

    /// <summary>
    /// A download of a stored file, written before the file is sent: the file (entity and id), its name, and the record it
    /// belongs to (kind, id and a label such as the document's number), under the record's unit so the scoped audit page shows it.
    /// </summary>
    public static Task RecordDownloadAsync(AppDbContext db, string fileEntity, Guid fileId, string fileName, string record, Guid recordId,
        string? recordLabel, Guid unitId, CancellationToken ct) =>
        RecordAboutAsync(db, db.Actor, AuditActions.Downloaded, fileEntity, unitId, System.Text.Json.JsonSerializer.Serialize(new[]
        {
            new AuditTrail.FieldChange("File", null, fileName),
            new AuditTrail.FieldChange("FileId", null, fileId.ToString()),
            new AuditTrail.FieldChange(record, null, recordLabel is null ? recordId.ToString() : $"{recordLabel} ({recordId})"),
        }), ct);

    /// <summary>Recomputes the chain; returns the first broken sequence number, or null when intact.</summary>
    public static long? Verify(IEnumerable<AuditEntry> entriesInSeqOrder)
    {
        var chain = new Chain();
        foreach (var e in entriesInSeqOrder)
        {
            if (!chain.Accept(e))
            {
                return e.Seq;
            }
        }

        return null;
    }

    /// <summary><see cref="Verify"/> over the stored log, streamed in sequence order without blocking a thread.</summary>
    public static async Task<long?> VerifyStoredAsync(AppDbContext db, CancellationToken ct)
    {
        var chain = new Chain();
        await foreach (var e in db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!chain.Accept(e))
            {
                return e.Seq;
            }
        }

        return null;
    }

    /// <summary>Each entry follows the previous one: the next number, the previous hash, and its own hash recomputed.</summary>
    private sealed class Chain
    {
        private string prev = "";
        private long expected = 1;

        public bool Accept(AuditEntry e)
        {
            if (e.Seq != expected || e.PrevHash != prev || e.ComputeHash() != e.Hash)
            {
                return false;
            }

            prev = e.Hash;
            expected++;
            return true;
        }
    }
}
