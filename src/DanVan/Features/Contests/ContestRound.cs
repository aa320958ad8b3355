using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>A round (preliminary per cluster, or the final), its parts, tie-break order and the rule for going on to the next round.</summary>
public sealed class ContestRound : ITenantOwned
{
    public const int NameMax = 200;
    public const int FrozenBoardMax = 1_000_000;

    private ContestRound()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ContestId { get; private set; }
    public int Seq { get; private set; }
    public string Name { get; private set; } = "";
    public RoundKind Kind { get; private set; }
    public Advancement Advancement { get; private set; }

    /// <summary>N for the top-N rules; the score for <see cref="Advancement.MinimumScore"/>.</summary>
    public decimal? AdvanceValue { get; private set; }

    public List<ContestPart> Parts { get; private set; } = [];

    /// <summary>The round's scoreboard: Live → Frozen → Revealing → Final (<see cref="BoardState"/>).</summary>
    public BoardState Board { get; private set; }

    public DateTime? FrozenAt { get; private set; }
    public string? FrozenByName { get; private set; }

    /// <summary>The public board as it stood when frozen (JSON of <see cref="BoardRow"/>s): what the public sees until the reveal.</summary>
    public string? FrozenBoard { get; private set; }

    /// <summary>How many teams the staged reveal has shown, from the bottom of the final standings.</summary>
    public int RevealedCount { get; private set; }

    public DateTime? FinalAt { get; private set; }
    public string? FinalByName { get; private set; }

    /// <summary>From the reveal on, nothing that makes a score (sheet, correction, attendance, closing) may change: the audience sees final values.</summary>
    public bool ResultsLocked => Board is BoardState.Revealing or BoardState.Final;

    public decimal MaxPoints => Parts.Sum(p => p.MaxPoints);

    /// <summary>The parts that break a tie, in order.</summary>
    public IEnumerable<ContestPart> TieBreak => Parts.Where(p => p.TieBreakRank is not null).OrderBy(p => p.TieBreakRank);

    /// <summary>Live → Frozen: the public keeps seeing <paramref name="snapshot"/> while scores are still recorded.</summary>
    public AppError? Freeze(string snapshot, Actor by)
    {
        if (Board != BoardState.Live)
        {
            return ContestErrors.BoardNotLive;
        }

        Board = BoardState.Frozen;
        FrozenAt = by.At;
        FrozenByName = by.UserName;
        FrozenBoard = snapshot;
        return null;
    }

    /// <summary>Frozen/Revealing → Revealing: one more team shown, from the bottom; every part must be closed and a team must be left.</summary>
    public AppError? RevealNext(int teams)
    {
        if (Board is not (BoardState.Frozen or BoardState.Revealing))
        {
            return ContestErrors.BoardNotFrozen;
        }

        if (!Parts.All(p => p.Closed))
        {
            return ContestErrors.BoardPartsOpen;
        }

        if (RevealedCount >= teams)
        {
            return ContestErrors.BoardAllRevealed;
        }

        Board = BoardState.Revealing;
        RevealedCount++;
        return null;
    }

    /// <summary>Any state but Final → Final: every part closed; every team revealed; results locked for good.</summary>
    public AppError? Finalise(int teams, Actor by)
    {
        if (Board == BoardState.Final)
        {
            return ContestErrors.BoardFinal;
        }

        if (!Parts.All(p => p.Closed))
        {
            return ContestErrors.BoardPartsOpen;
        }

        Board = BoardState.Final;
        RevealedCount = teams;
        FinalAt = by.At;
        FinalByName = by.UserName;
        return null;
    }

    internal static ContestRound From(Guid tenantId, Guid contestId, int seq, RoundInput input)
    {
        var round = new ContestRound
        {
            Id = Guid.CreateVersion7(), TenantId = tenantId, ContestId = contestId, Seq = seq, Name = input.Name!.Trim(), Kind = input.Kind!.Value,
            Advancement = input.Advancement ?? Advancement.None, AdvanceValue = input.Advancement is null or Advancement.None ? null : input.AdvanceValue,
        };
        var tieBreak = input.TieBreak ?? [];
        round.Parts.AddRange(input.Parts!.Select((p, i) => ContestPart.From(tenantId, round.Id, i + 1, p, tieBreak.IndexOf(i + 1) is var r and >= 0 ? r + 1 : null)));
        return round;
    }
}

