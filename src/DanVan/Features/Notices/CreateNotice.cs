using DanVan.Features.Accounts;
using DanVan.Features.Calendar;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notices;

/// <summary>
/// Drafts a notice (ManageCouncil on its unit, the province's root by default): from a round, its accepted nominees whose
/// award requires notice; or the nominees chosen (accepted ones only — the province may add others). The end date is the
/// start plus N working days on the province's calendar, N the longest period the listed awards require (default 10).
/// </summary>
public static class CreateNotice
{
    public static async Task<Result<NoticeDto>> HandleAsync(AppDbContext db, WorkingDays workingDays, CurrentUser user, NoticeInput input, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var unitId = input.UnitId ?? await db.Units.Where(u => u.TenantId == tenantId && u.ParentId == null).Select(u => u.Id).FirstOrDefaultAsync(ct);
        if (!await Scope.CanAsync(db, user, Permission.ManageCouncil, unitId, ct))
        {
            return await db.Units.VisibleTo(db, user, Permission.ViewUnits).AnyAsync(u => u.Id == unitId, ct) ? AppError.Forbidden : NoticeErrors.UnitNotFound;
        }

        if (input.StartsOn is not { } start)
        {
            return NoticeErrors.StartRequired;
        }

        var today = VnTime.Today(db.Time);
        if (start < today)
        {
            return NoticeErrors.StartPassed;
        }

        if (start > today.AddYears(1))
        {
            return NoticeErrors.StartTooFar;
        }

        string? roundName = null;
        if (input.RoundId is { } roundId)
        {
            roundName = await db.NominationRounds.Where(r => r.Id == roundId && r.TenantId == tenantId).Select(r => r.Name).FirstOrDefaultAsync(ct);
            if (roundName is null)
            {
                return NoticeErrors.RoundNotFound;
            }
        }

        var title = VietnameseText.Clean(input.Title);
        title = string.IsNullOrWhiteSpace(title) ? "Công khai danh sách đề nghị khen thưởng" + (roundName is null ? "" : $" — {roundName}") : title;
        if (title.Length > PublicNotice.TitleMax)
        {
            return AppError.TooLong("Title", "Tiêu đề", PublicNotice.TitleMax);
        }

        if (input.RoundId is null && input.NomineeIds is not { Count: > 0 })
        {
            return NoticeErrors.NoEntries;
        }

        if (input.NomineeIds is { Count: > PublicNotice.MaxEntries })
        {
            return NoticeErrors.TooManyEntries;
        }

        var found = await Candidates.ForAsync(db, tenantId, input.RoundId, input.NomineeIds, start, ct);
        if (input.NomineeIds is { Count: > 0 } chosen && found.Count != chosen.Distinct().Count())
        {
            return NoticeErrors.NotAccepted;
        }

        var listed = input.NomineeIds is { Count: > 0 } ? found : found.Where(c => c.NoticeWorkingDays is not null).ToList();
        var days = listed.Max(c => c.NoticeWorkingDays) ?? PublicNotice.DefaultWorkingDays;
        var end = await workingDays.AddWorkingDaysAsync(tenantId, start, days, ct);
        if (!PublicNotice.Create(tenantId, unitId, input.RoundId, title, end, listed.Select(c => c.Spec).ToList()).TryGet(out var notice, out var error))
        {
            return error;
        }

        db.PublicNotices.Add(notice);
        await db.SaveChangesAsync(ct);
        return await GetNotice.DtoAsync(db, notice, true, ct);
    }
}
