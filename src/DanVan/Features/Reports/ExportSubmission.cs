using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using static DanVan.Features.Reports.ReportExcel;

namespace DanVan.Features.Reports;

/// <summary>
/// A unit's report as Excel (<see cref="ReportExcel"/>), as <see cref="GetReportSubmission"/> shows it to the caller: the
/// values (pre-filled with the computed figures while the report is being filled), the reasons, the return's reasons.
/// Whoever sees the report downloads it; only who may fill it can upload it back.
/// </summary>
public static class ExportSubmission
{
    public sealed record Export(SubmissionDto Report, string FormName, string FormCode, int Revision)
    {
        public string FileName => ReportExcel.FileName(Report);
    }

    public static async Task<Result<Export>> LoadAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!(await GetReportSubmission.LoadAsync(db, user, id, tracked: false, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        return new Export(await GetReportSubmission.DtoAsync(db, user, loaded, ct), loaded.Form.Name, loaded.Form.Code, loaded.Form.Revision);
    }

    public static Result<int> Write(Export export, Stream output)
    {
        var (r, formName, formCode, revision) = export;
        using var xlsx = XlsxWriter.Create(output);
        using var sheet = xlsx.StartSheet(Sheet, Columns,
        [
            new XlsxLine([r.CampaignName], Bold: true),
            new XlsxLine([XlsxLine.Labelled(UnitLabel, r.UnitName)]),
            new XlsxLine([XlsxLine.Labelled(FormLabel, formName)]),
            new XlsxLine([XlsxLine.Labelled(FormCodeLabel, formCode)]),
            new XlsxLine([XlsxLine.Labelled(RevisionLabel, revision.ToString(CultureInfo.InvariantCulture))]),
            new XlsxLine([XlsxLine.Labelled(ReportIdLabel, r.Id.ToString())]),
            new XlsxLine([XlsxLine.Labelled(DueLabel, VnTime.Date(r.DueOn)) + $" — {r.StateLabel}"]),
            new XlsxLine([HowTo]),
            new XlsxLine([]),
        ]);
        foreach (var l in r.Lines)
        {
            object? value = l.Kind == FieldKind.Number && long.TryParse(l.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : l.Value;
            sheet.WriteRow([l.Code, l.Section, l.Label + (l.SumOf.Count > 0 ? $" (= {string.Join(" + ", l.SumOf)})" : ""), l.Unit, l.Required ? "Có" : null,
                l.Computed, value, l.CorrectionReason, l.ReturnReason]);
        }

        return r.Lines.Count;
    }
}
