using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using static DanVan.Features.Ratings.RatingsExcel;

namespace DanVan.Features.Ratings;

/// <summary>
/// Imports ratings from the units' own spreadsheet (<see cref="RatingsExcel"/>), all or nothing, like the people import:
/// every row is checked — the person found by full name within the unit (code or name; people have no personal code
/// yet), the user's ManageRatings on that unit, the year, the level, a reason when an entered rating changes (the
/// rating's own rule) — before anything is written; one bad row means nothing is saved and the report names each row
/// and column. A row with an empty "Xếp loại" is skipped (an exported list not yet filled in). Each rating records the
/// file name and row as its source.
/// </summary>
public static class ImportRatings
{
    private sealed record UnitRef(Guid Id, string Name, bool CanRate);

    public static Task<bool> MayImportAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        Scope.HoldsAnywhereAsync(db, user, Permission.ManageRatings, ct);

    public static async Task<Result<ImportReport>> HandleAsync(AppDbContext db, CurrentUser user, Stream file, string? fileName, CancellationToken ct)
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
        var name = Path.GetFileName(VietnameseText.Clean(fileName) ?? "tep-xep-loai.xlsx");
        name = name[..Math.Min(name.Length, RatingSource.FileNameMax)];
        var units = await UnitsAsync(db, user, ct);
        var errors = new ImportErrorList(Columns);
        var thisYear = VnTime.Today(db.Time).Year;
        var parsed = new List<(XlsxRow Row, UnitRef Unit, string Folded, int Year, RatingLevel Level)>();
        foreach (var row in rows)
        {
            if (Parse(row, units, errors, thisYear) is { } p)
            {
                parsed.Add((row, p.Unit, p.Folded, p.Year, p.Level));
            }
        }

        var unitIds = parsed.Select(p => p.Unit.Id).Distinct().ToList();
        var tenantId = user.TenantId;
        var people = (await db.People.AsNoTracking().Where(p => p.TenantId == tenantId && unitIds.Contains(p.UnitId))
                .Select(p => new { p.Id, p.UnitId, p.FullNameFolded }).ToListAsync(ct))
            .ToLookup(p => (p.UnitId, p.FullNameFolded), p => p.Id);
        var matched = new List<(XlsxRow Row, Guid PersonId, Guid UnitId, int Year, RatingLevel Level)>();
        var seen = new Dictionary<(Guid, int), int>();
        foreach (var p in parsed)
        {
            var ids = people[(p.Unit.Id, p.Folded)].ToList();
            if (ids.Count != 1)
            {
                errors.Add(p.Row.Number, FullName, ids.Count == 0
                    ? $"Không tìm thấy “{p.Row[FullName]}” trong đơn vị “{p.Unit.Name}”; kiểm tra họ tên hoặc đơn vị công tác hiện tại."
                    : $"Đơn vị “{p.Unit.Name}” có {ids.Count} người tên “{p.Row[FullName]}”; hãy xếp loại từng người trên trang Xếp loại.");
                continue;
            }

            if (seen.TryGetValue((ids[0], p.Year), out var first))
            {
                errors.Add(p.Row.Number, FullName, $"“{p.Row[FullName]}” năm {p.Year} đã có ở dòng {first}; mỗi người một dòng mỗi năm.");
                continue;
            }

            seen[(ids[0], p.Year)] = p.Row.Number;
            matched.Add((p.Row, ids[0], p.Unit.Id, p.Year, p.Level));
        }

        // The ratings already entered, tracked: their own Change decides (a different level needs the reason column).
        var personIds = matched.Select(m => m.PersonId).Distinct().ToList();
        var years = matched.Select(m => m.Year).Distinct().ToList();
        var existing = await db.PersonRatings.Where(r => r.TenantId == tenantId && personIds.Contains(r.PersonId) && years.Contains(r.Year))
            .ToDictionaryAsync(r => (r.PersonId, r.Year), ct);
        var by = Actor.Of(user, db.Time);
        var imported = 0;
        foreach (var m in matched)
        {
            var note = m.Row[Note];
            var source = new RatingSource(name, m.Row.Number);
            if (existing.TryGetValue((m.PersonId, m.Year), out var rating))
            {
                if (rating.Change(m.UnitId, m.Level, note, m.Row[Reason], source, by) is { } refused)
                {
                    errors.Add(m.Row.Number, Reason, refused.Message);
                }
            }
            else
            {
                db.PersonRatings.Add(PersonRating.Enter(tenantId, m.PersonId, m.Year, m.UnitId, m.Level, note, source, by));
            }

            imported++;
        }

