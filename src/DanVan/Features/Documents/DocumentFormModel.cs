using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Documents;

/// <summary>What the Create and Edit pages share: the document form (<c>_DocumentForm.cshtml</c>) and its lists.</summary>
public abstract class DocumentFormModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public DocumentInput Input { get; set; } = new();

    /// <summary>Editing: the version the form was opened at; a save based on an older one is refused (ADR 0013). Null when creating.</summary>
    [BindProperty]
    public int? Version { get; set; }

    /// <summary>Indexes of the rows of <see cref="DocumentInput.Citations"/> the user kept ticked; the others are dropped.</summary>
    [BindProperty]
    public List<int> Keep { get; set; } = [];

    /// <summary>Display-only facts about each citation row (the sentence it came from, whether it is in the register).</summary>
    [BindProperty]
    public List<CitationNote> Notes { get; set; } = [];

    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    /// <summary>Where the form posts.</summary>
    public abstract string FormAction { get; }

    /// <summary>Where "Hủy" goes.</summary>
    public abstract string CancelUrl { get; }

    /// <summary>Whether the form offers a file to attach (only when registering a new document).</summary>
    public virtual bool OffersFile => false;

    protected AppDbContext Db => db;

    protected async Task LoadUnitsAsync(CurrentUser me, CancellationToken ct)
    {
        var rows = await db.Units.AsNoTracking().VisibleTo(db, me, Permission.ViewUnits).ActiveOn(VnTime.Today(db.Time)).OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Name, u.Depth }).Take(500).ToListAsync(ct);
        var top = rows.Count == 0 ? 0 : rows.Min(r => r.Depth);
        Units = rows.Select(r => new SelectListItem(new string('\u00a0', (r.Depth - top) * 3) + r.Name, r.Id.ToString())).ToList();
    }

    /// <summary>The input as the operation should see it: only the citation rows still ticked.</summary>
    protected DocumentInput KeptInput()
    {
        var citations = (Input.Citations ?? []).Where((c, i) => Keep.Contains(i)).ToList();
        return new DocumentInput
        {
            Number = Input.Number, Type = Input.Type, IssuerUnitId = Input.IssuerUnitId, IssuerName = Input.IssuerName,
            OwnerUnitId = Input.OwnerUnitId, Place = Input.Place, IssueDate = Input.IssueDate, EffectiveFrom = Input.EffectiveFrom,
            ExpiresOn = Input.ExpiresOn, Status = Input.Status, Signer = Input.Signer, SigningCapacity = Input.SigningCapacity,
            Title = Input.Title, Body = Input.Body, Citations = citations, Relations = Input.Relations,
        };
    }

    public CitationNote NoteFor(int index) => index < Notes.Count ? Notes[index] : new CitationNote();
}

public sealed class CitationNote
{
    public string? Text { get; set; }
    public Guid? ExistingId { get; set; }
}
