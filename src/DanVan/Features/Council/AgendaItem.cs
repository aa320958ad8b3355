using DanVan.Features.Awards;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Council;

public enum ItemState
{
    Pending,
    Open,
    Closed,
}

/// <summary>How an item's ballots are collected: on members' phones or PCs, or on paper counted by the secretary.</summary>
public enum VoteMethod
{
    Electronic,
    Paper,
}

/// <summary>
/// One nominee on a session's agenda (nội dung xét), with the award's vote rule copied from the version in force on
/// the session's date. Pending → Open (ballots accepted) → Closed (the tally is fixed and shown).
/// </summary>
public sealed class AgendaItem : ITenantOwned, IStamped, IVersioned
{
    public const int NameMax = 300;
    public const int ReasonMax = 1000;
    public const int SentenceMax = 2000;

    private readonly List<Recusal> _recusals = [];

    private AgendaItem()
    {
    }

    public AgendaItem(CouncilSession session, Guid nomineeId, Guid dossierId, Guid proposingUnitId, Guid? personId, Guid subjectUnitId, string name,
        string unitName, AwardKind kind, AwardKindVersion version)
    {
        Id = Guid.CreateVersion7();
        TenantId = session.TenantId;
        SessionId = session.Id;
        NomineeId = nomineeId;
        DossierId = dossierId;
        ProposingUnitId = proposingUnitId;
        PersonId = personId;
        SubjectUnitId = subjectUnitId;
        Name = name;
        UnitName = unitName;
        AwardKindId = kind.Id;
        AwardName = kind.Name;
        AwardPosition = kind.Position;
        VersionId = version.Id;
        var rule = VoteRule.Of(version);
        ThresholdPercent = rule.ThresholdPercent;
        Base = rule.Base;
        Strict = rule.Strict;
        Secret = rule.Secret;
        Citation = rule.Citation.Length > AwardKindVersion.CitationMax + 200 ? rule.Citation[..(AwardKindVersion.CitationMax + 200)] : rule.Citation;
        State = ItemState.Pending;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid NomineeId { get; private set; }
    public Guid DossierId { get; private set; }
    public Guid ProposingUnitId { get; private set; }
    public Guid? PersonId { get; private set; }

    /// <summary>The nominee's unit: the collective itself, or the person's unit.</summary>
    public Guid SubjectUnitId { get; private set; }

    public string Name { get; private set; } = "";
    public string UnitName { get; private set; } = "";
    public Guid AwardKindId { get; private set; }
    public string AwardName { get; private set; } = "";

    /// <summary>The award's place in the catalogue: the agenda groups by award in this order.</summary>
    public int AwardPosition { get; private set; }

    public Guid VersionId { get; private set; }
    public int Position { get; private set; }
    public ItemState State { get; private set; }
    public VoteMethod? Method { get; private set; }
    public decimal ThresholdPercent { get; private set; }
    public VoteBase Base { get; private set; }
    public bool Strict { get; private set; }
    public bool Secret { get; private set; }
    public string Citation { get; private set; } = "";
    public int? Issued { get; private set; }
    public int? Returned { get; private set; }
    public int? Valid { get; private set; }
    public int? Yes { get; private set; }
    public int? No { get; private set; }
    public int? Abstain { get; private set; }
    public int? BaseCount { get; private set; }
    public decimal? Percent { get; private set; }
    public bool? Passed { get; private set; }
    public string? Sentence { get; private set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public IReadOnlyList<Recusal> Recusals => _recusals;

    public VoteRule Rule => new(ThresholdPercent, Base, Strict, Secret, Citation);

    public bool IsRecused(Guid memberId) => _recusals.Any(r => r.MemberId == memberId);

    internal void Place(int position) => Position = position;

    /// <summary>Recuses a member for this item only; a computed conflict found twice is kept once.</summary>
    public AppError? Recuse(Guid memberId, string reason, bool declared)
    {
        if (State == ItemState.Closed)
        {
            return CouncilErrors.ItemClosed;
        }

        if (IsRecused(memberId))
        {
            return declared ? CouncilErrors.AlreadyRecused : null;
        }

        if (State == ItemState.Open && declared)
        {
            return CouncilErrors.RecuseBeforeOpening;
        }

        _recusals.Add(new Recusal(this, memberId, reason, declared));
        return null;
    }

    public AppError? Open(CouncilSession session, Council council, VoteMethod method)
    {
        if (session.State != SessionState.Open)
        {
            return CouncilErrors.SessionNotOpen;
        }

        if (State != ItemState.Pending)
        {
            return CouncilErrors.ItemNotPending;
        }

        if (!council.HasQuorum(session.Present))
        {
            return CouncilErrors.NoQuorum(session.Present, council.Members.Count, council.QuorumPercent);
        }

        Method = method;
        State = ItemState.Open;
        return null;
    }

    public AppError? Close(Tally tally)
    {
        if (State != ItemState.Open)
        {
            return CouncilErrors.ItemNotOpen;
        }

        (Issued, Returned, Valid, Yes, No, Abstain) = (tally.Counts.Issued, tally.Counts.Returned, tally.Counts.Valid, tally.Counts.Yes, tally.Counts.No,
            tally.Counts.Abstain);
        BaseCount = tally.Base;
        Percent = tally.Percent;
        Passed = tally.Passed;
        Sentence = tally.Sentence.Length > SentenceMax ? tally.Sentence[..SentenceMax] : tally.Sentence;
        State = ItemState.Closed;
        return null;
    }
}

/// <summary>A member who does not vote on one item (không tham gia biểu quyết), computed from a conflict or declared, with the reason.</summary>
public sealed class Recusal : ITenantOwned
{
    private Recusal()
    {
    }

    internal Recusal(AgendaItem item, Guid memberId, string reason, bool declared)
    {
        Id = Guid.CreateVersion7();
        TenantId = item.TenantId;
        ItemId = item.Id;
        MemberId = memberId;
        Reason = reason.Length > AgendaItem.ReasonMax ? reason[..AgendaItem.ReasonMax] : reason;
        Declared = declared;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ItemId { get; private set; }
    public Guid MemberId { get; private set; }
    public string Reason { get; private set; } = "";
    public bool Declared { get; private set; }
}
