using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Consultations;

/// <summary>
/// The rule the council obeys about consultations (issue 14 §3, DOMAIN §1.8): a nominee may be put to the vote only once
/// every consultation about them — those naming them and those about their whole dossier — has its reply, or its silence
/// recorded after the due date. A request still waiting holds the vote; it never counts as agreement.
/// </summary>
public static class ConsultationGate
{
    /// <summary>A consultation still waiting, as the session page and the refusal name it.</summary>
    public sealed record Waiting(string Body, DateOnly DueOn)
    {
        public string Text(DateOnly today) =>
            $"Đang chờ ý kiến của {Body} (hạn trả lời ngày {VnTime.Date(DueOn)}{(today > DueOn ? ", đã quá hạn: ghi nhận việc không trả lời" : "")})";
    }

    /// <summary>Null when no consultation holds the vote on the nominee; else the Vietnamese 409 naming the body and its due date.</summary>
    public static async Task<AppError?> CheckVoteAsync(AppDbContext db, Guid tenantId, Guid nomineeId, Guid dossierId, string name, CancellationToken ct)
    {
        var waiting = (await WaitingAsync(db, tenantId, [(nomineeId, dossierId)], ct)).GetValueOrDefault(nomineeId);
        return waiting is [var first, ..] ? ConsultationErrors.StillWaiting(name, first.Body, first.DueOn, waiting.Count - 1) : null;
    }

    /// <summary>The consultations still waiting for each nominee (nominees with none are absent), earliest due first, in one query.</summary>
    public static async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Waiting>>> WaitingAsync(AppDbContext db, Guid tenantId,
        IReadOnlyCollection<(Guid NomineeId, Guid DossierId)> nominees, CancellationToken ct)
    {
        var dossierIds = nominees.Select(n => n.DossierId).Distinct().ToList();
        var rows = await db.Consultations.AsNoTracking()
            .Where(c => c.TenantId == tenantId && dossierIds.Contains(c.DossierId) && c.State == ConsultationState.Waiting)
            .Select(c => new { c.DossierId, c.NomineeId, c.Body, c.DueOn }).ToListAsync(ct);
        return nominees.Select(n => (n.NomineeId, Rows: rows.Where(c => c.DossierId == n.DossierId && (c.NomineeId == null || c.NomineeId == n.NomineeId))
                .OrderBy(c => c.DueOn).ThenBy(c => c.Body, StringComparer.Ordinal).Select(c => new Waiting(c.Body, c.DueOn)).ToList()))
            .Where(n => n.Rows.Count > 0).DistinctBy(n => n.NomineeId)
            .ToDictionary(n => n.NomineeId, n => (IReadOnlyList<Waiting>)n.Rows);
    }
}
