using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using static DanVan.Features.People.PeopleExcel;

namespace DanVan.Features.People;

/// <summary>
/// Imports people from the template, all or nothing: every row is checked (the same annotations as the form, then
/// the unit and the user's right to manage its people) before anything is written; one bad row means nothing is
/// saved and the report lists every bad row with its Excel row number.
/// </summary>
public static class ImportPeople
{
    /// <summary>Rows per SaveChanges inside the one transaction: keeps the change tracker (and memory) small.</summary>
    private const int SaveBatch = 2_000;

    private static readonly Dictionary<string, int> ColumnOf = new()
    {
        [nameof(PersonInput.FullName)] = FullName,
        [nameof(PersonInput.Gender)] = Sex,
        [nameof(PersonInput.BirthYear)] = BirthYear,
        [nameof(PersonInput.Position)] = Position,
        [nameof(PersonInput.StaffCategory)] = Category,
        [nameof(PersonInput.UnitId)] = UnitCode,
        [nameof(PersonInput.Ethnicity)] = Ethnicity,
        [nameof(PersonInput.IsPartyMember)] = PartyMember,
    };

    private sealed record UnitAccess(Guid Id, bool IsActive, bool CanManage);

    public static async Task<Result<ImportReport>> HandleAsync(AppDbContext db, CurrentUser user, Stream file, CancellationToken ct)
    {
        var read = await XlsxReader.ReadAsync(file, Columns, ct);
        if (read.Error is not null)
        {
            return read.Error;
        }

        var rows = read.Value!;
        var codes = rows.Select(r => r[UnitCode]?.ToUpperInvariant()).OfType<string>().Distinct().ToList();
        var managed = db.Units.VisibleTo(db, user, Permission.ManagePeople).Select(u => u.Id);
        var units = await db.Units.VisibleTo(db, user, Permission.ViewUnits).Where(u => codes.Contains(u.Code))
            .Select(u => new { u.Code, Access = new UnitAccess(u.Id, u.IsActive, managed.Contains(u.Id)) })
            .ToDictionaryAsync(u => u.Code, u => u.Access, ct);
        var thisYear = db.Time.GetUtcNow().Year;

        var errors = new ImportErrorList(Columns);
        var people = new List<Person>(rows.Count);
        foreach (var row in rows)
        {
            var input = new PersonInput { FullName = row[FullName], Position = row[Position], Ethnicity = row[Ethnicity] };
            if (row[Sex] is { } sex && (input.Gender = ParseGender(sex)) is null)
            {
                errors.Add(row.Number, Sex, "Giới tính phải là “Nam” hoặc “Nữ”.");
            }

            if (row[BirthYear] is { } year)
            {
                if (int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
                {
                    input.BirthYear = y;
                }
                else
                {
                    errors.Add(row.Number, BirthYear, $"Năm sinh “{year}” không hợp lệ; nhập 4 chữ số, ví dụ 1985.");
                }
            }

            if (row[Category] is { } category && (input.StaffCategory = ParseCategory(category)) is null)
            {
                errors.Add(row.Number, Category, $"Đối tượng “{category}” không hợp lệ; chọn một trong: {CategoryChoices}.");
            }

            if (row[PartyMember] is { } party)
            {
                input.IsPartyMember = ParseParty(party, out var valid);
                if (!valid)
                {
                    errors.Add(row.Number, PartyMember, "Đảng viên phải là “Có” hoặc “Không” (hoặc để trống).");
                }
            }

            var unit = CheckUnit(row, row[UnitCode]?.ToUpperInvariant(), units, errors);
            input.UnitId = unit?.Id;
            errors.AddAnnotations(row.Number, input, ColumnOf);
            if (input.BirthYear > thisYear)
            {
                errors.Add(row.Number, BirthYear, PersonErrors.BirthYearInFuture.Message);
            }

            if (!errors.HasErrors(row.Number))
            {
                people.Add(Person.Create(user.TenantId, unit!.Id, input.ToDetails()));
            }
        }

        if (errors.Count > 0)
        {
            return new ImportReport(rows.Count, 0, errors.ToList());
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var batch in people.Chunk(SaveBatch))
        {
            db.People.AddRange(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(ct);
        return new ImportReport(rows.Count, people.Count, []);
    }

    /// <summary>The one access rule (ADR 0003) per row: unseen = not found; seen but not managed = no right.</summary>
    private static UnitAccess? CheckUnit(XlsxRow row, string? code, Dictionary<string, UnitAccess> units, ImportErrorList errors)
    {
        if (code is null)
        {
            errors.Add(row.Number, UnitCode, "Vui lòng nhập mã đơn vị.");
            return null;
        }

        if (!units.TryGetValue(code, out var unit))
        {
            errors.Add(row.Number, UnitCode, AppError.NotFound($"đơn vị “{code}”").Message);
            return null;
        }

        if (!unit.CanManage)
        {
            errors.Add(row.Number, UnitCode, $"Bạn không có quyền quản lý cán bộ của đơn vị “{code}”.");
            return null;
        }

        if (!unit.IsActive)
        {
            errors.Add(row.Number, UnitCode, PersonErrors.UnitClosed.Message);
            return null;
        }

        return unit;
    }
}
