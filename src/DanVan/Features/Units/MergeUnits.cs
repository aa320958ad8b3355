using System.ComponentModel.DataAnnotations;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>
/// Sáp nhập: the source units close the day before <see cref="Input.EffectiveOn"/>, gain a successor link to the
/// target, their active sub-units move under the target, and (optionally) their people move to the target with a
/// transfer record. Nothing is deleted; everything happens in one transaction.
/// </summary>
public static class MergeUnits
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Vui lòng chọn đơn vị bị sáp nhập.")]
        [MaxLength(200, ErrorMessage = "Mỗi lần sáp nhập tối đa {1} đơn vị.")]
        public List<Guid> SourceIds { get; set; } = [];

        [Required(ErrorMessage = "Vui lòng chọn đơn vị tiếp nhận.")]
        public Guid? TargetId { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập ngày sáp nhập có hiệu lực.")]
        public DateOnly? EffectiveOn { get; set; }

        public bool TransferPeople { get; set; } = true;

        [StringLength(UnitSuccession.NoteMax, ErrorMessage = "Ghi chú không được dài quá {1} ký tự.")]
        public string? Note { get; set; }
    }

    public static async Task<Result<UnitDto>> HandleAsync(AppDbContext db, CurrentUser user, Input input, CancellationToken ct)
    {
        var sourceIds = input.SourceIds.Distinct().ToList();
        if (input.TargetId is not { } targetId || input.EffectiveOn is not { } effectiveOn)
        {
            return UnitErrors.MergeNeedsSources;
        }

        if (sourceIds.Contains(targetId))
        {
            return UnitErrors.MergeTargetInSources;
        }

        if (sourceIds.Count == 0)
        {
            return UnitErrors.MergeNeedsSources;
        }

        if (await Access.CheckAllAsync(db, user, [.. sourceIds, targetId], Permission.ManageUnits, Permission.ViewUnits, "đơn vị", ct) is { } denied)
        {
            return denied;
        }

        if (effectiveOn.Year is < 1945 or > 2100)
        {
            return UnitErrors.DateOutOfRange;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.LockUnitTreeAsync(user.TenantId, ct);
        var target = await db.Units.FirstAsync(u => u.Id == targetId, ct);
        if (!target.IsActive)
        {
            return UnitErrors.MergeTargetClosed;
        }

        var sources = await db.Units.Where(u => sourceIds.Contains(u.Id)).ToListAsync(ct);
        if (sources.Any(a => sources.Any(b => a != b && a.IsAncestorOrSelfOf(b))))
        {
            return UnitErrors.MergeNestedSources;
        }

        var children = await db.Units.Where(c => c.ParentId != null && sourceIds.Contains(c.ParentId.Value) && c.IsActive && c.Id != targetId).ToListAsync(ct);
        var moved = new List<(Unit Unit, string OldPath, int OldDepth)>();
        foreach (var child in children)
        {
            var (oldPath, oldDepth) = (child.Path, child.Depth);
            if (target.Depth + 1 + await SubtreePaths.HeightAsync(db, user.TenantId, oldPath, oldDepth, ct) >= Unit.MaxDepth)
            {
                return UnitErrors.TooDeep;
            }

            if (child.MoveUnder(target) is { } refused)
            {
                return refused;
            }

            moved.Add((child, oldPath, oldDepth));
        }

        var people = input.TransferPeople
            ? await db.People.Where(p => sourceIds.Contains(p.UnitId)).ToListAsync(ct)
            : [];
        foreach (var source in sources)
        {
            if (source.Close(effectiveOn.AddDays(-1)) is { } refused)
            {
                return refused;
            }

            db.UnitSuccessions.Add(new UnitSuccession(user.TenantId, source.Id, target.Id, SuccessionKind.Merge, effectiveOn, input.Note));
        }

        foreach (var person in people)
        {
            db.PersonTransfers.Add(person.TransferTo(target.Id, effectiveOn, $"Sáp nhập vào {target.Name}"));
        }

        await db.SaveChangesAsync(ct);
        foreach (var (unit, oldPath, oldDepth) in moved)
        {
            await SubtreePaths.RewriteAsync(db, user.TenantId, unit.Id, oldPath, unit.Path, unit.Depth - oldDepth, ct);
        }

        await tx.CommitAsync(ct);
        return await db.Units.AsNoTracking().Where(u => u.Id == targetId).ToDto().FirstAsync(ct);
    }
}
