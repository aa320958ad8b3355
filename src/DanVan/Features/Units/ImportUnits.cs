using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using static DanVan.Features.Units.UnitsExcel;

namespace DanVan.Features.Units;

/// <summary>
/// Imports units from the template, all or nothing: every row is checked (the same annotations as the form, then
/// codes, kinds, parents and rights) before anything is written; one bad row means nothing is saved and the report
/// lists every bad row. A parent may be an existing unit or a unit declared on an earlier row of the same file.
/// </summary>
public static class ImportUnits
{
    /// <summary>Rows per SaveChanges inside the one transaction: keeps the change tracker (and memory) small.</summary>
    private const int SaveBatch = 2_000;

    private static readonly Dictionary<string, int> ColumnOf = new()
    {
        [nameof(UnitInput.Code)] = Code,
        [nameof(UnitInput.Name)] = Name,
        [nameof(UnitInput.ShortName)] = ShortName,
        [nameof(UnitInput.KindId)] = KindCode,
        [nameof(UnitInput.ParentId)] = ParentCode,
        [nameof(UnitInput.ValidFrom)] = ValidFrom,
    };

    /// <summary>A row that passed its own checks. Depth and rights are known only when its parent chain is valid.</summary>
    private sealed record Planned(UnitInput Input, UnitKind Kind, Unit? ExistingParent, string? FileParent, int? Depth, bool? CanAddBelow);

    /// <summary>Who may import at all (each row is then checked against its own unit): asked before the file is read or parsed.</summary>
    public static Task<bool> MayImportAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        Scope.HoldsAnywhereAsync(db, user, Permission.ManageUnits, ct);

    public static async Task<Result<ImportReport>> HandleAsync(AppDbContext db, CurrentUser user, Stream file, CancellationToken ct)
    {
        if (!await MayImportAsync(db, user, ct))
        {
            return AppError.Forbidden;
        }

        var read = await XlsxReader.ReadAsync(file, Columns, ct);
        if (read.Error is not null)
        {
            return read.Error;
        }

        var rows = read.Value!;
        var codes = rows.SelectMany(r => new[] { Upper(r[Code]), Upper(r[ParentCode]) }).OfType<string>().Distinct().ToList();
        var existing = await db.Units.Where(u => u.TenantId == user.TenantId && codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, ct);
        var ids = existing.Values.Select(u => u.Id).ToList();
        var canView = await IdsAsync(db.Units.VisibleTo(db, user, Permission.ViewUnits).Where(u => ids.Contains(u.Id)), ct);
        var canManage = await IdsAsync(db.Units.VisibleTo(db, user, Permission.ManageUnits).Where(u => ids.Contains(u.Id)), ct);
        var canAddBelow = await IdsAsync(ManagedWithDescendants(db, user).Where(u => ids.Contains(u.Id)), ct);
        var kinds = (await db.UnitKinds.Where(k => k.TenantId == user.TenantId).ToListAsync(ct))
            .ToDictionary(k => k.Code, StringComparer.OrdinalIgnoreCase);

        var firstRowOf = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            if (Upper(row[Code]) is { } code)
            {
                firstRowOf.TryAdd(code, row.Number);
            }
        }

        var errors = new ImportErrorList(Columns);
        var planned = new Dictionary<string, Planned>();
        var plannedRows = new List<Planned>();
        foreach (var row in rows)
        {
            var code = Upper(row[Code]);
            DateOnly? validFrom = null;
            if (row[ValidFrom] is { } dateText)
            {
                if (TryParseDate(dateText, out var date))
                {
                    validFrom = date;
                }
                else
                {
                    errors.Add(row.Number, ValidFrom, $"Ngày “{dateText}” không đúng định dạng {DateFormat} (ví dụ 01/07/2025).");
                }
            }

            UnitKind? kind = null;
            if (row[KindCode] is { } kindCode && !kinds.TryGetValue(kindCode, out kind))
            {
                errors.Add(row.Number, KindCode, $"Mã loại đơn vị “{kindCode}” không có trong danh mục; xem trang “{ListsSheetName}” của tệp mẫu.");
            }

            var input = new UnitInput
            {
                Code = code, Name = row[Name], ShortName = row[ShortName], ValidFrom = validFrom,
                KindId = row[KindCode] is null ? null : kind?.Id ?? Guid.Empty,
            };
            errors.AddAnnotations(row.Number, input, ColumnOf);

            if (code is not null && firstRowOf[code] != row.Number)
            {
                errors.Add(row.Number, Code, $"Mã đơn vị “{code}” bị trùng với dòng {firstRowOf[code]}.");
            }
            else if (code is not null && existing.ContainsKey(code))
            {
                errors.Add(row.Number, Code, UnitErrors.DuplicateCode(code).Message);
            }

            var parent = CheckParent(row, code, Upper(row[ParentCode]));
            if (!errors.HasErrors(row.Number))
            {
                var plan = new Planned(input, kind!, parent.Existing, parent.FileParent, parent.Depth, parent.CanAddBelow);
                planned[code!] = plan;
                plannedRows.Add(plan);
            }
        }

