using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>
/// Conflicts of interest computed from the records (issue 15 §1): the member is the nominee; the member's unit is the
/// nominee's unit or inside its subtree; or the member's unit proposed the dossier. Each makes the member recused for
/// that item only, with the reason shown on the item. Declared conflicts are added by <see cref="DeclareConflict"/>.
/// </summary>
public static class Conflicts
{
    public static IEnumerable<(Guid MemberId, string Reason)> For(AgendaItem item, IEnumerable<CouncilMember> members, IReadOnlyDictionary<Guid, string> paths)
    {
        var subjectPath = paths.GetValueOrDefault(item.SubjectUnitId);
        foreach (var m in members)
        {
            var memberPath = paths.GetValueOrDefault(m.UnitId);
            if (item.PersonId == m.PersonId)
            {
                yield return (m.Id, "Thành viên là người được đề nghị khen thưởng.");
            }
            else if (m.UnitId == item.SubjectUnitId)
            {
                yield return (m.Id, $"Thành viên thuộc đơn vị của người, tập thể được đề nghị ({m.UnitName}).");
            }
            else if (subjectPath is not null && memberPath is not null && memberPath.StartsWith(subjectPath, StringComparison.Ordinal))
            {
                yield return (m.Id, $"Đơn vị của thành viên ({m.UnitName}) trực thuộc đơn vị được đề nghị ({item.UnitName}).");
            }
            else if (m.UnitId == item.ProposingUnitId)
            {
                yield return (m.Id, $"Đơn vị của thành viên ({m.UnitName}) là đơn vị trình hồ sơ đề nghị.");
            }
        }
    }

    /// <summary>Recuses every member with a computed conflict on the items not yet closed (idempotent).</summary>
    public static async Task ApplyAsync(AppDbContext db, Council council, IEnumerable<AgendaItem> items, CancellationToken ct)
    {
        var open = items.Where(i => i.State == ItemState.Pending).ToList();
        var unitIds = council.Members.Select(m => m.UnitId).Concat(open.Select(i => i.SubjectUnitId)).Distinct().ToList();
        var paths = await db.Units.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        foreach (var item in open)
        {
            foreach (var (memberId, reason) in For(item, council.Members, paths))
            {
                item.Recuse(memberId, reason, declared: false);
            }
        }
    }
}
