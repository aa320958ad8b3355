using System.ComponentModel.DataAnnotations;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>
/// The decision behind a reorganisation dated in the future was withdrawn or changed: its pending handover is cancelled
/// with a reason (shown on the unit's page) and nothing passes on the date. ManageUnits on the unit. The unit's closing
/// date and succession links stay (undoing a recorded reorganisation is not built yet).
/// </summary>
public static class CancelPendingHandover
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Vui lòng nhập lý do hủy chuyển giao.")]
        [StringLength(PendingHandover.ReasonMax, ErrorMessage = "Lý do không được dài quá {1} ký tự.")]
        public string? Reason { get; set; }
    }

    public static async Task<Result<PendingHandoverView>> HandleAsync(AppDbContext db, CurrentUser user, Guid unitId, Input input, CancellationToken ct)
    {
        if (await Access.CheckAsync(db, user, unitId, Permission.ManageUnits, Permission.ViewUnits, "đơn vị", ct) is { } denied)
        {
            return denied;
        }

        // The latest pending one, the one the page shows (a unit may have a transfer of part pending and later close).
        var pending = await db.PendingHandovers.OrderByDescending(p => p.RecordedAt)
            .FirstOrDefaultAsync(p => p.TenantId == user.TenantId && p.UnitId == unitId && p.State == PendingHandoverState.Pending, ct);
        if (pending is null)
        {
            return UnitErrors.NoPendingHandover;
        }

        if (pending.Cancel(VietnameseText.Clean(input.Reason), Actor.Of(user, db.Time)) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return (await PendingHandoverView.ForUnitAsync(db, user, unitId, ct))!;
    }
}
