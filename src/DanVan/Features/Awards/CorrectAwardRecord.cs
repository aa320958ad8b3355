using System.ComponentModel.DataAnnotations;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>
/// An entry of the register as corrected (POST /award-records/{id}/correction, /Awards/Correct): the whole entry as it
/// should read — every field, as a replacement (a note or document link left out is cleared) — and why it is corrected. The holder stays (a wrong person or unit: withdraw the entry and write
/// the right one); a household's name as the decision wrote it may be corrected.
/// </summary>
public sealed class CorrectAwardRecordInput : AwardRecordFields
{
    [Display(Name = "Loại hình")]
    [Required(ErrorMessage = "Vui lòng chọn loại hình khen thưởng.")]
    public CommendationType? Type { get; set; }

    [Display(Name = "Lý do sửa")]
    [Required(ErrorMessage = "Vui lòng nêu lý do sửa mục này (ví dụ: ghi nhầm năm thành tích, nhầm số hoặc ngày quyết định).")]
    [StringLength(AwardRecord.ReasonMax, ErrorMessage = "Lý do sửa không được dài quá {1} ký tự.")]
    public string? Reason { get; set; }
}

/// <summary>One correction as the API and the pages show it; <see cref="Changes"/> one line per field ("field: before → after").</summary>
public sealed record AwardRecordCorrectionDto(Guid Id, DateTime At, string By, string Reason, IReadOnlyList<string> Changes);

/// <summary>An entry with its corrections, newest first, and whether the caller may correct it (else why not).</summary>
public sealed record AwardRecordDetailDto(AwardRecordDto Entry, IReadOnlyList<AwardRecordCorrectionDto> Corrections, bool MayCorrect, string? Refusal);

/// <summary>
/// Corrects an entry of the register in place (a wrong award, year, type, decision number or date, note): who may is the
/// rule of every correction (<see cref="AwardRecordScope.Correctable"/>; a decision's entry, a revoked or withdrawn one:
/// 409); the values pass the rules of a new entry (<see cref="AddAwardRecord.Check"/>, one award per holder, kind and year);
/// the reason is required and kept with the changes (<see cref="AwardRecordCorrection"/>), in the same save; nothing
/// changed is a 400; the version read must be current (If-Match / the page's hidden field; a correction saved meanwhile: 409).
/// </summary>
public static class CorrectAwardRecord
{
    /// <summary>The step's name in the refusals.</summary>
    public const string Step = "sửa";

    /// <summary>The entry, its corrections, and whether the caller may correct it (GET /award-records/{id}; the correction page).</summary>
    public static async Task<Result<AwardRecordDetailDto>> DetailAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var found = await AwardRecordScope.Visible(db, user).Where(r => r.Id == id).ToDtosAsync(db, ct);
        if (found.Count == 0)
        {
            return await Access.NotVisibleAsync(db, db.AwardRecords.Where(r => r.Id == id), "mục sổ khen thưởng", ct);
        }

        var refusal = await AwardRecordScope.CorrectionRefusalAsync(db, user, id, Step, ct);
        var tenantId = user.TenantId;
        var corrections = await db.AwardRecordCorrections.AsNoTracking().Where(c => c.TenantId == tenantId && c.AwardRecordId == id)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id).ToListAsync(ct);
        return new AwardRecordDetailDto(found[0], corrections.Select(c => new AwardRecordCorrectionDto(c.Id, c.At, c.ByName, c.Reason, c.Changes.Split('\n'))).ToList(),
            refusal is null, refusal?.Message);
    }

    public static async Task<Result<AwardRecordDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CorrectAwardRecordInput input, int? expectedVersion,
        CancellationToken ct)
    {
        if (!(await AwardRecordScope.CorrectionReasonAsync(db, user, id, Step, input.Reason, AwardRecordErrors.CorrectReasonRequired, "Lý do sửa", ct))
            .TryGet(out var reason, out var refused))
        {
            return refused;
        }

        var record = await db.AwardRecords.FirstAsync(r => r.Id == id, ct);
        var tenantId = user.TenantId;
        var kind = await db.AwardKinds.Include(k => k.Versions).FirstOrDefaultAsync(k => k.TenantId == tenantId && k.Id == input.AwardKindId, ct);
        if (kind is null)
        {
            return AwardErrors.KindNotFound with { Field = nameof(input.AwardKindId) }; // a chosen reference: said on the form, the entry itself is found
        }

        if (AddAwardRecord.Check(kind, record.Subject, input.Year!.Value, input.DecisionDate!.Value, VnTime.Today(db.Time)) is { } invalid)
        {
            return invalid;
        }

        var number = VietnameseText.Clean(input.DecisionNumber);
        if (string.IsNullOrEmpty(number))
        {
            return AwardRecordErrors.DecisionNumberRequired;
        }

        var holderName = record.HolderName;
        if (record.Subject == AwardSubject.Household)
        {
            holderName = VietnameseText.Clean(input.HouseholdName);
            if (string.IsNullOrEmpty(holderName))
            {
                return AwardRecordErrors.HouseholdRequired;
            }
        }

        if (input.DecisionDocumentId is { } documentId && documentId != record.DecisionDocumentId
            && !await db.Documents.AnyAsync(d => d.TenantId == tenantId && d.Id == documentId, ct))
        {
            return AwardRecordErrors.DocumentNotFound with { Field = nameof(input.DecisionDocumentId) };
        }

        if (await AddAwardRecord.ExistingAsync(db, tenantId, kind.Id, record.Subject, record.PersonId, record.UnitId, VietnameseText.Fold(holderName),
                input.Year.Value, ct, except: record.Id) is { } decision)
        {
            return AwardRecordErrors.Duplicate(holderName, kind.Name, input.Year.Value, decision);
        }

        if (db.Expect(record, expectedVersion) is { } stale)
        {
            return stale;
        }

        var oldKindName = record.AwardKindId == kind.Id ? kind.Name : await db.AwardKinds.Where(k => k.Id == record.AwardKindId).Select(k => k.Name).FirstAsync(ct);
        var changes = record.Correct(kind, oldKindName, holderName, input.Year.Value, input.Type!.Value, number, input.DecisionDate.Value,
            input.DecisionDocumentId, VietnameseText.Clean(input.Note));
        if (changes.Count == 0)
        {
            return AwardRecordErrors.NothingChanged;
        }

        db.AwardRecordCorrections.Add(AwardRecordCorrection.Of(record, reason, changes, Actor.Of(user, db.Time)));
        await db.SaveChangesAsync(ct); // one save: the entry and its correction; a correction or withdrawal saved meanwhile makes this one a 409
        return (await db.AwardRecords.Where(r => r.Id == id).ToDtosAsync(db, ct))[0];
    }
}
