using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Features.Calendar;
using DanVan.Features.Models;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Tenants;

/// <summary>
/// Opens a new tenant (a province or a central body): the default unit kinds, a root unit, the default rubric for scoring models, the seeded working-day calendars, and its first
/// administrator (TenantAdmin on the root, who must enable TOTP at first sign-in). One transaction.
/// </summary>
public static class CreateTenant
{
    /// <summary>The unit kinds every new tenant starts with (editable afterwards on the "Loại đơn vị" page).</summary>
    public static readonly (string Code, string Name)[] DefaultKinds =
    [
        ("PROVINCE", "Tỉnh (toàn tỉnh)"), ("PPC", "UBND tỉnh"), ("OFFICE", "Văn phòng"), ("DEPT", "Sở, ban, ngành"),
        ("DIV", "Phòng, ban chuyên môn"), ("PSU", "Đơn vị sự nghiệp"), ("COMMUNE", "UBND xã"), ("WARD", "UBND phường"),
        ("SPECIAL", "UBND đặc khu"), ("DISTRICT", "UBND huyện (trước 1/7/2025)"), ("PARTY", "Cơ quan Đảng, Mặt trận"),
        ("CLUSTER", "Cụm, khối thi đua"),
    ];

    public sealed record Input(string Code, string Name, TenantKind Kind, bool IsSample, string AdminUserName, string AdminFullName, string AdminPassword);

    public sealed record Output(Tenant Tenant, IReadOnlyDictionary<string, UnitKind> Kinds, Unit Root, AppUser Admin);

    public static async Task<Result<Output>> HandleAsync(AppDbContext db, UserManager<AppUser> users, Input input, CancellationToken ct)
    {
        var code = input.Code.Trim().ToUpperInvariant();
        if (code.Length is 0 or > Tenant.CodeMax || string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > Tenant.NameMax)
        {
            return new AppError("tenant.invalid", $"Mã (tối đa {Tenant.CodeMax} ký tự) và tên (tối đa {Tenant.NameMax} ký tự) của tỉnh là bắt buộc.");
        }

        if (await db.Tenants.AnyAsync(t => t.Code == code, ct))
        {
            return new AppError("tenant.duplicate", $"Mã tỉnh “{code}” đã tồn tại.", "Code", ErrorKind.Conflict);
        }

        var now = db.Time.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var tenant = new Tenant(Guid.CreateVersion7(), code, input.Name.Trim(), input.Kind, input.IsSample, now);
        db.Tenants.Add(tenant);
        var kinds = DefaultKinds.Select((k, i) => new UnitKind(tenant.Id, k.Code, k.Name, i)).ToDictionary(k => k.Code);
        db.UnitKinds.AddRange(kinds.Values);
        var root = Unit.Create(tenant.Id, null, kinds["PROVINCE"], code, input.Name.Trim(), code);
        db.Units.Add(root);
        db.ModelRubrics.Add(ModelRubric.Default(tenant.Id)); // the four qualities until the province publishes its own (ADR 0016)
        db.WorkingDayCalendars.AddRange(SeedCalendars.ForNewTenant(tenant.Id, now)); // the seeded years, 2024–2027 (ADR 0020)
        var system = new Actor(Guid.Empty, AwardCatalogueSeed.SystemName, now);
        db.AwardKinds.AddRange(AwardCatalogueSeed.Kinds(tenant.Id, system)); // the catalogue from the law until the province edits it (ADR 0023)
        db.BaseSalaries.AddRange(AwardCatalogueSeed.BaseSalaries(tenant.Id, system));
        await db.SaveChangesAsync(ct);

        var admin = new AppUser { Id = Guid.CreateVersion7(), UserName = input.AdminUserName, FullName = input.AdminFullName, TenantId = tenant.Id, CreatedAt = now };
        var created = await users.CreateAsync(admin, input.AdminPassword);
        if (!created.Succeeded)
        {
            return new AppError("tenant.admin_invalid", string.Join(" ", created.Errors.Select(e => e.Description)), "AdminPassword");
        }

        db.RoleAssignments.Add(new RoleAssignment(tenant.Id, admin.Id, Role.TenantAdmin, root, includeDescendants: true, now));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Output(tenant, kinds, root, admin);
    }
}
