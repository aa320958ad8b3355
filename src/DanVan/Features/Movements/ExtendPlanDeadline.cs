using System.ComponentModel.DataAnnotations;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Movements;

/// <summary>
/// The movement's managers move the plan deadline later for the units they choose, or for every unit whose plan is
/// still open (neither filed nor waived), with a reason each unit sees in its history. All or nothing: one unit that
/// cannot be extended refuses the whole request.
/// </summary>
public static class ExtendPlanDeadline
{
    public const int MaxUnits = 2000;

    public sealed class Input
    {
        /// <summary>The units to extend; ignored when <see cref="AllOpen"/>.</summary>
        public List<Guid>? UnitIds { get; set; }

        /// <summary>Every unit whose plan is neither filed nor waived.</summary>
        public bool AllOpen { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập hạn mới.")]
        public DateOnly? Until { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập lý do gia hạn (lý do được gửi tới đơn vị).")]
        [StringLength(PlanObligation.NoteMax, ErrorMessage = "Lý do không được dài quá {1} ký tự.")]
        public string? Reason { get; set; }
    }

    public sealed record Extended(int Count, DateOnly Until);

    public static async Task<Result<Extended>> HandleAsync(AppDbContext db, CurrentUser user, Guid movementId, Input input, CancellationToken ct)
    {
        if (!(await MovementAccess.LoadToManageAsync(db, user, movementId, ct)).TryGet(out var movement, out var refused))
        {
            return refused;
        }

        if (movement.CheckRunning() is { } notRunning)
        {
            return notRunning;
        }

        if (input.Until is not { } until)
        {
            return AppError.Required("Until", "hạn mới");
        }

        var ids = (input.UnitIds ?? []).Distinct().ToList();
        if (!input.AllOpen && ids.Count == 0)
        {
            return MovementErrors.NoUnitsChosen;
        }

        if (ids.Count > MaxUnits)
        {
            return new AppError("movement.extend_too_many", $"Mỗi lần gia hạn tối đa {MaxUnits} đơn vị; hãy chọn “tất cả đơn vị chưa nộp”.", "UnitIds");
        }

        var query = db.PlanObligations.Where(o => o.MovementId == movementId);
        var obligations = input.AllOpen
            ? await query.Where(PlanObligation.Open).ToListAsync(ct)
            : await query.Where(o => ids.Contains(o.UnitId)).ToListAsync(ct);
        if (!input.AllOpen && obligations.Count < ids.Count)
        {
            return MovementErrors.NoObligation;
        }

        if (obligations.Count == 0)
        {
            return MovementErrors.NoUnitsChosen;
        }

        var by = Actor.Of(user, db.Time);
        var today = VnTime.Today(db.Time);
        var reason = VietnameseText.Clean(input.Reason);
        foreach (var obligation in obligations)
        {
            if (obligation.Extend(until, reason, by, today) is { } error)
            {
                return error;
            }
        }

        Notifications.Notify.PlanObligationsChanged(db, user, obligations, reason);
        await db.SaveChangesAsync(ct);
        return new Extended(obligations.Count, until);
    }
}
