using System.Globalization;
using DanVan.Features.Units;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;

namespace DanVan.Features.Awards;

/// <summary>
/// The layout offices keep their award books in (STT, Họ và tên / Tên tập thể, Đơn vị, Danh hiệu/Hình thức khen
/// thưởng, Năm thành tích, Loại hình, Số quyết định, Ngày quyết định, Ghi chú). Shared by the export and the import:
/// an exported register imports again (as duplicates, refused), an empty export is the template.
/// </summary>
public static class AwardRecordsExcel
{
    public const string SheetName = "Sổ khen thưởng";
    public const string GuideSheetName = "Hướng dẫn";

    public const int Number = 0;
    public const int Holder = 1;
    public const int Unit = 2;
    public const int Award = 3;
    public const int Year = 4;
    public const int Commendation = 5;
    public const int DecisionNumber = 6;
    public const int DecisionDate = 7;
    public const int Note = 8;

    public static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        new("STT", 6, Numeric: true),
        new("Họ và tên / Tên tập thể*", 34),
        new("Đơn vị*", 40),
        new("Danh hiệu/Hình thức khen thưởng*", 40),
        new("Năm thành tích*", 10, Numeric: true),
        new("Loại hình", 24, List: "\"" + string.Join(",", Enum.GetValues<CommendationType>().Select(ShortLabel)) + "\""),
        new("Số quyết định*", 18),
        new("Ngày quyết định*", 16),
        new("Ghi chú", 30),
    ];

    /// <summary>The word offices write in the "Loại hình" column.</summary>
    public static string ShortLabel(CommendationType t) => t switch
    {
        CommendationType.Regular => "Thường xuyên",
        CommendationType.Thematic => "Chuyên đề",
        CommendationType.Extraordinary => "Đột xuất",
        CommendationType.Contribution => "Cống hiến",
        CommendationType.Seniority => "Niên hạn",
        CommendationType.Foreign => "Đối ngoại",
        CommendationType.Resistance => "Kháng chiến",
        _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };

    public static string TypeChoices => string.Join(", ", Enum.GetValues<CommendationType>().Select(ShortLabel));

    /// <summary>"Thường xuyên", "theo chuyên đề", "ĐỘT XUẤT"…: the short word or the full label, without regard to marks or case.</summary>
    public static CommendationType? ParseType(string? text)
    {
        if (text is null)
        {
            return CommendationType.Regular;
        }

        var folded = VietnameseText.Fold(text);
        return Enum.GetValues<CommendationType>().Where(t => folded == VietnameseText.Fold(t.Label()) || folded.Contains(VietnameseText.Fold(ShortLabel(t)), StringComparison.Ordinal))
            .Select(t => (CommendationType?)t).FirstOrDefault();
    }

    /// <summary>A date as typed (dd/MM/yyyy and the usual variants) or as Excel stores a date cell (a serial day number).</summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        if (UnitsExcel.TryParseDate(text, out date))
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 3000 and < 100_000)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
            return true;
        }

        return false;
    }
}
