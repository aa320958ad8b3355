using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>Registered (waiting for the organiser) → Accepted (placed in a cluster) or Returned (with the reason; the unit registers again).</summary>
public enum TeamState
{
    Registered,
    Accepted,
    Returned,
}

public enum MemberRole
{
    Captain,
    Member,
    Reserve,
}

/// <summary>A person chosen for a team, and their role (captain, member, reserve).</summary>
public sealed record MemberChoice(Guid PersonId, string Name, string? Position, MemberRole Role);

/// <summary>
/// A unit's team (đội thi): its members, chosen by the unit's officer before the deadline; the organiser accepts it
/// (placing it in a cluster, optionally under a code name) or returns it with a reason shown in place; after
/// acceptance a member is replaced only by a substitution with its reason. Every step appends a <see cref="ContestEvent"/>.
/// </summary>
public sealed class ContestTeam : ITenantOwned, IStamped, IVersioned
{
    public const int CodeNameMax = 60;
    public const int ReasonMax = 1_000;

    private ContestTeam()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public Guid ContestId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid? ClusterId { get; private set; }
    public string? CodeName { get; private set; }
    public TeamState State { get; private set; }
    public string? ReturnReason { get; private set; }
    public DateOnly RegisteredOn { get; private set; }
    public string RegisteredByName { get; private set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<ContestMember> Members { get; private set; } = [];
    public List<ContestEvent> Events { get; private set; } = [];

    public IEnumerable<ContestMember> Current => Members.Where(m => m.Active);

    /// <summary>The current members who play (captain and members, not the reserve): who a team prize's certificates and an individual prize go to.</summary>
    public IEnumerable<ContestMember> Players => Current.Where(m => m.Role != MemberRole.Reserve);

    public static ContestTeam Register(Contest contest, Guid unitId, IReadOnlyList<MemberChoice> members, DateOnly today, Actor by)
    {
        var team = new ContestTeam { Id = Guid.CreateVersion7(), TenantId = contest.TenantId, ContestId = contest.Id, UnitId = unitId };
        team.Fill(members, today, by);
        team.Events.Add(new ContestEvent(contest.TenantId, contest.Id, team.Id, ContestAction.TeamRegistered, by, null));
        return team;
    }

    /// <summary>A returned team registered again: its members replaced, waiting for the organiser again.</summary>
    public AppError? Resubmit(IReadOnlyList<MemberChoice> members, DateOnly today, Actor by)
    {
        if (State != TeamState.Returned)
        {
            return ContestErrors.TeamExists;
        }

        Members.Clear();
        Fill(members, today, by);
        ReturnReason = null; // answered: the history keeps it
        Events.Add(new ContestEvent(TenantId, ContestId, Id, ContestAction.TeamResubmitted, by, null));
        return null;
    }

    public AppError? Accept(Guid? clusterId, string? codeName, Actor by)
    {
        if (State != TeamState.Registered)
        {
            return ContestErrors.NotWaiting;
        }

        State = TeamState.Accepted;
        ClusterId = clusterId;
        CodeName = string.IsNullOrWhiteSpace(codeName) ? null : codeName.Trim();
        ReturnReason = null;
        Events.Add(new ContestEvent(TenantId, ContestId, Id, ContestAction.TeamAccepted, by, CodeName is null ? null : $"Mật danh: {CodeName}"));
        return null;
    }

    public AppError? Return(string? reason, Actor by)
    {
        if (State != TeamState.Registered)
        {
            return ContestErrors.NotWaiting;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return ContestErrors.ReasonRequired;
        }

        if (reason.Length > ReasonMax)
        {
            return AppError.TooLong("Reason", "Lý do", ReasonMax);
        }

        State = TeamState.Returned;
        ReturnReason = reason.Trim();
        Events.Add(new ContestEvent(TenantId, ContestId, Id, ContestAction.TeamReturned, by, ReturnReason));
        return null;
    }

    /// <summary>
    /// After acceptance: one current member out, an eligible person in with the same role; the reason is kept in the
    /// history. The person coming in may be the team's own reserve replacing a main member (captain or member): the reserve
    /// takes the leaver's role — that is what reserves are for; any other current member is refused.
    /// </summary>
    public AppError? Substitute(Guid outPersonId, MemberChoice incoming, string? reason, Actor by)
    {
        if (State != TeamState.Accepted)
        {
            return ContestErrors.SubstituteNotAccepted;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return ContestErrors.ReasonRequired;
        }

        if (reason.Length > ReasonMax)
        {
            return AppError.TooLong("Reason", "Lý do", ReasonMax);
        }

        if (Current.FirstOrDefault(m => m.PersonId == outPersonId) is not { } leaving)
        {
            return ContestErrors.NotAMember;
        }

        if (Current.FirstOrDefault(m => m.PersonId == incoming.PersonId) is { } inTeam)
        {
            if (inTeam.Role != MemberRole.Reserve || leaving.Role == MemberRole.Reserve)
            {
                return ContestErrors.AlreadyInTeam;
            }

            leaving.Leave(by);
            inTeam.TakeRole(leaving.Role);
            Events.Add(new ContestEvent(TenantId, ContestId, Id, ContestAction.MemberSubstituted, by,
                $"{leaving.Name} → {inTeam.Name} (dự bị vào thay): {reason.Trim()}"));
            return null;
        }

        leaving.Leave(by);
        Members.Add(new ContestMember(TenantId, Id, incoming with { Role = leaving.Role }, by));
        Events.Add(new ContestEvent(TenantId, ContestId, Id, ContestAction.MemberSubstituted, by, $"{leaving.Name} → {incoming.Name}: {reason.Trim()}"));
        return null;
    }

    private void Fill(IReadOnlyList<MemberChoice> members, DateOnly today, Actor by)
    {
        State = TeamState.Registered;
        RegisteredOn = today;
        RegisteredByName = by.UserName;
        Members.AddRange(members.Select(m => new ContestMember(TenantId, Id, m, by)));
    }
}

/// <summary>A member of a team; a substituted member stays, inactive, with who took them out and when.</summary>
public sealed class ContestMember : ITenantOwned
{
    private ContestMember()
    {
    }

