using System.Net;
using DanVan.Features.Reports;
using DanVan.Infrastructure.Excel;
using DanVan.Tests.Features.Excel;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Reports;

/// <summary>
/// A unit's report goes out to Excel and comes back (issue 16 §1: "export and import are the same layout"): the commune
/// downloads its returned demo report, fills the file, uploads it — saved, not submitted. A file with bad rows is refused
/// whole with every row named; a file of another report or another form version is refused naming what it is; a reader
/// without the right to fill cannot upload. The roll-up goes out with every unit's figures beside the totals.
/// </summary>
public sealed class ReportExcelTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private sealed record Imported(ExcelApi.Report Report, SubmissionDto Submission);

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_units_report_round_trips_through_excel_and_bad_files_are_refused_whole(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var commune = await app.UnitIdAsync("XA001");
        var id = await app.WithDbAsync(db => db.ReportSubmissions.Where(s => s.UnitId == commune && s.State == ReportState.Returned).Select(s => s.Id).SingleAsync());
        using var xa = await app.ClientForAsync("thidua.xa001");
        var url = $"/api/v1/reports/submissions/{id}";
        var before = await (await xa.GetAsync(url)).ReadAsync<SubmissionDto>();

        var file = await xa.DownloadAsync($"{url}/xlsx", "bao-cao-");
        var sheet = (await XlsxReader.ReadSheetsAsync(new MemoryStream(file), CancellationToken.None)).Value!.Single();
        sheet.Name.ShouldBe(ReportExcel.Sheet);
        var table = sheet.FindTable(ReportExcel.Columns).ShouldNotBeNull();
        table.Above.ShouldContain(r => r.Cells[0] == $"{ReportExcel.ReportIdLabel}: {id}");
        table.Rows.Select(r => r[ReportExcel.Code]).ShouldBe(before.Lines.Select(l => l.Code));
        table.Rows.Select(r => r[ReportExcel.Value]).ShouldBe(before.Lines.Select(l => l.Value));
        var returned = before.Lines.First(l => l.ReturnReason is not null);
        table.Rows.Single(r => r[ReportExcel.Code] == returned.Code)[ReportExcel.ReturnReason].ShouldBe(returned.ReturnReason);

        // Bad rows: a word where a count goes, a line the form does not have — both named, nothing saved.
        var bad = Rewrite(table, (code, cells) => code switch
        {
            "1.2" => cells.With(ReportExcel.Value, "ba"),
            "6" => cells.With(ReportExcel.Code, "9.9"),
            _ => cells,
        });
        var rejected = await (await xa.UploadAsync($"{url}/import", bad, "bao-cao.xlsx")).RejectedAsync();
        rejected.Errors.Count.ShouldBe(2);
        rejected.Errors.ShouldContain(e => e.Column == "Giá trị" && e.Message.Contains("số nguyên không âm", StringComparison.Ordinal));
        rejected.Errors.ShouldContain(e => e.Column == "Mã chỉ tiêu" && e.Message.Contains("9.9", StringComparison.Ordinal));
        (await (await xa.GetAsync(url)).ReadAsync<SubmissionDto>()).Lines.Select(l => l.Value).ShouldBe(before.Lines.Select(l => l.Value));

        // A file of another report, or of another version of the form: refused whole, saying which.
        var other = Guid.CreateVersion7();
        var otherReport = Rewrite(table, (_, cells) => cells, above => above.Replace(id.ToString(), other.ToString(), StringComparison.Ordinal));
        (await (await xa.UploadAsync($"{url}/import", otherReport)).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("report.import_other_report");
        var otherVersion = Rewrite(table, (_, cells) => cells,
            above => above.StartsWith(ReportExcel.RevisionLabel + ":", StringComparison.Ordinal) ? $"{ReportExcel.RevisionLabel}: 7" : above);
        var version = await (await xa.UploadAsync($"{url}/import", otherVersion)).ProblemAsync(HttpStatusCode.BadRequest);
        version.Code.ShouldBe("report.import_other_form");
        version.AllText.ShouldContain("phiên bản 7");
        (await (await xa.UploadAsync($"{url}/import", XlsxFiles.Sheet(ReportExcel.Columns, ["1", "I", "x", null, null, null, "4"])))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("report.import_layout");

        // A corrected computed figure without its reason is placed on its row, in the reason's column.
        var computed = before.Lines.First(l => l.Computed is not null);
        var noReason = Rewrite(table, (code, cells) => code == computed.Code
            ? cells.With(ReportExcel.Value, (computed.Computed!.Value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).With(ReportExcel.Reason, null)
            : cells);
        var placed = await (await xa.UploadAsync($"{url}/import", noReason)).RejectedAsync();
        placed.Errors.Single().Column.ShouldBe("Lý do điều chỉnh");
        var written = (await XlsxReader.ReadSheetsAsync(new MemoryStream(noReason), CancellationToken.None)).Value!.Single().FindTable(ReportExcel.Columns)!;
        placed.Errors.Single().Row.ShouldBe(written.Rows.Single(r => r[ReportExcel.Code] == computed.Code).Number);

        // The good file: saved (the report stays returned until the unit submits it), every line as filled in Excel.
        var good = Rewrite(table, (code, cells) => code switch
        {
            "1.2" => cells.With(ReportExcel.Value, "7"),
            "5" => cells.With(ReportExcel.Value, "Kinh phí nhân rộng mô hình còn hạn chế."),
            _ => cells,
        });
        using var viewer = await app.ClientForAsync("xem");
        (await viewer.UploadAsync($"{url}/import", good)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var imported = await (await xa.UploadAsync($"{url}/import", good)).ReadAsync<Imported>();
        imported.Report.Succeeded.ShouldBeTrue();
        imported.Report.Imported.ShouldBe(before.Lines.Count);
        imported.Submission.State.ShouldBe(ReportState.Returned);
        imported.Submission.Lines.Single(l => l.Code == "1.2").Value.ShouldBe("7");
        imported.Submission.Lines.Single(l => l.Code == "5").Value.ShouldBe("Kinh phí nhân rộng mô hình còn hạn chế.");
        (await app.WithDbAsync(db => db.ReportSubmissions.Where(s => s.Id == id).Select(s => s.State).SingleAsync())).ShouldBe(ReportState.Returned);

        // The level above sees the report as it was sent up, not the correction being typed: no draft figure, no pre-fill,
        // in the report and in the drill-down.
        using var snv = await app.ClientForAsync("tdkt.snv");
        var above = await (await snv.GetAsync(url)).ReadAsync<SubmissionDto>();
        above.CanFill.ShouldBeFalse();
        above.Lines.Single(l => l.Code == "1.2").Value.ShouldNotBe("7");
        above.Lines.Single(l => l.Code == "1.2").Value.ShouldBe(before.Lines.Single(l => l.Code == "1.2").ReturnedValue);
        above.Lines.ShouldAllBe(l => l.Computed == null && !l.ChangedSinceReturn);
        var drill = await (await snv.GetAsync($"/api/v1/reports/campaigns/{before.CampaignId}/indicators/1.2")).ReadAsync<DrillDownDto>();
        drill.Rows.Single(r => r.SubmissionId == id).Value.ShouldBeNull();
        (await snv.PutJsonAsync(url, new { values = new[] { new { code = "1.2", value = "1" } } })).StatusCode.ShouldBe(HttpStatusCode.Forbidden); // reviewers never fill
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_roll_up_goes_to_excel_with_every_units_figures_beside_the_totals(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        var campaign = await app.WithDbAsync(db => db.ReportCampaigns.Select(c => c.Id).SingleAsync());
        var rollUp = await (await snv.GetAsync($"/api/v1/reports/campaigns/{campaign}")).ReadAsync<RollUpDto>();
        var file = await snv.DownloadAsync($"/api/v1/reports/campaigns/{campaign}/xlsx", "tong-hop-");
        var sheets = (await XlsxReader.ReadSheetsAsync(new MemoryStream(file), CancellationToken.None)).Value!;
        sheets.Select(s => s.Name).ShouldBe([ExportRollUp.TotalsSheet, ExportRollUp.UnitsSheet]);

        var totals = sheets[0].FindTable([.. ExportRollUp.TotalColumns.Select(c => c with { Header = c.Header + "*" })]).ShouldNotBeNull();
        totals.Rows.Select(r => (r[0], r[4])).ShouldBe(rollUp.Totals.Select(t => ((string?)t.Code, (string?)t.Total.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        totals.Above.ShouldContain(r => r.Cells[0]!.StartsWith("Tỷ lệ báo cáo: đã nộp " + rollUp.Campaign.Received + "/" + rollUp.Campaign.Expected, StringComparison.Ordinal));

        var unitColumns = new List<XlsxColumn> { new("Đơn vị*"), new("Trạng thái*") };
        unitColumns.AddRange(rollUp.Totals.Select(t => new XlsxColumn(t.Code)));
        var units = sheets[1].FindTable(unitColumns).ShouldNotBeNull();
        units.Rows.Select(r => r[0]).ShouldBe(rollUp.Units.Select(u => (string?)u.UnitName));

        // Each total is the sum of the accepted units' figures on the second sheet.
        for (var i = 0; i < rollUp.Totals.Count; i++)
        {
            var column = i + 2;
            var sum = units.Rows.Where(r => r[1] == ReportState.Accepted.Label()).Sum(r => long.TryParse(r[column], out var n) ? n : 0);
            sum.ShouldBe(rollUp.Totals[i].Total, rollUp.Totals[i].Code);
        }
    }

    /// <summary>The table written again as a unit would save it from Excel: the same lines above, each row through <paramref name="change"/>.</summary>
    private static byte[] Rewrite(XlsxTable table, Func<string?, object?[], object?[]> change, Func<string, string>? above = null)
    {
        using var output = new MemoryStream();
        using (var xlsx = XlsxWriter.Create(output))
        using (var sheet = xlsx.StartSheet(ReportExcel.Sheet, ReportExcel.Columns,
                   table.Above.Select(r => new XlsxLine(r.Cells.Select(c => (object?)(c is null || above is null ? c : above(c))).ToArray())).ToList()))
        {
            foreach (var row in table.Rows)
            {
                sheet.WriteRow(change(row[ReportExcel.Code], row.Cells.Cast<object?>().ToArray()));
            }
        }

        return output.ToArray();
    }
}

internal static class CellEdits
{
    public static object?[] With(this object?[] cells, int column, object? value)
    {
        var copy = (object?[])cells.Clone();
        copy[column] = value;
        return copy;
    }
}
