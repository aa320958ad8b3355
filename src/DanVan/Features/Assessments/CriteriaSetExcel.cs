using System.Globalization;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;

namespace DanVan.Features.Assessments;

/// <summary>
/// A criteria set as provinces publish it, shared by the export and the import (an exported file imports unchanged).
/// Sheet "Tiêu chí": the set's name, "Năm: …" and "Căn cứ: …" above a table STT · Tiêu chí · Điểm tối đa · Hướng dẫn chấm
/// · Loại · Minh chứng bắt buộc · Loại đơn vị, each group as its own bold row (Loại empty, STT empty or a Roman numeral).
/// Sheet "Xếp loại": the superior's share and the top-rank cap above a table Mức xếp loại · Điểm tối thiểu.
/// </summary>
public static class CriteriaSetExcel
{
    public const string CriteriaSheet = "Tiêu chí";
    public const string BandsSheet = "Xếp loại";
    public const string YearLabel = "Năm";
    public const string CitationLabel = "Căn cứ";
    public const string SuperiorLabel = "Điểm của cấp trên";
    public const string CapLabel = "Tỷ lệ tối đa của mức cao nhất (%)";
    public const string NoCap = "không giới hạn";
    public const string Yes = "Có";
    public const string No = "Không";

    public const int Code = 0;
    public const int Name = 1;
    public const int MaxPoints = 2;
    public const int Guidance = 3;
    public const int Kind = 4;
    public const int Evidence = 5;
    public const int UnitKind = 6;

    public const int BandLabel = 0;
    public const int BandMin = 1;

    public static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        new("STT*", 8),
        new("Tiêu chí*", 60),
        new("Điểm tối đa", 12, Numeric: true),
        new("Hướng dẫn chấm", 60),
        new("Loại", 14, List: "\"" + string.Join(",", Enum.GetValues<CriterionKind>().Select(AssessmentLabels.Of)) + "\""),
        new("Minh chứng bắt buộc", 12, List: $"\"{Yes},{No}\""),
        new("Loại đơn vị", 24),
    ];

    public static readonly IReadOnlyList<XlsxColumn> BandColumns = [new("Mức xếp loại*", 40), new("Điểm tối thiểu*", 16, Numeric: true)];

    /// <summary>"Năm: 2026" → ("nam", "2026"); a line without a colon has no label.</summary>
    public static (string Key, string Value)? Labelled(string? line) => XlsxLine.ReadLabelled(line);

    public static string Line(string label, string value) => XlsxLine.Labelled(label, value);

    /// <summary>Points as a cell holds them: a number (2.5) or text with a decimal comma ("2,5").</summary>
    public static decimal? ParsePoints(string? text) =>
        decimal.TryParse(text?.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    public static CriterionKind? ParseKind(string? text) =>
        Enum.GetValues<CriterionKind>().Cast<CriterionKind?>().FirstOrDefault(k => VietnameseText.Fold(AssessmentLabels.Of(k!.Value)) == VietnameseText.Fold(text));

    /// <summary>A group heading: nothing in "Loại", and no code or a Roman numeral (I, II, …) as provinces number their groups.</summary>
    public static bool IsGroupRow(XlsxRow row) => row[Kind] is null && (row[Code] is null || row[Code]!.All(c => "IVXLC".Contains(c, StringComparison.Ordinal)));
}
