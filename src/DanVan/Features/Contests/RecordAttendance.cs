using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public sealed class AttendanceInput
{
    public Guid? TeamId { get; set; }
    public bool NoShow { get; set; }
    public int? DaysLate { get; set; }

    /// <summary>How many seconds the team's performance ran over the part's time (the timekeeper's reading); only on a part whose rules set a time.</summary>
    public int? OvertimeSeconds { get; set; }

    public string? Note { get; set; }
}

public sealed record AttendanceDto(Guid PartId, Guid TeamId, bool NoShow, int DaysLate, string? Note, DateTime RecordedAt, string RecordedByName, int OvertimeSeconds = 0);

/// <summary>
/// The organiser records, while the part is open, that a team did not show up (0 points for the part), submitted N days
/// late (the part's penalty per day), or ran N seconds over the part's time (its penalty per started minute; refused on a
/// part whose rules set no time).
/// </summary>
public static class RecordAttendance
{
    public const int MaxDaysLate = 365;
    public const int MaxOvertimeSeconds = 3 * 3600;

    public static async Task<Result<AttendanceDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid partId, AttendanceInput input, CancellationToken ct)
    {
        if (!(await JudgingAccess.ManagedAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        if (await JudgingAccess.PartAsync(db, contestId, partId, ct) is not var (round, part))
        {
            return ContestErrors.PartNotFound;
        }

        var team = (await RoundTeams.ForAsync(db, contest, round.Id, ct)).FirstOrDefault(t => t.Id == input.TeamId);
        if (team is null)
        {
            return ContestErrors.TeamNotInRound;
        }

        if (await ResultsLock.CheckAsync(db, round.Id, ct) is { } locked)
        {
            return locked;
        }

        if (part.Closed)
        {
            return ContestErrors.PartClosed;
        }

        if (input.DaysLate is < 0 or > MaxDaysLate)
        {
            return ContestErrors.DaysLate;
        }

        if (input.OvertimeSeconds is < 0 or > MaxOvertimeSeconds)
        {
            return ContestErrors.OvertimeSeconds;
        }

        if (input.OvertimeSeconds > 0 && part.TimeLimitMinutes is null)
        {
            return ContestErrors.NoTimeLimit;
        }

        var note = VietnameseText.Clean(input.Note);
        if (note?.Length > ContestAttendance.NoteMax)
        {
            return AppError.TooLong("Note", "Ghi chú", ContestAttendance.NoteMax);
        }

        var by = Actor.Of(user, db.Time);
        var row = await db.ContestAttendance.FirstOrDefaultAsync(a => a.PartId == partId && a.TeamId == team.Id, ct);
        if (row is null)
        {
            row = new ContestAttendance(contest.TenantId, partId, team.Id);
            db.ContestAttendance.Add(row);
        }

        row.Set(input.NoShow, input.DaysLate ?? 0, input.OvertimeSeconds ?? 0, string.IsNullOrEmpty(note) ? null : note, by);
        db.ContestEvents.Add(new ContestEvent(contest.TenantId, contestId, team.Id, ContestAction.AttendanceRecorded, by,
            $"{round.Name}, phần thi {part.Seq}: " + Said(row) + (row.Note is null ? "" : $" — {row.Note}")) { PartId = part.Id });
        await db.SaveChangesAsync(ct);
        return new AttendanceDto(partId, team.Id, row.NoShow, row.DaysLate, row.Note, row.RecordedAt, row.RecordedByName, row.OvertimeSeconds);
    }

    /// <summary>What was recorded, as the history and the pages say it ("nộp muộn 2 ngày; quá giờ 1 phút 20 giây", "có mặt").</summary>
    public static string Said(bool noShow, int daysLate, int overtimeSeconds) => noShow ? "vắng mặt (0 điểm)"
        : string.Join("; ", new[]
        {
            daysLate > 0 ? $"nộp muộn {daysLate} ngày" : null,
            overtimeSeconds > 0 ? $"quá giờ {(overtimeSeconds / 60 > 0 ? $"{overtimeSeconds / 60} phút " : "")}{(overtimeSeconds % 60 > 0 ? $"{overtimeSeconds % 60} giây" : "")}".Trim() : null,
        }.OfType<string>()) is { Length: > 0 } said ? said : "có mặt";

    private static string Said(ContestAttendance a) => Said(a.NoShow, a.DaysLate, a.OvertimeSeconds);
}
