using System.ComponentModel.DataAnnotations;

namespace DanVan.Features.Models;

/// <summary>A rubric version as the API and pages show it; <see cref="InForce"/>: the one reviewers score against today.</summary>
public sealed record RubricDto(Guid Id, int Version, DateOnly EffectiveFrom, int MinScore, int MaxTotal, string Citation, Guid? CitationDocumentId,
    string? CitationDocumentNumber, string PublishedByName, DateTime PublishedAt, IReadOnlyList<CriterionDto> Criteria, bool InForce);

public sealed record CriterionDto(string Code, string Name, string? Guidance, int MaxScore);

/// <summary>A new rubric version: criteria in order (each with its own maximum), one shared minimum, the date it takes effect, its legal basis.</summary>
public sealed class RubricInput
{
    [Required(ErrorMessage = "Vui lòng nhập ngày áp dụng.")]
    public DateOnly? EffectiveFrom { get; set; }

    /// <summary>The lowest score of every criterion (default <see cref="ModelRubric.DefaultMinScore"/>).</summary>
    public int? MinScore { get; set; }

    [StringLength(ModelRubric.CitationMax, ErrorMessage = "Căn cứ không được dài quá {1} ký tự.")]
    public string? Citation { get; set; }

    /// <summary>The guidance in the document register (optional; the citation text is still required).</summary>
    public Guid? CitationDocumentId { get; set; }

    public List<CriterionInput>? Criteria { get; set; }
}

public sealed class CriterionInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Guidance { get; set; }
    public int? MaxScore { get; set; }
}