        var report = new ImportReport(rows.Count, 0, errors.ToList());
        if (!report.Succeeded)
        {
            db.ChangeTracker.Clear(); // nothing is written
            return report;
        }

        await db.SaveChangesAsync(ct);
        return report with { Imported = imported };
    }

    private static (UnitRef Unit, string Folded, int Year, RatingLevel Level)? Parse(XlsxRow row, UnitLookup units, ImportErrorList errors, int thisYear)
    {
        if (row[Level] is null)
        {
            return null; // not rated yet: skipped
        }

        var level = RatingLevels.Parse(row[Level]);
        if (level is null)
        {
            errors.Add(row.Number, Level, $"Xếp loại “{row[Level]}” không hợp lệ; chọn một trong: {RatingLevels.Choices}.");
        }

        if (row[FullName] is null)
        {
            errors.Add(row.Number, FullName, "Vui lòng nhập họ và tên.");
        }

        int year = 0;
        if (row[Year] is not { } yearText)
        {
            errors.Add(row.Number, Year, "Vui lòng nhập năm xếp loại.");
        }
        else if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out year) || year < PersonRating.MinYear || year > thisYear)
        {
            errors.Add(row.Number, Year, $"Năm “{yearText}” không hợp lệ; nhập năm từ {PersonRating.MinYear} đến {thisYear}.");
        }

        if (row[Note] is { Length: > PersonRating.NoteMax })
        {
            errors.Add(row.Number, Note, $"Ghi chú không được dài quá {PersonRating.NoteMax} ký tự.");
        }

        if (row[Reason] is { Length: > PersonRating.ReasonMax })
        {
            errors.Add(row.Number, Reason, $"Lý do thay đổi không được dài quá {PersonRating.ReasonMax} ký tự.");
        }

        var unit = units.Find(row, errors);
        return errors.HasErrors(row.Number) ? null : (unit!, VietnameseText.Fold(row[FullName]), year, level!.Value);
    }

    /// <summary>Units by code and by folded name: the ones the user may view (to name them in errors) and whether they may rate their people.</summary>
    private sealed class UnitLookup(Dictionary<string, UnitRef> byCode, ILookup<string, UnitRef> byName)
    {
        public UnitRef? Find(XlsxRow row, ImportErrorList errors)
        {
            if (row[Unit] is not { } text)
            {
                errors.Add(row.Number, Unit, "Vui lòng nhập đơn vị (mã hoặc tên đầy đủ).");
                return null;
            }

            var byNameFound = byName[VietnameseText.Fold(text)].ToList();
            var unit = byCode.GetValueOrDefault(text.ToUpperInvariant()) ?? (byNameFound.Count == 1 ? byNameFound[0] : null);
            if (unit is null)
            {
                errors.Add(row.Number, Unit, byNameFound.Count > 1
                    ? $"Có {byNameFound.Count} đơn vị tên “{text}”; hãy ghi mã đơn vị."
                    : AppError.NotFound($"đơn vị “{text}”").Message);
                return null;
            }

            if (!unit.CanRate)
            {
                errors.Add(row.Number, Unit, $"Bạn không có quyền xếp loại cán bộ của đơn vị “{unit.Name}” (dòng của “{row[FullName]}”).");
                return null;
            }

            return unit;
        }
    }

    private static async Task<UnitLookup> UnitsAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var rate = db.Units.VisibleTo(db, user, Permission.ManageRatings).Select(u => u.Id);
        var units = await db.Units.AsNoTracking().VisibleTo(db, user, Permission.ViewPeople)
            .Select(u => new { u.Code, Ref = new UnitRef(u.Id, u.Name, rate.Contains(u.Id)) }).ToListAsync(ct);
        // Unit.NameFolded also holds the code and short name (for search): the name alone is folded here.
        return new UnitLookup(units.ToDictionary(u => u.Code.ToUpperInvariant(), u => u.Ref),
            units.ToLookup(u => VietnameseText.Fold(u.Ref.Name), u => u.Ref));
    }
}
