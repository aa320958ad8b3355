using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Notices;

/// <summary>One notice for the standing body: its list and period, publishing it, and the comments with their dispositions.</summary>
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public DispositionForm Input { get; set; } = new();

    public sealed class DispositionForm
    {
        public Guid? CommentId { get; set; }
        public int? Version { get; set; }
        public Disposition? Disposition { get; set; }
        public string? Result { get; set; }
        public string? Reason { get; set; }
    }

    public NoticeDto Notice { get; private set; } = null!;
    public IReadOnlyList<CommentDto> Comments { get; private set; } = [];

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostPublishAsync(int? version, CancellationToken ct)
    {
        var result = await PublishNotice.HandleAsync(db, Me, Id, version, ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page());
        }

        TempData["Message"] = "Đã công bố thông báo trên trang công khai.";
        return Redirect($"/Notices/Details/{Id}");
    }

    public async Task<IActionResult> OnPostDisposeAsync(CancellationToken ct)
    {
        var result = await DisposeComment.HandleAsync(db, Me, Input.CommentId ?? Guid.Empty, new DispositionInput(Input.Disposition, Input.Result, Input.Reason),
            Input.Version, ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page(), aboutPageObject: false);
        }

        TempData["Message"] = $"Đã ghi kết quả xử lý ý kiến {result.Value!.Receipt}.";
        return Redirect($"/Notices/Details/{Id}#comment-{result.Value.Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var notice = await GetNotice.HandleAsync(db, Me, Id, ct);
        if (notice.Error is { } error)
        {
            return this.ToPage(error);
        }

        Notice = notice.Value!;
        Comments = (await ListComments.HandleAsync(db, Me, Id, null, ct)).Value ?? [];
        return null;
    }
}
