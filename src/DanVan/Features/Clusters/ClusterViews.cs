namespace DanVan.Features.Clusters;

public sealed record ClusterSummary(Guid Id, int Year, ClusterKind Kind, string KindLabel, string Name, int MemberCount, string? LeaderName,
    string? DeputyName);

/// <summary>A member as listed: a unit merged away since shows its current successor(s) (<see cref="SuccessorNames"/>).</summary>
public sealed record MemberDto(Guid UnitId, string Code, string Name, bool IsLeader, bool IsDeputy, bool IsActive, string? SuccessorNames);

public sealed record ClusterEventDto(DateTime At, string UserName, string ActionLabel, string? UnitName, string? Note);

public sealed record ClusterDto(Guid Id, int Year, ClusterKind Kind, string KindLabel, string Name, Guid? LeaderUnitId, Guid? DeputyUnitId,
    Guid? FoundingDocumentId, string? FoundingDocumentTitle, IReadOnlyList<MemberDto> Members, IReadOnlyList<ClusterEventDto> History,
    int Version, bool CanManage);

public static class ClusterLabels
{
    public static string Label(this ClusterAction action) => action switch
    {
        ClusterAction.Created => "Thành lập",
        ClusterAction.MemberAdded => "Thêm đơn vị",
        ClusterAction.MemberRemoved => "Rút đơn vị",
        ClusterAction.LeadersSet => "Đặt trưởng, phó cụm/khối",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
