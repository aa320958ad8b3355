using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using static DanVan.Features.Awards.AwardRecordsExcel;

namespace DanVan.Features.Awards;

/// <summary>
/// Imports past years' awards from the office's own book (<see cref="AwardRecordsExcel"/>), all or nothing like the
/// other imports: every row is checked before anything is written, one bad row means nothing is saved and the
/// report names each row and column. The award is matched to the catalogue by its name (without regard to marks) or
/// code; the unit by code or full name, in the user's ManageAwardRecords scope. The holder: the unit itself when the
/// name is the unit's name or the award is for collectives only; a household when the award is for households only;
/// otherwise the one person of that name working in that unit. The same holder, award and year twice — in the file or
/// already in the register — is refused. Each entry records the file name and row as its source.
/// </summary>
public static class ImportAwardRecords
{
    private sealed record UnitRef(Guid Id, string Name, string Folded, bool CanWrite);

    private sealed record Parsed(XlsxRow Row, UnitRef Unit, AwardKind Kind, string Folded, int Year, CommendationType Type, DateOnly Date);

    private sealed record Planned(XlsxRow Row, AwardKind Kind, AwardSubject Subject, Guid? PersonId, Guid UnitId, string Name, int Year,
        CommendationType Type, DateOnly Date)
    {
        public (Guid, AwardSubject, Guid?, Guid, string, int) Key =>
            (Kind.Id, Subject, PersonId, Subject == AwardSubject.Individual ? Guid.Empty : UnitId, Subject == AwardSubject.Household ? VietnameseText.Fold(Name) : "", Year);
    }

