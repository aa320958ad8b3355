using DanVan.Features.Accounts;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Features.Models;

/// <summary>The model page's transition and publication handlers.</summary>
public sealed partial class DetailsModel
{
    public async Task<IActionResult> OnPostTransitionAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await TransitionModel.HandleAsync(db, CurrentUser.Require(User), Id, Input, Version, ct);
            if (result.Error is null)
            {
                TempData["Message"] = $"Đã thực hiện “{Input.Action!.Value.Label()}”: mô hình chuyển sang trạng thái “{result.Value!.Status.Label()}”.";
                return Redirect($"/Models/Details/{Id}");
            }

            return await this.ToPageAsync(result.Error, RedisplayAsync);
        }

        return await RedisplayAsync();

        async Task<IActionResult> RedisplayAsync() => await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPublishAsync(bool published, string? reason, CancellationToken ct)
    {
        var result = await PublishModel.HandleAsync(db, CurrentUser.Require(User), Id, new PublishModel.Input(published, reason), ct);
        if (result.Error is null)
        {
            TempData["Message"] = published ? "Đã công bố mô hình trên trang công khai." : "Đã thôi công bố mô hình.";
            return Redirect($"/Models/Details/{Id}");
        }

        return await this.ToPageAsync(result.Error, async () => await LoadAsync(ct) ? Page() : NotFound());
    }
}
