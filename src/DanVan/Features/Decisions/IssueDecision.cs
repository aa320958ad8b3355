using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Decisions;

/// <summary>What issuing takes besides the signed file: the signing date (today when left out) and, optionally, the number written by hand.</summary>
public sealed record IssueInput(DateOnly? Date, int? Number);

/// <summary>
/// Issues a draft, all in one transaction: the number from the issuer's counter for the year (or the one given, if not
/// used yet — a used number is a 409), the prizes fixed from the base salary on the signing date, the decision
/// registered in the document register (type Quyết định) with the signed copy attached — a PDF with a signature
/// dictionary (<see cref="SignedCopy"/>), its SHA-256 kept — and one award-register row per awardee
/// (<see cref="AddAwardRecord"/>, with the decision's number, date and document). Issuing twice is a 409; of two
/// simultaneous issues one wins (the decision's version is the concurrency token) and the other's number is given back.
/// </summary>
public static class IssueDecision
{
    public static async Task<Result<DecisionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, IssueInput input, IFormFile? file,
        int? expectedVersion, CancellationToken ct)
    {
        if (!(await DecisionAccess.Rule.LoadAsync(db, user, id, Permission.ManageAwardRecords, ct)).TryGet(out var decision, out var error))
        {
            return error;
        }

        if (decision.State != DecisionState.Draft)
        {
            return DecisionErrors.AlreadyIssued(decision.Number);
        }

        var today = VnTime.Today(db.Time);
        var date = input.Date ?? today;
        var year = await db.NominationRounds.Where(r => r.Id == decision.RoundId).Select(r => r.Year).FirstAsync(ct);
        if (date > today)
        {
            return DecisionErrors.DateInFuture;
        }

        if (date.Year < year)
        {
            return DecisionErrors.DateBeforeRound;
        }

        if (input.Number is < 1 or > 99_999)
        {
            return DecisionErrors.BadNumber;
        }

        if (file is null || file.Length == 0)
        {
            return DecisionErrors.SignedRequired;
        }

        var read = await FileCheck.ReadAsync(file, [FileKind.Pdf], ct);
        if (read.Error is { Code: "file.kind" })
        {
            return DecisionErrors.NotPdf(file.FileName);
        }

        if (!read.TryGet(out var signed, out error))
        {
            return error;
        }

        if (!SignedCopy.HasSignature(signed.Content))
        {
            return DecisionErrors.NotSigned(signed.FileName);
        }

        if (db.Expect(decision, expectedVersion) is { } stale)
        {
            return stale;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The first statement takes the row's write lock (SQLite: the database's): a concurrent issue waits here, then finds it issued.
        var version = decision.Version;
        if (await db.Decisions.Where(d => d.Id == id && d.State == DecisionState.Draft && d.Version == version)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DecisionState.Draft), ct) != 1)
        {
            return DecisionErrors.AlreadyIssued(null);
        }

        var result = await IssueAsync(db, user, decision, date, input.Number, signed, ct);
        if (result.Error is not null)
        {
            await transaction.RollbackAsync(ct);
            return result.Error;
        }

        await transaction.CommitAsync(ct);
        return await DecisionViews.ToDtoAsync(db, decision, ct);
    }

    private static async Task<Result<Decision>> IssueAsync(AppDbContext db, CurrentUser user, Decision decision, DateOnly date, int? given, UploadedFile signed,
        CancellationToken ct)
    {
        var paper = await DecisionPaper.LoadAsync(db, decision, ct);
        var key = Document.KeyOf(decision.UnitId, "");
        var tenantId = user.TenantId;
        DocumentNumber taken;
        do
        {
            // The counter skips numbers someone registered by hand; a number given by hand that is used is refused below.
            var n = given ?? await DocumentNumbering.NextAsync(db, tenantId, NumberSeries.State(key, date.Year), ct);
            taken = DocumentNumber.ForState(n, "QĐ", paper.IssuerShort).Value!;
        }
        while (given is null && await db.Documents.AnyAsync(d => d.TenantId == tenantId && d.NumberKey == taken.IdentityKey && d.IssuerKey == key && d.Year == date.Year, ct));

        var number = taken.Canonical;
        foreach (var a in decision.Listed)
        {
            if (!(await CreateDecision.PriceAsync(db, user, a.AwardKindId, a.Subject, date, ct)).TryGet(out var price, out var refused))
            {
                return refused;
            }

            a.Price(price.Amount, price.Explanation);
        }

        var created = await CreateDocument.CreateAsync(db, user, new DocumentInput
        {
            Number = number, Type = DocumentType.Decision, IssuerUnitId = decision.UnitId, IssuerName = paper.IssuerName, OwnerUnitId = decision.UnitId,
            Place = paper.Province, IssueDate = date, Status = DocumentStatus.InForce, Signer = decision.SignerName,
            SigningCapacity = Capacity(paper), Title = decision.Title,
            Body = string.Join('\n', paper.Grounds().Append(DecisionDocuments.Article1(decision.Listed)).Append(DecisionDocuments.Article2(decision.Listed))),
        }, ct);
        if (created.Error is { Code: "document.duplicate" })
        {
            return DecisionErrors.NumberUsed(number);
        }

        if (!created.TryGet(out var document, out var error))
        {
            return error;
        }

        if (decision.Issue(number, date, document.Id, signed.FileName, signed.Sha256, Actor.Of(user, db.Time)) is { } refusedIssue)
        {
            return refusedIssue;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            return DecisionErrors.NumberUsed(number); // the register's unique identity: a number taken between the check and the save
        }

        if ((await AddAttachment.AddAsync(db, user.TenantId, document.Id, signed, ct)).Error is { } attachError)
        {
            return attachError;
        }

        foreach (var a in decision.Listed)
        {
            var record = await AddAwardRecord.HandleAsync(db, user, new AwardRecordInput
            {
                AwardKindId = a.AwardKindId, Subject = a.Subject, PersonId = a.PersonId, UnitId = a.UnitId,
                HouseholdName = a.Subject == AwardSubject.Household ? a.Name : null, Year = a.Year, Type = CommendationType.Regular, DecisionNumber = number,
                DecisionDate = date, DecisionDocumentId = document.Id, Note = a.Amount is { } m ? $"Tiền thưởng: {DecisionPaper.Money(m)} đồng" : null,
            }, ct);
            if (!record.TryGet(out var row, out error))
            {
                return error with { Message = $"{a.Name}: {error.Message}" };
            }

            a.Registered(row.Id);
        }

        Notifications.Notify.DecisionIssued(db, user, decision);
        Certificates.IssueCertificates.ForIssued(db, decision); // one certificate per awardee, with its public verification code (issue 15 §4)
        await db.SaveChangesAsync(ct);
        return decision;
    }

    private static string Capacity(DecisionPaper p)
    {
        var title = p.Decision.SignerTitle;
        return p.PrefixLine is { } prefix ? $"{prefix[..3]} {Cap(prefix[4..])} – {Cap(title)}" : Cap(title);
        static string Cap(string s) => s.Length == 0 ? s : char.ToUpper(s[0], VietnameseText.Culture) + s[1..].ToLower(VietnameseText.Culture);
    }
}
