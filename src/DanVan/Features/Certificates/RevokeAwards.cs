using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Features.Calendar;
using DanVan.Features.Decisions;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Certificates;

/// <summary>A revocation decision as the form and the API send it (the signed PDF comes beside it).</summary>
public sealed class RevocationInput
{
    /// <summary>The unit that issued the awards (and so revokes them).</summary>
    public Guid? UnitId { get; set; }

    /// <summary>Written by hand; else the next from the unit's counter for the year.</summary>
    public int? Number { get; set; }

    public DateOnly? Date { get; set; }
    public RevocationGround? Ground { get; set; }
    public string? Reason { get; set; }
    public string? SignerName { get; set; }
    public List<Guid>? AwardRecordIds { get; set; }

    /// <summary>The objects to give back besides the money ("Bằng khen" by default, the certificate's form).</summary>
    public string? Objects { get; set; }
}

/// <summary>
/// Makes a revocation decision (Law 06/2022/QH15 ch. VII; DOMAIN W6), all in one transaction or nothing: the ground
/// (a–d) and the reason are required; each named award must come from an issued decision of the same issuing unit and
/// not be revoked already (409, nothing saved); the number from the unit's counter for the year (or typed; a used one is
/// a 409); the decision registered in the document register as a Quyết định with the signed copy attached (checked by
/// <see cref="SignedCopy"/>, as decisions are); each award-register row marked revoked (so eligibility chains ignore it);
/// each certificate of the award → Revoked (the verification page says so at once); and what is to be given back — the
/// prize on the decision and the objects — due <see cref="Revocation.RecoveryWorkingDays"/> working days after the
/// revocation's date on the province's calendar (<see cref="WorkingDays"/>).
/// </summary>
public static class RevokeAwards
{
    public sealed record RevocationDto(Guid Id, string Number, DateOnly Date, RevocationGround Ground, string GroundLabel, string Reason, Guid DocumentId,
        string SignedSha256, IReadOnlyList<RecoveryDto> Awards);

    public sealed record RecoveryDto(Guid Id, Guid AwardRecordId, string HolderName, string AwardName, string DecisionNumber, long? Amount, string Objects,
        DateOnly Deadline, bool DeadlineProvisional, DateOnly? RecoveredOn, string? RecoveryNote, bool Overdue);

    public static async Task<Result<RevocationDto>> HandleAsync(AppDbContext db, WorkingDays workingDays, CurrentUser user, RevocationInput input, IFormFile? file,
        CancellationToken ct)
    {
        if (input.Ground is not { } ground || !Enum.IsDefined(ground))
        {
            return CertificateErrors.GroundRequired;
        }

        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            return CertificateErrors.ReasonRequired;
        }

        if (input.Reason.Trim().Length > Revocation.ReasonMax)
        {
            return new AppError("revocation.reason_length", $"Lý do không được dài quá {Revocation.ReasonMax} ký tự.", "Reason");
        }

        if (string.IsNullOrWhiteSpace(input.SignerName) || input.SignerName.Trim().Length > Decision.SignerMax)
        {
            return CertificateErrors.SignerRequired;
        }

        var ids = (input.AwardRecordIds ?? []).Distinct().ToList();
        if (ids.Count == 0)
        {
            return CertificateErrors.AwardsRequired;
        }

        if (ids.Count > Revocation.MaxAwards)
        {
            return CertificateErrors.TooManyAwards;
        }

        if (input.Number is < 1 or > 99_999)
        {
            return DecisionErrors.BadNumber;
        }

        if (input.UnitId is not { } unitId || !await Scope.CanAsync(db, user, Permission.ViewAwards, unitId, ct))
        {
            return AppError.NotFound("đơn vị");
        }

        if (!await Scope.CanAsync(db, user, Permission.ManageAwardRecords, unitId, ct))
        {
            return AppError.Forbidden;
        }

        var today = VnTime.Today(db.Time);
        var date = input.Date ?? today;
        if (date > today)
        {
            return CertificateErrors.DateInFuture;
        }

