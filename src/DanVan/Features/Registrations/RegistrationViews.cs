using System.ComponentModel.DataAnnotations;
using DanVan.Features.Models;

namespace DanVan.Features.Registrations;

public sealed class RegistrationInput
{
    /// <summary>Title codes from <see cref="RegistrationTitles.Collective"/>.</summary>
    public List<string>? Titles { get; set; }

    public List<PlannedModelInput>? Models { get; set; }

    [StringLength(Registration.CommitmentsMax, ErrorMessage = "Nội dung cam kết không được dài quá {1} ký tự.")]
    public string? Commitments { get; set; }
}

public sealed class PlannedModelInput
{
    public string? Name { get; set; }
    public ModelField Field { get; set; }
    public string? OtherField { get; set; }
}

public sealed class RegisterPeopleInput
{
    [Required(ErrorMessage = "Vui lòng chọn người cần đăng ký.")]
    public List<Guid>? PersonIds { get; set; }

    /// <summary>Individual title code from <see cref="RegistrationTitles.Individual"/>.</summary>
    [Required(ErrorMessage = "Vui lòng chọn danh hiệu đăng ký.")]
    public string? Title { get; set; }
}

public sealed class ReopenInput
{
    [Required(ErrorMessage = "Vui lòng nhập ngày hết hạn mở lại.")]
    public DateOnly? Until { get; set; }

    /// <summary>Why it is reopened (kept in the history, shown to the unit).</summary>
    [StringLength(Movements.MovementEvent.NoteMax, ErrorMessage = "Ghi chú không được dài quá {1} ký tự.")]
    public string? Note { get; set; }
}

public sealed record RegistrationDto(Guid? Id, Guid MovementId, string MovementName, Guid UnitId, string UnitName, int Year,
    RegistrationStatus Status, IReadOnlyList<string> Titles, string? Commitments, DateTime? ApprovedAt, DateOnly? Deadline, DateOnly? ReopenedUntil,
    bool IsOpen, bool CanEdit, bool CanApprove, bool CanReopen, IReadOnlyList<PlannedModelDto> Models, IReadOnlyList<RegisteredPersonDto> People,
    IReadOnlyList<Movements.EventDto> History, int? Version);

public sealed record PlannedModelDto(Guid Id, int Seq, string Name, ModelField Field, string? OtherField);

public sealed record RegisteredPersonDto(Guid PersonId, string FullName, string? Position, string UnitName, string Title);

/// <summary>One participating unit's registration summary (init properties, so that SQL can filter and sort on them).</summary>
public sealed record RegistrationRow
{
    public Guid UnitId { get; init; }
    public string UnitCode { get; init; } = "";
    public string UnitName { get; init; } = "";
    public Guid? RegistrationId { get; init; }
    public RegistrationStatus? Status { get; init; }
    public int Titles { get; init; }
    public int Models { get; init; }
    public int People { get; init; }
}

public static class RegistrationLabels
{
    public static string Label(this RegistrationStatus s) => s switch
    {
        RegistrationStatus.Draft => "Đang soạn",
        RegistrationStatus.Approved => "Đã phê duyệt",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };
}