    public static Task<bool> MayImportAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        Scope.HoldsAnywhereAsync(db, user, Permission.ManageAwardRecords, ct);

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
        var name = Path.GetFileName(VietnameseText.Clean(fileName) ?? "so-khen-thuong.xlsx");
        name = name[..Math.Min(name.Length, AwardRecord.FileNameMax)];
        var tenantId = user.TenantId;
        var kinds = await db.AwardKinds.AsNoTracking().Include(k => k.Versions).Where(k => k.TenantId == tenantId).ToListAsync(ct);
        var kindByKey = kinds.SelectMany(k => new[] { (Key: VietnameseText.Fold(k.Name), Kind: k), (Key: k.Code, Kind: k) })
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Kind);
        var units = await UnitsAsync(db, user, ct);
        var errors = new ImportErrorList(Columns);
        var today = VnTime.Today(db.Time);
        var parsed = rows.Select(row => Parse(row, units, kindByKey, errors, today)).OfType<Parsed>().ToList();

        var unitIds = parsed.Select(p => p.Unit.Id).Distinct().ToList();
        var people = (await db.People.AsNoTracking().Where(p => p.TenantId == tenantId && unitIds.Contains(p.UnitId))
                .Select(p => new { p.Id, p.UnitId, p.FullName, p.FullNameFolded }).ToListAsync(ct))
            .ToLookup(p => (p.UnitId, p.FullNameFolded));
        var planned = new List<Planned>();
        foreach (var p in parsed)
        {
            if (ResolveHolder(p, people[(p.Unit.Id, p.Folded)].Select(x => (x.Id, x.FullName)).ToList(), errors) is { } holder)
            {
                planned.Add(holder);
            }
        }

        // Duplicates: within the file (the first row wins the message), then against the register (one query).
        var firstRow = new Dictionary<(Guid, AwardSubject, Guid?, Guid, string, int), int>();
        var kindIds = planned.Select(p => p.Kind.Id).Distinct().ToList();
        var years = planned.Select(p => p.Year).Distinct().ToList();
        var personIds = planned.Where(p => p.PersonId is not null).Select(p => p.PersonId!.Value).Distinct().ToList();
        var holderUnits = planned.Where(p => p.PersonId is null).Select(p => p.UnitId).Distinct().ToList();
        var existing = (await db.AwardRecords.AsNoTracking().Where(AwardRecord.InRegister).Where(r => r.TenantId == tenantId && kindIds.Contains(r.AwardKindId) && years.Contains(r.Year)
                && ((r.PersonId != null && personIds.Contains(r.PersonId.Value)) || (r.PersonId == null && holderUnits.Contains(r.UnitId))))
                .Select(r => new { r.AwardKindId, r.Subject, r.PersonId, r.UnitId, r.HolderFolded, r.Year, r.DecisionNumber }).ToListAsync(ct))
            .GroupBy(r => (r.AwardKindId, r.Subject, r.PersonId, r.Subject == AwardSubject.Individual ? Guid.Empty : r.UnitId,
                r.Subject == AwardSubject.Household ? r.HolderFolded : "", r.Year))
            .ToDictionary(g => g.Key, g => g.First().DecisionNumber);
        var by = Actor.Of(user, db.Time);
        foreach (var p in planned)
        {
            if (firstRow.TryGetValue(p.Key, out var first))
            {
                errors.Add(p.Row.Number, Holder, $"“{p.Name}” – “{p.Kind.Name}” năm {p.Year} đã có ở dòng {first}; mỗi danh hiệu, hình thức một dòng mỗi năm.");
                continue;
            }

            firstRow[p.Key] = p.Row.Number;
            if (existing.TryGetValue(p.Key, out var decision))
            {
                errors.Add(p.Row.Number, Holder, AwardRecordErrors.Duplicate(p.Name, p.Kind.Name, p.Year, decision).Message);
                continue;
            }

            db.AwardRecords.Add(AwardRecord.Create(tenantId, p.Kind.Id, p.Subject, p.PersonId, p.UnitId, p.Name, p.Year, p.Type, p.Row[DecisionNumber]!,
                p.Date, null, p.Row[Note], name, p.Row.Number, by));
        }

        var report = new ImportReport(rows.Count, 0, errors.ToList());
        if (!report.Succeeded)
        {
            db.ChangeTracker.Clear(); // nothing is written
            return report;
        }

        await db.SaveChangesAsync(ct);
        return report with { Imported = planned.Count };
    }

    private static Planned? ResolveHolder(Parsed p, List<(Guid Id, string FullName)> namesakes, ImportErrorList errors)
    {
        var text = p.Row[Holder]!;
        var kind = p.Kind;
        AwardSubject subject;
        if (kind.Accepts(AwardSubject.Collective) && (p.Folded == p.Unit.Folded || !kind.Accepts(AwardSubject.Individual)))
        {
            subject = AwardSubject.Collective;
        }
        else if (kind.Accepts(AwardSubject.Household) && !kind.Accepts(AwardSubject.Individual))
        {
            subject = AwardSubject.Household;
        }
        else if (kind.Accepts(AwardSubject.Individual))
        {
            if (namesakes.Count != 1)
            {
                errors.Add(p.Row.Number, Holder, namesakes.Count == 0
                    ? $"Không tìm thấy “{text}” trong đơn vị “{p.Unit.Name}”; kiểm tra họ tên, đơn vị công tác hiện tại, hoặc ghi tên tập thể đúng như tên đơn vị."
                    : $"Đơn vị “{p.Unit.Name}” có {namesakes.Count} người tên “{text}”; hãy ghi khen thưởng của từng người trên trang Sổ khen thưởng.");
                return null;
            }

            return new Planned(p.Row, kind, AwardSubject.Individual, namesakes[0].Id, p.Unit.Id, namesakes[0].FullName, p.Year, p.Type, p.Date);
        }
        else
        {
            errors.Add(p.Row.Number, Award, AwardErrors.WrongSubject(kind, AwardSubject.Individual).Message);
            return null;
        }

        return new Planned(p.Row, kind, subject, null, p.Unit.Id, subject == AwardSubject.Collective ? p.Unit.Name : text, p.Year, p.Type, p.Date);
    }

    private static Parsed? Parse(XlsxRow row, UnitLookup units, Dictionary<string, AwardKind> kinds, ImportErrorList errors, DateOnly today)
    {
        if (row[Holder] is null)
        {
            errors.Add(row.Number, Holder, "Vui lòng nhập họ và tên (cá nhân, chủ hộ) hoặc tên tập thể.");
        }
        else if (row[Holder]!.Length > AwardRecord.HolderMax)
        {
            errors.Add(row.Number, Holder, $"Tên không được dài quá {AwardRecord.HolderMax} ký tự.");
        }

        AwardKind? kind = null;
        if (row[Award] is not { } awardText)
        {
            errors.Add(row.Number, Award, "Vui lòng nhập danh hiệu hoặc hình thức khen thưởng.");
        }
        else if (!kinds.TryGetValue(VietnameseText.Fold(awardText), out kind) && !kinds.TryGetValue(awardText.Trim().ToLowerInvariant(), out kind))
        {
            errors.Add(row.Number, Award, $"“{awardText}” không có trong danh mục danh hiệu, hình thức khen thưởng của tỉnh; ghi đúng tên (xem trang “{GuideSheetName}”) hoặc mã.");
        }

        var year = 0;
        if (row[Year] is not { } yearText)
        {
            errors.Add(row.Number, Year, "Vui lòng nhập năm thành tích.");
        }
        else if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out year) || year < AwardRecord.MinYear || year > today.Year)
        {
            errors.Add(row.Number, Year, $"Năm thành tích “{yearText}” không hợp lệ; nhập năm từ {AwardRecord.MinYear} đến {today.Year}.");
        }

        var type = ParseType(row[Commendation]);
        if (type is null)
        {
            errors.Add(row.Number, Commendation, $"Loại hình “{row[Commendation]}” không hợp lệ; chọn một trong: {TypeChoices} (để trống: thường xuyên).");
        }

        if (row[DecisionNumber] is not { } number)
        {
            errors.Add(row.Number, DecisionNumber, "Vui lòng nhập số quyết định khen thưởng.");
        }
        else if (number.Length > AwardRecord.DecisionNumberMax)
        {
            errors.Add(row.Number, DecisionNumber, $"Số quyết định không được dài quá {AwardRecord.DecisionNumberMax} ký tự.");
        }

        DateOnly date = default;
        if (row[DecisionDate] is not { } dateText)
        {
            errors.Add(row.Number, DecisionDate, "Vui lòng nhập ngày quyết định.");
        }
        else if (!TryParseDate(dateText, out date))
        {
            errors.Add(row.Number, DecisionDate, $"Ngày quyết định “{dateText}” không đúng định dạng ngày/tháng/năm (ví dụ 15/01/2025).");
        }

        if (row[Note] is { Length: > AwardRecord.NoteMax })
        {
            errors.Add(row.Number, Note, $"Ghi chú không được dài quá {AwardRecord.NoteMax} ký tự.");
        }

        var unit = units.Find(row, errors);
        if (errors.HasErrors(row.Number))
        {
            return null;
        }

        // The kind's own rules (year range, date not in the future nor before the year, withdrawn kind), each on its column.
        var subject = kind!.Accepts(AwardSubject.Individual) ? AwardSubject.Individual : kind.Subjects.First();
        if (AddAwardRecord.Check(kind, subject, year, date, today) is { } refused)
        {
            errors.Add(row.Number, refused.Field switch { "Year" => Year, "DecisionDate" => DecisionDate, _ => Award }, refused.Message);
            return null;
        }

        return new Parsed(row, unit!, kind, VietnameseText.Fold(row[Holder]), year, type!.Value, date);
    }

    /// <summary>Units by code and by folded name: the ones the user may view awards of (to name them in errors) and whether they keep their register.</summary>
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

            if (!unit.CanWrite)
            {
                errors.Add(row.Number, Unit, $"Bạn không có quyền ghi sổ khen thưởng của đơn vị “{unit.Name}” (dòng của “{row[Holder]}”).");
                return null;
            }

            return unit;
        }
    }

    private static async Task<UnitLookup> UnitsAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var write = db.Units.VisibleTo(db, user, Permission.ManageAwardRecords).Select(u => u.Id);
        var units = (await db.Units.AsNoTracking().VisibleTo(db, user, Permission.ViewAwards)
            .Select(u => new { u.Code, u.Id, u.Name, CanWrite = write.Contains(u.Id) }).ToListAsync(ct))
            .Select(u => new { u.Code, Ref = new UnitRef(u.Id, u.Name, VietnameseText.Fold(u.Name), u.CanWrite) }).ToList();
        return new UnitLookup(units.ToDictionary(u => u.Code.ToUpperInvariant(), u => u.Ref), units.ToLookup(u => u.Ref.Folded, u => u.Ref));
    }
}
