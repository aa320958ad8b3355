using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Documents;

/// <summary>The checks every write of a document makes (create, update, a unit's plan filing), stated once.</summary>
public static class DocumentRules
{
    public sealed record Checked(DocumentNumber Number, DocumentDetails Details, Guid OwnerUnitId);

    public static async Task<Result<Checked>> CheckAsync(AppDbContext db, CurrentUser user, DocumentInput input, Guid? currentOwner,
        Guid? existingId, CancellationToken ct)
    {
        if (!DocumentNumber.TryParse(input.Number, out var number) || number is null)
        {
            return DocumentErrors.BadNumber(input.Number ?? "");
        }

        foreach (var date in new[] { input.IssueDate, input.EffectiveFrom, input.ExpiresOn })
        {
            if (date is { Year: < 1945 or > 2100 })
            {
                return DocumentErrors.DateOutOfRange;
            }
        }

        if (CheckNumber(number, input.Type, input.IssueDate, VnTime.Today(db.Time)) is { } numberError)
        {
            return numberError;
        }

        if (input.EffectiveFrom is { } from && input.IssueDate is { } issued && from < issued)
        {
            return DocumentErrors.EffectiveBeforeIssue;
        }

        if (input.ExpiresOn is { } expires && (input.EffectiveFrom ?? input.IssueDate) is { } start && expires <= start)
        {
            return DocumentErrors.ExpiryBeforeEffective;
        }

        var issuerName = input.IssuerName;
        if (input.IssuerUnitId is { } issuerUnitId)
        {
            var unit = await db.Units.VisibleTo(db, user, Permission.ViewUnits).Where(u => u.Id == issuerUnitId)
                .Select(u => u.Name).FirstOrDefaultAsync(ct);
            if (unit is null)
            {
                return DocumentErrors.IssuerNotFound;
            }

            issuerName = string.IsNullOrWhiteSpace(issuerName) ? unit : issuerName;
        }

        if (string.IsNullOrWhiteSpace(issuerName))
        {
            return DocumentErrors.IssuerRequired;
        }

        var owner = input.OwnerUnitId ?? currentOwner ?? await DocumentAccess.DefaultOwnerAsync(db, user, input.IssuerUnitId, ct);
        if (owner is not { } ownerId)
        {
            return DocumentErrors.NoOwnerUnit;
        }

        if (await Access.CheckAsync(db, user, ownerId, Permission.ManageDocuments, Permission.ViewUnits, "đơn vị quản lý hồ sơ", ct) is { } denied)
        {
            return denied;
        }

        var details = new DocumentDetails(input.Type!.Value, input.IssuerUnitId, issuerName, input.Place, input.IssueDate,
            input.EffectiveFrom, input.ExpiresOn, input.Status ?? DocumentStatus.InForce, input.Signer, input.SigningCapacity,
            input.Title!, input.Body);
        var year = input.IssueDate?.Year ?? number.Year;
        var key = Document.KeyOf(input.IssuerUnitId, issuerName);
        var clash = await db.Documents.AsNoTracking()
            .Where(d => d.TenantId == user.TenantId && d.NumberKey == number.IdentityKey && d.IssuerKey == key && d.Year == year && d.Id != existingId)
            .Select(d => new { d.Id, d.IsStub }).FirstOrDefaultAsync(ct);
        if (clash is { IsStub: false })
        {
            return DocumentErrors.Duplicate(number.Canonical, issuerName, year);
        }

        return new Checked(number, details, ownerId);
    }

    /// <summary>
    /// How a number agrees with what is entered beside it (DOMAIN.md §6): the chosen type is one the number admits
    /// (<see cref="DocumentNumber.Admits"/>: "70/KH-UBND" is a plan, "06/2022/QH15" a law or a resolution), a
    /// normative number's year is its issue year ("91/2017/NĐ-CP" is issued in 2017), and nothing is issued after
    /// <paramref name="today"/>. Null when they agree.
    /// </summary>
    public static AppError? CheckNumber(DocumentNumber number, DocumentType? type, DateOnly? issueDate, DateOnly today)
    {
        if (type is { } chosen && !number.Admits(chosen))
        {
            return DocumentErrors.TypeMismatch(number, chosen);
        }

        if (number.IsNormative && issueDate is { } issued && number.Year is { } year && issued.Year != year)
        {
            return DocumentErrors.YearMismatch(number.Canonical, year, issued.Year);
        }

        return issueDate is { } date && date > today ? DocumentErrors.IssuedInFuture(today) : null;
    }

    /// <summary>
    /// The stub a full registration completes, if the document was first known from a citation; null when there is none
    /// the caller may complete; an error when another unit's stub holds exactly this identity.
    /// </summary>
    /// <remarks>
    /// A stub belongs to the unit whose document cited it (<see cref="DocumentLinks"/>), and completing it rewrites it and
    /// moves it to the new owner, so it is a write on that unit's record: it needs ManageDocuments on the stub's owner
    /// unit (the citing unit or one above it), like any edit. Another unit's stub is never touched: when it only matched
    /// loosely (its issuer or year unknown) the new record is a document of its own and the stub stays as it is; when it
    /// has exactly the new record's identity (number, issuer, year) two records cannot exist, so the registration is
    /// refused, naming the document and the unit to ask. Letting any writer claim a stub (the earlier rule) let one
    /// department take over, rewrite and lock out the record another department's plan cites.
    /// </remarks>
    public static async Task<Result<Document?>> FindStubAsync(AppDbContext db, CurrentUser user, Checked c, CancellationToken ct)
    {
        var key = Document.KeyOf(c.Details.IssuerUnitId, c.Details.IssuerName);
        var year = c.Details.IssueDate?.Year ?? c.Number.Year;
        var tenantId = user.TenantId;
        var stub = await db.Documents
            .Where(d => d.TenantId == tenantId && d.IsStub && d.NumberKey == c.Number.IdentityKey
                && (d.IssuerKey == key || d.IssuerKey == "") && (d.Year == year || d.Year == null))
            .OrderBy(d => d.IssuerKey == key && d.Year == year ? 0 : 1).ThenBy(d => d.Id)
            .FirstOrDefaultAsync(ct);
        if (stub is null || await Scope.CanAsync(db, user, Permission.ManageDocuments, stub.OwnerUnitId, ct))
        {
            return stub;
        }

        if (stub.IssuerKey == key && stub.Year == year)
        {
            var owner = await db.Units.Where(u => u.Id == stub.OwnerUnitId).Select(u => u.Name).FirstAsync(ct);
            return DocumentErrors.StubOfAnotherUnit(stub.Number, owner);
        }

        return Result<Document?>.From(null);
    }
}
