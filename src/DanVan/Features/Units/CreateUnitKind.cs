using System.ComponentModel.DataAnnotations;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>Adds a unit kind to the province's list (e.g. "Cụm thi đua", "Hợp tác xã").</summary>
public static class CreateUnitKind
{
    public sealed class Input
    {
        [Display(Name = "Mã loại")]
        [Required(ErrorMessage = "Vui lòng nhập mã loại đơn vị.")]
        [StringLength(UnitKind.CodeMax, ErrorMessage = "Mã loại không được dài quá {1} ký tự.")]
        [RegularExpression(@"^[A-Za-z0-9][A-Za-z0-9_\-]*$", ErrorMessage = "Mã loại chỉ gồm chữ cái không dấu, chữ số và các ký tự _ -")]
        public string? Code { get; set; }

        [Display(Name = "Tên loại")]
        [Required(ErrorMessage = "Vui lòng nhập tên loại đơn vị.")]
        [StringLength(UnitKind.NameMax, ErrorMessage = "Tên loại không được dài quá {1} ký tự.")]
        public string? Name { get; set; }
    }

    public static async Task<Result<UnitKindDto>> HandleAsync(AppDbContext db, CurrentUser user, Input input, CancellationToken ct)
    {
        if (!await Scope.HoldsAnywhereAsync(db, user, Permission.ManageUnits, ct))
        {
            return AppError.Forbidden;
        }

        var code = input.Code!.ToUpperInvariant();
        if (await db.UnitKinds.AnyAsync(k => k.TenantId == user.TenantId && k.Code == code, ct))
        {
            return new AppError("unit_kind.duplicate", $"Mã loại “{code}” đã tồn tại.", "Code");
        }

        var order = await db.UnitKinds.Where(k => k.TenantId == user.TenantId).MaxAsync(k => (int?)k.SortOrder, ct) ?? -1;
        var kind = new UnitKind(user.TenantId, code, input.Name!, order + 1);
        db.UnitKinds.Add(kind);
        await db.SaveChangesAsync(ct);
        return new UnitKindDto(kind.Id, kind.Code, kind.Name);
    }
}
