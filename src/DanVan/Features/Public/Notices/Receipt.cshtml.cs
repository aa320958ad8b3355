using DanVan.Features.Notices;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Public.Notices;

/// <summary>A sender looks up their comment's state by its receipt code (anonymous): state only, never who handled it.</summary>
[AllowAnonymous]
public sealed class ReceiptModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "moi")]
    public bool JustSent { get; set; }

    public ReceiptState? State { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        HttpContext.Response.Headers.CacheControl = "private, no-store";
        if (!string.IsNullOrWhiteSpace(Code))
        {
            var result = await CheckCommentReceipt.HandleAsync(db, Code, ct);
            State = result.Value;
            Error = result.Error?.Message;
        }

        return Page();
    }
}
