using DanVan.Infrastructure.Data;

namespace DanVan.Features.Contests;

/// <summary>
/// A judge (giám khảo) of a round: a person of the tenant (their unit decides automatic recusal) or an external guest
/// (name and organisation), always with an account of the tenant, which is how they sign in and score. The chair of
/// the jury (<see cref="IsChair"/>) may correct sheets after a part is closed, with a reason.
/// </summary>
public sealed class ContestJudge : ITenantOwned
{
    public const int NameMax = 150;
    public const int OrganisationMax = 300;

    private ContestJudge()
    {
    }

    public ContestJudge(Guid tenantId, Guid contestId, Guid roundId, Guid userId, Guid? personId, Guid? unitId, string name, string? organisation, bool isChair,
        Actor by)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        ContestId = contestId;
        RoundId = roundId;
        UserId = userId;
        PersonId = personId;
        UnitId = unitId;
        Name = name;
        Organisation = organisation;
        IsChair = isChair;
        AddedAt = by.At;
        AddedByName = by.UserName;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ContestId { get; private set; }
    public Guid RoundId { get; private set; }
    public Guid UserId { get; private set; }
    public Guid? PersonId { get; private set; }

    /// <summary>The person's unit when the judge is a person of the tenant; null for a guest.</summary>
    public Guid? UnitId { get; private set; }

    public string Name { get; private set; } = "";
    public string? Organisation { get; private set; }
    public bool IsChair { get; private set; }
    public DateTime AddedAt { get; private set; }
    public string AddedByName { get; private set; } = "";
    public List<ContestConflict> Conflicts { get; private set; } = [];

    public bool IsGuest => PersonId is null;
}

/// <summary>A conflict the organiser declared between a judge and a team (kinship, former work…), with its reason.</summary>
public sealed class ContestConflict : ITenantOwned
{
    public const int ReasonMax = 1_000;

    private ContestConflict()
    {
    }

    public ContestConflict(Guid tenantId, Guid judgeId, Guid teamId, string reason, Actor by)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        JudgeId = judgeId;
        TeamId = teamId;
        Reason = reason;
        At = by.At;
        ByName = by.UserName;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid JudgeId { get; private set; }
    public Guid TeamId { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTime At { get; private set; }
    public string ByName { get; private set; } = "";
}

/// <summary>What the organiser recorded for a team in a part: absent (0 points for the part) and/or days late (the part's penalty per day).</summary>
public sealed class ContestAttendance : ITenantOwned
{
    public const int NoteMax = 500;

    private ContestAttendance()
    {
    }

    public ContestAttendance(Guid tenantId, Guid partId, Guid teamId)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        PartId = partId;
        TeamId = teamId;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid PartId { get; private set; }
    public Guid TeamId { get; private set; }
    public bool NoShow { get; private set; }
    public int DaysLate { get; private set; }

    /// <summary>How long the team's performance ran over the part's time, in seconds (each started minute costs the part's penalty per minute).</summary>
    public int OvertimeSeconds { get; private set; }

    public string? Note { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public string RecordedByName { get; private set; } = "";

    internal void Set(bool noShow, int daysLate, int overtimeSeconds, string? note, Actor by)
    {
        NoShow = noShow;
        DaysLate = noShow ? 0 : daysLate;
        OvertimeSeconds = noShow ? 0 : overtimeSeconds;
        Note = note;
        RecordedAt = by.At;
        RecordedByName = by.UserName;
    }
}
