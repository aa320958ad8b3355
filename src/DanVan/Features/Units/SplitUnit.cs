using System.ComponentModel.DataAnnotations;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>
/// Chia, tách: the unit's territory and tasks are spread over several successors (a district over several communes).
/// The unit closes the day before <see cref="Input.EffectiveOn"/>; each part is a successor link with its share and
/// description; the open work goes to the successor chosen per kind (<see cref="ReassignOpenWork"/>). One transaction.
/// </summary>
public static class SplitUnit
{
    public const int MaxParts = 50;

    public sealed class Part
    {
        /// <summary>Rows without a successor are ignored (the form offers empty rows); at least two must remain.</summary>
        public Guid? SuccessorId { get; set; }

        [Range(1, 100, ErrorMessage = "Tỷ lệ phải từ {1} đến {2}%.")]
        public int? SharePercent { get; set; }

        [StringLength(UnitSuccession.NoteMax, ErrorMessage = "Mô tả phần không được dài quá {1} ký tự.")]
        public string? Description { get; set; }
    }

    public sealed class Input
    {
        [Required(ErrorMessage = "Vui lòng nhập ngày chia tách có hiệu lực.")]
        public DateOnly? EffectiveOn { get; set; }

        [StringLength(UnitSuccession.BasisMax, ErrorMessage = "Căn cứ không được dài quá {1} ký tự.")]
        public string? Basis { get; set; }

        public Guid? BasisDocumentId { get; set; }

        [MaxLength(MaxParts, ErrorMessage = "Tối đa {1} đơn vị kế thừa.")]
        public List<Part> Parts { get; set; } = [];

        /// <summary>Where the open work goes, each kind to one of the parts (required when there is work to pass).</summary>
        public ReassignOpenWork.Choice Handover { get; set; } = new();
    }

    public static async Task<Result<DissolveUnit.Outcome>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Input input, CancellationToken ct)
    {
        var parts = input.Parts.Where(p => p.SuccessorId is not null).ToList();
        var successorIds = parts.Select(p => p.SuccessorId!.Value).Distinct().ToList();
        if (successorIds.Count < 2 || successorIds.Count != parts.Count || parts.Count > MaxParts)
        {
            return UnitErrors.SplitNeedsParts;
        }

        if (parts.Sum(p => p.SharePercent ?? 0) > 100 || parts.Any(p => p.SharePercent is < 1 or > 100))
        {
            return UnitErrors.SharesOverWhole;
        }

        if (input.EffectiveOn is not { } effectiveOn)
        {
            return UnitErrors.DateOutOfRange;
        }

        var basis = VietnameseText.Clean(input.Basis);
        if (await Reorganisation.CheckAsync(db, user, id, successorIds, effectiveOn, basis, input.BasisDocumentId, ct) is { } refused)
        {
            return refused;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.LockUnitTreeAsync(user.TenantId, ct);
        var loaded = await Reorganisation.LoadAsync(db, id, successorIds, effectiveOn, ct);
        if (loaded.Error is not null)
        {
            return loaded.Error;
        }

        var unit = loaded.Value.Unit;
        if (unit.Close(effectiveOn.AddDays(-1)) is { } closeRefused)
        {
            return closeRefused;
        }

        var links = new Dictionary<Guid, UnitSuccession>();
        foreach (var part in parts)
        {
            var link = new UnitSuccession(user.TenantId, unit.Id, part.SuccessorId!.Value, SuccessionKind.Split, effectiveOn,
                VietnameseText.Clean(part.Description), basis, input.BasisDocumentId, part.SharePercent);
            db.UnitSuccessions.Add(link);
            links[link.SuccessorId] = link;
        }

        var handover = await ReassignOpenWork.HandOverAsync(db, user, unit, input.Handover, links, basis!, effectiveOn, ct);
        if (handover.Error is not null)
        {
            return handover.Error;
        }

        await tx.CommitAsync(ct);
        return new DissolveUnit.Outcome(await db.Units.AsNoTracking().Where(u => u.Id == id).ToDto(VnTime.Today(db.Time)).FirstAsync(ct), handover.Value!);
    }
}
