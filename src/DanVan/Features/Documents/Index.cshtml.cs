using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Documents;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public DocumentType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Issuer { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public DocumentStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Stubs { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public Page<DocumentListItem> Results { get; private set; } = new([], null);
    public bool CanManage { get; private set; }

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Type is not null || !string.IsNullOrWhiteSpace(Issuer) || Year is not null
        || Status is not null || Stubs;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var query = new ListDocuments.Query(Q, Type, Issuer, Year, Status, Stubs ? true : null, 50, Cursor);
        var result = await ListDocuments.HandleAsync(db, me, query, ct);
        if (result.Error is { } error)
        {
            return this.ToPage(error);
        }

        Results = result.Value!;
        CanManage = await Scope.HoldsAnywhereAsync(db, me, Permission.ManageDocuments, ct);
        return Page();
    }

    /// <summary>This list's address with the current search and filters, on the page after <paramref name="cursor"/>.</summary>
    public string Link(string? cursor)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("q", Q);
        Add("type", Type?.ToString());
        Add("issuer", Issuer);
        Add("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("status", Status?.ToString());
        Add("stubs", Stubs ? "true" : null);
        Add("cursor", cursor);
        return parts.Count == 0 ? "/Documents" : "/Documents?" + string.Join("&", parts);
    }
}
