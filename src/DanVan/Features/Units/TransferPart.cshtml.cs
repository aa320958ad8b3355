using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

public sealed class TransferPartModel(AppDbContext db) : ReorganisePage(db)
{
    [BindProperty]
    public TransferUnitPart.Input Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> SubUnits { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> People { get; private set; } = [];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var ct = HttpContext.RequestAborted;
        var today = VnTime.Today(Db.Time);
        SubUnits = (await Db.Units.AsNoTracking().ActiveOn(today).Where(u => u.ParentId == Id).OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new { u.Id, u.Name }).Take(TransferUnitPart.MaxItems).ToListAsync(ct)).Select(u => (u.Id, u.Name)).ToList();
        People = (await Db.People.AsNoTracking().Where(p => p.UnitId == Id).OrderBy(p => p.FullName)
            .Select(p => new { p.Id, p.FullName }).Take(TransferUnitPart.MaxItems).ToListAsync(ct)).Select(p => (p.Id, p.FullName)).ToList();
        await next();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(ct);
        }

        var result = await TransferUnitPart.HandleAsync(Db, CurrentUser.Require(User), Id, Input, ct);
        return await AfterAsync(result.Error, "Đã điều chỉnh một phần đơn vị.", ct);
    }
}
