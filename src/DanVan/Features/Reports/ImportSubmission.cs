using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using static DanVan.Features.Reports.ReportExcel;

namespace DanVan.Features.Reports;

/// <summary>The outcome of an upload: the report (every bad row and column) and, when it passed, the report as saved.</summary>
public sealed record SubmissionImport(ImportReport Report, SubmissionDto? Submission);

/// <summary>
/// A unit's report filled in Excel and uploaded back (<see cref="ReportExcel"/>), all or nothing. The file must be this
/// report's (its "Mã báo cáo") on this campaign's form version ("Mã biểu mẫu", "Phiên bản biểu mẫu"): a file of another
/// report, form or version is refused whole, naming what it is. Each row is checked (a line of the form, once; a count for
/// a numeric line) and every bad row listed; then the values go through <see cref="FillReport"/> as the page's "Lưu" does,
/// so every rule of a report (a corrected computed figure needs its reason, lengths, a locked report) is checked there
/// alone, its error placed back on its row. The report is saved, not submitted.
/// </summary>
public static class ImportSubmission
{
    /// <summary>Before the upload is read: whoever fills reports anywhere (which report, and whether it is theirs, is checked next, as 404 / 403).</summary>
    public static Task<bool> MayImportAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        Scope.HoldsAnywhereAsync(db, user, Permission.SubmitReports, ct);

    public static async Task<Result<SubmissionImport>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Stream file, int? expectedVersion,
        CancellationToken ct)
    {
        if (!(await GetReportSubmission.LoadAsync(db, user, id, tracked: false, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        if (!await ReportAccess.CanFillAsync(db, user, loaded.Submission, loaded.Campaign, ct))
        {
            return AppError.Forbidden;
        }

        if (!(await XlsxReader.ReadSheetsAsync(file, ct)).TryGet(out var sheets, out var unreadable))
        {
            return unreadable;
        }

        var sheet = sheets.FirstOrDefault(s => VietnameseText.Fold(s.Name) == VietnameseText.Fold(Sheet)) ?? (sheets.Count > 0 ? sheets[0] : null);
        if (sheet?.FindTable(Columns) is not { } table)
        {
            return ReportErrors.ImportLayout;
        }

        var form = loaded.Form;
        var labelled = table.Above.Select(r => XlsxLine.ReadLabelled(r.Cells.FirstOrDefault(c => c is not null))).OfType<(string Key, string Value)>()
            .GroupBy(l => l.Key).ToDictionary(g => g.Key, g => g.First().Value);
        string? Read(string label) => labelled.GetValueOrDefault(VietnameseText.Fold(label));
        if (Read(ReportIdLabel) is not { } reportId || !Guid.TryParse(reportId, out var fileId))
        {
            return ReportErrors.ImportLayout;
        }

        if (fileId != id)
        {
            return ReportErrors.ImportOtherReport(Read(UnitLabel));
        }

        if (Read(FormCodeLabel) != form.Code || Read(RevisionLabel) != form.Revision.ToString(CultureInfo.InvariantCulture))
        {
            return ReportErrors.ImportOtherForm(Read(FormCodeLabel), Read(RevisionLabel), form.Code, form.Revision);
        }

        var fields = form.Fields.ToDictionary(f => f.Code, StringComparer.Ordinal);
        var errors = new ImportErrorList(Columns);
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<ReportSubmission.Entry>();
        foreach (var row in table.Rows)
        {
            if (row[Code] is not { } code || !fields.TryGetValue(code, out var field))
            {
                errors.Add(row.Number, Code, row[Code] is { } unknown ? ReportErrors.UnknownField(unknown).Message : "Thiếu mã chỉ tiêu.");
                continue;
            }

            if (!rowOf.TryAdd(code, row.Number))
            {
                errors.Add(row.Number, Code, $"Chỉ tiêu mã “{code}” đã có ở dòng {rowOf[code]}.");
                continue;
            }

            if (field.Kind == FieldKind.Number && row[Value] is { } text && !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                errors.Add(row.Number, Value, ReportErrors.NotACount(field).Message);
                continue;
            }

            entries.Add(new ReportSubmission.Entry(code, row[Value], row[Reason]));
        }

        if (errors.Count > 0)
        {
            return new SubmissionImport(new ImportReport(table.Rows.Count, 0, errors.ToList()), null);
        }

        var saved = await FillReport.HandleAsync(db, user, id, new EntriesInput(entries), submit: false, expectedVersion, ct);
        if (saved.Error is { } refused)
        {
            if (refused.Field is { } code && rowOf.TryGetValue(code, out var row))
            {
                var column = refused.Code == "report.correction_reason" ? Reason : Value;
                return new SubmissionImport(new ImportReport(table.Rows.Count, 0, [new ImportRowError(row, Columns[column].Label, refused.Message)]), null);
            }

            return refused;
        }

        return new SubmissionImport(new ImportReport(table.Rows.Count, entries.Count, []), saved.Value);
    }
}
