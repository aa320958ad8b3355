using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Features.Units;

public sealed class SplitModel(AppDbContext db) : ReorganisePage(db)
{
    /// <summary>Rows offered on the form; the API takes up to <see cref="SplitUnit.MaxParts"/>.</summary>
    public const int FormParts = 6;

    [BindProperty]
    public SplitUnit.Input Input { get; set; } = new();

    public HandoverForm Handover => new(Input.Handover, Units,
        "Chọn một đơn vị kế thừa nhận toàn bộ, hoặc chọn riêng cho từng loại; loại không chọn ở lại đơn vị cũ (trừ đơn vị trực thuộc đang hoạt động: bắt buộc chọn).",
        "— Không chuyển chung —");

    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        base.OnPageHandlerExecuting(context);
        Pad();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Parts = Input.Parts.Where(p => p.SuccessorId is not null).ToList();
        if (!ModelState.IsValid)
        {
            Pad();
            return await RedisplayAsync(ct);
        }

        var result = await SplitUnit.HandleAsync(Db, CurrentUser.Require(User), Id, Input, ct);
        Pad();
        return await AfterAsync(result.Error, result.Value?.Handover.Message("Đã chia, tách đơn vị") ?? "", ct);
    }

    private void Pad()
    {
        while (Input.Parts.Count < FormParts)
        {
            Input.Parts.Add(new());
        }
    }
}
