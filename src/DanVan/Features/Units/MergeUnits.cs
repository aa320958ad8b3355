using System.ComponentModel.DataAnnotations;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>
/// Sáp nhập: the source units close the day before <see cref="Input.EffectiveOn"/>, gain a successor link to the
/// target, their active sub-units move under the target, (optionally) their people move to the target with a transfer
/// record, and their open work passes as chosen (<see cref="ReassignOpenWork"/>, all to the target by default).
/// Nothing is deleted; everything happens in one transaction.
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

        /// <summary>The decision's number (căn cứ); older clients put it in <see cref="Note"/>.</summary>
        [StringLength(UnitSuccession.BasisMax, ErrorMessage = "Căn cứ không được dài quá {1} ký tự.")]
        public string? Basis { get; set; }

        public Guid? BasisDocumentId { get; set; }

        /// <summary>Where the open work goes (plans, registrations, models, role assignments); all to the target when omitted.</summary>
        public ReassignOpenWork.Choice? Handover { get; set; }
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
        if (!target.IsActiveOn(effectiveOn))
        {
            return UnitErrors.MergeTargetClosed;
        }

        var sources = await db.Units.Where(u => sourceIds.Contains(u.Id)).ToListAsync(ct);
        if (sources.Any(a => sources.Any(b => a != b && a.IsAncestorOrSelfOf(b))))
        {
            return UnitErrors.MergeNestedSources;
        }

        var basis = VietnameseText.Clean(input.Basis);
        var reason = basis ?? VietnameseText.Clean(input.Note) ?? "quyết định sáp nhập";
        foreach (var source in sources)
        {
            if (source.Close(effectiveOn.AddDays(-1)) is { } refused)
            {
                return refused;
            }

            var link = new UnitSuccession(user.TenantId, source.Id, target.Id, SuccessionKind.Merge, effectiveOn, VietnameseText.Clean(input.Note),
                basis, input.BasisDocumentId);
            db.UnitSuccessions.Add(link);

            // The active sub-units always follow the merged unit; people when asked; the rest as chosen (all by default).
            var choice = input.Handover ?? new ReassignOpenWork.Choice { AllTo = target.Id };
            choice.SubUnitsTo = target.Id;
            choice.PeopleTo = input.TransferPeople ? target.Id : null;
            var handover = await ReassignOpenWork.HandOverAsync(db, user, source, choice, new Dictionary<Guid, UnitSuccession> { [target.Id] = link },
                reason, effectiveOn, ct);
            if (handover.Error is not null)
            {
                return handover.Error;
            }
        }

        await tx.CommitAsync(ct);
        return await db.Units.AsNoTracking().Where(u => u.Id == targetId).ToDto(VnTime.Today(db.Time)).FirstAsync(ct);
    }
}
