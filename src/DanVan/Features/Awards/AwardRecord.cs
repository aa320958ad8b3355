using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Awards;

/// <summary>The kind of achievement an award was for (loại hình khen thưởng, DOMAIN §1.3). Thematic and extraordinary awards never count toward merit prerequisites (Decree 152 Art. 4).</summary>
public enum CommendationType
{
    Regular,
    Thematic,
    Extraordinary,
    Contribution,
    Seniority,
    Foreign,
    Resistance,
}

/// <summary>
/// One entry of the award register (sổ theo dõi khen thưởng, issue 14 §4): an award a person, unit or household
/// received, the decision that gave it and the achievement year. Written by decisions (the council issue) or imported
/// from the office's spreadsheets for past years (<see cref="SourceFile"/>, <see cref="SourceRow"/>). The person is
/// linked by id, so a transfer does not lose their awards; <see cref="UnitId"/> is the unit at the time (for a
/// collective, the unit awarded), and a 2025 successor reads its predecessors' entries through the unit lineage.
/// </summary>
public sealed class AwardRecord : ITenantOwned, IStamped, IVersioned
{
    public const int HolderMax = 300;

    /// <summary>The earliest achievement year the register takes (the first awards of the Republic).</summary>
    public const int MinYear = 1945;
    public const int DecisionNumberMax = 60;
    public const int NoteMax = 500;
    public const int FileNameMax = 255;
    public const int ReasonMax = 500;

