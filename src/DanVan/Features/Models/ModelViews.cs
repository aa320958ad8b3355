using System.ComponentModel.DataAnnotations;

namespace DanVan.Features.Models;

public sealed class ModelInput
{
    [Required(ErrorMessage = "Vui lòng nhập tên mô hình.")]
    [StringLength(DvkModel.NameMax, ErrorMessage = "Tên mô hình không được dài quá {1} ký tự.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn lĩnh vực.")]
    public ModelField? Field { get; set; }

    [StringLength(ModelFields.OtherMax, ErrorMessage = "Tên lĩnh vực khác không được dài quá {1} ký tự.")]
    public string? OtherField { get; set; }

    public ModelLevel? Level { get; set; }

    /// <summary>Owner unit (required on create, fixed afterwards).</summary>
    public Guid? UnitId { get; set; }

    /// <summary>For an individual model: the person who leads it, a member of the owner unit's subtree.</summary>
    public Guid? PersonId { get; set; }

    public Guid? MovementId { get; set; }

    [Range(1945, 2100, ErrorMessage = "Năm phải từ {1} đến {2}.")]
    public int? Year { get; set; }

    /// <summary>Take over a model planned in the unit's registration.</summary>
    public Guid? PlannedModelId { get; set; }

    /// <summary>Replicate a recognised model.</summary>
    public Guid? ReplicatedFromId { get; set; }

    [StringLength(DvkModel.TextMax, ErrorMessage = "Sự cần thiết không được dài quá {1} ký tự.")]
    public string? Problem { get; set; }

    [StringLength(DvkModel.TextMax, ErrorMessage = "Mục tiêu, tiêu chí đánh giá không được dài quá {1} ký tự.")]
    public string? Goals { get; set; }

    [StringLength(DvkModel.TextMax, ErrorMessage = "Nội dung, cách làm không được dài quá {1} ký tự.")]
    public string? ContentAndMethods { get; set; }

    [StringLength(DvkModel.TextMax, ErrorMessage = "Địa bàn, đối tượng thụ hưởng không được dài quá {1} ký tự.")]
    public string? AreaAndBeneficiaries { get; set; }

    [StringLength(DvkModel.TextMax, ErrorMessage = "Lực lượng chủ trì, phối hợp không được dài quá {1} ký tự.")]
    public string? Forces { get; set; }

    [StringLength(DvkModel.TextMax, ErrorMessage = "Nguồn lực không được dài quá {1} ký tự.")]
    public string? Resources { get; set; }

    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public DateOnly? EvaluationOn { get; set; }

    [StringLength(DvkModel.TextMax, ErrorMessage = "Sản phẩm, kết quả dự kiến không được dài quá {1} ký tự.")]
    public string? ExpectedOutputs { get; set; }

    [StringLength(DvkModel.TextMax, ErrorMessage = "Tính bền vững, khả năng nhân rộng không được dài quá {1} ký tự.")]
    public string? Sustainability { get; set; }

    public ModelDetails ToDetails() => new(Name!, Field!.Value, OtherField, Level ?? ModelLevel.Grassroots, Problem, Goals, ContentAndMethods,
        AreaAndBeneficiaries, Forces, Resources, StartsOn, EndsOn, EvaluationOn, ExpectedOutputs, Sustainability);
}

public sealed class TransitionInput
{
    [Required(ErrorMessage = "Vui lòng chọn thao tác.")]
    public ModelAction? Action { get; set; }

    [StringLength(ModelEvent.NoteMax, ErrorMessage = "Ghi chú không được dài quá {1} ký tự.")]
    public string? Note { get; set; }

    /// <summary>On recognition: the level recognised and the decision document (a Decision of a body competent for the level).</summary>
    public ModelLevel? Level { get; set; }

    public Guid? DecisionId { get; set; }

    /// <summary>
    /// On recognition: the year of achievement (default: the model's movement year); on re-confirmation: the year confirmed
    /// (default: the year after the last one recognised, which may not be after this year).
    /// </summary>
    [Range(1945, 2100, ErrorMessage = "Năm phải từ {1} đến {2}.")]
    public int? Year { get; set; }
}

