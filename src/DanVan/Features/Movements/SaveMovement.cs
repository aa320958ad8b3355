using DanVan.Features.Accounts;
using DanVan.Features.Calendar;
using DanVan.Features.Documents;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Movements;

/// <summary>Creates a draft movement, or replaces a draft's details, participants and items, in one transaction.</summary>
public static class SaveMovement
{
    public const int MaxItemsPerKind = 100;
    public const int MaxParticipants = 500;

    public static async Task<Result<MovementDto>> CreateAsync(AppDbContext db, CurrentUser user, MovementSettings settings, WorkingDays calendar,
        MovementInput input, CancellationToken ct)
    {
        var details = input.ToDetails(await settings.DefaultCascadeDeadlineAsync(calendar, user.TenantId, input, ct));
        if (await CheckAsync(db, user, input, details, ct) is { } invalid)
        {
            return invalid;
        }

        var movement = Movement.Create(user.TenantId, input.LaunchingUnitId!.Value, details, Actor.Of(user, db.Time));
        db.Movements.Add(movement);
        AddChildren(db, movement, input);
        await db.SaveChangesAsync(ct);
        return (await GetMovement.HandleAsync(db, user, movement.Id, ct)).Value!;
    }

    public static async Task<Result<MovementDto>> UpdateAsync(AppDbContext db, CurrentUser user, MovementSettings settings, WorkingDays calendar, Guid id, MovementInput input,
        int? expectedVersion, CancellationToken ct)
    {
        if (!(await MovementAccess.LoadToManageAsync(db, user, id, ct)).TryGet(out var movement, out var refused))
        {
            return refused;
        }

        if (db.Expect(movement, expectedVersion) is { } stale)
        {
            return stale;
        }

        if (input.LaunchingUnitId != movement.LaunchingUnitId)
        {
            return new AppError("movement.launcher_fixed", "Không đổi đơn vị phát động của một phong trào; hãy tạo phong trào mới.", "LaunchingUnitId");
        }

        var details = input.ToDetails(await settings.DefaultCascadeDeadlineAsync(calendar, user.TenantId, input, ct));
        if (await CheckAsync(db, user, input, details, ct) is { } invalid)
        {
            return invalid;
        }

        if (movement.Edit(details, Actor.Of(user, db.Time)) is { } error)
        {
            return error;
        }

        db.MovementItems.RemoveRange(await db.MovementItems.Where(i => i.MovementId == id).ToListAsync(ct));
        db.MovementParticipants.RemoveRange(await db.MovementParticipants.Where(p => p.MovementId == id).ToListAsync(ct));
        AddChildren(db, movement, input);
        await db.SaveChangesAsync(ct);
        return (await GetMovement.HandleAsync(db, user, id, ct)).Value!;
    }

    private static async Task<AppError?> CheckAsync(AppDbContext db, CurrentUser user, MovementInput input, MovementDetails details, CancellationToken ct)
    {
        var launcherId = input.LaunchingUnitId!.Value;
        if (await Access.CheckAsync(db, user, launcherId, Permission.ManageMovements, Permission.ViewUnits, "đơn vị phát động", ct) is { } denied)
        {
            return denied;
        }

        if (Movement.CheckDates(details) is { } badDates)
        {
            return badDates;
        }

        if (input.PlanDocumentId is { } planId && !await DocumentAccess.Visible(db, user).AnyAsync(d => d.Id == planId, ct))
        {
            return MovementErrors.PlanDocumentNotFound;
        }

        var participants = input.Participants ?? [];
        if (participants.Count > MaxParticipants)
        {
            return new AppError("movement.too_many_participants", $"Tối đa {MaxParticipants} dòng đơn vị tham gia; hãy chọn đơn vị cấp trên kèm cấp dưới.", "Participants");
        }

        var launcherPath = await db.Units.Where(u => u.Id == launcherId).Select(u => u.Path).FirstAsync(ct);
        switch (await UnitRules.CheckAsync(db, user.TenantId, participants.Select(p => (p.UnitId, p.KindId)).ToList(), launcherPath, ct))
        {
            case UnitRules.Reference.UnitNotFound:
                return MovementErrors.ParticipantNotFound;
            case UnitRules.Reference.OutsideLauncher:
                return MovementErrors.ParticipantOutsideLauncher;
            case UnitRules.Reference.KindNotFound:
                return MovementErrors.KindNotFound;
        }

        var items = input.Items ?? [];
        if (items.GroupBy(i => i.Kind).Any(g => g.Count() > MaxItemsPerKind))
        {
            return MovementErrors.TooManyItems;
        }

        if (items.Any(i => string.IsNullOrWhiteSpace(i.Text)))
        {
            return MovementErrors.EmptyItem;
        }

        if (items.Any(i => i.Text!.Length > MovementItem.TextMax || (i.RuleCode?.Length ?? 0) > MovementItem.RuleMax))
        {
            return AppError.TooLong("Items", "Mỗi mục", MovementItem.TextMax);
        }

        if (StandardCodes.Check(items.Select(i => (i.Kind, i.RuleCode))) is { } badCode)
        {
            return badCode;
        }

        return items.Any(i => i.Quota is <= 0) ? MovementErrors.BadQuota : null;
    }

    private static void AddChildren(AppDbContext db, Movement movement, MovementInput input)
    {
        foreach (var p in (input.Participants ?? []).DistinctBy(p => (p.UnitId, p.KindId)))
        {
            db.MovementParticipants.Add(new MovementParticipant(movement.TenantId, movement.Id, p.UnitId, p.IncludeDescendants, p.KindId));
        }

        foreach (var group in (input.Items ?? []).GroupBy(i => i.Kind))
        {
            var seq = 0;
            foreach (var item in group)
            {
                db.MovementItems.Add(new MovementItem(movement.TenantId, movement.Id, item.Kind, ++seq, item.Text!.Trim(),
                    item.RuleCode?.Trim(), item.Kind == MovementItemKind.Award ? item.Quota : null));
            }
        }
    }
}
