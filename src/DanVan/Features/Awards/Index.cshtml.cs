using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Awards;

/// <summary>
/// The award catalogue (/Awards): every title and form with the version in force on a chosen day, the base-salary
/// table (a form for Sở Nội vụ to add a later value), and a prize calculator that shows its arithmetic.
/// </summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<AwardKindDto> Kinds { get; private set; } = [];
    public IReadOnlyList<BaseSalaryDto> Salaries { get; private set; } = [];
    public bool CanManage { get; private set; }
    public DateOnly On { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PrizeKindId { get; set; }

    [BindProperty(SupportsGet = true)]
    public AwardSubject? PrizeSubject { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? PrizeDate { get; set; }

    public PrizeDto? Prize { get; private set; }
    public string? PrizeError { get; private set; }

    [BindProperty]
    public BaseSalaryInput Salary { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(DateOnly? on, CancellationToken ct)
    {
        if (await LoadAsync(on, ct) is { } refused)
        {
            return refused;
        }

        if (PrizeKindId is { } kindId)
        {
            var me = CurrentUser.Require(User);
            var quote = await ComputePrize.HandleAsync(db, me, kindId, PrizeSubject ?? AwardSubject.Individual, PrizeDate, ct);
            Prize = quote.Value;
            PrizeError = quote.Error?.Message;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSalaryAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (InputValidation.Errors(Salary) is { } errors)
        {
            foreach (var (field, messages) in errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError($"Salary.{field}", message);
                }
            }
        }
        else
        {
            var added = await BaseSalaryTable.AddAsync(db, CurrentUser.Require(User), Salary, ct);
            if (added.Error is { } error)
            {
                if (this.ToPageOrNote(error, "Salary") is { } answered)
                {
                    return answered;
                }
            }
            else
            {
                TempData["Message"] = $"Đã thêm mức lương cơ sở {AwardLabels.Money(added.Value!.Amount)}, áp dụng từ {VnTime.Date(added.Value.EffectiveFrom)}.";
                return Redirect("/Awards#salaries");
            }
        }

        return await LoadAsync(null, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(DateOnly? on, CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        On = on ?? VnTime.Today(db.Time);
        var kinds = await ListAwardKinds.HandleAsync(db, me, On, ct);
        if (kinds.Error is { } error)
        {
            return this.ToPage(error);
        }

        Kinds = kinds.Value!;
        Salaries = (await BaseSalaryTable.ListAsync(db, me, ct)).Value ?? [];
        CanManage = await AwardCatalogue.MayManageAsync(db, me, ct);
        PrizeDate ??= VnTime.Today(db.Time);
        return null;
    }
}
