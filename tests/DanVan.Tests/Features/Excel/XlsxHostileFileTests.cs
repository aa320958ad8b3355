using System.Text;
using DanVan.Infrastructure.Excel;
using DanVan.Tests.Infrastructure;

namespace DanVan.Tests.Features.Excel;

/// <summary>QUALITY.md, hostile files: each is refused with one clear Vietnamese message, never a crash.</summary>
public sealed class XlsxHostileFileTests
{
    private static readonly XlsxColumn[] Columns = [new("Họ và tên*")];

    private static async Task<string> RefusedAsync(byte[] file, string code)
    {
        var result = await XlsxReader.ReadAsync(new MemoryStream(file), Columns, CancellationToken.None);
        var error = result.Error.ShouldNotBeNull();
        error.Code.ShouldBe(code, error.Message);
        error.Field.ShouldBe("file");
        Vietnamese.LooksVietnamese(error.Message).ShouldBeTrue(error.Message);
        return error.Message;
    }

    [Fact]
    public async Task A_zero_byte_file_is_refused() =>
        (await RefusedAsync([], "excel.empty")).ShouldContain("Tệp rỗng");

    [Fact]
    public async Task A_png_is_refused_as_not_xlsx() =>
        (await RefusedAsync([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52], "excel.not_xlsx"))
            .ShouldStartWith("Tệp không phải định dạng Excel .xlsx");

    [Fact]
    public async Task A_text_file_renamed_xlsx_is_refused_as_not_xlsx() =>
        await RefusedAsync(Encoding.UTF8.GetBytes("Họ và tên\nNguyễn Văn An\n"), "excel.not_xlsx");

    [Fact]
    public async Task An_old_binary_xls_is_refused_as_not_xlsx() =>
        await RefusedAsync([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "excel.not_xlsx");

    [Fact]
    public async Task A_zip_that_is_not_a_workbook_is_refused_as_not_xlsx() =>
        await RefusedAsync(XlsxFiles.Zip(("../../etc/passwd", "root"), ("readme.txt", "xin chào")), "excel.not_xlsx");

    [Fact]
    public async Task A_truncated_zip_is_refused_as_corrupt()
    {
        var file = XlsxFiles.Sheet(Columns, ["Nguyễn Văn An"]);
        await RefusedAsync(file[..(file.Length / 2)], "excel.corrupt");
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_before_any_xml_is_parsed()
    {
        var bomb = XlsxFiles.ZipBomb(megabytes: 120);
        bomb.Length.ShouldBeLessThan(1024 * 1024);

        (await RefusedAsync(bomb, "excel.suspicious")).ShouldContain("100 MB");
    }

    [Fact]
    public async Task A_small_zip_with_an_absurd_compression_ratio_is_refused() =>
        await RefusedAsync(XlsxFiles.ZipBomb(megabytes: 20), "excel.suspicious");

    [Fact]
    public async Task A_file_over_the_20_MB_limit_is_refused()
    {
        var message = await RefusedAsync(new byte[XlsxReader.MaxBytes + 1], XlsxErrors.TooLargeCode);
        message.ShouldContain("20 MB");
    }

    [Fact]
    public async Task An_external_entity_in_a_sheet_is_not_resolved()
    {
        var secret = Path.GetTempFileName();
        await File.WriteAllTextAsync(secret, "BÍ MẬT");
        try
        {
            var file = XlsxFiles.Replace(XlsxFiles.Sheet(Columns, ["Nguyễn Văn An"]),
                name => name.StartsWith("xl/worksheets/", StringComparison.Ordinal),
                xml => xml.Replace("<x:worksheet", $"<!DOCTYPE x:worksheet [<!ENTITY xxe SYSTEM \"file://{secret}\">]><x:worksheet", StringComparison.Ordinal)
                    .Replace("Nguyễn Văn An", "&xxe;", StringComparison.Ordinal));

            XlsxFiles.FirstSheetXml(file).ShouldContain("<!DOCTYPE");
            var result = await XlsxReader.ReadAsync(new MemoryStream(file), Columns, CancellationToken.None);

            if (result.Error is null)
            {
                result.Value!.SelectMany(r => r.Cells).ShouldNotContain("BÍ MẬT");
            }
            else
            {
                result.Error.Code.ShouldBe("excel.corrupt");
            }
        }
        finally
        {
            File.Delete(secret);
        }
    }
}
