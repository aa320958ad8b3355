using System.ComponentModel.DataAnnotations;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Movements;

/// <summary>
/// The movement's managers set when plan reminders go out (issue 16 §2): N working days before each unit's plan deadline,
/// and to the unit's head after M working days overdue. The hourly reminder job (<c>Notifications/RemindPlans</c>) reads
/// the movement's values; a change is a history step.
/// </summary>
public static class SetMovementReminders
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Vui lòng nhập số ngày làm việc nhắc trước hạn.")]
        public int? ReminderDays { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập số ngày làm việc quá hạn trước khi báo thủ trưởng đơn vị.")]
        public int? EscalationDays { get; set; }
    }

    public static async Task<Result<MovementDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Input input, int? expectedVersion, CancellationToken ct)
    {
        if (input.ReminderDays is not { } reminderDays)
        {
            return AppError.Required("ReminderDays", "số ngày làm việc nhắc trước hạn");
        }

        if (input.EscalationDays is not { } escalationDays)
        {
            return AppError.Required("EscalationDays", "số ngày làm việc quá hạn trước khi báo thủ trưởng đơn vị");
        }

        if (!(await MovementAccess.LoadToManageAsync(db, user, id, ct)).TryGet(out var movement, out var refused))
        {
            return refused;
        }

        if ((db.Expect(movement, expectedVersion) ?? movement.SetReminders(reminderDays, escalationDays, Actor.Of(user, db.Time))) is { } error)
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return (await GetMovement.HandleAsync(db, user, id, ct)).Value!;
    }
}
