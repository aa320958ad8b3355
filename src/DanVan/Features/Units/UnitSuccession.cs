using DanVan.Infrastructure.Data;

namespace DanVan.Features.Units;

public enum SuccessionKind
{
    Merge,
    Split,
    Transfer,
}

/// <summary>"<see cref="PredecessorId"/> was taken over by <see cref="SuccessorId"/> on <see cref="EffectiveOn"/>".</summary>
public sealed class UnitSuccession : ITenantOwned
{
    public const int NoteMax = 500;

    private UnitSuccession()
    {
    }

    public UnitSuccession(Guid tenantId, Guid predecessorId, Guid successorId, SuccessionKind kind, DateOnly effectiveOn, string? note)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        PredecessorId = predecessorId;
        SuccessorId = successorId;
        Kind = kind;
        EffectiveOn = effectiveOn;
        Note = note;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid PredecessorId { get; private set; }
    public Guid SuccessorId { get; private set; }
    public SuccessionKind Kind { get; private set; }
    public DateOnly EffectiveOn { get; private set; }
    public string? Note { get; private set; }
}
