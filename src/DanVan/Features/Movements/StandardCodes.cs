using DanVan.Features.Awards;
using DanVan.Features.Ratings;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Movements;

/// <summary>
/// The codes a movement's emulation standards may carry (issue 14 §2: "movement standards point to these rules"):
/// each maps to a rule of the eligibility vocabulary (<see cref="RuleKind"/>), or is marked as judged by people when
/// DanVan does not hold the fact. Stated once: the movement form validates against it, the movement page shows the
/// rule as a sentence, and the eligibility engine adds the movement's standards to an award's rules.
/// </summary>
public static class StandardCodes
{
    /// <summary>A code: its value (as typed in brackets at the end of a standard), its Vietnamese meaning, the rule it checks (null: judged by people), and the standards it may end.</summary>
    public sealed record Code(string Value, string Label, RuleSpec? Rule, MovementItemKind For);

    public static readonly IReadOnlyList<Code> All =
    [
        new("dvcq.rank_excellent", "Công tác dân vận của đơn vị được xếp loại “Hoàn thành xuất sắc” trong năm",
            new RuleSpec(RuleKind.UnitRank, Level: RatingLevel.Excellent), MovementItemKind.CollectiveStandard),
        new("dvcq.rank_good", "Công tác dân vận của đơn vị được xếp loại từ “Hoàn thành tốt” trở lên trong năm",
            new RuleSpec(RuleKind.UnitRank, Level: RatingLevel.Good), MovementItemKind.CollectiveStandard),
        new("dvk.model_recognised", "Đơn vị có mô hình “Dân vận khéo” được công nhận trong năm",
            new RuleSpec(RuleKind.ModelRecognised), MovementItemKind.CollectiveStandard),
        new("unit.active", "Đơn vị còn hoạt động vào ngày đề nghị", new RuleSpec(RuleKind.UnitActive), MovementItemKind.CollectiveStandard),
        new("plan.filed_on_time", "Ban hành kế hoạch triển khai phong trào đúng hạn (cán bộ đối chiếu tiến độ kế hoạch trên trang phong trào)", null,
            MovementItemKind.CollectiveStandard),
        new("dvk.model_author", "Cá nhân có mô hình “Dân vận khéo” được cấp có thẩm quyền công nhận trong năm",
            new RuleSpec(RuleKind.ModelRecognised), MovementItemKind.IndividualStandard),
        new("rating.excellent", "Cá nhân được xếp loại “Hoàn thành xuất sắc nhiệm vụ” trong năm",
            new RuleSpec(RuleKind.PersonRating, Level: RatingLevel.Excellent, Years: 1), MovementItemKind.IndividualStandard),
        new("rating.good", "Cá nhân được xếp loại từ “Hoàn thành tốt nhiệm vụ” trở lên trong năm",
            new RuleSpec(RuleKind.PersonRating, Level: RatingLevel.Good, Years: 1), MovementItemKind.IndividualStandard),
        new("discipline.none", "Không trong thời gian bị kỷ luật", new RuleSpec(RuleKind.NoDiscipline), MovementItemKind.IndividualStandard),
    ];

    private static readonly Dictionary<string, Code> ByValue = All.ToDictionary(c => c.Value, StringComparer.Ordinal);

    public static Code? Find(string? value) => value is not null && ByValue.TryGetValue(value, out var code) ? code : null;

    /// <summary>The codes a kind of standard may end with, for the form's hint.</summary>
    public static string Choices(MovementItemKind kind) => string.Join(", ", All.Where(c => c.For == kind).Select(c => c.Value));

    /// <summary>An unknown code, or a code for the other kind of standard: a Vietnamese error naming the choices; null when every code fits.</summary>
    public static AppError? Check(IEnumerable<(MovementItemKind Kind, string? RuleCode)> items)
    {
        foreach (var (kind, value) in items)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var code = Find(value.Trim());
            if (kind is not (MovementItemKind.CollectiveStandard or MovementItemKind.IndividualStandard))
            {
                return new("movement.rule_code", $"Mã quy tắc [{value}] chỉ dùng cho tiêu chuẩn của tập thể hoặc cá nhân.", "Items");
            }

            if (code is null || code.For != kind)
            {
                var whom = kind == MovementItemKind.CollectiveStandard ? "tập thể" : "cá nhân";
                return new("movement.rule_code", $"Mã quy tắc [{value}] không có trong danh mục cho tiêu chuẩn của {whom}; dùng một trong: {Choices(kind)}.", "Items");
            }
        }

        return null;
    }
}
