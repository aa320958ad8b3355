using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Council;

/// <summary>A member's place in the council (Decree 152; DOMAIN §1.9). Stored by name.</summary>
public enum MemberRole
{
    Chair,
    ViceChair,
    StandingMember,
    Secretary,
    Member,
}

/// <summary>
/// The emulation and commendation council (Hội đồng Thi đua – Khen thưởng) of a unit — the province's, a department's
/// or a commune's — for a term, with its members and its attendance quorum (separate from any pass threshold).
/// </summary>
public sealed class Council : ITenantOwned, IStamped, IVersioned
{
    public const int NameMax = 300;
    public const int MaxMembers = 60;

    /// <summary>Default quorum: more than half of the members present (majority of the council).</summary>
    public const decimal DefaultQuorumPercent = 50m;

    private readonly List<CouncilMember> _members = [];

    private Council()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid UnitId { get; private set; }
    public string Name { get; private set; } = "";
    public DateOnly TermFrom { get; private set; }
    public DateOnly TermTo { get; private set; }

    /// <summary>A session may vote only when more than this share (in percent) of the members are present.</summary>
    public decimal QuorumPercent { get; private set; }

    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public IReadOnlyList<CouncilMember> Members => _members;

    public static Result<Council> Create(Guid tenantId, Guid unitId, string name, DateOnly termFrom, DateOnly termTo, decimal? quorumPercent)
    {
        if (termTo < termFrom || termFrom.Year < 2000 || termTo.Year > 2100)
        {
            return CouncilErrors.Term;
        }

        var quorum = quorumPercent ?? DefaultQuorumPercent;
        if (quorum is < 1 or >= 100 || decimal.Round(quorum, 2) != quorum)
        {
            return CouncilErrors.Quorum;
        }

        return new Council
        {
            Id = Guid.CreateVersion7(), TenantId = tenantId, UnitId = unitId, Name = name.Trim(), TermFrom = termFrom, TermTo = termTo,
            QuorumPercent = quorum,
        };
    }

    public bool InTerm(DateOnly day) => day >= TermFrom && day <= TermTo;

    public AppError? AddMember(CouncilMember member)
    {
        if (_members.Count >= MaxMembers)
        {
            return CouncilErrors.TooManyMembers;
        }

        if (_members.Any(m => m.PersonId == member.PersonId))
        {
            return CouncilErrors.MemberTwice(member.Name);
        }

        if (member.UserId is { } user && _members.Any(m => m.UserId == user))
        {
            return CouncilErrors.AccountTwice;
        }

        if (member.Role == MemberRole.Chair && _members.Any(m => m.Role == MemberRole.Chair))
        {
            return CouncilErrors.OneChair;
        }

        _members.Add(member);
        return null;
    }

    /// <summary>The quorum as a sentence, and whether <paramref name="present"/> members reach it.</summary>
    public bool HasQuorum(int present) => _members.Count > 0 && present * 100m > QuorumPercent * _members.Count;
}

/// <summary>A member of a council: a person (with the unit they belonged to when appointed) and, optionally, their account.</summary>
public sealed class CouncilMember : ITenantOwned
{
    public const int NameMax = 300;

    private CouncilMember()
    {
    }

    public CouncilMember(Council council, Guid personId, string name, Guid unitId, string unitName, Guid? userId, MemberRole role)
    {
        Id = Guid.CreateVersion7();
        TenantId = council.TenantId;
        CouncilId = council.Id;
        PersonId = personId;
        Name = name;
        UnitId = unitId;
        UnitName = unitName;
        UserId = userId;
        Role = role;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid CouncilId { get; private set; }
    public Guid PersonId { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The member's unit: conflicts of interest are computed against it.</summary>
    public Guid UnitId { get; private set; }

    public string UnitName { get; private set; } = "";

    /// <summary>The account that votes for this member; none: the member votes on paper or through the secretary.</summary>
    public Guid? UserId { get; private set; }

    public MemberRole Role { get; private set; }
}