/// <summary>A part of a round: its kind, maximum points (the sum of its criteria when it has some), late penalty per day and tie-break rank.</summary>
public sealed class ContestPart : ITenantOwned
{
    public const int NameMax = 200;
    public const int QuizReasonMax = 500;

    private ContestPart()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid RoundId { get; private set; }
    public int Seq { get; private set; }
    public string Name { get; private set; } = "";
    public PartKind Kind { get; private set; }
    public decimal MaxPoints { get; private set; }
    public decimal? LatePenaltyPerDay { get; private set; }
    public int? TieBreakRank { get; private set; }

    /// <summary>From how many judges on the part score is the trimmed mean (the highest and the lowest sheet dropped); null: <see cref="ContestStandings.DefaultTrimFrom"/>.</summary>
    public int? TrimmedMeanFrom { get; private set; }

    /// <summary>When the organiser closed the part: its sheets are locked (only the chair or the organiser corrects one, with a reason).</summary>
    public DateTime? ClosedAt { get; private set; }

    public string? ClosedByName { get; private set; }

    /// <summary>A quiz part's time for answering on devices, in minutes (the rules state it); null: the quiz is answered on paper only.</summary>
    public int? QuizMinutes { get; private set; }

    /// <summary>A performance's time in minutes (judged or written parts; the rules state it); null: no time limit.</summary>
    public int? TimeLimitMinutes { get; private set; }

    /// <summary>Points off for each started minute over <see cref="TimeLimitMinutes"/> (the organiser records the overtime on the team's attendance).</summary>
    public decimal? OvertimePenaltyPerMinute { get; private set; }

    /// <summary>When the organiser started the devices' timer (the paper is shown to the teams from then on).</summary>
    public DateTime? QuizStartedAt { get; private set; }

    /// <summary>When the time is up: the server's clock decides, an answer arriving later is refused.</summary>
    public DateTime? QuizEndsAt { get; private set; }

    public string? QuizStartedByName { get; private set; }

    /// <summary>Since when the devices' timer is paused (a power cut, the hall's network down); null while it runs. The time left stands still.</summary>
    public DateTime? QuizPausedAt { get; private set; }

    /// <summary>Why the organiser paused the timer: what the teams' devices say meanwhile.</summary>
    public string? QuizPauseReason { get; private set; }

    public List<ContestCriterion> Criteria { get; private set; } = [];

    public bool QuizStarted => QuizStartedAt is not null;

    public bool QuizPaused => QuizPausedAt is not null;

    /// <summary>The time left at <paramref name="now"/> by the server's clock: frozen while paused, none before the start or after the end.</summary>
    public TimeSpan QuizTimeLeft(DateTime now) => QuizEndsAt is not { } end ? TimeSpan.Zero
        : (QuizPausedAt ?? now) is var at && end > at ? end - at : TimeSpan.Zero;

    /// <summary>The whole seconds left, rounded up (a device shows "1 s" until the last instant, never "0" while answers are taken).</summary>
    public int QuizSecondsLeft(DateTime now) => (int)Math.Ceiling(QuizTimeLeft(now).TotalSeconds);

    /// <summary>Pauses a running timer (open part, started, not paused, time not up), with the reason the devices show.</summary>
    public Infrastructure.Web.AppError? PauseQuiz(string reason, Infrastructure.Data.Actor by)
    {
        if (QuizRunning() is { } refused)
        {
            return refused;
        }

        if (QuizPaused)
        {
            return ContestErrors.QuizAlreadyPaused(QuizPausedAt!.Value);
        }

        if (QuizTimeLeft(by.At) == TimeSpan.Zero)
        {
            return ContestErrors.QuizTimeUp(QuizEndsAt!.Value);
        }

        (QuizPausedAt, QuizPauseReason) = (by.At, reason);
        return null;
    }

