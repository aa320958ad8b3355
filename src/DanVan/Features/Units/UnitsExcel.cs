using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>The Excel layout of units, shared by the template, the import and the export (an export re-imports).</summary>
public static class UnitsExcel
{
    public const string SheetName = "Đơn vị";
    public const string ListsSheetName = "Danh mục";
    public const string DateFormat = "dd/MM/yyyy";

    public const int Code = 0;
    public const int Name = 1;
    public const int ShortName = 2;
    public const int KindCode = 3;
    public const int ParentCode = 4;
    public const int ValidFrom = 5;

    public static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        new("Mã đơn vị*", 18),
        new("Tên đơn vị*", 50),
        new("Tên viết tắt", 16),
        new("Mã loại đơn vị*", 18),
        new("Mã đơn vị cấp trên*", 22),
        new("Hiệu lực từ ngày", 18),
    ];

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy"];

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Split(' ')[0], DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The template for the signed-in user: the kinds of the tenant and the units they may add under.</summary>
    public static async Task WriteTemplateAsync(AppDbContext db, CurrentUser user, Stream output, CancellationToken ct)
    {
        var kinds = await db.UnitKinds.AsNoTracking().Where(k => k.TenantId == user.TenantId).OrderBy(k => k.SortOrder)
            .Select(k => new UnitKindDto(k.Id, k.Code, k.Name)).ToListAsync(ct);
        var parents = await db.Units.AsNoTracking().VisibleTo(db, user, Permission.ManageUnits).ActiveOn(VnTime.Today(db.Time))
            .OrderBy(u => u.Path).Select(u => new UnitChoice(u.Code, u.Name)).ToListAsync(ct);
        WriteTemplate(output, kinds, parents);
    }

    public static void WriteTemplate(Stream output, IReadOnlyList<UnitKindDto> kinds, IReadOnlyList<UnitChoice> parents)
    {
        using var xlsx = XlsxWriter.Create(output);
        var columns = Columns.ToArray();
        if (kinds.Count > 0)
        {
            columns[KindCode] = columns[KindCode] with { List = $"'{ListsSheetName}'!$A$2:$A${kinds.Count + 1}" };
        }

        xlsx.StartSheet(SheetName, columns).Dispose();

        using (var guide = xlsx.StartSheet("Hướng dẫn", [new XlsxColumn("Hướng dẫn nhập danh sách đơn vị", 110)]))
        {
            guide.WriteNote($"1. Nhập dữ liệu vào trang “{SheetName}”, mỗi đơn vị một dòng, bắt đầu từ dòng 2. Không đổi tên, không xóa dòng tiêu đề. Cột có dấu * là bắt buộc.");
            guide.WriteNote("2. Mã đơn vị: chữ cái không dấu, chữ số và các ký tự . _ - (ví dụ STP.P3); không trùng với mã đã có trong hệ thống hoặc với dòng khác trong tệp.");
            guide.WriteNote($"3. Mã loại đơn vị: chọn trong trang “{ListsSheetName}” (cột A).");
            guide.WriteNote($"4. Mã đơn vị cấp trên: mã một đơn vị đã có mà bạn được quản lý (trang “{ListsSheetName}”, cột D), hoặc mã một đơn vị khai báo ở dòng phía trên trong cùng tệp.");
            guide.WriteNote($"5. Hiệu lực từ ngày: định dạng {DateFormat}, ví dụ 01/07/2025; có thể để trống.");
            guide.WriteNote($"6. Tệp tối đa {XlsxReader.MaxBytes / 1024 / 1024} MB và {XlsxReader.MaxRows.ToString("N0", Infrastructure.Text.VietnameseText.Culture)} dòng. Hệ thống kiểm tra toàn bộ tệp trước khi ghi: nếu có dòng lỗi thì không dòng nào được nhập, và bạn nhận danh sách lỗi theo số dòng để sửa.");
            guide.WriteNote("7. Trang “Ví dụ” có hai dòng mẫu để tham khảo; trang đó không được nhập.");
        }

        using (var sample = xlsx.StartSheet("Ví dụ", Columns))
        {
            sample.WriteRow(["STP.P3", "Phòng Hành chính – Tổng hợp", "HCTH", "DIV", "STP", "01/07/2025"]);
            sample.WriteRow(["STP.P3.T1", "Tổ Văn thư", null, "DIV", "STP.P3", null]);
        }

        using var lists = xlsx.StartSheet(ListsSheetName,
            [new XlsxColumn("Mã loại đơn vị", 18), new XlsxColumn("Tên loại đơn vị", 40), new XlsxColumn("", 4),
                new XlsxColumn("Mã đơn vị cấp trên", 22), new XlsxColumn("Tên đơn vị", 60)]);
        for (var i = 0; i < Math.Max(kinds.Count, parents.Count); i++)
        {
            lists.WriteRow([kinds.ElementAtOrDefault(i)?.Code, kinds.ElementAtOrDefault(i)?.Name, null,
                parents.ElementAtOrDefault(i)?.Code, parents.ElementAtOrDefault(i)?.Name]);
        }
    }
}

/// <summary>A unit offered in a template's list of allowed values.</summary>
public sealed record UnitChoice(string Code, string Name);
