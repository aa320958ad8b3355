using System.ComponentModel.DataAnnotations;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>
/// Giải thể: the unit closes the day before <see cref="Input.EffectiveOn"/> under its legal basis, a successor is named
/// (Decree 152 Art. 33.4: the successor proposes awards for the people of a dissolved unit) and its open work passes
/// as the operator chose (<see cref="ReassignOpenWork"/>). One transaction; nothing is deleted.
/// </summary>
public static class DissolveUnit
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Vui lòng nhập ngày giải thể có hiệu lực.")]
        public DateOnly? EffectiveOn { get; set; }

        [StringLength(UnitSuccession.BasisMax, ErrorMessage = "Căn cứ không được dài quá {1} ký tự.")]
        public string? Basis { get; set; }

        public Guid? BasisDocumentId { get; set; }

        [Required(ErrorMessage = "Vui lòng chọn đơn vị kế thừa.")]
        public Guid? SuccessorId { get; set; }

        [StringLength(UnitSuccession.NoteMax, ErrorMessage = "Ghi chú không được dài quá {1} ký tự.")]
        public string? Note { get; set; }

        /// <summary>Where the open work goes; when omitted, all of it goes to the successor.</summary>
        public ReassignOpenWork.Choice? Handover { get; set; }
    }

    public sealed record Outcome(UnitDto Unit, ReassignOpenWork.Summary Handover);

    public static async Task<Result<Outcome>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Input input, CancellationToken ct)
    {
        if (input.EffectiveOn is not { } effectiveOn || input.SuccessorId is not { } successorId)
        {
            return UnitErrors.SuccessorRequired;
        }

        var basis = VietnameseText.Clean(input.Basis);
        if (await Reorganisation.CheckAsync(db, user, id, [successorId], effectiveOn, basis, input.BasisDocumentId, ct) is { } refused)
        {
            return refused;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.LockUnitTreeAsync(user.TenantId, ct);
        var loaded = await Reorganisation.LoadAsync(db, id, [successorId], effectiveOn, ct);
        if (loaded.Error is not null)
        {
            return loaded.Error;
        }

        var unit = loaded.Value.Unit;
        if (unit.Close(effectiveOn.AddDays(-1)) is { } closeRefused)
        {
            return closeRefused;
        }

        var link = new UnitSuccession(user.TenantId, unit.Id, successorId, SuccessionKind.Dissolve, effectiveOn, VietnameseText.Clean(input.Note),
            basis, input.BasisDocumentId);
        db.UnitSuccessions.Add(link);
        var handover = await ReassignOpenWork.HandOverAsync(db, user, unit, input.Handover ?? new() { AllTo = successorId },
            new Dictionary<Guid, UnitSuccession> { [successorId] = link }, basis!, effectiveOn, ct);
        if (handover.Error is not null)
        {
            return handover.Error;
        }

        await tx.CommitAsync(ct);
        return new Outcome(await db.Units.AsNoTracking().Where(u => u.Id == id).ToDto(VnTime.Today(db.Time)).FirstAsync(ct), handover.Value!);
    }
}
