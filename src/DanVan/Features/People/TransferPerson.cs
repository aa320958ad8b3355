using System.ComponentModel.DataAnnotations;
using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.People;

/// <summary>Điều động: moves a person to another unit; both units must be within the user's ManagePeople scope.</summary>
public static class TransferPerson
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Vui lòng chọn đơn vị chuyển đến.")]
        public Guid? ToUnitId { get; set; }

        public DateOnly? EffectiveOn { get; set; }

        [StringLength(PersonTransfer.NoteMax, ErrorMessage = "Ghi chú không được dài quá {1} ký tự.")]
        public string? Note { get; set; }
    }

    public static async Task<Result<PersonDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Input input, CancellationToken ct)
    {
        if (!(await PersonAccess.Rule.LoadAsync(db, user, id, Permission.ManagePeople, ct)).TryGet(out var person, out var refused))
        {
            return refused;
        }

        if (input.ToUnitId is not { } toUnitId)
        {
            return PersonErrors.UnitRequired;
        }

        if (await Access.CheckAsync(db, user, toUnitId, Permission.ManagePeople, Permission.ViewUnits, "đơn vị chuyển đến", ct) is { } deniedTarget)
        {
            return deniedTarget;
        }

        if (toUnitId == person.UnitId)
        {
            return PersonErrors.SameUnit;
        }

        if (!await db.Units.ActiveOn(VnTime.Today(db.Time)).AnyAsync(u => u.Id == toUnitId, ct))
        {
            return PersonErrors.UnitClosed;
        }

        var effectiveOn = input.EffectiveOn ?? DateOnly.FromDateTime(db.Time.GetUtcNow().UtcDateTime);
        if (effectiveOn.Year is < 1945 or > 2100)
        {
            return new AppError("person.date_range", "Ngày điều động phải trong khoảng từ năm 1945 đến năm 2100.", "EffectiveOn");
        }

        db.PersonTransfers.Add(person.TransferTo(toUnitId, effectiveOn, input.Note));
        await db.SaveChangesAsync(ct);
        return await db.People.AsNoTracking().Where(p => p.Id == id).Project(db, user).FirstAsync(ct);
    }
}
