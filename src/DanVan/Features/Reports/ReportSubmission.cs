using System.Globalization;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Reports;

/// <summary>Open (being filled) → Submitted → Accepted (locked) or Returned (with a reason per field) → Submitted again → …</summary>
public enum ReportState
{
    Open,
    Submitted,
    Returned,
    Accepted,
}

public enum ReportAction
{
    Saved,
    Submitted,
    Returned,
    Accepted,
}

/// <summary>
/// One recipient unit's report in a campaign. The unit fills it (numbers are integers ≥ 0; a pre-filled computed figure is
/// changed only with a reason) and submits it (required lines filled, sums equal to their parts); the campaign's unit
/// accepts it — it locks — or returns it with a reason on each field concerned; the values at the return are kept so the
/// resubmission shows what changed. Whether it came in on time is the plan obligation rule (<see cref="PlanObligation.Classify"/>)
/// applied to the first submission's date.
/// </summary>
public sealed class ReportSubmission : ITenantOwned, IStamped, IVersioned
{
    public const int TextMax = 4_000;
    public const int ReasonMax = 500;

    private readonly List<ReportValue> _values = [];
    private readonly List<ReportEvent> _history = [];

    private ReportSubmission()
    {
    }

    public ReportSubmission(Guid tenantId, Guid campaignId, Guid unitId)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        CampaignId = campaignId;
        UnitId = unitId;
        State = ReportState.Open;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public Guid CampaignId { get; private set; }
    public Guid UnitId { get; private set; }
    public ReportState State { get; private set; }

    /// <summary>The Vietnam date of the first submission: what decides on time or late.</summary>
    public DateOnly? FirstSubmittedOn { get; private set; }

    public DateTime? SubmittedAt { get; private set; }
    public string? SubmittedByName { get; private set; }
    public DateTime? AcceptedAt { get; private set; }
    public string? AcceptedByName { get; private set; }

