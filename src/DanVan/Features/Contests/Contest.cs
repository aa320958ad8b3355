using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>Draft (rules being set, seen by the organiser only) → Open (rules public, teams register).</summary>
public enum ContestStatus
{
    Draft,
    Open,
}

public enum RoundKind
{
    Preliminary,
    Final,
}

public enum PartKind
{
    Quiz,
    Judged,
    Written,
}

/// <summary>Who goes on from a round to the next: the top N of each cluster, the top N overall, or every team reaching a minimum score.</summary>
public enum Advancement
{
    None,
    TopPerCluster,
    TopOverall,
    MinimumScore,
}

/// <summary>
/// A contest (hội thi, issue 17): created from its plan document, organised by one unit (whose ManageContests holders
/// run it), with its eligible units (the movement-participant rule: a unit, optionally its subtree, optionally one
/// kind), team size and allowed positions, registration deadline, clusters, rounds, parts and criteria. The rules are
/// replaced as a whole (<see cref="SetRules"/>) and checked by <see cref="ContestRules"/>; once open, the rules page is public.
/// </summary>
public sealed class Contest : ITenantOwned, IStamped, IVersioned
{
    public const int NameMax = 300;
    public const int TextMax = 2_000;
    public const int PositionsMax = 1_000;

    private Contest()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public string Name { get; private set; } = "";
    public int Year { get; private set; }
    public Guid PlanDocumentId { get; private set; }
    public Guid OrganisingUnitId { get; private set; }
    public string? CoOrganisers { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public string Venue { get; private set; } = "";
    public int TeamMin { get; private set; }
    public int TeamMax { get; private set; }
    public int ReservesMax { get; private set; }

    /// <summary>Positions a member may hold, separated by ';' (matched without accents or case, as a part of the person's position); empty: any.</summary>
    public string? AllowedPositions { get; private set; }

    public DateOnly RegistrationDeadline { get; private set; }
    public ContestStatus Status { get; private set; }

    /// <summary>Whether the public board names the judges next to their sheets once results are final (else "Giám khảo 1..n").</summary>
    public bool PublishJudgeNames { get; private set; }
    public string CreatedByName { get; private set; } = "";

    /// <summary>The text the prize structure comes from (a plan's section, a decision); null until the organiser sets it.</summary>
    public string? PrizeBasis { get; private set; }

    /// <summary>The register's document of the results decision (quyết định công nhận kết quả và tặng giải); set once.</summary>
    public Guid? ResultsDocumentId { get; private set; }
    public string? ResultsNumber { get; private set; }
    public DateOnly? ResultsDate { get; private set; }
    public string? ResultsSignerTitle { get; private set; }
    public string? ResultsSignerName { get; private set; }
    public DateTime? ResultsIssuedAt { get; private set; }
    public string? ResultsByName { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<ContestEligibleUnit> Eligible { get; private set; } = [];
    public List<ContestCluster> Clusters { get; private set; } = [];
    public List<ContestRound> Rounds { get; private set; } = [];
    public List<ContestEvent> Events { get; private set; } = [];
    public List<ContestPrize> Prizes { get; private set; } = [];

    public IReadOnlyList<string> Positions => ContestRules.SplitPositions(AllowedPositions);

    /// <summary>
    /// A new team registers until the deadline (a date, inclusive); a team the organiser returned for completion registers
    /// again until the contest starts — the organiser's check usually comes after the deadline. Stated once for the handler
    /// and the pages.
    /// </summary>
    public bool RegistrationOpen(DateOnly today, bool returnedTeam = false) =>
        Status == ContestStatus.Open && (returnedTeam ? today < StartsOn : today <= RegistrationDeadline);

    public static Result<Contest> Create(Guid tenantId, Guid organisingUnitId, ContestInput input, Actor by)
    {
        var contest = new Contest { Id = Guid.CreateVersion7(), TenantId = tenantId, OrganisingUnitId = organisingUnitId, Status = ContestStatus.Draft, CreatedByName = by.UserName };
        if (contest.SetRules(input, by) is { } error)
        {
            return error;
        }

        contest.Events.Clear();
        contest.Events.Add(new ContestEvent(contest, null, ContestAction.Created, by, null));
        return contest;
    }

    /// <summary>Replaces the whole configuration after <see cref="ContestRules.Check"/>; nothing changes when it refuses.</summary>
    public AppError? SetRules(ContestInput input, Actor by)
    {
        if (Status != ContestStatus.Draft)
        {
            return ContestErrors.RulesFixed;
        }

        if (ContestRules.Check(input) is { } error)
        {
            return error;
        }

        Name = input.Name!.Trim();
        Year = input.StartsOn!.Value.Year;
        PlanDocumentId = input.PlanDocumentId!.Value;
        CoOrganisers = string.IsNullOrWhiteSpace(input.CoOrganisers) ? null : input.CoOrganisers.Trim();
        StartsOn = input.StartsOn.Value;
        EndsOn = input.EndsOn!.Value;
        Venue = input.Venue!.Trim();
        TeamMin = input.TeamMin!.Value;
        TeamMax = input.TeamMax!.Value;
        ReservesMax = input.ReservesMax ?? 0;
        AllowedPositions = input.AllowedPositions is { Count: > 0 } p ? string.Join("; ", p.Select(x => x.Trim()).Where(x => x.Length > 0).Distinct()) : null;
        RegistrationDeadline = input.RegistrationDeadline!.Value;
        PublishJudgeNames = input.PublishJudgeNames;
        Eligible.Clear();
        Eligible.AddRange(input.Eligible!.DistinctBy(e => (e.UnitId, e.KindId)).Select(e => new ContestEligibleUnit(TenantId, Id, e.UnitId, e.IncludeDescendants, e.KindId)));
        Clusters.Clear();
        Clusters.AddRange((input.Clusters ?? []).Select((c, i) => new ContestCluster(TenantId, Id, i + 1, c.Trim())));
        Rounds.Clear();
        Rounds.AddRange(input.Rounds!.Select((r, i) => ContestRound.From(TenantId, Id, i + 1, r)));
        Events.Add(new ContestEvent(this, null, ContestAction.RulesChanged, by, null));
        return null;
    }

    /// <summary>Once the results decision is issued, its prizes and lines never change (409).</summary>
    public AppError? ResultsRefusal() => ResultsDocumentId is null ? null : ContestErrors.ResultsIssued(ResultsNumber!);

    /// <summary>Replaces the prize structure (<see cref="ContestPrizes.Check"/>); refused once the results decision is issued.</summary>
    public AppError? SetPrizes(PrizesInput input, Actor by)
    {
        if (ResultsRefusal() is { } issued)
        {
            return issued;
        }

        if (ContestPrizes.Check(input) is { } error)
        {
            return error;
        }

        PrizeBasis = input.Basis!.Trim();
        Prizes.Clear();
        Prizes.AddRange(input.Prizes!.Select((t, i) => new ContestPrize(TenantId, Id, i + 1, t.Name!.Trim(), t.Subject!.Value, t.Count!.Value, t.Amount!.Value)));
        var note = string.Join("; ", Prizes.Select(ContestPrizes.Describe)) + $" (căn cứ: {PrizeBasis})";
        Events.Add(new ContestEvent(this, null, ContestAction.PrizesSet, by, note.Length > 1_500 ? note[..1_499] + "…" : note));
        return null;
    }

    /// <summary>The results decision is issued: the prizes and awards are fixed from now on.</summary>
    public AppError? IssueResults(Guid documentId, string number, DateOnly date, string signerTitle, string signerName, Actor by)
    {
        if (ResultsRefusal() is { } issued)
        {
            return issued;
        }

        (ResultsDocumentId, ResultsNumber, ResultsDate, ResultsSignerTitle, ResultsSignerName, ResultsIssuedAt, ResultsByName) =
            (documentId, number, date, signerTitle, signerName, by.At, by.UserName);
        Events.Add(new ContestEvent(this, null, ContestAction.ResultsIssued, by, $"Quyết định số {number} ngày {Infrastructure.Text.VnTime.Date(date)}"));
        return null;
    }

    public AppError? Open(Actor by)
    {
        if (Status != ContestStatus.Draft)
        {
            return ContestErrors.AlreadyOpen;
        }

        Status = ContestStatus.Open;
        Events.Add(new ContestEvent(this, null, ContestAction.Opened, by, null));
        return null;
    }
}

/// <summary>Who may field a team: a unit, optionally with its subtree, optionally only units of one kind (as movement participants).</summary>
public sealed class ContestEligibleUnit : ITenantOwned
{
    private ContestEligibleUnit()
    {
    }

    public ContestEligibleUnit(Guid tenantId, Guid contestId, Guid unitId, bool includeDescendants, Guid? kindId)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        ContestId = contestId;
        UnitId = unitId;
        IncludeDescendants = includeDescendants;
        KindId = kindId;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ContestId { get; private set; }
    public Guid UnitId { get; private set; }
    public bool IncludeDescendants { get; private set; }
    public Guid? KindId { get; private set; }
}

/// <summary>A cluster (cụm thi) of the preliminary round: teams are placed in one when accepted.</summary>
public sealed class ContestCluster : ITenantOwned
{
    public const int NameMax = 200;

    private ContestCluster()
    {
    }

    public ContestCluster(Guid tenantId, Guid contestId, int seq, string name)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        ContestId = contestId;
        Seq = seq;
        Name = name;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ContestId { get; private set; }
    public int Seq { get; private set; }
    public string Name { get; private set; } = "";
}
