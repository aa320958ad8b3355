using DanVan.Infrastructure.Data;

namespace DanVan.Features.Awards;

/// <summary>
/// One correction in place of a register entry (sửa mục sổ khen thưởng): when, who, why (required: a correction is a
/// negative step on what was recorded) and what changed, each as "field: before → after". Never edited or deleted; the
/// register shows the last one on the entry and the correction page lists them all.
/// </summary>
public sealed class AwardRecordCorrection : ITenantOwned
{
    public const int ChangesMax = 2_000;

    private AwardRecordCorrection()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid AwardRecordId { get; private set; }
    public DateTime At { get; private set; }
    public string ByName { get; private set; } = "";
    public string Reason { get; private set; } = "";

    /// <summary>The changes, one per line ("Năm thành tích: 2023 → 2024").</summary>
    public string Changes { get; private set; } = "";

    public static AwardRecordCorrection Of(AwardRecord record, string reason, IReadOnlyList<string> changes, Actor by)
    {
        var text = string.Join('\n', changes);
        return new()
        {
            Id = Guid.CreateVersion7(),
            TenantId = record.TenantId,
            AwardRecordId = record.Id,
            At = by.At,
            ByName = by.UserName,
            Reason = reason,
            Changes = text.Length > ChangesMax ? text[..ChangesMax] : text,
        };
    }
}
