using DanVan.Features.Movements;

namespace DanVan.Features.Contests;

/// <summary>The whole configuration of a contest, as the API and the demo send it (checked by <see cref="ContestRules"/>).</summary>
public sealed class ContestInput
{
    public string? Name { get; set; }
    public Guid? PlanDocumentId { get; set; }
    public Guid? OrganisingUnitId { get; set; }
    public string? CoOrganisers { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string? Venue { get; set; }
    public int? TeamMin { get; set; }
    public int? TeamMax { get; set; }
    public int? ReservesMax { get; set; }
    public List<string>? AllowedPositions { get; set; }
    public DateOnly? RegistrationDeadline { get; set; }

    /// <summary>The same rows as a movement's participants: a unit, its subtree or not, one kind or all.</summary>
    public List<ParticipantInput>? Eligible { get; set; }

    public List<string>? Clusters { get; set; }
    public List<RoundInput>? Rounds { get; set; }

    /// <summary>Name the judges on the public board once the results are final (default: "Giám khảo 1..n").</summary>
    public bool PublishJudgeNames { get; set; }
}

public sealed class RoundInput
{
    public string? Name { get; set; }
    public RoundKind? Kind { get; set; }
    public List<PartInput>? Parts { get; set; }

    /// <summary>The parts breaking a tie, in order, by their number in the round (1 = the first part).</summary>
    public List<int>? TieBreak { get; set; }

    public Advancement? Advancement { get; set; }
    public decimal? AdvanceValue { get; set; }
}

public sealed class PartInput
{
    public string? Name { get; set; }
    public PartKind? Kind { get; set; }
    public decimal? MaxPoints { get; set; }
    public decimal? LatePenaltyPerDay { get; set; }

    /// <summary>From how many judges the part score drops the highest and the lowest sheet (at least 3; empty: 5).</summary>
    public int? TrimmedMeanFrom { get; set; }

    /// <summary>A quiz part answered on devices: the time allowed, in minutes (1–180); empty: answered on paper only. Ignored on other kinds of part.</summary>
    public int? QuizMinutes { get; set; }

    /// <summary>A performance's time (judged or written parts), in minutes (1–180), stated with <see cref="OvertimePenaltyPerMinute"/>; empty: no time limit.</summary>
    public int? TimeLimitMinutes { get; set; }

    /// <summary>Points taken off for each started minute over <see cref="TimeLimitMinutes"/> (greater than 0, at most the part's maximum).</summary>
    public decimal? OvertimePenaltyPerMinute { get; set; }

    public List<CriterionInput>? Criteria { get; set; }
}

public sealed class CriterionInput
{
    public string? Name { get; set; }
    public decimal? MaxPoints { get; set; }
}
