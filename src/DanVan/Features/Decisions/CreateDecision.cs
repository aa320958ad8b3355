using System.ComponentModel.DataAnnotations;
using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Decisions;

/// <summary>A new draft decision as a client asks for it (POST /decisions; the form of /Decisions).</summary>
public sealed class DecisionInput
{
    [Display(Name = "Đợt xét")]
    [Required(ErrorMessage = "Vui lòng chọn đợt xét khen thưởng.")]
    public Guid? RoundId { get; set; }

    [Display(Name = "Thẩm quyền quyết định")]
    public DecidingAuthority? Authority { get; set; }

    [Display(Name = "Cơ quan ban hành")]
    [Required(ErrorMessage = "Vui lòng chọn cơ quan ban hành quyết định.")]
    public Guid? UnitId { get; set; }

    [Display(Name = "Cơ quan trình")]
    public Guid? SubmitterUnitId { get; set; }

    [Display(Name = "Ngày dự kiến ký")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Trích yếu")]
    [StringLength(Decision.TitleMax, ErrorMessage = "Trích yếu không được dài quá {1} ký tự.")]
    public string? Title { get; set; }

    [Display(Name = "Hình thức ký")]
    public SignPrefix? SignPrefix { get; set; }

    [Display(Name = "Chức vụ người ký")]
    [Required(ErrorMessage = "Vui lòng nhập chức vụ người ký (ví dụ: Phó Chủ tịch).")]
    [StringLength(Decision.SignerMax, ErrorMessage = "Chức vụ người ký không được dài quá {1} ký tự.")]
    public string? SignerTitle { get; set; }

    [Display(Name = "Người ký")]
    [Required(ErrorMessage = "Vui lòng nhập họ và tên người ký.")]
    [StringLength(Decision.SignerMax, ErrorMessage = "Họ và tên người ký không được dài quá {1} ký tự.")]
    public string? SignerName { get; set; }
}

/// <summary>
/// Drafts a decision from a round's approved list (<see cref="ApprovedList"/>) for one deciding authority and issuing
/// unit: each awardee with the prize <see cref="ComputePrize"/> gives for the planned date (an award without money
/// gets none). The caller holds ManageAwardRecords on the issuing unit. Nothing approved → 409 saying why.
/// </summary>
public static class CreateDecision
{
    public static async Task<Result<DecisionDto>> HandleAsync(AppDbContext db, CurrentUser user, DecisionInput input, CancellationToken ct)
    {
        var authority = input.Authority ?? DecidingAuthority.ProvinceChairman;
        var day = input.Date ?? VnTime.Today(db.Time);
        if (!Enum.IsDefined(authority) || input.SignPrefix is { } sp && !Enum.IsDefined(sp))
        {
            return AppError.BadValue(nameof(input.Authority));
        }

        var units = db.Units.AsNoTracking().VisibleTo(db, user, Permission.ViewUnits);
        var issuer = await units.Where(u => u.Id == input.UnitId).Select(u => new { u.Id, u.Path }).FirstOrDefaultAsync(ct);
        if (issuer is null)
        {
            return await Access.NotVisibleAsync(db, db.Units.Where(u => u.Id == input.UnitId), "cơ quan ban hành", ct);
        }

        if (!await Scope.CanAsync(db, user, Permission.ManageAwardRecords, issuer.Id, ct))
        {
            return AppError.Forbidden;
        }

        var submitterId = input.SubmitterUnitId ?? issuer.Id;
        if (!await units.AnyAsync(u => u.Id == submitterId, ct))
        {
            return await Access.NotVisibleAsync(db, db.Units.Where(u => u.Id == submitterId), "cơ quan trình", ct);
        }

        var round = await db.NominationRounds.AsNoTracking().Where(r => r.TenantId == user.TenantId && r.Id == input.RoundId)
            .Select(r => new { r.Id, r.Name, r.Year }).FirstOrDefaultAsync(ct);
        if (round is null)
        {
            return DecisionErrors.RoundNotFound;
        }

        if (day.Year < round.Year)
        {
            return DecisionErrors.DateBeforeRound;
        }

        var approved = await ApprovedList.ForAsync(db, user.TenantId, round.Id, authority, issuer.Path, day, ct);
        if (approved.Count == 0)
        {
            return DecisionErrors.NobodyApproved(authority.Label());
        }

        if (approved.Count > Decision.MaxAwardees)
        {
            return new AppError("decision.too_many", $"Một quyết định có tối đa {Decision.MaxAwardees} người, tập thể.", "RoundId");
        }

        var session = approved.Where(a => a.SessionId is not null).GroupBy(a => a.SessionId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var title = string.IsNullOrWhiteSpace(input.Title) ? $"Về việc khen thưởng các tập thể, cá nhân có thành tích trong {round.Name}" : VietnameseText.Clean(input.Title)!;
        var decision = Decision.Create(user.TenantId, round.Id, session, issuer.Id, submitterId, authority, title, day, input.SignPrefix ?? SignPrefix.ForHead,
            VietnameseText.Clean(input.SignerTitle) ?? "", VietnameseText.Clean(input.SignerName) ?? "");
        foreach (var a in approved)
        {
            if (!(await PriceAsync(db, user, a.Kind.Id, a.Nominee.Subject, day, ct)).TryGet(out var price, out var error))
            {
                return error;
            }

            decision.Add(new DecisionAwardee(decision, a.Nominee.Id, a.Nominee.DossierId, a.Nominee.Subject, a.Nominee.PersonId, a.UnitId, a.Nominee.Name,
                a.Nominee.UnitName, a.Position, a.Kind, a.Nominee.Year, price.Amount, price.Explanation));
        }

        db.Decisions.Add(decision);
        await db.SaveChangesAsync(ct);
        return await DecisionViews.ToDtoAsync(db, decision, ct);
    }

    public sealed record Price(long? Amount, string Explanation);

    /// <summary>The prize for the date through <see cref="ComputePrize"/>; an award without money is no error.</summary>
    public static async Task<Result<Price>> PriceAsync(AppDbContext db, CurrentUser user, Guid kindId, AwardSubject subject, DateOnly day, CancellationToken ct)
    {
        var prize = await ComputePrize.HandleAsync(db, user, kindId, subject, day, ct);
        if (prize.Error is { Code: "award.no_prize" })
        {
            return new Price(null, "Không kèm tiền thưởng.");
        }

        return prize.TryGet(out var p, out var error) ? new Price(p.Amount, p.Explanation) : error;
    }
}
