using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DanVan.Features.Clusters;

/// <summary>/Clusters/Details/{id}: members with leader and deputy badges; the province adds, removes (with a reason) and sets leaders.</summary>
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public MemberInput Member { get; set; } = new();

    [BindProperty]
    public LeadersInput Leaders { get; set; } = new();

    [BindProperty]
    public int? Version { get; set; }

    public ClusterDto Cluster { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) is { } error ? this.ToPage(error) : Page();

    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) =>
        RunAsync(me => ChangeClusterMembers.AddAsync(db, me, Id, Member, Version, ct), "Đã thêm đơn vị.", "Member", ct);

    public Task<IActionResult> OnPostRemoveAsync(CancellationToken ct) =>
        RunAsync(me => ChangeClusterMembers.RemoveAsync(db, me, Id, Member.UnitId ?? Guid.Empty, Member.Reason, Version, ct), "Đã rút đơn vị khỏi cụm, khối.", "Member", ct);

    public Task<IActionResult> OnPostLeadersAsync(CancellationToken ct) =>
        RunAsync(me => ChangeClusterMembers.SetLeadersAsync(db, me, Id, Leaders, Version, ct), "Đã lưu trưởng, phó cụm/khối.", "Leaders", ct);

    private async Task<IActionResult> RunAsync(Func<CurrentUser, Task<Result<ClusterDto>>> change, string done, string prefix, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await change(CurrentUser.Require(User));
            if (result.Error is null)
            {
                TempData["Message"] = done;
                return Redirect($"/Clusters/Details/{Id}");
            }

            if (this.ToPageOrNote(result.Error, prefix) is { } refused)
            {
                return refused;
            }
        }

        return await LoadAsync(ct) is { } error ? this.ToPage(error) : Page();
    }

    private async Task<AppError?> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var result = await GetCluster.HandleAsync(db, me, Id, ct);
        if (result.Error is { } error)
        {
            return error;
        }

        Cluster = result.Value!;
        if (Cluster.CanManage)
        {
            var members = Cluster.Members.Select(m => m.UnitId.ToString()).ToHashSet();
            Units = (await UnitOptions.ForAsync(db, me, Permission.ViewUnits, ct)).Where(o => !members.Contains(o.Value)).ToList();
        }

        return null;
    }
}
