using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>
/// The read model the eligibility engine checks "holds award K for N consecutive years" against (issue 14 §4): for
/// people (by id, so transfers do not matter) and for units (collective awards, following the 2025 merges through
/// <c>UnitSuccessions</c> like <c>UnitRatings</c>: a successor holds its predecessors' awards, marked
/// <see cref="AwardFact.ViaPredecessor"/>), every entry with its kind code, type, decision citation and link. Not
/// scoped to a user: the caller has decided who may see the nominee. Set-based: a fixed number of queries whatever the
/// number of ids (<see cref="UnitLineage"/> for the lineage, one for the entries).
/// </summary>
public static class AwardHistory
{
    public sealed record AwardFact(Guid RecordId, Guid HolderId, Guid? ViaPredecessor, Guid AwardKindId, string KindCode, string KindName, int Year,
        CommendationType Type, string TypeLabel, string DecisionNumber, DateOnly DecisionDate, Guid? DecisionDocumentId, string? Note, string Link,
        bool Revoked = false)
    {
        /// <summary>A revoked award (a revocation decision annulled it) counts for nothing.</summary>
        public bool CountsForMerit => !Revoked && Type.CountsForMerit();

        public string Citation => $"Quyết định số {DecisionNumber} ngày {VnTime.Date(DecisionDate)}";
    }

    /// <summary>Each person's awards, newest year first (people with none are absent); with <paramref name="kindCodes"/>, only awards of those kinds.</summary>
    public static async Task<ILookup<Guid, AwardFact>> ForPeopleAsync(AppDbContext db, Guid tenantId, IReadOnlyCollection<Guid> personIds,
        IReadOnlyCollection<string>? kindCodes = null, CancellationToken ct = default)
    {
        if (personIds.Count == 0)
        {
            return Array.Empty<AwardFact>().ToLookup(f => f.HolderId);
        }

        var rows = await Read(db, db.AwardRecords.Where(r => r.TenantId == tenantId && r.PersonId != null && EF.Parameter(personIds).Contains(r.PersonId.Value)),
            tenantId, kindCodes, ct);
        return rows.Select(r => r.Fact(r.PersonId!.Value, null)).OrderByDescending(f => f.Year).ThenByDescending(f => f.DecisionDate)
            .ToLookup(f => f.HolderId);
    }

    /// <summary>Each unit's collective awards, its predecessors' included, newest year first; with <paramref name="kindCodes"/>, only awards of those kinds.</summary>
    public static async Task<ILookup<Guid, AwardFact>> ForUnitsAsync(AppDbContext db, Guid tenantId, IReadOnlyCollection<Guid> unitIds,
        IReadOnlyCollection<string>? kindCodes = null, CancellationToken ct = default)
    {
        var heirs = await UnitLineage.HeirsAsync(db, tenantId, unitIds, ct); // unit → the asked units that hold its awards
        var ids = heirs.Keys.ToList();
        // A collective entry has no person: saying so lets the planner seek the (TenantId, PersonId, Year) index on its nulls
        // instead of walking every person's entries under the units' (TenantId, UnitId, Year) keys (bench/notes/eligibility.md).
        var rows = ids.Count == 0 ? [] : await Read(db, db.AwardRecords.Where(r => r.TenantId == tenantId && r.Subject == AwardSubject.Collective
            && r.PersonId == null && EF.Parameter(ids).Contains(r.UnitId)), tenantId, kindCodes, ct);
        return rows.SelectMany(r => heirs[r.UnitId].Select(heir => r.Fact(heir, r.UnitId == heir ? null : r.UnitId)))
            .OrderByDescending(f => f.Year).ThenByDescending(f => f.DecisionDate).ToLookup(f => f.HolderId);
    }

    /// <summary>
    /// The length of the chain of consecutive years ending at <paramref name="endingYear"/> in which the holder had
    /// <paramref name="kindCode"/>: distinct years (two decisions in one year count once), merit types only (thematic,
    /// extraordinary and the rest never count, Decree 152 Art. 4), revoked awards left out (Law 06/2022 ch. VII). 0 when
    /// the ending year itself is missing.
    /// </summary>
    public static int ConsecutiveYears(IEnumerable<AwardFact> awards, string kindCode, int endingYear) =>
        ConsecutiveYears(awards.Where(a => !a.Revoked).Select(a => (a.KindCode, a.Year, a.Type)), kindCode, endingYear);

    public static int ConsecutiveYears(IEnumerable<(string KindCode, int Year, CommendationType Type)> awards, string kindCode, int endingYear)
    {
        var years = awards.Where(a => a.KindCode == kindCode && a.Type.CountsForMerit()).Select(a => a.Year).ToHashSet();
        var count = 0;
        while (years.Contains(endingYear - count))
        {
            count++;
        }

        return count;
    }

    private sealed record Row(Guid Id, Guid? PersonId, Guid UnitId, Guid AwardKindId, string Code, string Name, int Year, CommendationType Type,
        string DecisionNumber, DateOnly DecisionDate, Guid? DecisionDocumentId, string? Note, bool Revoked)
    {
        public AwardFact Fact(Guid holder, Guid? via) => new(Id, holder, via, AwardKindId, Code, Name, Year, Type, Type.Label(), DecisionNumber,
            DecisionDate, DecisionDocumentId, Note, AwardRecordScope.Link(Id, PersonId, PersonId is null ? holder : UnitId), Revoked);
    }

    private static Task<List<Row>> Read(AppDbContext db, IQueryable<AwardRecord> records, Guid tenantId, IReadOnlyCollection<string>? kindCodes,
        CancellationToken ct)
    {
        // the inner join keeps only those kinds (codes are unique per tenant: the (TenantId, Code) index)
        var kinds = kindCodes is null ? db.AwardKinds : db.AwardKinds.Where(k => k.TenantId == tenantId && kindCodes.Contains(k.Code));
        return records.AsNoTracking().Where(AwardRecord.InRegister).Join(kinds, r => r.AwardKindId, k => k.Id, (r, k) => new Row(r.Id, r.PersonId, r.UnitId,
            r.AwardKindId, k.Code, k.Name, r.Year, r.Type, r.DecisionNumber, r.DecisionDate, r.DecisionDocumentId, r.Note, r.RevokedAt != null)).ToListAsync(ct);
    }
}
