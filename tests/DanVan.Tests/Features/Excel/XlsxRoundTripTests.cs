using System.IO.Compression;
using System.Text;
using DanVan.Features.People;
using DanVan.Features.Units;
using DanVan.Infrastructure.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace DanVan.Tests.Features.Excel;

public sealed class XlsxRoundTripTests
{
    private static readonly XlsxColumn[] Columns = [new("Họ và tên*"), new("Ghi chú"), new("Năm sinh", Numeric: true)];

    private static async Task<IReadOnlyList<XlsxRow>> ReadAsync(byte[] file, IReadOnlyList<XlsxColumn>? columns = null)
    {
        var result = await XlsxReader.ReadAsync(new MemoryStream(file), columns ?? Columns, CancellationToken.None);
        result.Error.ShouldBeNull(result.Error?.Message);
        return result.Value!;
    }

    [Fact]
    public async Task Vietnamese_text_written_decomposed_comes_back_composed()
    {
        var nfd = "Nguyễn Thị Ánh Tuyết".Normalize(NormalizationForm.FormD);
        var file = XlsxFiles.Sheet(Columns, [nfd, "  Đào   Duy Anh  ", 1985]);

        var row = (await ReadAsync(file)).ShouldHaveSingleItem();

        row.Number.ShouldBe(2);
        row[0].ShouldBe("Nguyễn Thị Ánh Tuyết");
        row[0]!.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
        row[1].ShouldBe("Đào   Duy Anh");
        row[2].ShouldBe("1985");
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")")]
    [InlineData("+84 912 345 678")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    public async Task Formula_looking_values_are_written_and_read_back_as_plain_text(string value)
    {
        var file = XlsxFiles.Sheet(Columns, ["Lê Văn Tám", value]);

        (await ReadAsync(file)).ShouldHaveSingleItem()[1].ShouldBe(value);
        var xml = XlsxFiles.FirstSheetXml(file);
        xml.ShouldNotContain("<x:f>");
        xml.ShouldNotContain("<f>");
        xml.ShouldContain("inlineStr");
    }

    [Fact]
    public async Task Formula_looking_values_get_the_quote_prefix_style_so_editing_keeps_them_text()
    {
        var file = XlsxFiles.Sheet(Columns, ["Lê Văn Tám", "=1+1"]);
        using var zip = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read);
        using var styles = new StreamReader(zip.GetEntry("xl/styles.xml")!.Open());

        (await styles.ReadToEndAsync()).ShouldContain("quotePrefix=\"1\"");
        XlsxFiles.FirstSheetXml(file).ShouldContain($"s=\"{XlsxWriter.QuotedTextStyle}\"");
    }

    [Fact]
    public void Templates_and_sheets_are_valid_OpenXml_packages()
    {
        using var people = new MemoryStream();
        PeopleExcel.WriteTemplate(people, [new UnitChoice("STP.P1", "Văn phòng Sở")]);
        using var units = new MemoryStream();
        UnitsExcel.WriteTemplate(units, [new UnitKindDto(Guid.NewGuid(), "DIV", "Phòng")], [new UnitChoice("STP", "Sở Tư pháp")]);
        var data = XlsxFiles.Sheet(Columns, ["=1+1", "Ghi chú", 1985], [null, "x"]);

        foreach (var file in new[] { people.ToArray(), units.ToArray(), data })
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            errors.ShouldBeEmpty(string.Join(Environment.NewLine, errors));
        }
    }

    [Fact]
    public async Task Control_characters_are_dropped_and_the_file_stays_readable()
    {
        var file = XlsxFiles.Sheet(Columns, ["Lê\u0001 Văn\u0008 Tám\uFFFF", "ok 😀"]);

        var row = (await ReadAsync(file)).ShouldHaveSingleItem();
        row[0].ShouldBe("Lê Văn Tám");
        row[1].ShouldBe("ok 😀");
    }

    [Fact]
    public async Task Rows_keep_their_Excel_numbers_across_blank_rows()
    {
        var file = XlsxFiles.Sheet(Columns, ["An"], [null, null], ["Bình"], [], ["Chi"]);

        (await ReadAsync(file)).Select(r => (r.Number, r[0])).ShouldBe([(2, "An"), (4, "Bình"), (6, "Chi")]);
    }

    [Fact]
    public async Task Rows_keep_their_Excel_numbers_when_empty_rows_are_absent_from_the_file()
    {
        // Excel itself writes no <row> element for an empty row.
        var file = XlsxFiles.Replace(XlsxFiles.Sheet(Columns, ["An"], ["xoá"], ["xoá"], ["Chi"]),
            name => name.StartsWith("xl/worksheets/", StringComparison.Ordinal),
            xml => System.Text.RegularExpressions.Regex.Replace(xml, "<x:row r=\"[34]\">.*?</x:row>", ""));
        XlsxFiles.FirstSheetXml(file).ShouldNotContain("xoá");

        (await ReadAsync(file)).Select(r => (r.Number, r[0])).ShouldBe([(2, "An"), (5, "Chi")]);
    }

    [Fact]
    public async Task Columns_are_found_by_header_ignoring_case_diacritics_order_and_the_required_mark()
    {
        var file = XlsxFiles.Sheet([new("NĂM SINH"), new("Cột lạ"), new("ho va ten"), new("ghi chu (tuỳ chọn)")], [1990, "x", "Phạm Thị Lan", "—"]);

        var row = (await ReadAsync(file)).ShouldHaveSingleItem();
        row.Cells.ShouldBe(["Phạm Thị Lan", "—", "1990"]);
    }

    [Fact]
    public async Task A_missing_optional_column_reads_as_empty()
    {
        var file = XlsxFiles.Sheet([new("Họ và tên*")], ["Phạm Thị Lan"]);

        (await ReadAsync(file)).ShouldHaveSingleItem().Cells.ShouldBe(["Phạm Thị Lan", null, null]);
    }

    [Fact]
    public async Task A_missing_required_column_is_one_file_level_error_naming_it()
    {
        var file = XlsxFiles.Sheet([new("Ghi chú"), new("Năm sinh")], ["x", 1990]);

        var error = (await XlsxReader.ReadAsync(new MemoryStream(file), Columns, CancellationToken.None)).Error.ShouldNotBeNull();

        error.Code.ShouldBe("excel.missing_columns");
        error.Message.ShouldContain("“Họ và tên*”");
        error.Message.ShouldStartWith("Thiếu cột bắt buộc");
    }

    [Fact]
    public async Task Header_only_is_a_file_level_error()
    {
        var error = (await XlsxReader.ReadAsync(new MemoryStream(XlsxFiles.Sheet(Columns)), Columns, CancellationToken.None)).Error;

        error.ShouldNotBeNull().Code.ShouldBe("excel.no_rows");
        Vietnamese(error.Message);
    }

    [Fact]
    public async Task More_than_the_row_limit_is_refused_with_a_clear_message()
    {
        var rows = Enumerable.Range(0, XlsxReader.MaxRows + 1).Select(i => new object?[] { "Người số " + i }).ToArray();

        var error = (await XlsxReader.ReadAsync(new MemoryStream(XlsxFiles.Sheet(Columns, rows)), Columns, CancellationToken.None)).Error;

        error.ShouldNotBeNull().Code.ShouldBe("excel.too_many_rows");
        error.Message.ShouldContain("100.000");
    }

    [Fact]
    public async Task The_people_template_has_the_header_a_frozen_pane_and_the_lists_and_reads_as_empty()
    {
        using var output = new MemoryStream();
        PeopleExcel.WriteTemplate(output, [new UnitChoice("STP.P1", "Văn phòng Sở")]);
        var file = output.ToArray();

        var error = (await XlsxReader.ReadAsync(new MemoryStream(file), PeopleExcel.Columns, CancellationToken.None)).Error;
        error.ShouldNotBeNull().Code.ShouldBe("excel.no_rows"); // header found, the sample rows live on another sheet
        var xml = XlsxFiles.FirstSheetXml(file);
        xml.ShouldContain("state=\"frozen\"");
        xml.ShouldContain("Nam,Nữ");
        var sheets = XlsxFiles.SheetNames(file);
        sheets.ShouldBe([PeopleExcel.SheetName, "Hướng dẫn", "Ví dụ", PeopleExcel.ListsSheetName]);
        XlsxFiles.AllCells(file, PeopleExcel.ListsSheetName).ShouldContain("Lực lượng vũ trang");
        XlsxFiles.AllCells(file, PeopleExcel.ListsSheetName).ShouldContain("STP.P1");
    }

    [Fact]
    public async Task The_template_samples_are_valid_rows_of_the_same_layout()
    {
        using var output = new MemoryStream();
        UnitsExcel.WriteTemplate(output, [new UnitKindDto(Guid.NewGuid(), "DIV", "Phòng")], []);

        var samples = XlsxFiles.ReadSheet(output.ToArray(), "Ví dụ");
        samples[0].ShouldBe(UnitsExcel.Columns.Select(c => c.Header).ToArray());
        samples[1][0].ShouldBe("STP.P3");
        samples[1][5].ShouldBe("01/07/2025");
        await Task.CompletedTask;
    }

    [Theory]
    [InlineData("Nữ", Gender.Female)]
    [InlineData("NU", Gender.Female)]
    [InlineData("nam", Gender.Male)]
    public void Gender_is_read_without_caring_for_case_or_diacritics(string text, Gender expected) =>
        PeopleExcel.ParseGender(text).ShouldBe(expected);

    [Theory]
    [InlineData("Công chức", StaffCategory.CivilServant)]
    [InlineData("cong chuc", StaffCategory.CivilServant)]
    [InlineData("LỰC LƯỢNG VŨ TRANG", StaffCategory.ArmedForces)]
    [InlineData("Người lao động", StaffCategory.Worker)]
    public void Staff_category_is_read_from_its_Vietnamese_label(string text, StaffCategory expected) =>
        PeopleExcel.ParseCategory(text).ShouldBe(expected);

    [Theory]
    [InlineData("01/07/2025")]
    [InlineData("1/7/2025")]
    [InlineData("2025-07-01")]
    public void Dates_are_read_day_first(string text)
    {
        UnitsExcel.TryParseDate(text, out var date).ShouldBeTrue();
        date.ShouldBe(new DateOnly(2025, 7, 1));
    }

    private static void Vietnamese(string message) => Infrastructure.Vietnamese.LooksVietnamese(message).ShouldBeTrue(message);
}
