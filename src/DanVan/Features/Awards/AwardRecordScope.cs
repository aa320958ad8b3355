using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>
/// Who sees an entry of the register (one SQL predicate), and the projection every read shares. An entry is visible
/// with ViewAwards on its unit, on its person's current unit (a transfer takes the awards along), or on a 2025
/// successor of its unit (a merged commune's or an abolished district's awards stay readable where the work went).
/// </summary>
public static class AwardRecordScope
{
    public static IQueryable<AwardRecord> Visible(AppDbContext db, CurrentUser user)
    {
        var tenantId = user.TenantId;
        var units = db.Units.VisibleTo(db, user, Permission.ViewAwards).Select(u => u.Id);
        return db.AwardRecords.AsNoTracking().Where(r => r.TenantId == tenantId && (units.Contains(r.UnitId)
            || (r.PersonId != null && db.People.Any(p => p.Id == r.PersonId && units.Contains(p.UnitId)))
            || db.UnitSuccessions.Any(s => s.TenantId == tenantId && s.PredecessorId == r.UnitId && units.Contains(s.SuccessorId))));
    }

    /// <summary>
    /// The entries the user may correct — in place or by withdrawing them (one SQL predicate: the register's links, the pages'
    /// forms and both operations follow it): seen, in the register and in force, written by no DanVan decision (only another
    /// decision changes those), and whose unit — or whose person's unit now — is one where the user holds ManageAwardRecords.
    /// </summary>
    public static IQueryable<AwardRecord> Correctable(AppDbContext db, CurrentUser user)
    {
        var units = db.Units.VisibleTo(db, user, Permission.ManageAwardRecords).Select(u => u.Id);
        return Visible(db, user).Where(AwardRecord.InForce)
            .Where(r => (units.Contains(r.UnitId) || (r.PersonId != null && db.People.Any(p => p.Id == r.PersonId && units.Contains(p.UnitId))))
                && !db.DecisionAwardees.Any(a => a.AwardRecordId == r.Id));
    }

    /// <summary>
    /// Why the user may not correct the entry (<paramref name="step"/>: "sửa", "rút khỏi sổ"), or null when they may: 404 unseen,
    /// 409 for one revoked, withdrawn or written by a decision, 403 naming the holder outside the user's units.
    /// </summary>
    public static async Task<AppError?> CorrectionRefusalAsync(AppDbContext db, CurrentUser user, Guid id, string step, CancellationToken ct)
    {
        if (await Correctable(db, user).AnyAsync(r => r.Id == id, ct))
        {
            return null;
        }

        var record = await Visible(db, user).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return await Access.NotVisibleAsync(db, db.AwardRecords.Where(r => r.Id == id), "mục sổ khen thưởng", ct);
        }

        return record.ChangeRefusal(step)
               ?? (await db.DecisionAwardees.AnyAsync(a => a.AwardRecordId == id, ct) ? AwardRecordErrors.WrittenByDecision(record.DecisionNumber, step) : null)
               ?? AwardRecordErrors.OutOfScope(record.HolderName, await db.Units.Where(u => u.Id == record.UnitId).Select(u => u.Name).FirstAsync(ct));
    }

    /// <summary>
    /// The first steps of every correction: may the user (<see cref="CorrectionRefusalAsync"/>), then its reason — NFC, required
    /// (<paramref name="required"/>), at most <see cref="AwardRecord.ReasonMax"/> characters (named <paramref name="label"/>).
    /// </summary>
    public static async Task<Result<string>> CorrectionReasonAsync(AppDbContext db, CurrentUser user, Guid id, string step, string? reason, AppError required,
        string label, CancellationToken ct)
    {
        if (await CorrectionRefusalAsync(db, user, id, step, ct) is { } refused)
        {
            return refused;
        }

        var clean = Infrastructure.Text.VietnameseText.Clean(reason);
        return string.IsNullOrEmpty(clean) ? required
            : clean.Length > AwardRecord.ReasonMax ? AppError.TooLong("Reason", label, AwardRecord.ReasonMax)
            : clean;
    }

    /// <summary>Where an entry is shown: the person's page, or the unit's (collectives and households).</summary>
    public static string Link(Guid id, Guid? personId, Guid unitId) =>
        personId is { } p ? $"/People/Details/{p}#award-{id}" : $"/Units/Details/{unitId}#award-{id}";

    /// <summary>Where an entry came from, in words: the spreadsheet and row, or who entered it.</summary>
    public static string Source(string? file, int? row, string enteredBy) =>
        file is null ? $"nhập bởi {enteredBy}" : $"nhập từ tệp {file}" + (row is { } r ? $", dòng {r}" : "") + $" ({enteredBy})";

    /// <summary>The entries as DTOs, in the query's order (the kind and unit names read in the same query).</summary>
    public static async Task<List<AwardRecordDto>> ToDtosAsync(this IQueryable<AwardRecord> records, AppDbContext db, CancellationToken ct)
    {
        var rows = await records.Select(r => new
        {
            r.Id, r.AwardKindId, Kind = db.AwardKinds.Where(k => k.Id == r.AwardKindId).Select(k => new { k.Code, k.Name }).First(),
            r.Subject, r.PersonId, r.UnitId, UnitName = db.Units.Where(u => u.Id == r.UnitId).Select(u => u.Name).First(), r.HolderName, r.Year,
            r.Type, r.DecisionNumber, r.DecisionDate, r.DecisionDocumentId, r.Note, r.SourceFile, r.SourceRow, r.EnteredByName, r.RevokedAt,
            r.WithdrawnAt, r.WithdrawnReason, r.WithdrawnByName, r.Version,
            Corrected = db.AwardRecordCorrections.Where(c => c.TenantId == r.TenantId && c.AwardRecordId == r.Id).OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
                .Select(c => new { c.At, c.ByName, c.Reason }).FirstOrDefault(),
            Corrections = db.AwardRecordCorrections.Count(c => c.TenantId == r.TenantId && c.AwardRecordId == r.Id),
        }).ToListAsync(ct);
        return rows.Select(r => new AwardRecordDto(r.Id, r.AwardKindId, r.Kind.Code, r.Kind.Name, r.Subject, r.Subject.Label(), r.PersonId, r.UnitId,
            r.UnitName, r.HolderName, r.Year, r.Type, r.Type.Label(), r.Type.CountsForMerit() && r.RevokedAt == null && r.WithdrawnAt == null, r.DecisionNumber, r.DecisionDate, r.DecisionDocumentId,
            r.Note, Source(r.SourceFile, r.SourceRow, r.EnteredByName), Link(r.Id, r.PersonId, r.UnitId), r.RevokedAt,
            r.WithdrawnAt, r.WithdrawnReason, r.WithdrawnByName, r.Version,
            r.Corrected is { } c ? new AwardRecordLastCorrection(c.At, c.ByName, c.Reason, r.Corrections) : null)).ToList();
    }
}
