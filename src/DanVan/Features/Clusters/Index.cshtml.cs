using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Clusters;

/// <summary>/Clusters: the year's clusters and blocs; the province forms a new one or copies last year's.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public ClusterInput Input { get; set; } = new();

    public IReadOnlyList<ClusterSummary> Clusters { get; private set; } = [];
    public bool CanManage { get; private set; }
    public int ThisYear { get; private set; }
    public int SelectedYear => Year ?? ThisYear;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) is { } error ? this.ToPage(error) : Page();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await CreateCluster.HandleAsync(db, CurrentUser.Require(User), Input, ct);
            if (result.Value is { } created)
            {
                TempData["Message"] = $"Đã thành lập “{created.Name}”. Thêm các đơn vị thành viên.";
                return Redirect($"/Clusters/Details/{created.Id}");
            }

            if (this.ToPageOrNote(result.Error!) is { } refused)
            {
                return refused;
            }
        }

        return await LoadAsync(ct) is { } error ? this.ToPage(error) : Page();
    }

    public async Task<IActionResult> OnPostCopyAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        ThisYear = VnTime.Today(db.Time).Year;
        var result = await CopyClusters.HandleAsync(db, me, new CopyInput { FromYear = SelectedYear - 1, ToYear = SelectedYear }, ct);
        if (result.Value is { } copied)
        {
            TempData["Message"] = $"Đã sao chép {copied.Clusters} cụm, khối ({copied.Members} đơn vị thành viên) từ năm {SelectedYear - 1}.";
            return Redirect($"/Clusters?year={SelectedYear}");
        }

        if (this.ToPageOrNote(result.Error!, "Copy") is { } refused)
        {
            return refused;
        }

        return await LoadAsync(ct) is { } error ? this.ToPage(error) : Page();
    }

    private async Task<AppError?> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        ThisYear = VnTime.Today(db.Time).Year;
        var result = await ListClusters.HandleAsync(db, me, SelectedYear, ct);
        if (result.Error is { } error)
        {
            return error;
        }

        Clusters = result.Value!;
        CanManage = await ClusterAccess.MayManageAsync(db, me, ct);
        return null;
    }
}
