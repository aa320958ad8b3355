using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>
/// /Awards/Register: the award register in the user's scope (search without marks, filters, keyset pages) and the
/// form that writes one entry (the same operation as POST /award-records). On the form a person is named by full
/// name within the chosen unit, or fixed when the page is opened from the person's card (?personId=).
/// </summary>
public sealed class RegisterModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? AwardKindId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    /// <summary>Opened from a person's card: the form is for this person.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? PersonId { get; set; }

    [BindProperty]
    public AwardRecordInput Input { get; set; } = new();

    /// <summary>The person's full name, looked up in <see cref="AwardRecordInput.UnitId"/> (when no person is fixed).</summary>
    [BindProperty]
    public string? PersonName { get; set; }

    public Page<AwardRecordDto> Results { get; private set; } = new([], null);
    public IReadOnlyList<SelectListItem> Kinds { get; private set; } = [];
    public IReadOnlyList<SelectListItem> FilterUnits { get; private set; } = [];
    public IReadOnlyList<SelectListItem> WriteUnits { get; private set; } = [];
    public string? FixedPersonName { get; private set; }
    public bool MayWrite { get; private set; }

    /// <summary>The listed entries the user may correct (<see cref="AwardRecordScope.Correctable"/>): they get the "Sửa" and "Rút khỏi sổ" links.</summary>
    public IReadOnlySet<Guid> MayCorrect { get; private set; } = new HashSet<Guid>();
    public bool FormOpen { get; private set; }
    public int ThisYear { get; private set; }

    public string Filter => $"q={Uri.EscapeDataString(Q ?? "")}" + (Year is null ? "" : $"&year={Year}") + (AwardKindId is null ? "" : $"&awardKindId={AwardKindId}")
        + (UnitId is null ? "" : $"&unitId={UnitId}");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        FormOpen = PersonId is not null;
        return await LoadAsync(ct) is { } error ? this.ToPage(error) : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        FormOpen = true;
        Input.PersonId = PersonId;
        Input.HouseholdName = Input.Subject == AwardSubject.Household ? PersonName : null; // one name box on the form
        if (ModelState.IsValid && Input.Subject == AwardSubject.Individual && PersonId is null)
        {
            if (await FindByNameAsync(me, ct) is { } notFound)
            {
                ModelState.AddModelError(nameof(PersonName), notFound);
            }
        }

        if (ModelState.IsValid)
        {
            var result = await AddAwardRecord.HandleAsync(db, me, Input, ct);
            if (result.Value is { } saved)
            {
                TempData["Message"] = $"Đã ghi vào sổ: {saved.HolderName} — {saved.AwardName} năm {saved.Year} (Quyết định số {saved.DecisionNumber}).";
                return Redirect(saved.Link);
            }

            ModelState.AddModelError(result.Error!.Field is null ? string.Empty : $"Input.{result.Error.Field}", result.Error.Message);
        }

        return await LoadAsync(ct) is { } error ? this.ToPage(error) : Page();
    }

    /// <summary>Sets <see cref="AwardRecordInput.PersonId"/> from the typed name, or answers why it cannot.</summary>
    private async Task<string?> FindByNameAsync(CurrentUser me, CancellationToken ct)
    {
        if (Input.UnitId is not { } unitId || string.IsNullOrWhiteSpace(PersonName))
        {
            return "Vui lòng chọn đơn vị và nhập họ tên người được khen thưởng.";
        }

        var folded = VietnameseText.Fold(PersonName);
        var ids = await db.People.AsNoTracking().VisibleTo(db, me, Permission.ViewPeople).Where(p => p.UnitId == unitId && p.FullNameFolded == folded)
            .Select(p => p.Id).Take(2).ToListAsync(ct);
        if (ids.Count == 1)
        {
            Input.PersonId = ids[0];
            return null;
        }

        return ids.Count == 0
            ? $"Không tìm thấy “{PersonName}” trong đơn vị đã chọn; kiểm tra họ tên hoặc đơn vị công tác hiện tại."
            : $"Đơn vị đã chọn có nhiều người tên “{PersonName}”; hãy mở trang của người đó và bấm “Ghi khen thưởng”.";
    }

    private async Task<AppError?> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        ThisYear = VnTime.Today(db.Time).Year;
        var result = await ListAwardRecords.HandleAsync(db, me, new ListAwardRecords.Query(Q, Year, AwardKindId, UnitId, Paging.DefaultLimit, Cursor), ct);
        if (result.Error is { } error)
        {
            return error;
        }

        Results = result.Value!;
        Kinds = (await db.AwardKinds.AsNoTracking().Where(k => k.TenantId == me.TenantId).OrderBy(k => k.Position).ThenBy(k => k.Code)
            .Select(k => new { k.Id, k.Name }).ToListAsync(ct)).Select(k => new SelectListItem(k.Name, k.Id.ToString())).ToList();
        FilterUnits = await UnitOptions.ForAsync(db, me, Permission.ViewAwards, ct);
        MayWrite = await ImportAwardRecords.MayImportAsync(db, me, ct);
        if (MayWrite)
        {
            WriteUnits = await UnitOptions.ForAsync(db, me, Permission.ManageAwardRecords, ct);
            var listed = Results.Items.Select(r => r.Id).ToList();
            MayCorrect = (await AwardRecordScope.Correctable(db, me).Where(r => listed.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct)).ToHashSet();
        }

        if (PersonId is { } personId)
        {
            FixedPersonName = await db.People.AsNoTracking().VisibleTo(db, me, Permission.ViewPeople).Where(p => p.Id == personId).Select(p => p.FullName)
                .FirstOrDefaultAsync(ct);
            if (FixedPersonName is null)
            {
                return AppError.NotFound("người này");
            }
        }

        return null;
    }
}
