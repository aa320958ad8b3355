using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Documents;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public DocumentDto Doc { get; private set; } = null!;

    /// <summary>A plan in force can launch a movement, for those who may launch one somewhere.</summary>
    public bool CanLaunchMovement { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, CancellationToken ct)
    {
        var result = await AddAttachment.HandleAsync(db, CurrentUser.Require(User), id, file, ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(id, ct) ?? Page());
        }

        TempData["Message"] = $"Đã đính kèm tệp “{result.Value!.FileName}”.";
        return Redirect($"/Documents/Details/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var result = await GetDocument.HandleAsync(db, CurrentUser.Require(User), id, ct);
        if (result.Error is { } error)
        {
            return this.ToPage(error);
        }

        Doc = result.Value!;
        CanLaunchMovement = Doc is { Type: DocumentType.Plan, IsStub: false }
            && await Scope.HoldsAnywhereAsync(db, CurrentUser.Require(User), Permission.ManageMovements, ct);
        return null;
    }
}
