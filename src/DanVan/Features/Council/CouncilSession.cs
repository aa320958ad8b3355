using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Council;

public enum SessionState
{
    Draft,
    Open,
    Closed,
}

public enum AttendanceStatus
{
    Present,
    Absent,

    /// <summary>Absent, with a written opinion (phiếu lấy ý kiến bằng văn bản) that the secretary enters as a ballot.</summary>
    AbsentWithOpinion,
}

/// <summary>
/// A meeting of a council (phiên họp): date, place, Draft → Open → Closed; its agenda (one item per nominee) and who
/// attended. The agenda and attendance change while the session is not closed; items are voted only while it is open.
/// </summary>
public sealed class CouncilSession : ITenantOwned, IStamped, IVersioned
{
    public const int PlaceMax = 300;
    public const int MaxItems = 500;

    private readonly List<Attendance> _attendance = [];
    private readonly List<AgendaItem> _items = [];

    private CouncilSession()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid CouncilId { get; private set; }
    public DateOnly Date { get; private set; }
    public string Place { get; private set; } = "";
    public SessionState State { get; private set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public IReadOnlyList<Attendance> Attendance => _attendance;
    public IReadOnlyList<AgendaItem> Items => _items;

    public static Result<CouncilSession> Create(Council council, DateOnly date, string place)
    {
        if (!council.InTerm(date))
        {
            return CouncilErrors.OutsideTerm(council);
        }

        var session = new CouncilSession
        {
            Id = Guid.CreateVersion7(), TenantId = council.TenantId, CouncilId = council.Id, Date = date, Place = place.Trim(), State = SessionState.Draft,
        };
        session._attendance.AddRange(council.Members.Select(m => new Attendance(session, m.Id, AttendanceStatus.Absent)));
        return session;
    }

    public AttendanceStatus StatusOf(Guid memberId) =>
        _attendance.FirstOrDefault(a => a.MemberId == memberId)?.Status ?? AttendanceStatus.Absent;

    public int Present => _attendance.Count(a => a.Status == AttendanceStatus.Present);

    public AppError? SetAttendance(Guid memberId, AttendanceStatus status)
    {
        if (State == SessionState.Closed)
        {
            return CouncilErrors.SessionClosed;
        }

        if (_attendance.FirstOrDefault(a => a.MemberId == memberId) is { } row)
        {
            row.Set(status);
        }
        else
        {
            _attendance.Add(new Attendance(this, memberId, status));
        }

        return null;
    }

    /// <summary>Adds the nominees not on the agenda yet, after the existing items.</summary>
    public AppError? AddItems(IEnumerable<AgendaItem> items)
    {
        if (State == SessionState.Closed)
        {
            return CouncilErrors.SessionClosed;
        }

        foreach (var item in items.Where(i => _items.All(x => x.NomineeId != i.NomineeId)))
        {
            if (_items.Count >= MaxItems)
            {
                return CouncilErrors.TooManyItems;
            }

            item.Place(_items.Count + 1);
            _items.Add(item);
        }

        return null;
    }

    /// <summary>The new order: every item exactly once.</summary>
    public AppError? Reorder(IReadOnlyList<Guid> itemIds)
    {
        if (State == SessionState.Closed)
        {
            return CouncilErrors.SessionClosed;
        }

        if (itemIds.Count != _items.Count || itemIds.Distinct().Count() != itemIds.Count || itemIds.Any(id => _items.All(i => i.Id != id)))
        {
            return CouncilErrors.Order;
        }

        for (var i = 0; i < itemIds.Count; i++)
        {
            _items.First(x => x.Id == itemIds[i]).Place(i + 1);
        }

        return null;
    }

    public AppError? Open()
    {
        if (State != SessionState.Draft)
        {
            return CouncilErrors.SessionNotDraft;
        }

        State = SessionState.Open;
        return null;
    }

    public AppError? Close()
    {
        if (State != SessionState.Open)
        {
            return CouncilErrors.SessionNotOpen;
        }

        if (_items.Any(i => i.State == ItemState.Open))
        {
            return CouncilErrors.ItemStillOpen;
        }

        State = SessionState.Closed;
        return null;
    }
}

/// <summary>One member's attendance at one session.</summary>
public sealed class Attendance : ITenantOwned
{
    private Attendance()
    {
    }

    internal Attendance(CouncilSession session, Guid memberId, AttendanceStatus status)
    {
        TenantId = session.TenantId;
        SessionId = session.Id;
        MemberId = memberId;
        Status = status;
    }

    public Guid TenantId { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid MemberId { get; private set; }
    public AttendanceStatus Status { get; private set; }

    internal void Set(AttendanceStatus status) => Status = status;
}
