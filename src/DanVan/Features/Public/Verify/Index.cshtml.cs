using DanVan.Features.Certificates;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DanVan.Features.Public.Verify;

/// <summary>
/// The page a certificate's QR code opens (anonymous): what <see cref="VerifyCertificate"/> answers, as of now, never
/// cached (every look is logged and a revocation shows at once). Without a code: a form to type one.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(CertificatesServices.VerifyRateLimit)]
public sealed class IndexModel(AppDbContext db, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Typed { get; set; }

    public VerificationDto? Answer { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        HttpContext.Response.Headers.CacheControl = "private, no-store";
        if (string.IsNullOrWhiteSpace(Code) && !string.IsNullOrWhiteSpace(Typed))
        {
            return Redirect(VerifyLink.Path + Uri.EscapeDataString(Typed.Trim().ToLowerInvariant()));
        }

        if (!string.IsNullOrWhiteSpace(Code))
        {
            Answer = await VerifyCertificate.HandleAsync(db, Code, logger, ct);
        }

        return Page();
    }
}
