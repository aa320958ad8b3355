using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;

namespace DanVan.Features.Reports;

/// <summary>
/// A unit's report as an Excel file, one layout for the export and the import (the file a unit downloads, fills in
/// Excel and uploads again). Sheet "Báo cáo": the campaign's name, then labelled lines — unit, form, "Mã biểu mẫu",
/// "Phiên bản biểu mẫu", "Mã báo cáo" (which report and which form version the file belongs to; checked on import), the
/// deadline and a how-to line — above a table: Mã chỉ tiêu · Phần · Chỉ tiêu · Đơn vị tính · Bắt buộc · Số liệu hệ
/// thống tính · Giá trị · Lý do điều chỉnh · Lý do trả lại. Only "Giá trị" and "Lý do điều chỉnh" are read back.
/// </summary>
public static class ReportExcel
{
    public const string Sheet = "Báo cáo";
    public const string UnitLabel = "Đơn vị báo cáo";
    public const string FormLabel = "Biểu mẫu";
    public const string FormCodeLabel = "Mã biểu mẫu";
    public const string RevisionLabel = "Phiên bản biểu mẫu";
    public const string ReportIdLabel = "Mã báo cáo";
    public const string DueLabel = "Hạn nộp";
    public const string HowTo = "Hướng dẫn: chỉ nhập vào cột “Giá trị” (số nguyên không âm cho chỉ tiêu số) và, khi sửa số liệu hệ thống tính, "
        + "cột “Lý do điều chỉnh”; không sửa các dòng phía trên và cột “Mã chỉ tiêu”. Tải tệp lên tại trang báo cáo: số liệu được lưu, chưa nộp.";

    public const int Code = 0;
    public const int Section = 1;
    public const int Label = 2;
    public const int Unit = 3;
    public const int Required = 4;
    public const int Computed = 5;
    public const int Value = 6;
    public const int Reason = 7;
    public const int ReturnReason = 8;

    public static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        new("Mã chỉ tiêu*", 12),
        new("Phần", 28),
        new("Chỉ tiêu", 50),
        new("Đơn vị tính", 12),
        new("Bắt buộc", 10),
        new("Số liệu hệ thống tính", 14, Numeric: true),
        new("Giá trị", 40),
        new("Lý do điều chỉnh", 40),
        new("Lý do trả lại", 40),
    ];

    public static string FileName(SubmissionDto r) =>
        $"bao-cao-{VietnameseText.Slug(r.UnitName)}-{r.Year.ToString(VietnameseText.Culture)}.xlsx";
}
