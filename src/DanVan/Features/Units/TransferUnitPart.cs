using System.ComponentModel.DataAnnotations;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>
/// Điều chỉnh một phần: part of a unit (territory, tasks, some of its sub-units and people) passes to another unit
/// from <see cref="Input.EffectiveOn"/>, while the unit itself lives on. Recorded as a successor link of kind
/// <see cref="SuccessionKind.Transfer"/> with its share and description; the chosen sub-units move under the receiver
/// and the chosen people transfer to it, each with a <see cref="WorkHandover"/> line. One transaction. Dated after today,
/// everything is checked and the link recorded now, and the chosen ids wait as a <see cref="PendingHandover"/> that
/// <see cref="ApplyPendingHandovers"/> moves on the date through the same <see cref="MoveAsync"/> (ADR 0018).
/// </summary>
public static class TransferUnitPart
{
    public const int MaxItems = 500;

    public sealed class Input
    {
        [Required(ErrorMessage = "Vui lòng chọn đơn vị tiếp nhận.")]
        public Guid? ToId { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập ngày điều chỉnh có hiệu lực.")]
        public DateOnly? EffectiveOn { get; set; }

        [StringLength(UnitSuccession.BasisMax, ErrorMessage = "Căn cứ không được dài quá {1} ký tự.")]
        public string? Basis { get; set; }

        public Guid? BasisDocumentId { get; set; }

        [Range(1, 99, ErrorMessage = "Tỷ lệ phần điều chỉnh phải từ {1} đến {2}%.")]
        public int? SharePercent { get; set; }

        [StringLength(UnitSuccession.NoteMax, ErrorMessage = "Mô tả phần điều chỉnh không được dài quá {1} ký tự.")]
        public string? Description { get; set; }

        [MaxLength(MaxItems, ErrorMessage = "Tối đa {1} đơn vị trực thuộc mỗi lần.")]
        public List<Guid> SubUnitIds { get; set; } = [];

        [MaxLength(MaxItems, ErrorMessage = "Tối đa {1} người mỗi lần.")]
        public List<Guid> PersonIds { get; set; } = [];
    }

