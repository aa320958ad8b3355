using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Certificates;

/// <summary>
/// A revocation decision (quyết định hủy bỏ quyết định khen thưởng, Law 06/2022/QH15 ch. VII; DOMAIN W6) of the unit
/// that issued the awards: numbered and registered as a Quyết định, its signed copy kept (hash), the ground (a–d) and
/// the reason, and the awards it annuls with what must be given back (<see cref="RevokedAward"/>) within
/// <see cref="RecoveryWorkingDays"/> working days of its date.
/// </summary>
public sealed class Revocation : ITenantOwned, IStamped
{
    public const int RecoveryWorkingDays = 15;
    public const int ReasonMax = 2000;
    public const int MaxAwards = 200;

    private readonly List<RevokedAward> _awards = [];

    private Revocation()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid UnitId { get; private set; }
    public string Number { get; private set; } = "";
    public DateOnly DecisionDate { get; private set; }
    public Guid DocumentId { get; private set; }
    public RevocationGround Ground { get; private set; }
    public string Reason { get; private set; } = "";
    public string SignedFileName { get; private set; } = "";
    public string SignedSha256 { get; private set; } = "";
    public string SignerName { get; private set; } = "";
    public string CreatedByName { get; private set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public IReadOnlyList<RevokedAward> Awards => _awards;

    public static Revocation Create(Guid tenantId, Guid unitId, string number, DateOnly date, Guid documentId, RevocationGround ground, string reason,
        string fileName, string sha256, string signer, Actor by) => new()
    {
        Id = Guid.CreateVersion7(), TenantId = tenantId, UnitId = unitId, Number = number, DecisionDate = date, DocumentId = documentId, Ground = ground,
        Reason = reason.Trim(), SignedFileName = fileName, SignedSha256 = sha256, SignerName = signer.Trim(), CreatedByName = by.UserName,
    };

    internal void Add(RevokedAward award) => _awards.Add(award);
}

/// <summary>
/// One award annulled by a revocation: who held it and what they must give back — the prize paid (from the awardee's
/// amount on the decision) and the objects (the certificate, the medal if any) — by <see cref="Deadline"/>; "đã thu hồi"
/// recorded once, with its date and a note.
/// </summary>
public sealed class RevokedAward : ITenantOwned
{
    public const int NoteMax = 1000;
    public const int ObjectsMax = 300;

    private RevokedAward()
    {
    }

    public RevokedAward(Revocation revocation, Guid awardRecordId, Guid? awardeeId, string holderName, string awardName, string decisionNumber, DateOnly decisionDate,
        long? amount, string objects, DateOnly deadline, bool provisional)
    {
        Id = Guid.CreateVersion7();
        TenantId = revocation.TenantId;
        RevocationId = revocation.Id;
        AwardRecordId = awardRecordId;
        AwardeeId = awardeeId;
        HolderName = holderName;
        AwardName = awardName;
        DecisionNumber = decisionNumber;
        DecisionDate = decisionDate;
        Amount = amount;
        Objects = objects;
        Deadline = deadline;
        DeadlineProvisional = provisional;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid RevocationId { get; private set; }
    public Guid AwardRecordId { get; private set; }
    public Guid? AwardeeId { get; private set; }
    public string HolderName { get; private set; } = "";
    public string AwardName { get; private set; } = "";
    public string DecisionNumber { get; private set; } = "";
    public DateOnly DecisionDate { get; private set; }

    /// <summary>The prize to give back (đồng); null: the award carried none.</summary>
    public long? Amount { get; private set; }

    public string Objects { get; private set; } = "";
    public DateOnly Deadline { get; private set; }

    /// <summary>The deadline crosses a year whose working-day calendar the province has not confirmed.</summary>
    public bool DeadlineProvisional { get; private set; }

    public DateOnly? RecoveredOn { get; private set; }
    public string? RecoveryNote { get; private set; }
    public string? RecordedByName { get; private set; }

    public AppError? Recover(DateOnly on, string note, DateOnly decisionDate, DateOnly today, string by)
    {
        if (RecoveredOn is not null)
        {
            return CertificateErrors.AlreadyRecovered(RecoveredOn.Value);
        }

        if (on < decisionDate || on > today)
        {
            return CertificateErrors.RecoveryDate;
        }

        (RecoveredOn, RecoveryNote, RecordedByName) = (on, note.Trim(), by);
        return null;
    }
}
