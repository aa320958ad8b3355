using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Features.Units;

public sealed class DissolveModel(AppDbContext db) : ReorganisePage(db)
{
    [BindProperty]
    public DissolveUnit.Input Input { get; set; } = new();

    public HandoverForm Handover => new(Input.Handover ?? new(), Units,
        "Mặc định toàn bộ (kế hoạch chưa nộp, đăng ký thi đua, mô hình, phân quyền, cán bộ, đơn vị trực thuộc) chuyển cho đơn vị kế thừa; có thể chọn riêng từng loại.",
        "— Đơn vị kế thừa —");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Handover is { } h && !h.Chosen().Any())
        {
            Input.Handover = null;
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(ct);
        }

        var result = await DissolveUnit.HandleAsync(Db, CurrentUser.Require(User), Id, Input, ct);
        return await AfterAsync(result.Error, result.Value?.Handover.Message("Đã giải thể đơn vị") ?? "", ct);
    }
}