public sealed record ModelListItem(Guid Id, string Name, ModelField Field, ModelLevel Level, ModelStatus Status, int Year, Guid UnitId,
    string UnitName, Guid? ReplicatedFromId, int Replications, Guid? PhotoId);

/// <summary>
/// A model as its page and the API show it. <see cref="CanReview"/>: the caller scores it (ReviewModels on the owner unit);
/// <see cref="Actions"/> and <see cref="CanPublish"/> also follow the level rule. <see cref="AwaitingReview"/>: reports and
/// files added since a reviewer last approved the public content of a published model (not public until approved).
/// <see cref="CanScore"/>, <see cref="CanReplicate"/>, <see cref="CanReport"/>, <see cref="CanPublish"/>: the entity's rules
/// (<see cref="DvkModel"/>) joined with the caller's rights — pages read them, never recompute them.
/// </summary>
public sealed record ModelDto(Guid Id, string Name, ModelField Field, string? OtherField, ModelLevel Level, ModelStatus Status, int Year,
    Guid UnitId, string UnitName, Guid? PersonId, string? PersonName, Guid? MovementId, Guid? PlannedModelId, string? Problem, string? Goals,
    string? ContentAndMethods, string? AreaAndBeneficiaries, string? Forces, string? Resources, DateOnly? StartsOn, DateOnly? EndsOn,
    DateOnly? EvaluationOn, string? ExpectedOutputs, string? Sustainability, Guid? RecognitionDocumentId, string? RecognitionNumber,
    int? RecognisedYear, int? ConfirmedYear, bool CanEdit, bool CanReview, IReadOnlyList<ModelAction> Actions,
    IReadOnlyList<LineageItem> Lineage, IReadOnlyList<LineageItem> Replications, IReadOnlyList<ModelEventDto> History, bool IsPublished,
    bool CanReport, bool CanPublish, int AwaitingReview, bool CanScore, bool CanReplicate, int Round, int Version);

/// <summary>A model in a replication chain: the origins (oldest first) or the direct replications.</summary>
public sealed record LineageItem(Guid Id, string Name, string UnitName, ModelStatus Status);

public sealed record ModelEventDto(DateTime At, string UserName, ModelAction Action, ModelStatus From, ModelStatus To, string? Note);

public static class ModelLabels
{
    public static string Label(this ModelStatus s) => s switch
    {
        ModelStatus.Draft => "Dự thảo",
        ModelStatus.Registered => "Đã đăng ký",
        ModelStatus.Implementing => "Đang triển khai",
        ModelStatus.Proposed => "Đề nghị công nhận",
        ModelStatus.Recognised => "Đã công nhận",
        ModelStatus.NotRecognised => "Không công nhận",
        ModelStatus.Withdrawn => "Đã rút",
        ModelStatus.Dropped => "Không còn hiệu quả",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    /// <summary>The Bootstrap badge class of a status.</summary>
    public static string Badge(this ModelStatus s) => s switch
    {
        ModelStatus.Draft => "text-bg-light border",
        ModelStatus.Registered => "text-bg-info",
        ModelStatus.Implementing => "text-bg-primary",
        ModelStatus.Proposed => "text-bg-warning",
        ModelStatus.Recognised => "text-bg-success",
        ModelStatus.NotRecognised => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    public static string Label(this ModelAction a) => a switch
    {
        ModelAction.Register => "Đăng ký",
        ModelAction.StartImplementing => "Bắt đầu triển khai",
        ModelAction.Propose => "Đề nghị công nhận",
        ModelAction.Recognise => "Công nhận",
        ModelAction.Reject => "Không công nhận",
        ModelAction.Withdraw => "Rút mô hình",
        ModelAction.Reconfirm => "Xác nhận còn hiệu quả",
        ModelAction.Drop => "Đưa ra khỏi danh sách",
        ModelAction.Rework => "Hoàn thiện để đề nghị lại",
        ModelAction.Publish => "Công bố công khai",
        ModelAction.Unpublish => "Thôi công bố",
        _ => throw new ArgumentOutOfRangeException(nameof(a)),
    };

    public static string Label(this ModelLevel l) => l switch
    {
        ModelLevel.Grassroots => "Cấp cơ sở",
        ModelLevel.Provincial => "Cấp tỉnh",
        _ => throw new ArgumentOutOfRangeException(nameof(l)),
    };
}
