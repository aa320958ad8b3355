using DanVan.Features.Calendar;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Consultations;

/// <summary>Waiting for the reply → Answered (a reply entered, on time or late) or Silent (the deadline passed and the level recorded that no reply came).</summary>
public enum ConsultationState
{
    Waiting,
    Answered,
    Silent,
}

/// <summary>What the consulted body said: agrees, objects (with its grounds), or gives another opinion.</summary>
public enum ConsultationOpinion
{
    Agree,
    Disagree,
    Other,
}

/// <summary>
/// A request for another body's opinion on a dossier or one of its nominees (lấy ý kiến, DOMAIN §1.8; Decree 152
/// Art. 34): sent by the level holding the dossier to a unit of the province or an outside body, answered within N
/// working days counted on the tenant's calendar (N and its legal source are stored with the request). The reply is
/// entered as it arrived (its letter number, date, opinion, content); a body that stays silent past the deadline is
/// recorded as silent — never as agreeing — and the level may go on.
/// </summary>
public sealed class Consultation : ITenantOwned, IStamped, IVersioned
{
    public const int BodyMax = 300;
    public const int TextMax = 2_000;
    public const int NumberMax = 60;
    public const int CitationMax = 300;
    public const int MaxWorkingDays = 60;

    /// <summary>The default answer period and its source: Decree 152/2025/NĐ-CP Art. 34 (DOMAIN §1.8, §8 "10 WD consultation reply").</summary>
    public const int DefaultWorkingDays = 10;

    public const string DefaultCitation = "Điều 34 Nghị định số 152/2025/NĐ-CP";

    private Consultation()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public Guid DossierId { get; private set; }

    /// <summary>The nominee the question is about; null: the whole dossier.</summary>
    public Guid? NomineeId { get; private set; }

    /// <summary>The level that asked (the unit holding the dossier then).</summary>
    public Guid LevelUnitId { get; private set; }

    /// <summary>The consulted unit when it is one of the province's; else only <see cref="Body"/>.</summary>
    public Guid? ConsultedUnitId { get; private set; }

    public string Body { get; private set; } = "";
    public string Question { get; private set; } = "";
    public string? LetterNumber { get; private set; }
    public DateOnly SentOn { get; private set; }
    public int WorkingDays { get; private set; }
    public string Citation { get; private set; } = "";
    public DateOnly DueOn { get; private set; }

    /// <summary>The calendar of a year on the way has no holidays entered yet: the due date may move.</summary>
    public bool DueProvisional { get; private set; }

    public ConsultationState State { get; private set; }
    public ConsultationOpinion? Opinion { get; private set; }
    public string? Answer { get; private set; }
    public string? AnswerNumber { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }
    public DateOnly? SilenceRecordedOn { get; private set; }
    public string CreatedByName { get; private set; } = "";
    public string? RecordedByName { get; private set; }

    /// <summary>The consulted unit answered in DanVan itself (its account, <see cref="RecordedByName"/>), not by a letter the level entered.</summary>
    public bool AnsweredInApp { get; private set; }
    public DateTime? RecordedAt { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>A reply entered after the due date (kept, and shown as late).</summary>
    public bool Late => AnsweredOn is { } on && on > DueOn;

    public static Result<Consultation> Create(Guid tenantId, Guid dossierId, Guid? nomineeId, Guid levelUnitId, Guid? consultedUnitId, string? body,
        string? question, string? letterNumber, string? citation, WorkingDayResult due, DateOnly today, Actor by)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return ConsultationErrors.BodyRequired;
        }

        if (string.IsNullOrWhiteSpace(question))
        {
            return ConsultationErrors.QuestionRequired;
        }

        if (body.Length > BodyMax || question.Length > TextMax || letterNumber?.Length > NumberMax || citation?.Length > CitationMax)
        {
            return ConsultationErrors.TooLong;
        }

        if (due.Days is < 1 or > MaxWorkingDays)
        {
            return ConsultationErrors.Days;
        }

        if (due.From > today)
        {
            return ConsultationErrors.SentInFuture;
        }

