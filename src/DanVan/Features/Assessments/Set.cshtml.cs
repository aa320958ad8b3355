using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>
/// A criteria set in the browser: read by whoever reads sets; edited by the province while no round has used it (rows of
/// groups and criteria added, removed and moved by plain form posts that keep what was typed), new, or copied to another
/// year. Saving goes through <see cref="SaveCriteriaSet"/>, and each rule's message is shown next to its field.
/// </summary>
public sealed class SetModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public CriteriaSetForm Input { get; set; } = new();

    [BindProperty]
    public int? CopyYear { get; set; }

    public CriteriaSetDto? Set { get; private set; }
    public bool CanManage { get; private set; }
    public IReadOnlyList<string> UsedBy { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Kinds { get; private set; } = [];

    /// <summary>The register's documents a set may cite as its regulation (the caller's visible ones: regulations, decisions, guidance, rules; newest first; the set's own always listed).</summary>
    public IReadOnlyList<(Guid Id, string Label)> Regulations { get; private set; } = [];

    private static readonly DocumentType[] RegulationTypes = [DocumentType.Regulation, DocumentType.Decision, DocumentType.Guidance, DocumentType.Rules];

    /// <summary>The form is editable: a new set, or one no round has used, for the province.</summary>
    public bool Editing => CanManage && Set is not { Frozen: true };

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        Input = Set is null ? CriteriaSetForm.New(year ?? VnTime.Today(time).Year) : CriteriaSetForm.From(Set);
        CopyYear = (Set?.Year ?? VnTime.Today(time).Year) + 1;
        return Page();
    }

    /// <summary>An arranging step (add, remove, move a row): nothing is saved, the form comes back as typed with the step applied.</summary>
    public async Task<IActionResult> OnPostArrangeAsync(string? step, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        if (!Editing)
        {
            return Forbid();
        }

        Input.Apply(step);
        ModelState.Clear(); // the rows moved: the values to show are the model's, not the posted positions'
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        if (Input.EmptyGroup() is { } empty)
        {
            ModelState.AddModelError($"Input.Groups[{empty}].Name", "Nhóm chưa có tiêu chí nào: thêm tiêu chí cho nhóm hoặc xóa nhóm.");
            return Page();
        }

        var me = CurrentUser.Require(User);
        var saved = Id is { } id
            ? await SaveCriteriaSet.UpdateAsync(db, me, id, Input.ToInput(), Input.Version, ct)
            : await SaveCriteriaSet.CreateAsync(db, me, Input.ToInput(), ct);
        if (saved.Error is { } error)
        {
            return this.ToPageOrNote(error with { Field = error.Field is { } field ? Input.FieldKey(field) : null }) ?? Page();
        }

        TempData["Message"] = Id is null ? "Đã tạo bộ tiêu chí." : "Đã lưu bộ tiêu chí.";
        return Redirect($"/Assessments/CriteriaSet/{saved.Value!.Id}");
    }

    public async Task<IActionResult> OnPostCopyAsync(CancellationToken ct)
    {
        if (Id is not { } id)
        {
            return NotFound();
        }

        var copied = await SaveCriteriaSet.CopyAsync(db, CurrentUser.Require(User), id, CopyYear ?? 0, ct);
        if (copied.Error is { } error)
        {
            if (await LoadAsync(ct) is { } refused)
            {
                return refused;
            }

            Input = CriteriaSetForm.From(Set!);
            if (error.Kind is ErrorKind.NotFound or ErrorKind.Forbidden)
            {
                return this.ToPage(error);
            }

            ModelState.AddModelError(nameof(CopyYear), error.Message);
            return Page();
        }

        TempData["Message"] = $"Đã sao chép thành bộ tiêu chí năm {copied.Value!.Year}; sửa rồi lưu.";
        return Redirect($"/Assessments/CriteriaSet/{copied.Value.Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        CanManage = await AssessmentAccess.CanManageAsync(db, me, ct);
        if (Id is { } id)
        {
            var set = await GetCriteriaSet.HandleAsync(db, me, id, ct);
            if (set.Error is { } error)
            {
                return this.ToPage(error);
            }

            Set = set.Value;
            var tenantId = me.TenantId;
            UsedBy = await db.AssessmentRounds.Where(r => r.TenantId == tenantId && r.CriteriaSetId == id).OrderBy(r => r.Year).Select(r => r.Name).ToListAsync(ct);
        }
        else if (!CanManage)
        {
            return await AssessmentAccess.CanViewProvinceWorkAsync(db, me, ct) ? Forbid() : NotFound();
        }

        var tenant = me.TenantId;
        Kinds = (await db.UnitKinds.Where(k => k.TenantId == tenant).OrderBy(k => k.SortOrder).ThenBy(k => k.Name).Select(k => new { k.Id, k.Name }).ToListAsync(ct))
            .Select(k => (k.Id, k.Name)).ToList();
        if (Editing)
        {
            Regulations = await DocumentAccess.CitationChoicesAsync(db, me, RegulationTypes, ct, Set?.RegulationDocumentId ?? Input.RegulationDocumentId);
        }

        return null;
    }
}
