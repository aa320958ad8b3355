using DanVan.Features.Accounts;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Features.Models;

/// <summary>The model page's scoring handler.</summary>
public sealed partial class DetailsModel
{
    public async Task<IActionResult> OnPostReviewAsync(ReviewInput review, CancellationToken ct)
    {
        ModelState.Clear();
        Review = review;
        if (InputValidation.Errors(review) is { } errors)
        {
            AddErrors(errors, "review");
        }
        else
        {
            var result = await ScoreModel.HandleAsync(db, CurrentUser.Require(User), indicators, Id, review, ct);
            if (Handled(result.Error, "Đã ghi nhận điểm thẩm định.", "review") is { } done)
            {
                return done;
            }
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }
}
