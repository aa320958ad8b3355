using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// The decisions a reviewer may cite when recognising models — registered (not stub) Decisions whose issuer is a unit
/// of the province, newest first — and one such decision as the recognition rule reads it (<see cref="RecognitionDecision"/>).
/// </summary>
public static class DecisionChoices
{
    public static async Task<IReadOnlyList<SelectListItem>> ListAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        (await DocumentAccess.Visible(db, user).AsNoTracking().Where(d => d.Type == DocumentType.Decision && !d.IsStub && d.IssuerUnitId != null)
            .OrderByDescending(d => d.Id).Take(200).Select(d => new { d.Id, d.Number, d.Title, d.IssuerName }).ToListAsync(ct))
        .Select(d => new SelectListItem($"{d.Number} ({d.IssuerName}) — {(d.Title.Length <= 90 ? d.Title : d.Title[..90] + "…")}", d.Id.ToString())).ToList();

    /// <summary>A document the caller may see, with its issuer unit's place in the tree; null when not found.</summary>
    public static Task<RecognitionDecision?> FindAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
        DocumentAccess.Visible(db, user).AsNoTracking().Where(d => d.Id == id)
            .Select(d => new RecognitionDecision(d.Id, d.Type, d.IsStub, d.IssueDate,
                db.Units.Where(u => u.Id == d.IssuerUnitId && u.TenantId == d.TenantId).Select(u => u.Path).FirstOrDefault(),
                db.Units.Where(u => u.Id == d.IssuerUnitId && u.TenantId == d.TenantId).Select(u => (int?)u.Depth).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);
}
