using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Clusters;

/// <summary>Cụm thi đua (usually geographic: communes) or khối thi đua (departments by sector).</summary>
public enum ClusterKind
{
    Cluster,
    Bloc,
}

public static class ClusterKinds
{
    public static string Label(this ClusterKind kind) => kind switch
    {
        ClusterKind.Cluster => "Cụm thi đua",
        ClusterKind.Bloc => "Khối thi đua",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>
/// An emulation cluster or bloc for one year: a named, cross-cutting group of units (each keeps its parent in the tree),
/// with a leader and a deputy leader unit, both members. A unit belongs to at most one group of each kind per year
/// (a unique index on <see cref="ClusterMember"/>). The group owns its members and its history.
/// </summary>
public sealed class EmulationCluster : ITenantOwned, IStamped, IVersioned
{
    public const int NameMax = 200;
    public const int ReasonMax = 500;

    private readonly List<ClusterMember> _members = [];
    private readonly List<ClusterEvent> _history = [];

    private EmulationCluster()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public int Year { get; private set; }
    public ClusterKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public Guid? LeaderUnitId { get; private set; }
    public Guid? DeputyUnitId { get; private set; }
    public Guid? FoundingDocumentId { get; private set; }

    /// <summary>The group of the previous year this one was copied from (null when created from scratch).</summary>
    public Guid? CopiedFromId { get; private set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public IReadOnlyList<ClusterMember> Members => _members;
    public IReadOnlyList<ClusterEvent> History => _history;

    public static EmulationCluster Create(Guid tenantId, int year, ClusterKind kind, string name, Guid? foundingDocumentId, Actor by,
        Guid? copiedFromId = null)
    {
        var cluster = new EmulationCluster
        {
            Id = Guid.CreateVersion7(), TenantId = tenantId, Year = year, Kind = kind, Name = name,
            FoundingDocumentId = foundingDocumentId, CopiedFromId = copiedFromId,
        };
        cluster._history.Add(new ClusterEvent(cluster, by, ClusterAction.Created, null, copiedFromId is null ? null : "Sao chép từ năm trước"));
        return cluster;
    }

    public AppError? AddMember(Guid unitId, Actor by)
    {
        if (_members.Any(m => m.UnitId == unitId))
        {
            return ClusterErrors.AlreadyMember;
        }

        _members.Add(new ClusterMember(this, unitId));
        _history.Add(new ClusterEvent(this, by, ClusterAction.MemberAdded, unitId, null));
        return null;
    }

    /// <summary>A negative step: needs a reason; the leader or deputy cannot leave until replaced.</summary>
    public AppError? RemoveMember(Guid unitId, string? reason, Actor by)
    {
        if (_members.FirstOrDefault(m => m.UnitId == unitId) is not { } member)
        {
            return ClusterErrors.NotMember;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return ClusterErrors.ReasonRequired;
        }

        if (unitId == LeaderUnitId || unitId == DeputyUnitId)
        {
            return ClusterErrors.LeaderCannotLeave;
        }

        _members.Remove(member);
        _history.Add(new ClusterEvent(this, by, ClusterAction.MemberRemoved, unitId, reason));
        return null;
    }

    /// <summary>Sets the leader and the deputy (both members, not the same unit); replacing one already set needs a reason.</summary>
    public AppError? SetLeaders(Guid? leaderUnitId, Guid? deputyUnitId, string? reason, Actor by)
    {
        if ((leaderUnitId is { } l && _members.All(m => m.UnitId != l)) || (deputyUnitId is { } d && _members.All(m => m.UnitId != d)))
        {
            return ClusterErrors.LeaderNotMember;
        }

        if (leaderUnitId is not null && leaderUnitId == deputyUnitId)
        {
            return ClusterErrors.LeaderIsDeputy;
        }

        if (leaderUnitId == LeaderUnitId && deputyUnitId == DeputyUnitId)
        {
            return null;
        }

        var replacing = (LeaderUnitId is not null && leaderUnitId != LeaderUnitId) || (DeputyUnitId is not null && deputyUnitId != DeputyUnitId);
        if (replacing && string.IsNullOrWhiteSpace(reason))
        {
            return ClusterErrors.LeaderReasonRequired;
        }

        LeaderUnitId = leaderUnitId;
        DeputyUnitId = deputyUnitId;
        _history.Add(new ClusterEvent(this, by, ClusterAction.LeadersSet, leaderUnitId, reason));
        return null;
    }

    public void Rename(string name, Guid? foundingDocumentId)
    {
        Name = name;
        FoundingDocumentId = foundingDocumentId;
    }
}

/// <summary>A unit's membership of a group; Year and Kind are copied from the group so that the database enforces "one per kind per year".</summary>
public sealed class ClusterMember : ITenantOwned
{
    private ClusterMember()
    {
    }

    internal ClusterMember(EmulationCluster cluster, Guid unitId)
    {
        Id = Guid.CreateVersion7();
        TenantId = cluster.TenantId;
        ClusterId = cluster.Id;
        UnitId = unitId;
        Year = cluster.Year;
        Kind = cluster.Kind;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ClusterId { get; private set; }
    public Guid UnitId { get; private set; }
    public Units.Unit? Unit { get; private set; }
    public int Year { get; private set; }
    public ClusterKind Kind { get; private set; }
}

public enum ClusterAction
{
    Created,
    MemberAdded,
    MemberRemoved,
    LeadersSet,
}

/// <summary>The group's history: who did what, when, to which unit, and why.</summary>
public sealed class ClusterEvent : ITenantOwned
{
    private ClusterEvent()
    {
    }

    internal ClusterEvent(EmulationCluster cluster, Actor by, ClusterAction action, Guid? unitId, string? note)
    {
        Id = Guid.CreateVersion7();
        TenantId = cluster.TenantId;
        ClusterId = cluster.Id;
        At = by.At;
        UserId = by.UserId;
        UserName = by.UserName;
        Action = action;
        UnitId = unitId;
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ClusterId { get; private set; }
    public DateTime At { get; private set; }
    public Guid UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public ClusterAction Action { get; private set; }
    public Guid? UnitId { get; private set; }
    public string? Note { get; private set; }
}