        // The awards, each with the decision that gave it (a visible, issued decision of this unit).
        var tenantId = user.TenantId;
        var awards = await db.DecisionAwardees.Where(a => a.TenantId == tenantId && a.AwardRecordId != null && ids.Contains(a.AwardRecordId.Value))
            .Join(db.Decisions, a => a.DecisionId, d => d.Id, (a, d) => new { Awardee = a, Decision = d }).ToListAsync(ct);
        var records = await db.AwardRecords.Where(r => r.TenantId == tenantId && ids.Contains(r.Id)).ToListAsync(ct);
        if (records.Count != ids.Count || awards.Count != ids.Count)
        {
            return CertificateErrors.AwardNotFound;
        }

        foreach (var a in awards)
        {
            if (a.Decision.UnitId != unitId || a.Decision.State == DecisionState.Draft)
            {
                return CertificateErrors.NotOfIssuer(a.Awardee.Name);
            }

            if (records.First(r => r.Id == a.Awardee.AwardRecordId).RevokedAt is not null)
            {
                return CertificateErrors.AlreadyRevoked(a.Awardee.Name);
            }

            if (date < a.Decision.DecisionDate)
            {
                return CertificateErrors.DateBeforeAward(a.Awardee.Name);
            }
        }

        if (file is null || file.Length == 0)
        {
            return DecisionErrors.SignedRequired with { Message = "Vui lòng tải lên bản quyết định thu hồi đã ký số (PDF)." };
        }

        var read = await FileCheck.ReadAsync(file, [FileKind.Pdf], ct);
        if (read.Error is { Code: "file.kind" })
        {
            return DecisionErrors.NotPdf(file.FileName);
        }

        if (!read.TryGet(out var signed, out var error))
        {
            return error;
        }

        if (!SignedCopy.HasSignature(signed.Content))
        {
            return DecisionErrors.NotSigned(signed.FileName);
        }

        var deadline = await workingDays.AddWorkingDaysAsync(tenantId, date, Revocation.RecoveryWorkingDays, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await RevokeAsync(db, user, unitId, input, ground, date, deadline, signed, awards.Select(a => (a.Awardee, a.Decision)).ToList(), records, ct);
        if (result.Error is not null)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return result.Error;
        }

