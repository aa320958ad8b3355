using DanVan.Infrastructure.Text;

namespace DanVan.Features.Ratings;

/// <summary>Mức độ hoàn thành nhiệm vụ of a person for a year (Decree 335/2025: four ranks). Stored by name.</summary>
public enum RatingLevel
{
    Excellent,
    Good,
    Completed,
    NotCompleted,
}

/// <summary>The Vietnamese labels, stated once: pages, Excel and the import parser all read them here.</summary>
public static class RatingLevels
{
    public static string Label(this RatingLevel level) => level switch
    {
        RatingLevel.Excellent => "Hoàn thành xuất sắc nhiệm vụ",
        RatingLevel.Good => "Hoàn thành tốt nhiệm vụ",
        RatingLevel.Completed => "Hoàn thành nhiệm vụ",
        RatingLevel.NotCompleted => "Không hoàn thành nhiệm vụ",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static string Choices => string.Join("; ", Enum.GetValues<RatingLevel>().Select(l => l.Label()));

    /// <summary>A label typed in a spreadsheet, with or without marks; the short forms units use ("xuất sắc", "tốt", "hoàn thành", "không hoàn thành") too.</summary>
    public static RatingLevel? Parse(string? text)
    {
        var folded = VietnameseText.Fold(text).Replace(" nhiem vu", "", StringComparison.Ordinal).Trim();
        return folded switch
        {
            "hoan thanh xuat sac" or "xuat sac" => RatingLevel.Excellent,
            "hoan thanh tot" or "tot" => RatingLevel.Good,
            "hoan thanh" => RatingLevel.Completed,
            "khong hoan thanh" => RatingLevel.NotCompleted,
            _ => null,
        };
    }
}

/// <summary>Hình thức kỷ luật (Law on Cadres and Civil Servants; Decree 112/2020): stored by name.</summary>
public enum DisciplineKind
{
    Reprimand,
    Warning,
    SalaryDemotion,
    Demotion,
    DismissalFromPost,
    Removal,
    Discharge,
}

public static class DisciplineKinds
{
    public static string Label(this DisciplineKind kind) => kind switch
    {
        DisciplineKind.Reprimand => "Khiển trách",
        DisciplineKind.Warning => "Cảnh cáo",
        DisciplineKind.SalaryDemotion => "Hạ bậc lương",
        DisciplineKind.Demotion => "Giáng chức",
        DisciplineKind.DismissalFromPost => "Cách chức",
        DisciplineKind.Removal => "Bãi nhiệm",
        DisciplineKind.Discharge => "Buộc thôi việc",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
