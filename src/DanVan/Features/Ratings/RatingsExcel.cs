using DanVan.Infrastructure.Excel;

namespace DanVan.Features.Ratings;

/// <summary>
/// The layout units keep their yearly ratings in (STT, Họ và tên, Chức vụ, Đơn vị, Năm, Xếp loại, Ghi chú), plus the
/// reason column a change of a rating already entered needs. Shared by the export and the import: an exported file,
/// filled in, imports again. "Đơn vị" takes the unit's code or its full name.
/// </summary>
public static class RatingsExcel
{
    public const string SheetName = "Xếp loại";

    public const int Number = 0;
    public const int FullName = 1;
    public const int Position = 2;
    public const int Unit = 3;
    public const int Year = 4;
    public const int Level = 5;
    public const int Note = 6;
    public const int Reason = 7;

    public static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        new("STT", 6, Numeric: true),
        new("Họ và tên*", 30),
        new("Chức vụ", 30),
        new("Đơn vị*", 40),
        new("Năm*", 8, Numeric: true),
        new("Xếp loại", 32, List: "\"" + string.Join(",", Enum.GetValues<RatingLevel>().Select(l => l.Label())) + "\""),
        new("Ghi chú", 30),
        new("Lý do thay đổi", 30),
    ];
}
