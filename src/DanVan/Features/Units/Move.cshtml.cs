using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Features.Units;

public sealed class MoveModel(AppDbContext db) : ReorganisePage(db)
{
    [BindProperty]
    public Guid? NewParentId { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await AfterAsync((await MoveUnit.HandleAsync(Db, CurrentUser.Require(User), Id, new MoveUnit.Input(NewParentId), ct)).Error, "Đã chuyển đơn vị.", ct);
}
