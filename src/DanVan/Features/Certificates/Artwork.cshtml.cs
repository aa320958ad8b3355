using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Certificates;

/// <summary>
/// /Certificates/Artwork?unitId=: a unit's certificate images — each layout's background and each signer's signature, with a
/// preview — the province's backgrounds it inherits, and, for those who issue its decisions, the upload form and removal
/// (the same operations as the API's).
/// </summary>
public sealed class ArtworkModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public ArtworkKind? Kind { get; set; }

    [BindProperty]
    public CertificateLayout? Layout { get; set; }

    [BindProperty]
    public string? SignerName { get; set; }

    public ArtworkListDto List { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken ct)
    {
        var result = await UploadArtwork.HandleAsync(db, Me, new ArtworkInput(UnitId ?? Guid.Empty, Kind, Layout, SignerName), file, ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page(), prefix: "Upload");
        }

        TempData["Message"] = $"Đã lưu {result.Value!.KindLabel.ToLowerInvariant()}"
            + (result.Value.LayoutLabel is { } l ? $" cho mẫu {l}" : $" của {result.Value.SignerName}") + ".";
        return Redirect($"/Certificates/Artwork?unitId={UnitId}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid artworkId, CancellationToken ct)
    {
        var result = await RemoveArtwork.HandleAsync(db, Me, artworkId, ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page());
        }

        TempData["Message"] = "Đã bỏ ảnh; bằng in từ nay không dùng ảnh này.";
        return Redirect($"/Certificates/Artwork?unitId={UnitId}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var me = Me;
        Units = (await db.Units.AsNoTracking().VisibleTo(db, me, Permission.ManageAwardRecords).OrderBy(u => u.Depth).ThenBy(u => u.NameFolded).Take(500)
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => new SelectListItem(u.Name, u.Id.ToString())).ToList();
        UnitId ??= Units.Count > 0 ? Guid.Parse(Units[0].Value) : await db.Units.VisibleTo(db, me, Permission.ViewAwards).OrderBy(u => u.Depth)
            .Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        if (UnitId is not { } unitId)
        {
            return NotFound();
        }

        if (!(await ListArtwork.HandleAsync(db, me, unitId, ct)).TryGet(out var list, out var error))
        {
            return this.ToPage(error);
        }

        List = list;
        return null;
    }
}
