using DanVan.Features.Awards;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Decisions;

public enum DecisionState
{
    Draft,
    Issued,

    /// <summary>Hook for issue 15 §4: annulled by another (revocation) decision, named in <see cref="Decision.RevokedByDecisionId"/>. Nothing sets it yet.</summary>
    Revoked,
}

/// <summary>The line above the signer's capacity (Decree 30/2020): none, TM. (on behalf of the collective), KT. (signing for the head).</summary>
public enum SignPrefix
{
    None,
    OnBehalf,
    ForHead,
}

/// <summary>
/// A commendation decision (Quyết định khen thưởng, issue 15 §3) of a round at one level: the deciding authority of the
/// award versions (the province's chairman; a unit's head; a commune's chairman), the issuing unit, the awardees taken
/// from the approved list with their prize amounts, the signer. Draft → Issued (numbered, registered, signed copy kept,
/// award register written); later Revoked by another decision (the hook only). Awardees change only while a draft.
/// </summary>
public sealed class Decision : ITenantOwned, IStamped, IVersioned
{
    public const int TitleMax = 500;
    public const int SignerMax = 150;
    public const int NumberMax = 60;
    public const int FileNameMax = 200;
    public const int MaxAwardees = 2000;

    private readonly List<DecisionAwardee> _awardees = [];

    private Decision()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public Guid RoundId { get; private set; }

    /// <summary>The council session most awardees were voted in (cited in the decision), if any.</summary>
    public Guid? SessionId { get; private set; }

    /// <summary>The issuing unit (the provincial People's Committee for the chairman's decisions; a unit for its own).</summary>
    public Guid UnitId { get; private set; }

    /// <summary>The unit that submits the Tờ trình (Sở Nội vụ for the province).</summary>
    public Guid SubmitterUnitId { get; private set; }

    public DecidingAuthority Authority { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>The decision date: planned while a draft (prizes computed for it), the signing date once issued.</summary>
    public DateOnly DecisionDate { get; private set; }

    public DecisionState State { get; private set; }
    public SignPrefix SignPrefix { get; private set; }
    public string SignerTitle { get; private set; } = "";
    public string SignerName { get; private set; } = "";
    public string? Number { get; private set; }
    public Guid? DocumentId { get; private set; }
    public string? SignedFileName { get; private set; }
    public string? SignedSha256 { get; private set; }
    public DateTime? IssuedAt { get; private set; }
    public string? IssuedByName { get; private set; }
    public Guid? RevokedByDecisionId { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public IReadOnlyList<DecisionAwardee> Awardees => _awardees;

    public static Decision Create(Guid tenantId, Guid roundId, Guid? sessionId, Guid unitId, Guid submitterUnitId, DecidingAuthority authority, string title,
        DateOnly date, SignPrefix prefix, string signerTitle, string signerName) => new()
    {
        Id = Guid.CreateVersion7(), TenantId = tenantId, RoundId = roundId, SessionId = sessionId, UnitId = unitId, SubmitterUnitId = submitterUnitId,
        Authority = authority, Title = title.Trim(), DecisionDate = date, State = DecisionState.Draft, SignPrefix = prefix, SignerTitle = signerTitle.Trim(),
        SignerName = signerName.Trim(),
    };

    /// <summary>The awardees still on the decision, in the order of Decree 152 Art. 29.</summary>
    public IReadOnlyList<DecisionAwardee> Listed => AwardeeOrder.Sort(_awardees.Where(a => a.RemovedReason is null)).ToList();

    public long Total => Listed.Sum(a => a.Amount ?? 0);

    internal void Add(DecisionAwardee awardee) => _awardees.Add(awardee);

    public AppError? Remove(Guid awardeeId, string reason)
    {
        if (State != DecisionState.Draft)
        {
            return DecisionErrors.NotDraft;
        }

        if (_awardees.FirstOrDefault(a => a.Id == awardeeId) is not { } awardee)
        {
            return DecisionErrors.AwardeeNotFound;
        }

        if (awardee.RemovedReason is not null)
        {
            return DecisionErrors.AlreadyRemoved(awardee.Name);
        }

        awardee.Remove(reason);
        return null;
    }

    /// <summary>Issues the draft: the number, the date, the registered document and the signed copy; the amounts fixed by the caller for that date.</summary>
    public AppError? Issue(string number, DateOnly date, Guid documentId, string fileName, string sha256, Actor by)
    {
        if (State != DecisionState.Draft)
        {
            return DecisionErrors.AlreadyIssued(Number);
        }

        if (Listed.Count == 0)
        {
            return DecisionErrors.NoAwardees;
        }

        (Number, DecisionDate, DocumentId, SignedFileName, SignedSha256, IssuedAt, IssuedByName) = (number, date, documentId, fileName, sha256, by.At, by.UserName);
        State = DecisionState.Issued;
        return null;
    }
}

/// <summary>One collective, household or person on a decision, with the award and the prize amount (null: the award carries no money).</summary>
public sealed class DecisionAwardee : ITenantOwned
{
    public const int NameMax = 300;
    public const int ReasonMax = 1000;
    public const int ExplanationMax = 1000;

    private DecisionAwardee()
    {
    }

    public DecisionAwardee(Decision decision, Guid nomineeId, Guid dossierId, AwardSubject subject, Guid? personId, Guid unitId, string name,
        string unitName, string? position, AwardKind kind, int year, long? amount, string explanation)
    {
        Id = Guid.CreateVersion7();
        TenantId = decision.TenantId;
        DecisionId = decision.Id;
        NomineeId = nomineeId;
        DossierId = dossierId;
        Subject = subject;
        PersonId = personId;
        UnitId = unitId;
        Name = name;
        UnitName = unitName;
        Position = string.IsNullOrWhiteSpace(position) ? null : position.Trim();
        AwardKindId = kind.Id;
        AwardName = kind.Name;
        AwardPosition = kind.Position;
        Year = year;
        Amount = amount;
        Explanation = explanation.Length > ExplanationMax ? explanation[..ExplanationMax] : explanation;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid DecisionId { get; private set; }
    public Guid NomineeId { get; private set; }
    public Guid DossierId { get; private set; }
    public AwardSubject Subject { get; private set; }
    public Guid? PersonId { get; private set; }

    /// <summary>The collective itself, the person's unit, or the household's commune.</summary>
    public Guid UnitId { get; private set; }

    public string Name { get; private set; } = "";
    public string UnitName { get; private set; } = "";
    public string? Position { get; private set; }
    public Guid AwardKindId { get; private set; }
    public string AwardName { get; private set; } = "";
    public int AwardPosition { get; private set; }

    /// <summary>The achievement year (năm thành tích) the award register gets.</summary>
    public int Year { get; private set; }

    public long? Amount { get; private set; }
    public string Explanation { get; private set; } = "";
    public string? RemovedReason { get; private set; }
    public Guid? AwardRecordId { get; private set; }

    internal void Remove(string reason) => RemovedReason = reason.Length > ReasonMax ? reason[..ReasonMax] : reason;

    internal void Price(long? amount, string explanation)
    {
        Amount = amount;
        Explanation = explanation.Length > ExplanationMax ? explanation[..ExplanationMax] : explanation;
    }

    internal void Registered(Guid recordId) => AwardRecordId = recordId;
}
