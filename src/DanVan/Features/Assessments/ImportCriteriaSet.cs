using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using static DanVan.Features.Assessments.CriteriaSetExcel;

namespace DanVan.Features.Assessments;

/// <summary>What the upload form may say instead of the file's own lines: the year, name, citation, the regulation in the register.</summary>
public sealed record CriteriaSetImportFields(int? Year, string? Name, string? Citation, Guid? RegulationDocumentId);

/// <summary>The outcome of an import: the report (every bad row and column) and, when it passed, the new set.</summary>
public sealed record CriteriaSetImport(ImportReport Report, CriteriaSetDto? Set);

/// <summary>
/// A new criteria set from a file in the published layout (<see cref="CriteriaSetExcel"/>), all or nothing. The file is read
/// into the API's own input and written by <see cref="SaveCriteriaSet.CreateAsync"/>, so every rule of a set is checked by
/// <see cref="CriteriaSet.Replace"/> alone; its error names a criterion by its position, which is turned back into the
/// file's row and column here. Only the province (ManageAssessments at the root) imports.
/// </summary>
public static class ImportCriteriaSet
{
    public static Task<bool> MayImportAsync(AppDbContext db, CurrentUser user, CancellationToken ct) => AssessmentAccess.CanManageAsync(db, user, ct);

    public static async Task<Result<CriteriaSetImport>> HandleAsync(AppDbContext db, CurrentUser user, Stream file, CriteriaSetImportFields fields,
        CancellationToken ct)
    {
        if (await AssessmentAccess.CheckManageAsync(db, user, ct) is { } denied)
        {
            return denied;
        }

        if (!(await XlsxReader.ReadSheetsAsync(file, ct)).TryGet(out var sheets, out var unreadable))
        {
            return unreadable;
        }

        var criteriaSheet = sheets.FirstOrDefault(s => VietnameseText.Fold(s.Name) == VietnameseText.Fold(CriteriaSheet)) ?? (sheets.Count > 0 ? sheets[0] : null);
        if (criteriaSheet is null)
        {
            return XlsxErrors.NoHeader;
        }

        if (criteriaSheet.FindTable(Columns) is not { } table)
        {
            return new AppError("assessment.import_header", $"Trang “{criteriaSheet.Name}” không có dòng tiêu đề bảng tiêu chí (các cột “STT”, “Tiêu chí”, “Điểm tối đa”, "
                + "“Hướng dẫn chấm”, “Loại”, “Minh chứng bắt buộc”, “Loại đơn vị”). Hãy dùng tệp xuất từ hệ thống làm mẫu.", XlsxErrors.Field);
        }

        var tenantId = user.TenantId;
        var kinds = (await db.UnitKinds.Where(k => k.TenantId == tenantId).Select(k => new { k.Id, k.Code, k.Name }).ToListAsync(ct))
            .SelectMany(k => new[] { (Key: VietnameseText.Fold(k.Code), k.Id), (Key: VietnameseText.Fold(k.Name), k.Id) })
            .DistinctBy(k => k.Key).ToDictionary(k => k.Key, k => k.Id);
        var reader = new Reader(table, kinds);
        reader.ReadHeader(fields);
        reader.ReadCriteria();
        reader.ReadBands(sheets.FirstOrDefault(s => VietnameseText.Fold(s.Name) == VietnameseText.Fold(BandsSheet)));
        var rows = table.Rows.Count;
        if (reader.Errors.Count > 0)
        {
            return new CriteriaSetImport(new ImportReport(rows, 0, reader.Errors.ToList()), null);
        }

        var saved = await SaveCriteriaSet.CreateAsync(db, user, reader.Input(fields), ct);
        if (saved.Error is { } error)
        {
            return error.Kind is ErrorKind.Invalid
                ? new CriteriaSetImport(new ImportReport(rows, 0, [reader.Locate(error)]), null)
                : error;
        }

        return new CriteriaSetImport(new ImportReport(rows, saved.Value!.Criteria.Count, []), saved.Value);
    }