    /// <summary>How many times it was returned (a notification key per return).</summary>
    public int Returns { get; private set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public IReadOnlyList<ReportValue> Values => _values;
    public IReadOnlyList<ReportEvent> History => _history;

    /// <summary>Sent up and not given back: what the level above sees of a report (a draft, or one being corrected after a return, stays the unit's).</summary>
    public static bool IsSentUp(ReportState state) => state is ReportState.Submitted or ReportState.Accepted;

    public bool IsEditable => State is ReportState.Open or ReportState.Returned;

    /// <summary>On time / late / missing / pending by the one rule of plan obligations, read on the first submission.</summary>
    public static PlanStatus Status(DateOnly? firstSubmittedOn, DateOnly dueOn, DateOnly today) =>
        PlanObligation.Classify(false, firstSubmittedOn is not null, firstSubmittedOn <= dueOn, dueOn < today);

    /// <summary>A value entered for one line: the text as typed (a number is parsed here) and, for a corrected computed figure, the reason.</summary>
    public sealed record Entry(string Code, string? Value, string? Reason);

    /// <summary>Takes the entries on the form's lines; refuses unknown lines, non-numbers, negatives, texts too long, and a computed figure changed without a reason.</summary>
    public AppError? Fill(IReadOnlyList<ReportField> fields, IReadOnlyList<Entry> entries, IReadOnlyDictionary<string, long> computed, Actor by)
    {
        if (!IsEditable)
        {
            return State == ReportState.Accepted ? ReportErrors.Locked : ReportErrors.AlreadySubmitted;
        }

        foreach (var e in entries)
        {
            if (fields.FirstOrDefault(f => f.Code == e.Code) is not { } field)
            {
                return ReportErrors.UnknownField(e.Code);
            }

            var raw = string.IsNullOrWhiteSpace(e.Value) ? null : e.Value.Trim();
            long? number = null;
            if (field.Kind == FieldKind.Number && raw is not null)
            {
                if (!long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > int.MaxValue)
                {
                    return ReportErrors.NotACount(field);
                }

                number = n;
            }
            else if (raw?.Length > TextMax)
            {
                return AppError.TooLong(field.Code, field.Label, TextMax);
            }

            var reason = string.IsNullOrWhiteSpace(e.Reason) ? null : e.Reason.Trim();
            if (reason?.Length > ReasonMax)
            {
                return AppError.TooLong(field.Code, "Lý do điều chỉnh", ReasonMax);
            }

            long? pre = computed.TryGetValue(field.Code, out var c) ? c : null;
            if (pre is not null && number != pre && reason is null)
            {
                return ReportErrors.CorrectionReason(field, pre.Value);
            }

            var value = _values.FirstOrDefault(v => v.Code == field.Code);
            if (value is null)
            {
                value = new ReportValue(TenantId, Id, field.Code);
                _values.Add(value);
            }

            value.Set(field.Kind == FieldKind.Number ? number?.ToString(CultureInfo.InvariantCulture) : raw, number, pre, number == pre ? null : reason);
        }

        Record(by, ReportAction.Saved, null);
        return null;
    }

    /// <summary>Sent to the level above: every required line filled, every computed figure present or corrected, every sum equal to its parts.</summary>
    public AppError? Submit(IReadOnlyList<ReportField> fields, DateOnly today, Actor by)
    {
        if (!IsEditable)
        {
            return State == ReportState.Accepted ? ReportErrors.Locked : ReportErrors.AlreadySubmitted;
        }

        foreach (var field in fields)
        {
            var value = _values.FirstOrDefault(v => v.Code == field.Code);
            if ((field.Required || field.Source is not null || field.SumOf is not null) && value?.Text is null)
            {
                return ReportErrors.FieldRequired(field);
            }

            if (field.SumOf is not null)
            {
                var parts = field.Parts.Select(p => _values.FirstOrDefault(v => v.Code == p)?.Number ?? 0).Sum();
                if (value!.Number != parts)
                {
                    return ReportErrors.SumMismatch(field, parts);
                }
            }
        }

        State = ReportState.Submitted;
        FirstSubmittedOn ??= today;
        SubmittedAt = by.At;
        SubmittedByName = by.UserName;
        Record(by, ReportAction.Submitted, null);
        return null;
    }

    /// <summary>The level above accepts: the report locks.</summary>
    public AppError? Accept(Actor by)
    {
        if (State != ReportState.Submitted)
        {
            return State == ReportState.Accepted ? ReportErrors.Locked : ReportErrors.NotSubmitted;
        }

        State = ReportState.Accepted;
        AcceptedAt = by.At;
        AcceptedByName = by.UserName;
        Record(by, ReportAction.Accepted, null);
        return null;
    }

    /// <summary>The level above returns it with a reason on each field concerned (at least one); the values as they stand are kept to show what changes.</summary>
    public AppError? Return(IReadOnlyList<ReportField> fields, IReadOnlyDictionary<string, string?> reasons, Actor by)
    {
        if (State != ReportState.Submitted)
        {
            return State == ReportState.Accepted ? ReportErrors.Locked : ReportErrors.NotSubmitted;
        }

        var given = reasons.Where(r => !string.IsNullOrWhiteSpace(r.Value)).ToDictionary(r => r.Key, r => r.Value!.Trim(), StringComparer.Ordinal);
        if (given.Count == 0)
        {
            return ReportErrors.ReturnReasonRequired;
        }

        if (given.Keys.FirstOrDefault(k => fields.All(f => f.Code != k)) is { } unknown)
        {
            return ReportErrors.UnknownField(unknown);
        }

        if (given.Values.Any(r => r.Length > ReasonMax))
        {
            return AppError.TooLong("Reasons", "Lý do trả lại", ReasonMax);
        }

        foreach (var field in fields)
        {
            var value = _values.FirstOrDefault(v => v.Code == field.Code);
            if (value is null && given.ContainsKey(field.Code))
            {
                value = new ReportValue(TenantId, Id, field.Code);
                _values.Add(value);
            }

            value?.MarkReturned(given.GetValueOrDefault(field.Code));
        }

        State = ReportState.Returned;
        Returns++;
        Record(by, ReportAction.Returned, string.Join("; ", given.Select(g => $"{g.Key}: {g.Value}")));
        return null;
    }

    private void Record(Actor by, ReportAction action, string? note) => _history.Add(new ReportEvent(TenantId, Id, by, action, note));
}

/// <summary>A line's value in one submission: as entered, the computed figure offered, the correction's reason, and the last return's reason and value.</summary>
public sealed class ReportValue : ITenantOwned
{
    private ReportValue()
    {
    }

    internal ReportValue(Guid tenantId, Guid submissionId, string code)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        SubmissionId = submissionId;
        Code = code;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid SubmissionId { get; private set; }
    public string Code { get; private set; } = "";

    /// <summary>The value as stored (a number in invariant digits, or the text); null: not filled.</summary>
    public string? Text { get; private set; }

    public long? Number { get; private set; }
    public long? Computed { get; private set; }
    public string? CorrectionReason { get; private set; }
    public string? ReturnReason { get; private set; }

    /// <summary>The value when the report was last returned: the resubmission shows a change against it.</summary>
    public string? ReturnedText { get; private set; }

    public bool WasReturned { get; private set; }

    public bool ChangedSinceReturn => WasReturned && ReturnedText != Text;

    internal void Set(string? text, long? number, long? computed, string? reason)
    {
        Text = text;
        Number = number;
        Computed = computed;
        CorrectionReason = reason;
    }

    internal void MarkReturned(string? reason)
    {
        ReturnReason = reason;
        ReturnedText = Text;
        WasReturned = true;
    }
}

/// <summary>A row of a submission's history: who did what, when, with the return's reasons.</summary>
public sealed class ReportEvent : ITenantOwned
{
    public const int NoteMax = 4_000;

    private ReportEvent()
    {
    }

    internal ReportEvent(Guid tenantId, Guid submissionId, Actor by, ReportAction action, string? note)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        SubmissionId = submissionId;
        At = by.At;
        UserId = by.UserId;
        UserName = by.UserName;
        Action = action;
        Note = note?.Length > NoteMax ? note[..NoteMax] : note;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid SubmissionId { get; private set; }
    public DateTime At { get; private set; }
    public Guid UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public ReportAction Action { get; private set; }
    public string? Note { get; private set; }
}
