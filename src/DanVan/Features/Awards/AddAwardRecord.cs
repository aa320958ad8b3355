using DanVan.Features.Accounts;
using DanVan.Features.People;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>
/// Writes one entry of the award register (POST /award-records, the form of /Awards/Register). The kind must be in
/// the province's catalogue, accept the subject and not be withdrawn on the decision date (years before the
/// catalogue's first version are history and taken as written). The holder must be visible (else 404) and in a unit
/// where the user holds ManageAwardRecords (else 403 naming the holder). The same holder, kind and year twice is a
/// 409: one award per year.
/// </summary>
public static class AddAwardRecord
{
    /// <summary>Who the entry is for, once checked: the person (individuals), the unit, the name as written.</summary>
    public sealed record Holder(Guid? PersonId, Guid UnitId, string Name);

    public static async Task<Result<AwardRecordDto>> HandleAsync(AppDbContext db, CurrentUser user, AwardRecordInput input, CancellationToken ct,
        string? sourceFile = null, int? sourceRow = null)
    {
        var kind = await db.AwardKinds.Include(k => k.Versions).FirstOrDefaultAsync(k => k.TenantId == user.TenantId && k.Id == input.AwardKindId, ct);
        if (kind is null)
        {
            return AwardErrors.KindNotFound;
        }

        var subject = input.Subject!.Value;
        var today = VnTime.Today(db.Time);
        if (Check(kind, subject, input.Year!.Value, input.DecisionDate!.Value, today) is { } invalid)
        {
            return invalid;
        }

        if (string.IsNullOrWhiteSpace(input.DecisionNumber))
        {
            return AwardRecordErrors.DecisionNumberRequired;
        }

        if (!(await FindHolderAsync(db, user, subject, input, ct)).TryGet(out var holder, out var refused))
        {
            return refused;
        }

        if (input.DecisionDocumentId is { } documentId && !await db.Documents.AnyAsync(d => d.TenantId == user.TenantId && d.Id == documentId, ct))
        {
            return AwardRecordErrors.DocumentNotFound;
        }

        var folded = VietnameseText.Fold(holder.Name);
        if (await ExistingAsync(db, user.TenantId, kind.Id, subject, holder.PersonId, holder.UnitId, folded, input.Year.Value, ct) is { } decision)
        {
            return AwardRecordErrors.Duplicate(holder.Name, kind.Name, input.Year.Value, decision);
        }

        var record = AwardRecord.Create(user.TenantId, kind.Id, subject, holder.PersonId, holder.UnitId, holder.Name, input.Year.Value,
            input.Type ?? CommendationType.Regular, input.DecisionNumber, input.DecisionDate.Value, input.DecisionDocumentId, input.Note, sourceFile, sourceRow,
            Actor.Of(user, db.Time));
        db.AwardRecords.Add(record);
        await db.SaveChangesAsync(ct);
        return (await db.AwardRecords.Where(r => r.Id == record.Id).ToDtosAsync(db, ct))[0];
    }

    /// <summary>The rules on the kind, year and date (shared with the import, which names the column).</summary>
    public static AppError? Check(AwardKind kind, AwardSubject subject, int year, DateOnly decisionDate, DateOnly today)
    {
        if (!kind.Accepts(subject))
        {
            return AwardErrors.WrongSubject(kind, subject);
        }

        if (year < AwardRecord.MinYear || year > today.Year)
        {
            return AwardRecordErrors.Year(today.Year);
        }

        if (decisionDate > today)
        {
            return AwardRecordErrors.DecisionDate(today);
        }

        if (decisionDate.Year < year)
        {
            return AwardRecordErrors.DecisionBeforeYear(year);
        }

        return kind.VersionOn(decisionDate) is { Active: false } ? AwardRecordErrors.Inactive(kind, decisionDate) : null;
    }

    /// <summary>The decision number of the entry (other than <paramref name="except"/>) already holding this kind in this year for the holder, if any.</summary>
    public static Task<string?> ExistingAsync(AppDbContext db, Guid tenantId, Guid kindId, AwardSubject subject, Guid? personId, Guid unitId, string folded,
        int year, CancellationToken ct, Guid? except = null)
    {
        var same = db.AwardRecords.Where(AwardRecord.InRegister)
            .Where(r => r.TenantId == tenantId && r.AwardKindId == kindId && r.Year == year && r.Subject == subject && r.Id != except);
        same = subject switch
        {
            AwardSubject.Individual => same.Where(r => r.PersonId == personId),
            AwardSubject.Collective => same.Where(r => r.UnitId == unitId),
            _ => same.Where(r => r.UnitId == unitId && r.HolderFolded == folded),
        };
        return same.Select(r => r.DecisionNumber).FirstOrDefaultAsync(ct);
    }

    private static async Task<Result<Holder>> FindHolderAsync(AppDbContext db, CurrentUser user, AwardSubject subject, AwardRecordInput input,
        CancellationToken ct)
    {
        if (subject == AwardSubject.Individual)
        {
            if (input.PersonId is not { } personId)
            {
                return AwardRecordErrors.PersonRequired;
            }

            if (!(await PersonAccess.Rule.FindAsync(db, user, personId, ct)).TryGet(out var person, out var notFound))
            {
                return notFound;
            }

            return await Scope.CanAsync(db, user, Permission.ManageAwardRecords, person.UnitId, ct)
                ? new Holder(person.Id, person.UnitId, person.FullName)
                : AwardRecordErrors.OutOfScope(person.FullName, await db.Units.Where(u => u.Id == person.UnitId).Select(u => u.Name).FirstAsync(ct));
        }

        if (input.UnitId is not { } unitId)
        {
            return AwardRecordErrors.UnitRequired;
        }

        var unit = await db.Units.AsNoTracking().VisibleTo(db, user, Permission.ViewUnits).Where(u => u.Id == unitId).Select(u => new { u.Id, u.Name })
            .FirstOrDefaultAsync(ct);
        if (unit is null)
        {
            return await Access.NotVisibleAsync(db, db.Units.Where(u => u.Id == unitId), "đơn vị", ct);
        }

        var name = subject == AwardSubject.Collective ? unit.Name : VietnameseText.Clean(input.HouseholdName);
        if (string.IsNullOrEmpty(name))
        {
            return AwardRecordErrors.HouseholdRequired;
        }

        return await Scope.CanAsync(db, user, Permission.ManageAwardRecords, unit.Id, ct)
            ? new Holder(null, unit.Id, name)
            : AwardRecordErrors.OutOfScope(name, unit.Name);
    }
}
