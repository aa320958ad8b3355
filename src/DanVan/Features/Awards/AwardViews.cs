using System.ComponentModel.DataAnnotations;
using DanVan.Features.Ratings;

namespace DanVan.Features.Awards;

/// <summary>An award kind with the version in force on the day asked (<see cref="InForce"/> null before its first version) and every version, newest first.</summary>
public sealed record AwardKindDto(Guid Id, string Code, string Name, AwardCategory Category, string CategoryLabel, IReadOnlyList<AwardSubject> Subjects,
    string SubjectsLabel, int Position, AwardVersionDto? InForce, IReadOnlyList<AwardVersionDto> Versions);

/// <summary>One dated version, with its Vietnamese reading: authorities, documents, rules as sentences, the vote and notice rules.</summary>
public sealed record AwardVersionDto(Guid Id, int Number, DateOnly EffectiveFrom, DateOnly? EffectiveTo, bool Active,
    IReadOnlyList<DecidingAuthority> Authorities, IReadOnlyList<string> AuthorityLabels, decimal? PrizeMultiple, decimal? CollectiveFactor,
    decimal? HouseholdFactor, IReadOnlyList<DossierDocument> Documents, IReadOnlyList<string> DocumentLabels, ReportTemplate ReportTemplate,
    string ReportTemplateLabel, decimal? QuotaPercent, string? QuotaBaseCode, string? QuotaLabel, decimal? VoteThresholdPercent, VoteBase VoteBase,
    bool SecretBallot, string? VoteLabel, int? NoticeWorkingDays, IReadOnlyList<AwardRuleDto> Rules, string Citation, Guid? CitationDocumentId,
    string? Note, string CreatedByName, DateTime CreatedAt);

public sealed record AwardRuleDto(int Position, RuleKind Kind, string KindLabel, AwardSubject? AppliesTo, RatingLevel? Level, int? Years, string? AwardCode,
    int? Months, InitiativeLevel? InitiativeLevel, int? AnyOfGroup, string? Citation, string Text);

public sealed record BaseSalaryDto(Guid Id, DateOnly EffectiveFrom, long Amount, string Citation, Guid? CitationDocumentId, string EnteredByName, bool InForce);

/// <summary>A new award kind: identity, and the terms of its first version.</summary>
public sealed class AwardKindInput
{
    [Required(ErrorMessage = "Vui lòng nhập mã.")]
    [StringLength(AwardKind.CodeMax, ErrorMessage = "Mã không được dài quá {1} ký tự.")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập tên danh hiệu, hình thức khen thưởng.")]
    [StringLength(AwardKind.NameMax, ErrorMessage = "Tên không được dài quá {1} ký tự.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn loại: danh hiệu thi đua hoặc hình thức khen thưởng.")]
    public AwardCategory? Category { get; set; }

    public List<AwardSubject>? Subjects { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập nội dung phiên bản đầu tiên.")]
    public AwardTermsInput? Terms { get; set; }
}

/// <summary>The terms of a version as typed (see <see cref="AwardTerms"/>); absent lists are empty.</summary>
public sealed class AwardTermsInput
{
    [Required(ErrorMessage = "Vui lòng nhập ngày áp dụng.")]
    public DateOnly? EffectiveFrom { get; set; }

    /// <summary>False to stop conferring the award from <see cref="EffectiveFrom"/> (default true).</summary>
    public bool? Active { get; set; }

    public List<DecidingAuthority>? Authorities { get; set; }
    public decimal? PrizeMultiple { get; set; }
    public decimal? CollectiveFactor { get; set; }
    public decimal? HouseholdFactor { get; set; }
    public List<DossierDocument>? Documents { get; set; }
    public ReportTemplate? ReportTemplate { get; set; }
    public decimal? QuotaPercent { get; set; }
    public string? QuotaBaseCode { get; set; }
    public decimal? VoteThresholdPercent { get; set; }
    public VoteBase? VoteBase { get; set; }
    public bool? SecretBallot { get; set; }
    public int? NoticeWorkingDays { get; set; }
    public List<RuleInput>? Rules { get; set; }

    [StringLength(AwardKindVersion.CitationMax, ErrorMessage = "Căn cứ không được dài quá {1} ký tự.")]
    public string? Citation { get; set; }

    public Guid? CitationDocumentId { get; set; }

    [StringLength(AwardKindVersion.NoteMax, ErrorMessage = "Ghi chú không được dài quá {1} ký tự.")]
    public string? Note { get; set; }
}

public sealed class RuleInput
{
    public RuleKind? Kind { get; set; }
    public AwardSubject? AppliesTo { get; set; }
    public RatingLevel? Level { get; set; }
    public int? Years { get; set; }
    public string? AwardCode { get; set; }
    public int? Months { get; set; }
    public InitiativeLevel? InitiativeLevel { get; set; }
    public int? AnyOfGroup { get; set; }
    public string? Citation { get; set; }
}

public sealed class BaseSalaryInput
{
    [Required(ErrorMessage = "Vui lòng nhập ngày áp dụng.")]
    public DateOnly? EffectiveFrom { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập mức lương cơ sở (đồng/tháng).")]
    public long? Amount { get; set; }

    [StringLength(BaseSalary.CitationMax, ErrorMessage = "Căn cứ không được dài quá {1} ký tự.")]
    public string? Citation { get; set; }

    public Guid? CitationDocumentId { get; set; }
}

/// <summary>A prize as the calculator and the decisions show it.</summary>
public sealed record PrizeDto(Guid AwardKindId, string AwardName, AwardSubject Subject, DateOnly Date, int VersionNumber, long Amount, decimal Multiple,
    decimal? Factor, long BaseAmount, DateOnly BaseFrom, string BaseCitation, string Citation, string Explanation);
