using DanVan.Infrastructure.Jobs;

namespace DanVan.Features.Admin.Jobs;

/// <summary>A job as the API and the pages show it; the payload stays inside (it may name recipients).</summary>
public sealed record JobDto(Guid Id, string Kind, string KindLabel, JobStatus Status, string StatusLabel, int Progress, string? Message, int Attempts,
    int MaxAttempts, DateTime CreatedAt, DateTime? StartedAt, DateTime? FinishedAt, DateTime RunAfter, string? Error, string? ResultFileName,
    string? ResultUrl);

public static class JobViews
{
    public static JobDto ToDto(Job j) => new(j.Id, j.Kind, KindLabel(j.Kind), j.Status, StatusLabel(j.Status), j.Progress, j.Message, j.Attempts,
        j.MaxAttempts, j.CreatedAt, j.StartedAt, j.FinishedAt, j.RunAfter, j.Error, j.ResultFileName,
        j.Status == JobStatus.Succeeded && j.ResultFileName is not null ? $"/api/v1/jobs/{j.Id}/result" : null);

    public static string StatusLabel(JobStatus s) => s switch
    {
        JobStatus.Queued => "Đang chờ",
        JobStatus.Running => "Đang chạy",
        JobStatus.Succeeded => "Hoàn thành",
        JobStatus.Failed => "Thất bại",
        _ => s.ToString(),
    };

    public static string StatusBadge(JobStatus s) => s switch
    {
        JobStatus.Failed => "text-bg-danger",
        JobStatus.Succeeded => "text-bg-success",
        JobStatus.Running => "text-bg-primary",
        _ => "text-bg-secondary",
    };

    /// <summary>Vietnamese names of the kinds this installation runs; an unknown kind shows its code.</summary>
    public static string KindLabel(string kind) => kind switch
    {
        "jobs.prune" => "Dọn việc nền đã xong",
        "mail.send" => "Gửi thư điện tử",
        "notifications.fanout" => "Tạo thông báo",
        "notifications.digest" => "Thư tổng hợp hằng ngày",
        "notifications.cleanup" => "Xóa thông báo quá 1 năm",
        "movements.plan-reminders" => "Nhắc hạn kế hoạch",
        Certificates.PrintCertificatesJob.KindName => "In bằng khen, giấy khen của một quyết định",
        _ => kind,
    };
}