        if (errors.Count > 0)
        {
            return new ImportReport(rows.Count, 0, errors.ToList());
        }

        // Parents come before their children in the file, so batches in file order keep every foreign key satisfied.
        var created = new Dictionary<string, Unit>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var batch in plannedRows.Chunk(SaveBatch))
        {
            foreach (var plan in batch)
            {
                var input = plan.Input;
                var unit = Unit.Create(user.TenantId, plan.ExistingParent ?? created[plan.FileParent!], plan.Kind, input.Code!,
                    input.Name!, input.ShortName, input.ValidFrom);
                db.Units.Add(unit);
                created[unit.Code] = unit;
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            db.UnitKinds.AttachRange(kinds.Values); // new units point at their kind: keep it known, not re-inserted
        }

        await transaction.CommitAsync(ct);
        return new ImportReport(rows.Count, created.Count, []);

        (Unit? Existing, string? FileParent, int? Depth, bool? CanAddBelow) CheckParent(XlsxRow row, string? code, string? parentCode)
        {
            if (parentCode is null)
            {
                errors.Add(row.Number, ParentCode, "Vui lòng nhập mã đơn vị cấp trên.");
                return default;
            }

            if (parentCode == code)
            {
                errors.Add(row.Number, ParentCode, "Đơn vị không thể là cấp trên của chính nó.");
                return default;
            }

            if (existing.TryGetValue(parentCode, out var parent) && canView.Contains(parent.Id))
            {
                if (!canManage.Contains(parent.Id))
                {
                    errors.Add(row.Number, ParentCode, $"Bạn không có quyền thêm đơn vị trực thuộc “{parent.Code}”.");
                }
                else if (!parent.IsActiveOn(VnTime.Today(db.Time)))
                {
                    errors.Add(row.Number, ParentCode, UnitErrors.ParentClosed.Message);
                }
                else if (parent.Depth + 1 >= Unit.MaxDepth)
                {
                    errors.Add(row.Number, ParentCode, UnitErrors.TooDeep.Message);
                }

                return (parent, null, parent.Depth + 1, canAddBelow.Contains(parent.Id));
            }

            if (firstRowOf.TryGetValue(parentCode, out var parentRow) && parentRow < row.Number && !existing.ContainsKey(parentCode))
            {
                if (!planned.TryGetValue(parentCode, out var above) || above.Depth is null)
                {
                    return default; // the parent row has its own errors; nothing will be saved anyway
                }

                if (above.CanAddBelow != true)
                {
                    errors.Add(row.Number, ParentCode, $"Bạn không có quyền thêm đơn vị trực thuộc “{parentCode}” (dòng {parentRow}).");
                }
                else if (above.Depth + 1 >= Unit.MaxDepth)
                {
                    errors.Add(row.Number, ParentCode, UnitErrors.TooDeep.Message);
                }

                return (null, parentCode, above.Depth + 1, above.CanAddBelow);
            }

            errors.Add(row.Number, ParentCode, parentRow > row.Number && !existing.ContainsKey(parentCode)
                ? $"Đơn vị cấp trên “{parentCode}” phải được khai báo ở một dòng phía trên (hiện ở dòng {parentRow})."
                : AppError.NotFound($"đơn vị cấp trên “{parentCode}”").Message);
            return default;
        }
    }

    /// <summary>
    /// Units under which the user may manage units that do not exist yet: the <see cref="Scope"/> rule for a new
    /// descendant, which is covered only by an assignment that includes descendants (a new id has no assignment).
    /// </summary>
    private static IQueryable<Unit> ManagedWithDescendants(AppDbContext db, CurrentUser user)
    {
        var roles = RolePermissions.RolesGranting(Permission.ManageUnits);
        return db.Units.Where(u => u.TenantId == user.TenantId && db.RoleAssignments.Any(a =>
            a.UserId == user.UserId && a.TenantId == user.TenantId && roles.Contains(a.Role)
            && a.IncludeDescendants && u.Path.StartsWith(a.UnitPath)));
    }

    private static async Task<HashSet<Guid>> IdsAsync(IQueryable<Unit> units, CancellationToken ct) =>
        (await units.Select(u => u.Id).ToListAsync(ct)).ToHashSet();

    private static string? Upper(string? code) => code?.ToUpperInvariant();
}
