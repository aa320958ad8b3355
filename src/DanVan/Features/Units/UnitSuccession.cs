using DanVan.Infrastructure.Data;

namespace DanVan.Features.Units;

/// <summary>
/// How a unit passed (wholly or in part) to another: merged into it (sáp nhập), dissolved with it as the successor
/// that takes over its work (giải thể), split among several (chia, tách), or a part of it transferred while it lives
/// on (điều chỉnh một phần).
/// </summary>
public enum SuccessionKind
{
    Merge,
    Split,
    Transfer,
    Dissolve,
}

/// <summary>
/// "<see cref="PredecessorId"/> was taken over (wholly or for <see cref="SharePercent"/>) by <see cref="SuccessorId"/> on
/// <see cref="EffectiveOn"/>", under the legal basis <see cref="Basis"/> (the decision's number, optionally the
/// registered document <see cref="BasisDocumentId"/>). <see cref="Note"/> describes the part (territory, tasks).
/// </summary>
public sealed class UnitSuccession : ITenantOwned
{
    public const int NoteMax = 500;
    public const int BasisMax = 200;

    private UnitSuccession()
    {
    }

    public UnitSuccession(Guid tenantId, Guid predecessorId, Guid successorId, SuccessionKind kind, DateOnly effectiveOn, string? note,
        string? basis = null, Guid? basisDocumentId = null, int? sharePercent = null)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        PredecessorId = predecessorId;
        SuccessorId = successorId;
        Kind = kind;
        EffectiveOn = effectiveOn;
        Note = note;
        Basis = basis;
        BasisDocumentId = basisDocumentId;
        SharePercent = sharePercent;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid PredecessorId { get; private set; }
    public Guid SuccessorId { get; private set; }
    public SuccessionKind Kind { get; private set; }
    public DateOnly EffectiveOn { get; private set; }
    public string? Note { get; private set; }
    public string? Basis { get; private set; }
    public Guid? BasisDocumentId { get; private set; }
    public int? SharePercent { get; private set; }
}
