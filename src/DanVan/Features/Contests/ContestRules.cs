using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>The shape rules of a contest's configuration, stated once (pure: the handler checks what needs the database).</summary>
public static class ContestRules
{
    public const int MaxJudges = 50;
    public const int MaxQuizMinutes = 180;

    public const int MaxTeamSize = 30;
    public const int MaxRounds = 5;
    public const int MaxParts = 10;
    public const int MaxCriteria = 10;
    public const int MaxClusters = 30;
    public const int MaxEligible = 200;
    public const decimal MaxPoints = 1_000;

    public static IReadOnlyList<string> SplitPositions(string? positions) =>
        string.IsNullOrWhiteSpace(positions) ? [] : positions.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static AppError? Check(ContestInput input) => CheckHeader(input) ?? CheckTeams(input) ?? CheckClusters(input) ?? CheckRounds(input);

    private static AppError? CheckHeader(ContestInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            return AppError.Required("Name", "tên hội thi");
        }

        if (input.Name.Length > Contest.NameMax || input.Venue?.Length > Contest.NameMax || input.CoOrganisers?.Length > Contest.TextMax)
        {
            return AppError.TooLong("Name", "Tên hội thi, địa điểm", Contest.NameMax);
        }

        if (input.PlanDocumentId is null)
        {
            return ContestErrors.PlanRequired;
        }

        if (string.IsNullOrWhiteSpace(input.Venue))
        {
            return AppError.Required("Venue", "địa điểm tổ chức");
        }

        if (input.StartsOn is not { } starts || input.EndsOn is not { } ends || ends < starts)
        {
            return ContestErrors.Dates;
        }

        if (input.RegistrationDeadline is not { } deadline)
        {
            return AppError.Required("RegistrationDeadline", "hạn đăng ký đội thi");
        }

        return deadline >= starts ? ContestErrors.DeadlineAfterStart : null;
    }

    private static AppError? CheckTeams(ContestInput input)
    {
        if (input.TeamMin is not { } min || input.TeamMax is not { } max || min < 1 || max < min || max > MaxTeamSize)
        {
            return ContestErrors.TeamSize;
        }

        if (input.ReservesMax is < 0 or > MaxTeamSize)
        {
            return ContestErrors.Reserves;
        }

        if (string.Join("; ", input.AllowedPositions ?? []).Length > Contest.PositionsMax || (input.AllowedPositions ?? []).Any(p => p.Contains(';', StringComparison.Ordinal)))
        {
            return ContestErrors.Positions;
        }

        return input.Eligible is not { Count: > 0 and <= MaxEligible } ? ContestErrors.EligibleRequired : null;
    }

    private static AppError? CheckClusters(ContestInput input)
    {
        var clusters = input.Clusters ?? [];
        if (clusters.Count > MaxClusters || clusters.Any(c => string.IsNullOrWhiteSpace(c) || c.Length > ContestCluster.NameMax))
        {
            return ContestErrors.ClusterName;
        }

        return clusters.Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() < clusters.Count ? ContestErrors.ClusterDuplicate : null;
    }

    private static AppError? CheckRounds(ContestInput input)
    {
        var rounds = input.Rounds ?? [];
        if (rounds.Count is 0 or > MaxRounds)
        {
            return ContestErrors.RoundsRequired;
        }

        for (var i = 0; i < rounds.Count; i++)
        {
            var round = rounds[i];
            var label = $"Vòng {i + 1}";
            if (string.IsNullOrWhiteSpace(round.Name) || round.Name.Length > ContestRound.NameMax || round.Kind is null)
            {
                return ContestErrors.RoundName(label);
            }

            if (round.Kind == RoundKind.Final && i != rounds.Count - 1)
            {
                return ContestErrors.FinalLast;
            }

            if (round.Kind == RoundKind.Preliminary && (input.Clusters ?? []).Count == 0)
            {
                return ContestErrors.PreliminaryNeedsClusters;
            }

            if ((CheckParts(label, round) ?? CheckAdvancement(label, round, last: i == rounds.Count - 1)) is { } error)
            {
                return error;
            }
        }

        return null;
    }

    private static AppError? CheckParts(string label, RoundInput round)
    {
        var parts = round.Parts ?? [];
        if (parts.Count is 0 or > MaxParts)
        {
            return ContestErrors.PartsRequired(label);
        }

        foreach (var (part, j) in parts.Select((p, j) => (p, j + 1)))
        {
            var where = $"{label}, phần thi {j}";
            if (string.IsNullOrWhiteSpace(part.Name) || part.Name.Length > ContestPart.NameMax || part.Kind is null)
            {
                return ContestErrors.PartName(where);
            }

            if (part.MaxPoints is not ({ } max and > 0 and <= MaxPoints))
            {
                return ContestErrors.PartMax(where);
            }

            if (part.LatePenaltyPerDay is { } penalty && (penalty < 0 || penalty > max))
            {
                return ContestErrors.Penalty(where);
            }

            if (part.TrimmedMeanFrom is < 3 or > MaxJudges)
            {
                return ContestErrors.TrimFrom(where);
            }

            if (part.Kind == PartKind.Quiz && part.QuizMinutes is < 1 or > MaxQuizMinutes)
            {
                return ContestErrors.QuizMinutes(where);
            }

            // A time limit comes with its penalty, on a performance (a quiz's time is its devices' timer, after which nothing is taken).
            if (part.TimeLimitMinutes is not null || part.OvertimePenaltyPerMinute is not null)
            {
                if (part.Kind == PartKind.Quiz || part.TimeLimitMinutes is not (>= 1 and <= MaxQuizMinutes) || part.OvertimePenaltyPerMinute is not { } per || per <= 0 || per > max)
                {
                    return ContestErrors.Overtime(where);
                }
            }

            var criteria = part.Criteria ?? [];
            if (part.Kind is PartKind.Judged or PartKind.Written && criteria.Count == 0)
            {
                return ContestErrors.CriteriaRequired(where);
            }

            if (criteria.Count > MaxCriteria || criteria.Any(c => string.IsNullOrWhiteSpace(c.Name) || c.Name.Length > ContestCriterion.NameMax || c.MaxPoints is not > 0))
            {
                return ContestErrors.Criterion(where);
            }

            if (criteria.Count > 0 && criteria.Sum(c => c.MaxPoints!.Value) != max)
            {
                return ContestErrors.CriteriaSum(where, criteria.Sum(c => c.MaxPoints!.Value), max);
            }
        }

        var tieBreak = round.TieBreak ?? [];
        return tieBreak.Any(n => n < 1 || n > parts.Count) || tieBreak.Distinct().Count() < tieBreak.Count ? ContestErrors.TieBreak(label) : null;
    }

    private static AppError? CheckAdvancement(string label, RoundInput round, bool last)
    {
        var rule = round.Advancement ?? Advancement.None;
        if (last)
        {
            return rule == Advancement.None ? null : ContestErrors.AdvancementOnLast(label);
        }

        var total = (round.Parts ?? []).Sum(p => p.MaxPoints ?? 0);
        return rule switch
        {
            Advancement.None => ContestErrors.AdvancementRequired(label),
            Advancement.TopPerCluster when round.Kind != RoundKind.Preliminary => ContestErrors.PerClusterOnlyPreliminary(label),
            Advancement.TopPerCluster or Advancement.TopOverall when round.AdvanceValue is not ({ } n and >= 1) || n != decimal.Truncate(n) => ContestErrors.TopN(label),
            Advancement.MinimumScore when round.AdvanceValue is not ({ } s and > 0) || s > total => ContestErrors.MinimumScore(label, total),
            _ => null,
        };
    }
}
