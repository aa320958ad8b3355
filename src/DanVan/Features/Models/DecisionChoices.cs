using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>The decisions a reviewer may cite when recognising models: registered (not stub) decisions, newest first.</summary>
public static class DecisionChoices
{
    public static async Task<IReadOnlyList<SelectListItem>> ListAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        (await DocumentAccess.Visible(db, user).AsNoTracking().Where(d => d.Type == DocumentType.Decision && !d.IsStub)
            .OrderByDescending(d => d.Id).Take(200).Select(d => new { d.Id, d.Number, d.Title }).ToListAsync(ct))
        .Select(d => new SelectListItem($"{d.Number} — {(d.Title.Length <= 90 ? d.Title : d.Title[..90] + "…")}", d.Id.ToString())).ToList();
}