    public ContestMember(Guid tenantId, Guid teamId, MemberChoice choice, Actor by)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        TeamId = teamId;
        PersonId = choice.PersonId;
        Name = choice.Name;
        Position = choice.Position;
        Role = choice.Role;
        Active = true;
        AddedAt = by.At;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid TeamId { get; private set; }
    public Guid PersonId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Position { get; private set; }
    public MemberRole Role { get; private set; }
    public bool Active { get; private set; }
    public DateTime AddedAt { get; private set; }
    public DateTime? LeftAt { get; private set; }
    public string? LeftByName { get; private set; }

    /// <summary>A reserve who replaces a main member plays in the leaver's role from now on.</summary>
    internal void TakeRole(MemberRole role) => Role = role;

    internal void Leave(Actor by)
    {
        Active = false;
        LeftAt = by.At;
        LeftByName = by.UserName;
    }
}

public enum ContestAction
{
    Created,
    RulesChanged,
    Opened,
    TeamRegistered,
    TeamResubmitted,
    TeamAccepted,
    TeamReturned,
    MemberSubstituted,
    JudgeAdded,
    JudgeRemoved,
    ConflictDeclared,
    AttendanceRecorded,
    PartClosed,
    SheetCorrected,
    BoardFrozen,
    TeamRevealed,
    ResultsFinal,
    QuestionAdded,
    QuestionRemoved,
    PaperDrawn,
    QuizAnswersEntered,
    PrizesSet,
    ResultsIssued,
    QuizSeatsIssued,
    QuizStarted,
    QuizPaused,
    QuizResumed,
    QuizExtended,
}

/// <summary>One step in a contest's or a team's history: who, when, what, why.</summary>
public sealed class ContestEvent : ITenantOwned
{
    private ContestEvent()
    {
    }

    public ContestEvent(Guid tenantId, Guid contestId, Guid? teamId, ContestAction action, Actor by, string? note)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        ContestId = contestId;
        TeamId = teamId;
        Action = action;
        At = by.At;
        ByName = by.UserName;
        Note = note;
    }

    internal ContestEvent(Contest contest, Guid? teamId, ContestAction action, Actor by, string? note)
        : this(contest.TenantId, contest.Id, teamId, action, by, note)
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ContestId { get; private set; }
    public Guid? TeamId { get; private set; }

    /// <summary>The part a step concerns (a sheet corrected, attendance, closing, the quiz's timer and answers), so that a part's desk lists its own; none for steps of the whole contest and for steps recorded before it was kept.</summary>
    public Guid? PartId { get; init; }

    public ContestAction Action { get; private set; }
    public DateTime At { get; private set; }
    public string ByName { get; private set; } = "";
    public string? Note { get; private set; }
}
