using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.People;

/// <summary>The Excel layout of people, shared by the template, the import and the export (an export re-imports).</summary>
public static class PeopleExcel
{
    public const string SheetName = "Cán bộ";
    public const string ListsSheetName = "Danh mục";

    public const int FullName = 0;
    public const int Sex = 1; // "Giới tính"; not named Gender, which is the enum
    public const int BirthYear = 2;
    public const int Position = 3;
    public const int Category = 4;
    public const int UnitCode = 5;
    public const int Ethnicity = 6;
    public const int PartyMember = 7;

    public static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        new("Họ và tên*", 30),
        new("Giới tính*", 11, List: "\"Nam,Nữ\""),
        new("Năm sinh", 10, Numeric: true),
        new("Chức vụ", 36),
        new("Đối tượng*", 22, List: $"'{ListsSheetName}'!$A$2:$A${Enum.GetValues<StaffCategory>().Length + 1}"),
        new("Mã đơn vị*", 18),
        new("Dân tộc", 14),
        new("Đảng viên", 11, List: "\"Có,Không\""),
    ];

    public static string CategoryChoices => string.Join(", ", Enum.GetValues<StaffCategory>().Select(c => c.Label()));

    public static Gender? ParseGender(string text) => VietnameseText.Fold(text) switch
    {
        "nam" => Gender.Male,
        "nu" => Gender.Female,
        _ => null,
    };

    public static StaffCategory? ParseCategory(string text)
    {
        var folded = VietnameseText.Fold(text);
        return Enum.GetValues<StaffCategory>().Select(c => (StaffCategory?)c).FirstOrDefault(c => VietnameseText.Fold(c!.Value.Label()) == folded);
    }

    /// <summary>"Có"/"Không" (also x, true/false, 1/0); anything else is not an answer.</summary>
    public static bool? ParseParty(string text, out bool valid)
    {
        valid = true;
        switch (VietnameseText.Fold(text))
        {
            case "co" or "x" or "true" or "1" or "dang vien":
                return true;
            case "khong" or "false" or "0":
                return false;
            default:
                valid = false;
                return null;
        }
    }

    public static string? PartyLabel(bool? member) => member switch
    {
        true => "Có",
        false => "Không",
        null => null,
    };

    /// <summary>The template for the signed-in user, listing the units whose people they may manage.</summary>
    public static async Task WriteTemplateAsync(AppDbContext db, CurrentUser user, Stream output, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().VisibleTo(db, user, Permission.ManagePeople).ActiveOn(VnTime.Today(db.Time))
            .OrderBy(u => u.Path).Select(u => new UnitChoice(u.Code, u.Name)).ToListAsync(ct);
        WriteTemplate(output, units);
    }

    public static void WriteTemplate(Stream output, IReadOnlyList<UnitChoice> units)
    {
        using var xlsx = XlsxWriter.Create(output);
        xlsx.StartSheet(SheetName, Columns).Dispose();
        using (var guide = xlsx.StartSheet("Hướng dẫn", [new XlsxColumn("Hướng dẫn nhập danh sách cán bộ, công chức, viên chức", 110)]))
        {
            guide.WriteNote($"1. Nhập dữ liệu vào trang “{SheetName}”, mỗi người một dòng, bắt đầu từ dòng 2. Không đổi tên, không xóa dòng tiêu đề. Cột có dấu * là bắt buộc.");
            guide.WriteNote("2. Họ và tên: viết đầy đủ, có dấu (ví dụ Nguyễn Thị Hoa).");
            guide.WriteNote("3. Giới tính: Nam hoặc Nữ.");
            guide.WriteNote("4. Năm sinh: 4 chữ số, ví dụ 1985; không lớn hơn năm hiện tại; có thể để trống.");
            guide.WriteNote($"5. Đối tượng: một trong các giá trị {CategoryChoices}.");
            guide.WriteNote($"6. Mã đơn vị: mã đơn vị công tác mà bạn được quản lý (trang “{ListsSheetName}”, cột E).");
            guide.WriteNote("7. Dân tộc và Đảng viên (Có/Không) là dữ liệu cá nhân nhạy cảm (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15): chỉ nhập khi cần và có căn cứ; có thể để trống.");
            guide.WriteNote($"8. Tệp tối đa {XlsxReader.MaxBytes / 1024 / 1024} MB và {XlsxReader.MaxRows.ToString("N0", VietnameseText.Culture)} dòng. Hệ thống kiểm tra toàn bộ tệp trước khi ghi: nếu có dòng lỗi thì không dòng nào được nhập, và bạn nhận danh sách lỗi theo số dòng để sửa.");
            guide.WriteNote("9. Trang “Ví dụ” có hai dòng mẫu để tham khảo; trang đó không được nhập.");
        }

        using (var sample = xlsx.StartSheet("Ví dụ", Columns))
        {
            sample.WriteRow(["Nguyễn Thị Hoa", "Nữ", 1985, "Trưởng phòng", "Công chức", "STP.P1", "Kinh", "Có"]);
            sample.WriteRow(["Trần Văn Bình", "Nam", 1992, null, "Viên chức", "STP.DV1", null, null]);
        }

        using var lists = xlsx.StartSheet(ListsSheetName,
            [new XlsxColumn("Đối tượng", 22), new XlsxColumn("Giới tính", 11), new XlsxColumn("Đảng viên", 11), new XlsxColumn("", 4),
                new XlsxColumn("Mã đơn vị", 18), new XlsxColumn("Tên đơn vị", 60)]);
        var categories = Enum.GetValues<StaffCategory>();
        for (var i = 0; i < Math.Max(categories.Length, units.Count); i++)
        {
            lists.WriteRow([
                i < categories.Length ? categories[i].Label() : null,
                i < 2 ? ((Gender)i).Label() : null,
                i < 2 ? PartyLabel(i == 0) : null,
                null,
                units.ElementAtOrDefault(i)?.Code,
                units.ElementAtOrDefault(i)?.Name,
            ]);
        }
    }
}