    public static async Task<Result<UnitDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Input input, CancellationToken ct)
    {
        if (input.ToId is not { } toId || input.EffectiveOn is not { } effectiveOn)
        {
            return UnitErrors.SuccessorRequired;
        }

        var description = VietnameseText.Clean(input.Description);
        var subUnitIds = input.SubUnitIds.Distinct().ToList();
        var personIds = input.PersonIds.Distinct().ToList();
        if (description is null && subUnitIds.Count == 0 && personIds.Count == 0)
        {
            return UnitErrors.TransferNeedsPart;
        }

        var basis = VietnameseText.Clean(input.Basis);
        if (await Reorganisation.CheckAsync(db, user, id, [toId], effectiveOn, basis, input.BasisDocumentId, ct) is { } refused)
        {
            return refused;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.LockUnitTreeAsync(user.TenantId, ct);
        var loaded = await Reorganisation.LoadAsync(db, id, [toId], effectiveOn, ct);
        if (loaded.Error is not null)
        {
            return loaded.Error;
        }

        var (unit, to) = (loaded.Value.Unit, loaded.Value.Successors[toId]);
        if (!unit.IsActiveOn(effectiveOn))
        {
            return UnitErrors.AlreadyClosed(unit.Name);
        }

        var (subUnits, people) = await LoadPartAsync(db, user.TenantId, id, subUnitIds, personIds, ct);
        if (subUnits.Count != subUnitIds.Count || people.Count != personIds.Count)
        {
            return UnitErrors.TransferPartNotOfUnit;
        }

        if (await CheckDepthAsync(db, user.TenantId, to, subUnits, ct) is { } tooDeep)
        {
            return tooDeep;
        }

        var link = new UnitSuccession(user.TenantId, id, toId, SuccessionKind.Transfer, effectiveOn, description, basis, input.BasisDocumentId,
            input.SharePercent);
        db.UnitSuccessions.Add(link);
        if (effectiveOn > VnTime.Today(db.Time))
        {
            // Dated in the future: checked now, moved on its date by ApplyPendingHandovers through MoveAsync (ADR 0018).
            db.PendingHandovers.Add(PendingHandover.ForTransfer(link, subUnitIds, personIds, Actor.Of(user, db.Time)));
            await db.SaveChangesAsync(ct);
        }
        else if (await MoveAsync(db, user, unit, to, link, subUnits, people, onItsDate: false, ct) is { } moveRefused)
        {
            return moveRefused;
        }

        await tx.CommitAsync(ct);
        return await db.Units.AsNoTracking().Where(u => u.Id == id).ToDto(VnTime.Today(db.Time)).FirstAsync(ct);
    }

    /// <summary>The chosen sub-units and people that are (still) directly in the unit.</summary>
    internal static async Task<(List<Unit> SubUnits, List<People.Person> People)> LoadPartAsync(AppDbContext db, Guid tenantId, Guid unitId,
        IReadOnlyCollection<Guid> subUnitIds, IReadOnlyCollection<Guid> personIds, CancellationToken ct) => (
        await db.Units.Where(u => subUnitIds.Contains(u.Id) && u.ParentId == unitId && u.TenantId == tenantId).ToListAsync(ct),
        await db.People.Where(p => personIds.Contains(p.Id) && p.UnitId == unitId && p.TenantId == tenantId).ToListAsync(ct));

    private static async Task<AppError?> CheckDepthAsync(AppDbContext db, Guid tenantId, Unit to, List<Unit> subUnits, CancellationToken ct)
    {
        foreach (var child in subUnits)
        {
            if (to.Depth + 1 + await SubtreePaths.HeightAsync(db, tenantId, child.Path, child.Depth, ct) >= Unit.MaxDepth)
            {
                return UnitErrors.TooDeep;
            }
        }

        return null;
    }

    /// <summary>
    /// The move itself, today or on the date from a <see cref="PendingHandover"/> (<paramref name="onItsDate"/>, which the note
    /// says): each sub-unit under the receiver with its subtree's paths, each person with a transfer on the effective date,
    /// each with a <see cref="WorkHandover"/> line in <paramref name="user"/>'s name. Saves; the caller owns the transaction and tree lock.
    /// </summary>
    internal static async Task<AppError?> MoveAsync(AppDbContext db, CurrentUser user, Unit unit, Unit to, UnitSuccession link, List<Unit> subUnits,
        List<People.Person> people, bool onItsDate, CancellationToken ct)
    {
        if (await CheckDepthAsync(db, user.TenantId, to, subUnits, ct) is { } tooDeep)
        {
            return tooDeep;
        }

        var now = db.Time.GetUtcNow().UtcDateTime;
        var note = $"{ReassignOpenWork.Reason(SuccessionKind.Transfer)} {unit.Name} theo {link.Basis}"
            + (onItsDate ? $" (chuyển giao vào ngày có hiệu lực {VnTime.Date(link.EffectiveOn)})" : "");
        note = note.Length > WorkHandover.NoteMax ? note[..WorkHandover.NoteMax] : note;
        var moved = new List<(Unit Unit, string OldPath, int OldDepth)>();
        foreach (var child in subUnits)
        {
            var (oldPath, oldDepth) = (child.Path, child.Depth);
            if (child.MoveUnder(to) is { } moveRefused)
            {
                return moveRefused;
            }

            moved.Add((child, oldPath, oldDepth));
            db.WorkHandovers.Add(new WorkHandover(user.TenantId, link.Id, WorkKind.SubUnit, child.Id, unit.Id, to.Id, HandoverOutcome.Passed, now, user.UserId, note));
        }

        foreach (var person in people)
        {
            db.PersonTransfers.Add(person.TransferTo(to.Id, link.EffectiveOn, note.Length > People.PersonTransfer.NoteMax ? note[..People.PersonTransfer.NoteMax] : note));
            db.WorkHandovers.Add(new WorkHandover(user.TenantId, link.Id, WorkKind.Person, person.Id, unit.Id, to.Id, HandoverOutcome.Passed, now, user.UserId, note));
        }

        await db.SaveChangesAsync(ct);
        foreach (var (child, oldPath, oldDepth) in moved)
        {
            await SubtreePaths.RewriteAsync(db, user.TenantId, child.Id, oldPath, child.Path, child.Depth - oldDepth, ct);
        }

        return null;
    }
}