    /// <summary>Resumes a paused timer: the end moves later by the pause, so every team keeps the time it had left. Returns how long the pause was.</summary>
    public Infrastructure.Web.AppError? ResumeQuiz(Infrastructure.Data.Actor by, out TimeSpan paused)
    {
        paused = TimeSpan.Zero;
        if (QuizRunning() is { } refused)
        {
            return refused;
        }

        if (!QuizPaused)
        {
            return ContestErrors.QuizNotPaused;
        }

        paused = by.At - QuizPausedAt!.Value;
        QuizEndsAt = QuizEndsAt!.Value + paused;
        (QuizPausedAt, QuizPauseReason) = (null, null);
        return null;
    }

    /// <summary>
    /// Gives every team <paramref name="minutes"/> more: the end moves later by them — from now when the time was already
    /// up (the devices take answers again until the new end); while paused, the pause still comes on top.
    /// </summary>
    public Infrastructure.Web.AppError? ExtendQuiz(int minutes, Infrastructure.Data.Actor by)
    {
        if (QuizRunning() is { } refused)
        {
            return refused;
        }

        var from = !QuizPaused && QuizEndsAt!.Value < by.At ? by.At : QuizEndsAt!.Value;
        QuizEndsAt = from.AddMinutes(minutes);
        return null;
    }

    private Infrastructure.Web.AppError? QuizRunning() =>
        Closed ? ContestErrors.PartClosed : !QuizStarted ? ContestErrors.QuizNotStarted : null;

    /// <summary>Starts the devices' timer: a quiz part with its time in the rules, open, not started yet.</summary>
    public Infrastructure.Web.AppError? StartQuiz(Infrastructure.Data.Actor by)
    {
        if (Closed)
        {
            return ContestErrors.PartClosed;
        }

        if (QuizMinutes is not { } minutes)
        {
            return ContestErrors.QuizNoTime;
        }

        if (QuizStarted)
        {
            return ContestErrors.QuizAlreadyStarted(QuizEndsAt!.Value);
        }

        QuizStartedAt = by.At;
        QuizEndsAt = by.At.AddMinutes(minutes);
        QuizStartedByName = by.UserName;
        return null;
    }

    public int TrimFrom => TrimmedMeanFrom ?? ContestStandings.DefaultTrimFrom;

    public bool Closed => ClosedAt is not null;

    public Infrastructure.Web.AppError? Close(Infrastructure.Data.Actor by)
    {
        if (Closed)
        {
            return ContestErrors.PartClosed;
        }

        ClosedAt = by.At;
        ClosedByName = by.UserName;
        return null;
    }

    internal static ContestPart From(Guid tenantId, Guid roundId, int seq, PartInput input, int? tieBreakRank)
    {
        var part = new ContestPart
        {
            Id = Guid.CreateVersion7(), TenantId = tenantId, RoundId = roundId, Seq = seq, Name = input.Name!.Trim(), Kind = input.Kind!.Value, MaxPoints = input.MaxPoints!.Value,
            LatePenaltyPerDay = input.LatePenaltyPerDay is > 0 ? input.LatePenaltyPerDay : null, TieBreakRank = tieBreakRank,
            TrimmedMeanFrom = input.TrimmedMeanFrom, QuizMinutes = input.Kind == PartKind.Quiz ? input.QuizMinutes : null,
            TimeLimitMinutes = input.Kind == PartKind.Quiz ? null : input.TimeLimitMinutes,
            OvertimePenaltyPerMinute = input.Kind == PartKind.Quiz || input.TimeLimitMinutes is null ? null : input.OvertimePenaltyPerMinute,
        };
        part.Criteria.AddRange((input.Criteria ?? []).Select((c, i) => new ContestCriterion(tenantId, part.Id, i + 1, c.Name!.Trim(), c.MaxPoints!.Value)));
        return part;
    }
}

/// <summary>A criterion judges score a part by (e.g. "Nội dung" 20 points).</summary>
public sealed class ContestCriterion : ITenantOwned
{
    public const int NameMax = 200;

    private ContestCriterion()
    {
    }

    public ContestCriterion(Guid tenantId, Guid partId, int seq, string name, decimal maxPoints)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        PartId = partId;
        Seq = seq;
        Name = name;
        MaxPoints = maxPoints;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid PartId { get; private set; }
    public int Seq { get; private set; }
    public string Name { get; private set; } = "";
    public decimal MaxPoints { get; private set; }
}
