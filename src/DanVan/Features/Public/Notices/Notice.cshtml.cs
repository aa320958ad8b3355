using DanVan.Features.Notices;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DanVan.Features.Public.Notices;

/// <summary>One published notice with its list, and the comment form while it is open (anonymous; sending is rate-limited per address).</summary>
[AllowAnonymous]
[EnableRateLimiting(NoticesServices.CommentRateLimit)]
public sealed class NoticeModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public CommentForm Input { get; set; } = new();

    public sealed class CommentForm
    {
        public string? Name { get; set; }
        public string? Contact { get; set; }
        public Guid? EntryId { get; set; }
        public string? Content { get; set; }
        public string? Website { get; set; }
    }

    public PublicNoticeDto Notice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await SendComment.HandleAsync(db, Id, new CommentInput(Input.Name, Input.Contact, Input.EntryId, Input.Content, Input.Website), ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page(), aboutPageObject: false);
        }

        return Redirect($"/thong-bao/bien-nhan?ma={Uri.EscapeDataString(result.Value!.Receipt)}&moi=1");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        HttpContext.Response.Headers.CacheControl = "private, no-store"; // the form carries an anti-forgery token
        var notice = await PublicNotices.GetAsync(db, Id, ct);
        if (notice.Error is not null)
        {
            return NotFound();
        }

        Notice = notice.Value!;
        return null;
    }
}
