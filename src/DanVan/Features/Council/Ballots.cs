using System.Security.Cryptography;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Council;

public enum BallotChoice
{
    Yes,
    No,
    Abstain,
}

/// <summary>
/// That a member took part in an item (voted, or their written opinion was entered) — and nothing about how. Kept apart
/// from the ballots so that, for a secret ballot, no row links a member to a choice (ADR 0025).
/// </summary>
public sealed class BallotParticipation : ITenantOwned
{
    private BallotParticipation()
    {
    }

    public BallotParticipation(AgendaItem item, Guid memberId, bool writtenOpinion)
    {
        TenantId = item.TenantId;
        ItemId = item.Id;
        MemberId = memberId;
        WrittenOpinion = writtenOpinion;
    }

    public Guid TenantId { get; private set; }
    public Guid ItemId { get; private set; }
    public Guid MemberId { get; private set; }
    public bool WrittenOpinion { get; private set; }
}

/// <summary>
/// One ballot. For a secret ballot it carries no member, no time and no sequence: its id is random (not time-ordered) and
/// the row is left out of the audit trail (<see cref="IUnaudited"/>); when the item closes the ballots are written again in
/// the order of their random ids, so that neither the physical order nor the inserting transaction points to a voter.
/// For an open ballot <see cref="MemberId"/> names the voter. The receipt lets the member check the ballot was counted.
/// </summary>
public sealed class Ballot : ITenantOwned, IUnaudited
{
    public const int ReceiptLength = 10;
    private const string ReceiptAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Ballot()
    {
    }

    public Ballot(AgendaItem item, BallotChoice choice, Guid? openMemberId, bool writtenOpinion)
    {
        Id = Guid.NewGuid(); // version 4: 122 random bits, nothing about when
        TenantId = item.TenantId;
        ItemId = item.Id;
        Choice = choice;
        Receipt = RandomNumberGenerator.GetString(ReceiptAlphabet, ReceiptLength);
        MemberId = item.Secret ? null : openMemberId;
        WrittenOpinion = writtenOpinion;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ItemId { get; private set; }
    public BallotChoice Choice { get; private set; }
    public string Receipt { get; private set; } = "";

    /// <summary>The voter of an open ballot; always null for a secret one.</summary>
    public Guid? MemberId { get; private set; }

    /// <summary>An absent member's written opinion entered by the secretary (marked as such in the tally).</summary>
    public bool WrittenOpinion { get; private set; }

    /// <summary>The same ballot as a new row (the rewrite at close).</summary>
    public Ballot Copy() => new() { Id = Id, TenantId = TenantId, ItemId = ItemId, Choice = Choice, Receipt = Receipt, MemberId = MemberId, WrittenOpinion = WrittenOpinion };
}

/// <summary>One entry of a paper ballot's counts (double entry: entry 1 by one account, entry 2 by another).</summary>
public sealed class PaperCount : ITenantOwned
{
    private PaperCount()
    {
    }

    public PaperCount(AgendaItem item, int entry, Guid userId, string userName, BallotCounts counts)
    {
        Id = Guid.CreateVersion7();
        TenantId = item.TenantId;
        ItemId = item.Id;
        Entry = entry;
        UserId = userId;
        UserName = userName;
        (Issued, Returned, Valid, Yes, No, Abstain) = (counts.Issued, counts.Returned, counts.Valid, counts.Yes, counts.No, counts.Abstain);
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ItemId { get; private set; }
    public int Entry { get; private set; }
    public Guid UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public int Issued { get; private set; }
    public int Returned { get; private set; }
    public int Valid { get; private set; }
    public int Yes { get; private set; }
    public int No { get; private set; }
    public int Abstain { get; private set; }

    public BallotCounts Counts => new(Issued, Returned, Valid, Yes, No, Abstain);

    internal void Replace(BallotCounts c) => (Issued, Returned, Valid, Yes, No, Abstain) = (c.Issued, c.Returned, c.Valid, c.Yes, c.No, c.Abstain);
}