    private AwardRecord()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }

    /// <summary>Bumped by every correction in place (If-Match, ADR 0013): of two corrections at once, the second gets a 409.</summary>
    public int Version { get; private set; }

    public Guid AwardKindId { get; private set; }
    public AwardSubject Subject { get; private set; }

    /// <summary>The person awarded (individuals only).</summary>
    public Guid? PersonId { get; private set; }

    /// <summary>The unit awarded (collectives), the person's unit at the time, or the household's commune.</summary>
    public Guid UnitId { get; private set; }

    /// <summary>The name as the decision wrote it (a person's or household's name, a collective's name).</summary>
    public string HolderName { get; private set; } = "";

    public string HolderFolded { get; private set; } = "";

    /// <summary>The achievement year (năm thành tích); the chains of years count distinct values of it.</summary>
    public int Year { get; private set; }

    public CommendationType Type { get; private set; }
    public string DecisionNumber { get; private set; } = "";
    public DateOnly DecisionDate { get; private set; }

    /// <summary>The decision in the document register, when it is there.</summary>
    public Guid? DecisionDocumentId { get; private set; }

    public string? Note { get; private set; }
    public string? SourceFile { get; private set; }
    public int? SourceRow { get; private set; }
    public string EnteredByName { get; private set; } = "";

    /// <summary>When a revocation decision annulled the award (Law 06/2022 ch. VII); a revoked award never counts toward anything.</summary>
    public DateTime? RevokedAt { get; private set; }

    /// <summary>The revocation decision in the document register.</summary>
    public Guid? RevocationDocumentId { get; private set; }

    /// <summary>The legal ground of the revocation (a–d).</summary>
    public Certificates.RevocationGround? RevocationGround { get; private set; }

    /// <summary>
    /// When the entry was withdrawn from the register as entered by mistake (a wrong person, award, year or decision; the
    /// correct entry is written anew). A withdrawn entry never counts toward anything and stays listed, with the reason.
    /// </summary>
    public DateTime? WithdrawnAt { get; private set; }

    public string? WithdrawnReason { get; private set; }
    public string? WithdrawnByName { get; private set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>
    /// Whether the entry is still in the register: not withdrawn as a mistake. An entry that is not is no fact about its holder
    /// (the award history and eligibility leave it out) and does not hold its holder, kind and year (the correct entry takes
    /// them); a revoked one stays, annulled, and keeps its year.
    /// </summary>
    public static readonly System.Linq.Expressions.Expression<Func<AwardRecord, bool>> InRegister = r => r.WithdrawnAt == null;

    /// <summary>Whether the entry counts: in the register (<see cref="InRegister"/>) and not annulled by a revocation decision.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<AwardRecord, bool>> InForce = r => r.WithdrawnAt == null && r.RevokedAt == null;

    /// <summary>A new entry; the caller has checked the kind accepts the subject and the holder exists in scope.</summary>
    public static AwardRecord Create(Guid tenantId, Guid awardKindId, AwardSubject subject, Guid? personId, Guid unitId, string holderName, int year,
        CommendationType type, string decisionNumber, DateOnly decisionDate, Guid? decisionDocumentId, string? note, string? sourceFile, int? sourceRow,
        Actor by) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        AwardKindId = awardKindId,
        Subject = subject,
        PersonId = personId,
        UnitId = unitId,
        HolderName = holderName.Trim(),
        HolderFolded = VietnameseText.Fold(holderName),
        Year = year,
        Type = type,
        DecisionNumber = decisionNumber.Trim(),
        DecisionDate = decisionDate,
        DecisionDocumentId = decisionDocumentId,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        SourceFile = sourceFile,
        SourceRow = sourceRow,
        EnteredByName = by.UserName,
    };

    /// <summary>
    /// Takes an entry entered by mistake out of the register, with the reason (required) and who did it. An award annulled by a
    /// revocation decision stays as the decision left it, and an entry is withdrawn once. (An entry a DanVan decision wrote is
    /// refused by the caller: only another decision undoes a decision.)
    /// </summary>
    public AppError? Withdraw(string reason, Actor by)
    {
        if (ChangeRefusal(WithdrawAwardRecord.Step) is { } refused)
        {
            return refused;
        }

        (WithdrawnAt, WithdrawnReason, WithdrawnByName) = (by.At, reason, by.UserName);
        return null;
    }

    /// <summary>Why the entry's own state does not allow a correction (<paramref name="step"/>: revoked, or withdrawn already), or null.</summary>
    public AppError? ChangeRefusal(string step) =>
        RevokedAt is not null ? AwardRecordErrors.Revoked(DecisionNumber, step)
        : WithdrawnAt is { } at ? AwardRecordErrors.AlreadyWithdrawn(WithdrawnByName ?? "", at)
        : null;

    /// <summary>
    /// Corrects the entry in place (a wrong award, year, type, decision number or date, note, or a household's name as the
    /// decision wrote it), keeping its holder: the changes, each as "field: before → after", or an empty list when nothing
    /// differs. The caller has checked the values (<see cref="AddAwardRecord.Check"/>, the duplicate) and who may
    /// (<see cref="AwardRecordScope.Correctable"/>); the reason and the changes are kept as an <see cref="AwardRecordCorrection"/>.
    /// </summary>
    public IReadOnlyList<string> Correct(AwardKind kind, string oldKindName, string holderName, int year, CommendationType type, string decisionNumber,
        DateOnly decisionDate, Guid? decisionDocumentId, string? note)
    {
        var changes = new List<string>();
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        holderName = holderName.Trim();
        decisionNumber = decisionNumber.Trim();
        if (kind.Id != AwardKindId)
        {
            changes.Add($"Danh hiệu, hình thức: {oldKindName} → {kind.Name}");
            AwardKindId = kind.Id;
        }

        if (!string.Equals(holderName, HolderName, StringComparison.Ordinal))
        {
            changes.Add($"Tên hộ gia đình: {HolderName} → {holderName}");
            (HolderName, HolderFolded) = (holderName, VietnameseText.Fold(holderName));
        }

        if (year != Year)
        {
            changes.Add($"Năm thành tích: {Year} → {year}");
            Year = year;
        }

        if (type != Type)
        {
            changes.Add($"Loại hình: {Type.Label()} → {type.Label()}");
            Type = type;
        }

        if (!string.Equals(decisionNumber, DecisionNumber, StringComparison.Ordinal))
        {
            changes.Add($"Số quyết định: {DecisionNumber} → {decisionNumber}");
            DecisionNumber = decisionNumber;
        }

        if (decisionDate != DecisionDate)
        {
            changes.Add($"Ngày quyết định: {VnTime.Date(DecisionDate)} → {VnTime.Date(decisionDate)}");
            DecisionDate = decisionDate;
        }

        if (decisionDocumentId != DecisionDocumentId)
        {
            changes.Add(decisionDocumentId is null ? "Bỏ liên kết văn bản quyết định" : "Liên kết văn bản quyết định trong sổ văn bản");
            DecisionDocumentId = decisionDocumentId;
        }

        if (!string.Equals(note, Note, StringComparison.Ordinal))
        {
            changes.Add($"Ghi chú: {Note ?? "(trống)"} → {note ?? "(trống)"}");
            Note = note;
        }

        return changes;
    }

    /// <summary>Annuls the entry (false when it already was): the revocation decision's document and ground kept.</summary>
    public bool Revoke(DateTime at, Guid documentId, Certificates.RevocationGround ground)
    {
        if (RevokedAt is not null)
        {
            return false;
        }

        (RevokedAt, RevocationDocumentId, RevocationGround) = (at, documentId, ground);
        return true;
    }
}

public static class CommendationTypes
{
    public static string Label(this CommendationType t) => t switch
    {
        CommendationType.Regular => "Thường xuyên (công trạng)",
        CommendationType.Thematic => "Theo chuyên đề",
        CommendationType.Extraordinary => "Đột xuất",
        CommendationType.Contribution => "Quá trình cống hiến",
        CommendationType.Seniority => "Niên hạn",
        CommendationType.Foreign => "Đối ngoại",
        CommendationType.Resistance => "Kháng chiến",
        _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };

    /// <summary>Whether an award of this type counts toward merit prerequisites ("N consecutive years").</summary>
    public static bool CountsForMerit(this CommendationType t) => t == CommendationType.Regular;
}