        await transaction.CommitAsync(ct);
        return ToDto(result.Value!, today);
    }

    private static async Task<Result<Revocation>> RevokeAsync(AppDbContext db, CurrentUser user, Guid unitId, RevocationInput input, RevocationGround ground,
        DateOnly date, WorkingDayResult deadline, UploadedFile signed, List<(DecisionAwardee Awardee, Decision Decision)> awards, List<AwardRecord> records,
        CancellationToken ct)
    {
        var paper = await DecisionPaper.LoadAsync(db, awards[0].Decision, ct);
        var key = Document.KeyOf(unitId, "");
        var tenantId = user.TenantId;
        DocumentNumber taken;
        do
        {
            var n = input.Number ?? await DocumentNumbering.NextAsync(db, tenantId, NumberSeries.State(key, date.Year), ct);
            taken = DocumentNumber.ForState(n, "QĐ", paper.IssuerShort).Value!;
        }
        while (input.Number is null && await db.Documents.AnyAsync(d => d.TenantId == tenantId && d.NumberKey == taken.IdentityKey && d.IssuerKey == key && d.Year == date.Year, ct));

        var g = RevocationGrounds.Of(ground);
        var reason = input.Reason!.Trim();
        var created = await CreateDocument.CreateAsync(db, user, new DocumentInput
        {
            Number = taken.Canonical, Type = DocumentType.Decision, IssuerUnitId = unitId, IssuerName = paper.IssuerName, OwnerUnitId = unitId, Place = paper.Province,
            IssueDate = date, Status = DocumentStatus.InForce, Signer = input.SignerName!.Trim(),
            Title = "Về việc hủy bỏ quyết định khen thưởng và thu hồi hiện vật, tiền thưởng",
            Body = string.Join('\n', [$"Căn cứ {g.Cited};", .. awards.Select(a => $"Hủy bỏ khen thưởng “{a.Awardee.AwardName}” của {a.Awardee.Name} tại Quyết định số {a.Decision.Number} ngày {VnTime.Date(a.Decision.DecisionDate)}."), $"Lý do: {reason}"]),
        }, ct);
        if (created.Error is { Code: "document.duplicate" })
        {
            return DecisionErrors.NumberUsed(taken.Canonical);
        }

        if (!created.TryGet(out var document, out var error))
        {
            return error;
        }

        var by = Actor.Of(user, db.Time);
        var revocation = Revocation.Create(tenantId, unitId, taken.Canonical, date, document.Id, ground, reason, signed.FileName, signed.Sha256, input.SignerName, by);
        var objects = string.IsNullOrWhiteSpace(input.Objects) ? null : input.Objects.Trim();
        foreach (var (awardee, decision) in awards)
        {
            var record = records.First(r => r.Id == awardee.AwardRecordId);
            if (!record.Revoke(by.At, document.Id, ground))
            {
                return CertificateErrors.AlreadyRevoked(awardee.Name);
            }

            var what = objects ?? CertificatePaper.LayoutOf(awardee.AwardName, AwardCategory.Title) switch
            {
                CertificateLayout.BangKhen => "Bằng khen",
                CertificateLayout.GiayKhen => "Giấy khen",
                _ => "Giấy chứng nhận danh hiệu",
            };
            revocation.Add(new RevokedAward(revocation, record.Id, awardee.Id, awardee.Name, awardee.AwardName, decision.Number ?? record.DecisionNumber,
                decision.DecisionDate, awardee.Amount, what.Length > RevokedAward.ObjectsMax ? what[..RevokedAward.ObjectsMax] : what, deadline.Date, deadline.Provisional));
        }

        db.Revocations.Add(revocation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // The register's unique number, or an award revoked by a concurrent revocation (unique per award).
            return (e.InnerException?.Message ?? e.Message).Contains("RevokedAwards", StringComparison.Ordinal)
                ? CertificateErrors.AlreadyRevoked(awards[0].Awardee.Name) : DecisionErrors.NumberUsed(taken.Canonical);
        }

        if ((await AddAttachment.AddAsync(db, tenantId, document.Id, signed, ct)).Error is { } attachError)
        {
            return attachError;
        }

        var awardeeIds = awards.Select(a => a.Awardee.Id).ToList();
        foreach (var decisionId in awards.Select(a => a.Decision.Id).Distinct())
        {
            // A decision issued before certificates existed gets them now, so that they can be revoked.
            await IssueCertificates.EnsureAsync(db, await db.Decisions.Include(d => d.Awardees).FirstAsync(d => d.Id == decisionId, ct), ct);
        }

        foreach (var certificate in await db.Certificates.Where(c => awardeeIds.Contains(c.AwardeeId) && c.State == CertificateState.Valid).ToListAsync(ct))
        {
            certificate.Revoke(revocation.Id, by.At);
        }

        await db.SaveChangesAsync(ct);
        return revocation;
    }

    public static RevocationDto ToDto(Revocation r, DateOnly today) => new(r.Id, r.Number, r.DecisionDate, r.Ground, RevocationGrounds.Of(r.Ground).Label, r.Reason,
        r.DocumentId, r.SignedSha256, r.Awards.Select(a => ToDto(a, today)).ToList());

    public static RecoveryDto ToDto(RevokedAward a, DateOnly today) => new(a.Id, a.AwardRecordId, a.HolderName, a.AwardName, a.DecisionNumber, a.Amount, a.Objects,
        a.Deadline, a.DeadlineProvisional, a.RecoveredOn, a.RecoveryNote, a.RecoveredOn is null && today > a.Deadline);
}
