using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using static DanVan.Features.People.PeopleExcel;

namespace DanVan.Features.People;

/// <summary>
/// Imports people from the template, all or nothing: every row is checked (the same annotations as the form, then
/// the unit and the user's right to manage its people) before anything is written; one bad row means nothing is
/// saved and the report lists every bad row with its Excel row number. The sheet is read a row at a time and unit
/// codes are looked up per chunk of rows; only the new people are kept (at most <see cref="XlsxReader.MaxRows"/>,
/// none once a bad row is seen), then written set-wise with their chained audit entries in one bulk transaction, so
/// a bad file never takes the write lock and a good one holds it only while writing (bench/notes/import.md).
/// </summary>
public static class ImportPeople
{
    /// <summary>Rows read before their unit codes are looked up (one query per chunk); also rows per bulk insert.</summary>
    private const int Chunk = 5_000;

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

    /// <summary>Who may import at all (each row is then checked against its own unit): asked before the file is read or parsed.</summary>
    public static Task<bool> MayImportAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        Scope.HoldsAnywhereAsync(db, user, Permission.ManagePeople, ct);

    public static async Task<Result<ImportReport>> HandleAsync(AppDbContext db, CurrentUser user, Stream file, CancellationToken ct)
    {
        if (!await MayImportAsync(db, user, ct))
        {
            return AppError.Forbidden;
        }

        var read = await ReadAsync(db, user, file, ct);
        if (read.Error is not null)
        {
            return read.Error;
        }

        var (report, people) = read.Value;
        if (!report.Succeeded)
        {
            return report;
        }

        await using (var transaction = await db.BeginBulkTransactionAsync(ct))
        {
            foreach (var batch in people.Chunk(Chunk))
            {
                await db.InsertAuditedAsync(batch, ct);
            }

            await transaction.CommitAsync(ct);
        }

        return report with { Imported = people.Count };
    }

    /// <summary>
    /// Reads and checks every row; the new people when all are valid (the file and its parser are released before
    /// anything is written), otherwise the report of every bad row.
    /// </summary>
    private static async Task<Result<(ImportReport Report, List<Person> People)>> ReadAsync(AppDbContext db, CurrentUser user, Stream file,
        CancellationToken ct)
    {
        var opened = await XlsxReader.OpenAsync(file, Columns, ct);
        if (opened.Error is not null)
        {
            return opened.Error;
        }

        using var rows = opened.Value!;
        var units = new Dictionary<string, UnitAccess?>(StringComparer.Ordinal); // null: not visible to the user
        var thisYear = db.Time.GetUtcNow().Year;
        var errors = new ImportErrorList(Columns);
        var people = new List<Person>();
        var chunk = new List<XlsxRow>(Chunk);
        do
        {
            chunk.Clear();
            while (chunk.Count < Chunk && rows.Next(ct) is { } row)
            {
                chunk.Add(row);
            }

            await LookUpUnitsAsync(db, user, chunk, units, ct);
            foreach (var row in chunk)
            {
                if (Check(row, units, errors, thisYear) is { } valid && errors.Count == 0)
                {
                    people.Add(Person.Create(user.TenantId, valid.UnitId, valid.Details));
                }
            }

            if (errors.Count > 0)
            {
                people.Clear(); // nothing will be written: keep only the report
            }
        }
        while (chunk.Count == Chunk);

        if (rows.Error is not null)
        {
            return rows.Error;
        }

        return (new ImportReport(rows.Count, 0, errors.ToList()), people);
    }

    /// <summary>Adds the chunk's unseen codes to <paramref name="units"/> in one query (absent = not visible).</summary>
    private static async Task LookUpUnitsAsync(AppDbContext db, CurrentUser user, List<XlsxRow> chunk, Dictionary<string, UnitAccess?> units,
        CancellationToken ct)
    {
        var codes = chunk.Select(r => r[UnitCode]?.ToUpperInvariant()).OfType<string>().Where(c => !units.ContainsKey(c)).Distinct().ToList();
        if (codes.Count == 0)
        {
            return;
        }

        var managed = db.Units.VisibleTo(db, user, Permission.ManagePeople).Select(u => u.Id);
        var today = VnTime.Today(db.Time);
        var found = await db.Units.VisibleTo(db, user, Permission.ViewUnits).Where(u => codes.Contains(u.Code))
            .Select(u => new { u.Code, Access = new UnitAccess(u.Id, Unit.IsActiveOn(u.ValidFrom, u.ValidTo, today), managed.Contains(u.Id)) })
            .ToDictionaryAsync(u => u.Code, u => u.Access, ct);
        foreach (var code in codes)
        {
            units[code] = found.GetValueOrDefault(code);
        }
    }

    /// <summary>One row's checks; the person's details when the row is valid, otherwise its errors are added.</summary>
    private static (Guid UnitId, PersonDetails Details)? Check(XlsxRow row, Dictionary<string, UnitAccess?> units, ImportErrorList errors, int thisYear)
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

        return errors.HasErrors(row.Number) ? null : (unit!.Id, input.ToDetails());
    }

    /// <summary>The one access rule (ADR 0003) per row: unseen = not found; seen but not managed = no right.</summary>
    private static UnitAccess? CheckUnit(XlsxRow row, string? code, Dictionary<string, UnitAccess?> units, ImportErrorList errors)
    {
        if (code is null)
        {
            errors.Add(row.Number, UnitCode, "Vui lòng nhập mã đơn vị.");
            return null;
        }

        if (units.GetValueOrDefault(code) is not { } unit)
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