    /// <summary>The file read into the API's input, with where each value came from (to place the entity's errors).</summary>
    private sealed class Reader(XlsxTable table, IReadOnlyDictionary<string, Guid> kinds)
    {
        private readonly List<CriterionInput> _criteria = [];
        private readonly List<int> _criterionRows = [];
        private readonly List<int> _groupRows = [];
        private readonly List<BandInput> _bands = [];
        private readonly Dictionary<string, int> _lineRows = [];
        private string? _name;
        private string? _citation;
        private int? _year;
        private decimal? _superior;
        private int? _cap;
        private int _bandsHeader;

        public ImportErrorList Errors { get; } = new(Columns.Concat(BandColumns).ToList());

        public void ReadHeader(CriteriaSetImportFields fields)
        {
            foreach (var row in table.Above)
            {
                var text = row.Cells.FirstOrDefault(c => c is not null);
                switch (Labelled(text))
                {
                    case ({ } key, var value) when key == VietnameseText.Fold(YearLabel):
                        _lineRows[nameof(CriteriaSetInput.Year)] = row.Number;
                        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                        {
                            _year = year;
                        }
                        else if (fields.Year is null)
                        {
                            Errors.Add(row.Number, -1, $"Dòng “{YearLabel}”: “{value}” không phải là một năm.");
                        }

                        break;
                    case ({ } key, var value) when key == VietnameseText.Fold(CitationLabel):
                        _lineRows[nameof(CriteriaSetInput.Citation)] = row.Number;
                        _citation = value;
                        break;
                    default:
                        if (_name is null)
                        {
                            _lineRows[nameof(CriteriaSetInput.Name)] = row.Number;
                            _name = text;
                        }

                        break;
                }
            }
        }

        public void ReadCriteria()
        {
            string? group = null;
            var groupRow = 0;
            foreach (var row in table.Rows)
            {
                if (IsGroupRow(row))
                {
                    group = row[Code] is { } numeral && row[Name] is { } title && !title.StartsWith(numeral, StringComparison.Ordinal)
                        ? $"{numeral}. {title}"
                        : row[Name] ?? row[Code];
                    groupRow = row.Number;
                    continue;
                }

                if (group is null)
                {
                    Errors.Add(row.Number, Code, "Tiêu chí chưa thuộc nhóm nào: thêm một dòng nhóm (STT để trống hoặc số La Mã, cột Loại để trống) phía trên.");
                    continue;
                }

                decimal? max = null;
                if (row[MaxPoints] is { } maxText && (max = ParsePoints(maxText)) is null)
                {
                    Errors.Add(row.Number, MaxPoints, $"Điểm tối đa “{maxText}” không phải là số.");
                }

                var kind = row[Kind] is null ? CriterionKind.Scored : ParseKind(row[Kind]);
                if (kind is null)
                {
                    Errors.Add(row.Number, Kind, $"Loại “{row[Kind]}” không hợp lệ; chọn một trong: {string.Join(", ", Enum.GetValues<CriterionKind>().Select(AssessmentLabels.Of))}.");
                }

                bool? evidence = VietnameseText.Fold(row[Evidence]) switch
                {
                    "" or "khong" => false,
                    "co" => true,
                    _ => null,
                };
                if (evidence is null)
                {
                    Errors.Add(row.Number, Evidence, $"Minh chứng bắt buộc “{row[Evidence]}” không hợp lệ; ghi “{Yes}” hoặc “{No}”.");
                }

                Guid? unitKind = null;
                if (row[UnitKind] is { } kindText && !kinds.TryGetValue(VietnameseText.Fold(kindText), out var found))
                {
                    Errors.Add(row.Number, UnitKind, $"Loại đơn vị “{kindText}” không có trong danh mục loại đơn vị (ghi mã hoặc tên loại; để trống nếu áp dụng cho mọi đơn vị).");
                }
                else if (row[UnitKind] is not null)
                {
                    unitKind = kinds[VietnameseText.Fold(row[UnitKind])];
                }

                _criteria.Add(new CriterionInput(group, row[Code], row[Name], row[Guidance], max, kind, evidence, unitKind));
                _criterionRows.Add(row.Number);
                _groupRows.Add(groupRow);
            }
        }

