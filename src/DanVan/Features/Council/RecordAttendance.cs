using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Council;

/// <summary>Records one member's attendance: present, absent, or absent with a written opinion.</summary>
public static class RecordAttendance
{
    public static Task<Result<SessionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid sessionId, AttendanceInput input, int? expectedVersion,
        CancellationToken ct) =>
        SessionChange.HandleAsync(db, user, sessionId, expectedVersion, l => Task.FromResult(
            input.MemberId is not { } memberId ? AppError.Required("MemberId", "thành viên")
            : input.Status is not { } status ? AppError.Required("Status", "tình trạng có mặt")
            : l.Council.Members.All(m => m.Id != memberId) ? CouncilErrors.MemberNotFound
            : l.Session.SetAttendance(memberId, status)), ct);
}
