using System.Net;
using DanVan.Features.Assessments;
using DanVan.Infrastructure.Excel;
using DanVan.Tests.Features.Excel;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Assessments;

/// <summary>
/// A criteria set as an Excel file in the layout provinces publish (issue 13 §1): exported and imported in one layout, so
/// an exported file imports unchanged as a new edition; a malformed file saves nothing and names the row and column.
/// </summary>
public sealed class CriteriaSetExcelTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string Sets = "/api/v1/assessment/criteria-sets";
    private const int Year = 2099;

    private static object RichSet(Guid communeKind) => new
    {
        year = Year,
        name = $"Bộ tiêu chí đánh giá, xếp loại công tác dân vận chính quyền năm {Year}",
        citation = "Quyết định số 07/2023/QĐ-UBND ngày 01/3/2023 của UBND tỉnh",
        superiorShare = 10,
        topRankCapPercent = 30,
        criteria = new object[]
        {
            new { group = "I. Lãnh đạo, chỉ đạo", code = "1.1", name = "Ban hành kế hoạch", maxPoints = 30, guidance = "Có kế hoạch trước 31/3: đủ điểm; chậm: trừ 0,5 điểm mỗi tuần", evidenceRequired = true },
            new { group = "I. Lãnh đạo, chỉ đạo", code = "1.2", name = "Mô hình “Dân vận khéo” ở xã", maxPoints = 27.5, unitKindId = communeKind },
            new { group = "II. Kết quả", code = "2.1", name = "Không để xảy ra khiếu kiện đông người", kind = "Prerequisite" },
            new { group = "II. Kết quả", code = "2.2", name = "Sáng kiến được công nhận", maxPoints = 2.5, kind = "Bonus" },
            new { group = "III. Điểm trừ", code = "3.1", name = "Báo cáo chậm", maxPoints = 5, kind = "Penalty" },
        },
        bands = new object[] { new { label = "Xuất sắc", minPoints = 92.5 }, new { label = "Tốt", minPoints = 75 }, new { label = "Chưa đạt", minPoints = 0 } },
    };

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_exported_set_imports_unchanged_as_the_years_next_edition(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var province = await app.ClientForAsync("tdkt.snv");
        var commune = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "XA001").Select(u => u.KindId).SingleAsync());
        var set = await (await province.PostJsonAsync(Sets, RichSet(commune))).ReadAsync<CriteriaSetDto>(HttpStatusCode.Created);

        var file = await province.DownloadAsync($"{Sets}/{set.Id}/xlsx", "bo-tieu-chi-2099");
        XlsxFiles.SheetNames(file).ShouldBe([CriteriaSetExcel.CriteriaSheet, CriteriaSetExcel.BandsSheet]);
        var rows = XlsxFiles.ReadSheet(file, CriteriaSetExcel.CriteriaSheet);
        rows[0][0].ShouldBe(set.Name);
        rows[2][0].ShouldBe($"Căn cứ: {set.Citation}");
        rows[4].Take(3).ShouldBe(["STT*", "Tiêu chí*", "Điểm tối đa"]);
        rows[5].Take(2).ShouldBe([null, "I. Lãnh đạo, chỉ đạo"]); // the group heading, a row of its own
        rows[7][6].ShouldNotBeNull(); // the commune branch names its unit kind
        rows[9][4].ShouldBe("Điều kiện");

        var imported = await (await province.UploadAsync($"{Sets}/import", file, "bo-tieu-chi-2099.xlsx")).ReadAsync<CriteriaSetImport>();
        imported.Report.Errors.ShouldBeEmpty();
        var copy = imported.Set.ShouldNotBeNull();
        (copy.Year, copy.Edition, copy.Name, copy.Citation, copy.SuperiorShare, copy.TopRankCapPercent, copy.Frozen)
            .ShouldBe((Year, set.Edition + 1, set.Name, set.Citation, 10m, (int?)30, false));
        copy.Criteria.Select(c => (c.Group, c.Code, c.Name, c.Guidance, c.MaxPoints, c.Kind, c.EvidenceRequired, c.UnitKindId))
            .ShouldBe(set.Criteria.Select(c => (c.Group, c.Code, c.Name, c.Guidance, c.MaxPoints, c.Kind, c.EvidenceRequired, c.UnitKindId)));
        copy.Bands.Select(b => (b.Label, b.MinPoints)).ShouldBe([("Xuất sắc", 92.5m), ("Tốt", 75m), ("Chưa đạt", 0m)]);

        // The new edition's export is the same file, cell for cell.
        var again = await province.DownloadAsync($"{Sets}/{copy.Id}/xlsx", "bo-tieu-chi-2099-phien-ban");
        foreach (var sheet in new[] { CriteriaSetExcel.CriteriaSheet, CriteriaSetExcel.BandsSheet })
        {
            XlsxFiles.ReadSheet(again, sheet).ShouldBe(XlsxFiles.ReadSheet(file, sheet));
        }

        // The form's fields win over the file's lines: last year's table as this year's set.
        using var form = Form(file, ("year", "2098"), ("name", "Bộ tiêu chí năm 2098"));
        var moved = await (await province.PostAsync($"{Sets}/import", form)).ReadAsync<CriteriaSetImport>();
        (moved.Set!.Year, moved.Set.Name, moved.Set.Criteria.Count).ShouldBe((2098, "Bộ tiêu chí năm 2098", 5));
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_malformed_file_saves_nothing_and_names_each_row_and_column(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var province = await app.ClientForAsync("tdkt.snv");
        using var officer = await app.ClientForAsync("thidua.xa001");
        var before = await app.WithDbAsync(db => db.CriteriaSets.CountAsync());

        // Cells that do not read: each named by its row and column, all at once.
        var problem = await (await province.UploadAsync($"{Sets}/import", File(
            [null, "3.0", "Tiêu chí trước mọi nhóm", 5, null, "Chấm điểm", "Không", null],
            [null, null, "I. Lãnh đạo", null, null, null, null, null],
            [null, "1.1", "Kế hoạch", "mười", null, "Chấm điểm", "Không", null],
            [null, "1.2", "Mô hình", 10, null, "Bắt buộc", "Có", null],
            [null, "1.3", "Báo cáo", 10, null, "Chấm điểm", "Có lẽ", "Loại không có"]))).RejectedAsync();
        problem.Errors.Select(e => (e.Row, e.Column)).ShouldBe([
            (6, "STT"), (8, "Điểm tối đa"), (9, "Loại"), (10, "Minh chứng bắt buộc"), (10, "Loại đơn vị")]);
        problem.Errors[1].Message.ShouldContain("mười");

        // A rule of the set itself (stated once, in CriteriaSet) comes back at the criterion's row and column.
        var duplicate = await (await province.UploadAsync($"{Sets}/import", File(
            [null, null, "I. Lãnh đạo", null, null, null, null, null],
            [null, "1.1", "Kế hoạch", 10, null, "Chấm điểm", "Không", null],
            [null, "1.1", "Mô hình", 10, null, "Chấm điểm", "Không", null]))).RejectedAsync();
        duplicate.Errors.ShouldHaveSingleItem().ShouldBe(new ExcelApi.RowError(8, "STT", "Mã tiêu chí “1.1” bị trùng."));
        var prerequisite = await (await province.UploadAsync($"{Sets}/import", File(
            [null, null, "I. Lãnh đạo", null, null, null, null, null],
            [null, "1.1", "Không khiếu kiện", 5, null, "Điều kiện", "Không", null]))).RejectedAsync();
        prerequisite.Errors.ShouldHaveSingleItem().ShouldBe(new ExcelApi.RowError(7, "Điểm tối đa",
            "Tiêu chí 1.1 là tiêu chí điều kiện (đạt/không đạt) nên điểm tối đa phải là 0."));

        // Not an xlsx at all; no right to manage the province's sets (refused before the file is read).
        (await (await province.UploadAsync($"{Sets}/import", "STT;Tiêu chí"u8.ToArray())).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("excel.not_xlsx");
        await (await officer.UploadAsync($"{Sets}/import", File([null, null, "I", null, null, null, null, null]))).ProblemAsync(HttpStatusCode.Forbidden);
        (await app.WithDbAsync(db => db.CriteriaSets.CountAsync())).ShouldBe(before);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_frozen_set_exports_and_its_file_is_the_way_to_a_new_edition(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var province = await app.ClientForAsync("tdkt.snv");
        var (setId, _, _) = await app.WithDbAsync(db => db.AddAssessmentAsync(db.Units.Single(u => u.Code == "XA001").Id));
        var frozen = await (await province.GetAsync($"{Sets}/{setId}")).ReadAsync<CriteriaSetDto>();
        frozen.Frozen.ShouldBeTrue();
        (await (await province.PutJsonAsync($"{Sets}/{setId}", AssessmentFlowTests.Set(Year))).ProblemAsync(HttpStatusCode.Conflict))
            .Detail.ShouldBe(AssessmentErrors.SetFrozen.Message);

        var file = await province.DownloadAsync($"{Sets}/{setId}/xlsx", "bo-tieu-chi-2099");
        var edition = (await (await province.UploadAsync($"{Sets}/import", file)).ReadAsync<CriteriaSetImport>()).Set!;
        (edition.Frozen, edition.Year, edition.Edition > frozen.Edition, edition.Criteria.Count).ShouldBe((false, Year, true, 2));
        (await app.WithDbAsync(db => db.CriteriaSets.AnyAsync(s => s.Id == setId && s.FrozenAt != null))).ShouldBeTrue();
    }

    /// <summary>A file in the published layout with the given table rows (the first cell of each row is the Excel row, unused).</summary>
    private static byte[] File(params object?[][] rows)
    {
        using var output = new MemoryStream();
        using (var xlsx = XlsxWriter.Create(output))
        using (var sheet = xlsx.StartSheet(CriteriaSetExcel.CriteriaSheet, CriteriaSetExcel.Columns,
                   [new XlsxLine(["Bộ tiêu chí thử"], Bold: true), new XlsxLine(["Năm: 2099"]), new XlsxLine(["Căn cứ: Quyết định thử"]), new XlsxLine([])]))
        {
            foreach (var row in rows)
            {
                sheet.WriteRow(row[1..]);
            }
        }

        return output.ToArray();
    }

    private static MultipartFormDataContent Form(byte[] file, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(ExcelHttp.ContentType);
        form.Add(part, ExcelHttp.FormField, "bo-tieu-chi.xlsx");
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }
}