        public void ReadBands(XlsxSheet? sheet)
        {
            if (sheet is null)
            {
                return; // the province's table alone: the default bands, no superior's share, no cap
            }

            if (sheet.FindTable(BandColumns) is not { } bands)
            {
                Errors.Add(sheet.Rows.Count > 0 ? sheet.Rows[0].Number : 1, Columns.Count + BandLabel,
                    $"Trang “{BandsSheet}” không có dòng tiêu đề với các cột “Mức xếp loại” và “Điểm tối thiểu”.");
                return;
            }

            _bandsHeader = bands.HeaderRow;
            foreach (var row in bands.Above)
            {
                var (key, value) = Labelled(row.Cells.FirstOrDefault(c => c is not null)) ?? ("", "");
                if (key == VietnameseText.Fold(SuperiorLabel))
                {
                    _lineRows[nameof(CriteriaSetInput.SuperiorShare)] = row.Number;
                    if ((_superior = ParsePoints(value)) is null)
                    {
                        Errors.Add(row.Number, -1, $"Trang “{BandsSheet}”, dòng “{SuperiorLabel}”: “{value}” không phải là số điểm.");
                    }
                }
                else if (key == VietnameseText.Fold(CapLabel))
                {
                    _lineRows[nameof(CriteriaSetInput.TopRankCapPercent)] = row.Number;
                    if (value.Length > 0 && VietnameseText.Fold(value) != VietnameseText.Fold(NoCap))
                    {
                        if (int.TryParse(value.TrimEnd('%').Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var cap))
                        {
                            _cap = cap;
                        }
                        else
                        {
                            Errors.Add(row.Number, -1, $"Trang “{BandsSheet}”, dòng “{CapLabel}”: ghi một số phần trăm hoặc “{NoCap}”.");
                        }
                    }
                }
            }

            foreach (var row in bands.Rows)
            {
                var min = ParsePoints(row[BandMin]);
                if (row[BandMin] is not null && min is null)
                {
                    Errors.Add(row.Number, Columns.Count + BandMin, $"Trang “{BandsSheet}”: điểm tối thiểu “{row[BandMin]}” không phải là số.");
                }

                _bands.Add(new BandInput(row[BandLabel], min));
            }

            if (_bands.Count == 0)
            {
                _bands.Add(new BandInput(null, null)); // an empty table is not the default bands: the set's own rule names it
            }
        }

        /// <summary>The form's fields win over the file's lines (a last year's table imported for this year).</summary>
        public CriteriaSetInput Input(CriteriaSetImportFields fields) => new(fields.Year ?? _year, Given(fields.Name) ?? _name,
            Given(fields.Citation) ?? _citation, fields.RegulationDocumentId, _superior, _cap, _criteria, _bands.Count > 0 ? _bands : null);

        private static string? Given(string? field) => VietnameseText.Clean(field) is { Length: > 0 } text ? text : null;

        /// <summary>The entity's error at the file's row and column: a criterion by its position, the set's own fields at their line.</summary>
        public ImportRowError Locate(AppError error)
        {
            var field = error.Field ?? "";
            var open = field.IndexOf('[', StringComparison.Ordinal);
            var close = field.IndexOf("].", StringComparison.Ordinal);
            if (field.StartsWith(nameof(CriteriaSetInput.Criteria) + "[", StringComparison.Ordinal) && close > open
                && int.TryParse(field[(open + 1)..close], NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _criteria.Count)
            {
                var member = field[(close + 2)..];
                var column = member switch
                {
                    nameof(CriterionInput.Code) => Code,
                    nameof(CriterionInput.Name) => Name,
                    nameof(CriterionInput.Guidance) => Guidance,
                    nameof(CriterionInput.MaxPoints) => MaxPoints,
                    nameof(CriterionInput.UnitKindId) => UnitKind,
                    _ => Name,
                };
                return new ImportRowError(member == nameof(CriterionInput.Group) ? _groupRows[index] : _criterionRows[index], Columns[column].Label, error.Message);
            }

            if (field == nameof(CriteriaSetInput.Bands))
            {
                return new ImportRowError(_bandsHeader > 0 ? _bandsHeader : table.HeaderRow, $"{BandColumns[BandLabel].Label} (trang {BandsSheet})", error.Message);
            }

            return new ImportRowError(_lineRows.GetValueOrDefault(field, table.Above.Count > 0 ? table.Above[0].Number : 1), null,
                _lineRows.ContainsKey(field) || field.Length == 0 ? error.Message : $"{error.Message} (dòng đầu trang “{CriteriaSheet}” hoặc ô trên biểu mẫu tải lên)");
        }
    }
}