        return new Consultation
        {
            Id = Guid.CreateVersion7(), TenantId = tenantId, DossierId = dossierId, NomineeId = nomineeId, LevelUnitId = levelUnitId,
            ConsultedUnitId = consultedUnitId, Body = body.Trim(), Question = question.Trim(), LetterNumber = string.IsNullOrWhiteSpace(letterNumber) ? null : letterNumber.Trim(),
            SentOn = due.From, WorkingDays = due.Days, Citation = string.IsNullOrWhiteSpace(citation) ? DefaultCitation : citation.Trim(), DueOn = due.Date,
            DueProvisional = due.Provisional, State = ConsultationState.Waiting, CreatedByName = by.UserName,
        };
    }

    /// <summary>The reply as it arrived: not before the request, not in the future; an objection or another opinion says what; a reply after a recorded silence is kept (late).</summary>
    public AppError? RecordAnswer(ConsultationOpinion? opinion, string? answer, string? number, DateOnly? answeredOn, DateOnly today, Actor by,
        bool inApp = false)
    {
        if (State == ConsultationState.Answered)
        {
            return ConsultationErrors.AlreadyAnswered;
        }

        if (opinion is not { } o)
        {
            return ConsultationErrors.OpinionRequired;
        }

        if (o != ConsultationOpinion.Agree && string.IsNullOrWhiteSpace(answer))
        {
            return ConsultationErrors.AnswerRequired;
        }

        if (answer?.Length > TextMax || number?.Length > NumberMax)
        {
            return ConsultationErrors.TooLong;
        }

        if (answeredOn is not { } on || on < SentOn || on > today)
        {
            return ConsultationErrors.AnswerDate(SentOn);
        }

        State = ConsultationState.Answered;
        Opinion = o;
        Answer = string.IsNullOrWhiteSpace(answer) ? null : answer.Trim();
        AnswerNumber = string.IsNullOrWhiteSpace(number) ? null : number.Trim();
        AnsweredOn = on;
        AnsweredInApp = inApp;
        RecordedByName = by.UserName;
        RecordedAt = by.At;
        return null;
    }

    /// <summary>No reply by the due date: recorded as silence, only once the whole period has passed.</summary>
    public AppError? RecordSilence(DateOnly today, Actor by)
    {
        if (State != ConsultationState.Waiting)
        {
            return ConsultationErrors.NotWaiting;
        }

        if (today <= DueOn)
        {
            return ConsultationErrors.NotYetDue(DueOn);
        }

        State = ConsultationState.Silent;
        SilenceRecordedOn = today;
        RecordedByName = by.UserName;
        RecordedAt = by.At;
        return null;
    }

    /// <summary>Where the request stands, in words, with the rule it is counted by — what the dossier page and the API print.</summary>
    public string StatusText(DateOnly today) => State switch
    {
        ConsultationState.Answered => $"{Opinion!.Value.Label()} (trả lời ngày {VnTime.Date(AnsweredOn)}{(AnswerNumber is { } n ? $", văn bản số {n}" : "")}"
            + (Late ? $"; quá hạn {VnTime.Date(DueOn)}" : "") + ").",
        ConsultationState.Silent => $"Không trả lời trong thời hạn {WorkingDays} ngày làm việc (hết hạn ngày {VnTime.Date(DueOn)}, {Citation}); "
            + "ghi nhận không có ý kiến, cơ quan xét tiếp tục thực hiện.",
        _ when today > DueOn => $"Đã quá hạn trả lời ngày {VnTime.Date(DueOn)} ({WorkingDays} ngày làm việc, {Citation}); chưa nhận được trả lời.",
        _ => $"Đang chờ trả lời, hạn ngày {VnTime.Date(DueOn)}{(DueProvisional ? " (tạm tính: lịch ngày nghỉ chưa được xác nhận)" : "")} "
            + $"— {WorkingDays} ngày làm việc kể từ ngày gửi {VnTime.Date(SentOn)}, {Citation}.",
    };
}

public static class ConsultationLabels
{
    public static string Label(this ConsultationOpinion o) => o switch
    {
        ConsultationOpinion.Agree => "Nhất trí",
        ConsultationOpinion.Disagree => "Không nhất trí",
        ConsultationOpinion.Other => "Có ý kiến khác",
        _ => throw new ArgumentOutOfRangeException(nameof(o)),
    };

    public static string Label(this ConsultationState s) => s switch
    {
        ConsultationState.Waiting => "Đang chờ trả lời",
        ConsultationState.Answered => "Đã trả lời",
        ConsultationState.Silent => "Không trả lời trong thời hạn",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };
}
