using DanVan.Infrastructure.Data;

namespace DanVan.Features.People;

/// <summary>History of a person's moves between units (điều động, luân chuyển, or after a merger).</summary>
public sealed class PersonTransfer : ITenantOwned
{
    public const int NoteMax = 500;

    private PersonTransfer()
    {
    }

    public PersonTransfer(Guid tenantId, Guid personId, Guid fromUnitId, Guid toUnitId, DateOnly effectiveOn, string? note)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        PersonId = personId;
        FromUnitId = fromUnitId;
        ToUnitId = toUnitId;
        EffectiveOn = effectiveOn;
        Note = note;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid FromUnitId { get; private set; }
    public Guid ToUnitId { get; private set; }
    public DateOnly EffectiveOn { get; private set; }
    public string? Note { get; private set; }
}
