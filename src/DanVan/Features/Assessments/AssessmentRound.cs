using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Assessments;

public enum RoundStatus
{
    Open,
    Decided,
}

/// <summary>
/// One year's assessment (đợt đánh giá, xếp loại — issue 13 §2): the criteria set, the participating units (a unit, with
/// its subtree or not, of one kind or all — the same rule as movement participants), the deadlines (self-assessment,
/// appraisal, and the appeal window in working days counted from a unit's appraised result), and at the end the People's
/// Committee's decision that fixes the ranks; after it the round is locked and the ranks are the official unit ratings.
/// The appraisal team is the role assignment holding <c>AppraiseAssessments</c> (ADR 0008's pattern).
/// </summary>
public sealed class AssessmentRound : ITenantOwned, IStamped, IVersioned
{
    public const int NameMax = 300;
    public const int DefaultAppealWorkingDays = 5;

    private readonly List<AssessmentParticipant> _participants = [];

    private AssessmentRound()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public int Year { get; private set; }
    public string Name { get; private set; } = "";
    public Guid CriteriaSetId { get; private set; }
    public DateOnly SelfAssessmentDue { get; private set; }
    public DateOnly AppraisalDue { get; private set; }
    public int AppealWorkingDays { get; private set; }
    public RoundStatus Status { get; private set; }
    public Guid? DecisionDocumentId { get; private set; }
    public string? DecisionCitation { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public Guid? DecidedById { get; private set; }
    public IReadOnlyList<AssessmentParticipant> Participants => _participants;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static Result<AssessmentRound> Create(Guid tenantId, CriteriaSet set, string name, DateOnly selfDue, DateOnly appraisalDue, int appealWorkingDays,
        IReadOnlyList<(Guid UnitId, bool IncludeDescendants, Guid? KindId)> participants)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return AppError.Required("Name", "tên đợt đánh giá");
        }

        if (name.Length > NameMax)
        {
            return AppError.TooLong("Name", "Tên đợt đánh giá", NameMax);
        }

        if (appraisalDue < selfDue)
        {
            return AssessmentErrors.AppraisalBeforeSelf;
        }

        if (appealWorkingDays is < 1 or > 60)
        {
            return AssessmentErrors.BadAppealDays;
        }

        if (participants.Count == 0)
        {
            return AssessmentErrors.NoParticipants;
        }

        var round = new AssessmentRound
        {
            Id = Guid.CreateVersion7(), TenantId = tenantId, Year = set.Year, Name = name, CriteriaSetId = set.Id, SelfAssessmentDue = selfDue,
            AppraisalDue = appraisalDue, AppealWorkingDays = appealWorkingDays,
        };
        foreach (var p in participants)
        {
            round._participants.Add(new AssessmentParticipant(tenantId, round.Id, p.UnitId, p.IncludeDescendants, p.KindId));
        }

        return round;
    }

    public AppError? CheckOpen() => Status == RoundStatus.Decided ? AssessmentErrors.RoundDecided : null;

    /// <summary>The ranks are fixed by a registered decision; from then on nothing in the round changes.</summary>
    public AppError? Decide(Guid documentId, string citation, Actor by)
    {
        if (CheckOpen() is { } decided)
        {
            return decided;
        }

        Status = RoundStatus.Decided;
        DecisionDocumentId = documentId;
        DecisionCitation = citation;
        DecidedAt = by.At;
        DecidedById = by.UserId;
        return null;
    }
}

/// <summary>Who is assessed: a unit, optionally with its whole subtree, optionally only units of one kind.</summary>
public sealed class AssessmentParticipant : ITenantOwned
{
    private AssessmentParticipant()
    {
    }

    public AssessmentParticipant(Guid tenantId, Guid roundId, Guid unitId, bool includeDescendants, Guid? kindId)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        RoundId = roundId;
        UnitId = unitId;
        IncludeDescendants = includeDescendants;
        KindId = kindId;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid RoundId { get; private set; }
    public Guid UnitId { get; private set; }
    public bool IncludeDescendants { get; private set; }
    public Guid? KindId { get; private set; }
}

/// <summary>
/// The official rank of a unit for a year (kết quả xếp loại — GLOSSARY <c>UnitRating</c>), written when a round is decided:
/// the rank's label and position, the points, and the source (round and decision). The nominations issue reads it.
/// </summary>
public sealed class UnitRating : ITenantOwned
{
    public const int LabelMax = RankBand.LabelMax;

    private UnitRating()
    {
    }

    public UnitRating(Guid tenantId, Guid unitId, int year, Guid roundId, Guid unitAssessmentId, int? rankSeq, string label, decimal? points,
        Guid decisionDocumentId, string decisionCitation)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        UnitId = unitId;
        Year = year;
        RoundId = roundId;
        UnitAssessmentId = unitAssessmentId;
        RankSeq = rankSeq;
        Label = label;
        Points = points;
        DecisionDocumentId = decisionDocumentId;
        DecisionCitation = decisionCitation;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid UnitId { get; private set; }
    public int Year { get; private set; }
    public Guid RoundId { get; private set; }
    public Guid UnitAssessmentId { get; private set; }

    /// <summary>1 = the top band; null when the unit was not ranked (a prerequisite failed, or it never submitted).</summary>
    public int? RankSeq { get; private set; }

    public string Label { get; private set; } = "";
    public decimal? Points { get; private set; }
    public Guid DecisionDocumentId { get; private set; }
    public string DecisionCitation { get; private set; } = "";
}
