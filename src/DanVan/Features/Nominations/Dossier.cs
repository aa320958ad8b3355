using DanVan.Features.Awards;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Nominations;

/// <summary>Draft → Submitted (held by a level, forwarded up) → Accepted at Sở Nội vụ; Submitted → Returned → Submitted again; Withdrawn by the unit before acceptance.</summary>
public enum DossierStatus
{
    Draft,
    Submitted,
    Returned,
    Accepted,
    Withdrawn,
}

public enum DossierAction
{
    Created,
    NomineeAdded,
    NomineeRemoved,
    ReportSaved,
    AttachmentAdded,
    AttachmentRemoved,
    Submitted,
    Forwarded,
    Returned,
    Accepted,
    Withdrawn,
}

/// <summary>What a return item is about: a rule of the award, a document of the dossier, or something else.</summary>
public enum ReturnRequirement
{
    Rule,
    Document,
    Other,
}

/// <summary>One item of a return notice as entered: the nominee (optional), the requirement, the reason.</summary>
public sealed record ReturnItemSpec(Guid? NomineeId, ReturnRequirement Requirement, RuleKind? RuleKind, DossierDocument? Document, string Reason);

/// <summary>
/// A unit's dossier in a round (hồ sơ đề nghị khen thưởng, issue 14 §3): its nominees with their stored proof sheets and
/// reports, its attachments, the Tờ trình number, the level that holds it and the levels it has reached, the return
/// notices, the snapshots of each submission and the history. Each step is a method that checks the state, changes it
/// and appends its history row; the handlers only load, route and save.
/// </summary>
public sealed class Dossier : ITenantOwned, IStamped, IVersioned
{
    public const int NumberMax = 60;

    private readonly List<DossierNominee> _nominees = [];
    private readonly List<DossierAttachment> _attachments = [];
    private readonly List<DossierEvent> _history = [];
    private readonly List<DossierReturnItem> _returnItems = [];
    private readonly List<DossierLevel> _levels = [];
    private readonly List<DossierSnapshotField> _snapshots = [];

    private Dossier()
    {
    }

    public Dossier(Guid tenantId, Guid roundId, Guid unitId, Actor by)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        RoundId = roundId;
        UnitId = unitId;
        Record(by, DossierAction.Created, null, null);
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public Guid RoundId { get; private set; }

    /// <summary>The proposing unit.</summary>
    public Guid UnitId { get; private set; }

    public DossierStatus Status { get; private set; }

    /// <summary>The level (unit) that holds the dossier while it is submitted; the last one to hold it once accepted.</summary>
    public Guid? HeldByUnitId { get; private set; }

    /// <summary>The Tờ trình's number in the unit's document book (given at the first submission), and its text ("05/TTr-UBND").</summary>
    public int? SubmissionNumber { get; private set; }

    public string? SubmissionNumberText { get; private set; }
    public int Submissions { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public DateTime? AcceptedAt { get; private set; }
    public IReadOnlyList<DossierNominee> Nominees => _nominees;
    public IReadOnlyList<DossierAttachment> Attachments => _attachments;
    public IReadOnlyList<DossierEvent> History => _history;
    public IReadOnlyList<DossierReturnItem> ReturnItems => _returnItems;
    public IReadOnlyList<DossierLevel> Levels => _levels;
    public IReadOnlyList<DossierSnapshotField> Snapshots => _snapshots;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static bool UnitMayEdit(DossierStatus status) => status is DossierStatus.Draft or DossierStatus.Returned;

    public AppError? CheckEditable() => UnitMayEdit(Status) ? null : NominationErrors.NotEditable;

    public AppError? AddNominee(DossierNominee nominee, Actor by)
    {
        if (CheckEditable() is { } closed)
        {
            return closed;
        }

        if (_nominees.Any(n => n.SameAs(nominee)))
        {
            return NominationErrors.DuplicateNominee(nominee.Name);
        }

        nominee.PlaceIn(RoundId);
        _nominees.Add(nominee);
        Record(by, DossierAction.NomineeAdded, null, $"{nominee.Name} — {nominee.AwardName} năm {nominee.Year}");
        return null;
    }

    public AppError? RemoveNominee(Guid nomineeId, Actor by)
    {
        if (CheckEditable() is { } closed)
        {
            return closed;
        }

        if (_nominees.FirstOrDefault(n => n.Id == nomineeId) is not { } nominee)
        {
            return NominationErrors.NomineeNotFound;
        }

        _nominees.Remove(nominee);
        _attachments.RemoveAll(a => a.NomineeId == nomineeId);
        Record(by, DossierAction.NomineeRemoved, null, $"{nominee.Name} — {nominee.AwardName}");
        return null;
    }

    public AppError? SaveReport(Guid nomineeId, NomineeReport report, Actor by)
    {
        if (CheckEditable() is { } closed)
        {
            return closed;
        }

        if (_nominees.FirstOrDefault(n => n.Id == nomineeId) is not { } nominee)
        {
            return NominationErrors.NomineeNotFound;
        }

        nominee.SetReport(report);
        Record(by, DossierAction.ReportSaved, null, nominee.Name);
        return null;
    }

    public AppError? AddAttachment(DossierAttachment attachment, Actor by)
    {
        if (CheckEditable() is { } closed)
        {
            return closed;
        }

        if (attachment.NomineeId is { } n && _nominees.All(x => x.Id != n))
        {
            return NominationErrors.NomineeNotFound;
        }

        if (_attachments.Count >= DossierAttachment.MaxPerDossier)
        {
            return NominationErrors.TooManyAttachments;
        }

        _attachments.Add(attachment);
        Record(by, DossierAction.AttachmentAdded, null, $"{attachment.Document.Label()}: {attachment.FileName}");
        return null;
    }

    public AppError? RemoveAttachment(Guid attachmentId, Actor by)
    {
        if (CheckEditable() is { } closed)
        {
            return closed;
        }

        if (_attachments.FirstOrDefault(a => a.Id == attachmentId) is not { } attachment)
        {
            return NominationErrors.AttachmentNotFound;
        }

        _attachments.Remove(attachment);
        Record(by, DossierAction.AttachmentRemoved, null, attachment.FileName);
        return null;
    }

    /// <summary>
    /// The required documents still missing, per nominee (empty: complete). The Tờ trình itself is the system's (numbered
    /// on submission); the achievement report is there when its narrative is written or a file of that kind is attached;
    /// every other document needs a file tagged with its kind, for the nominee or for the whole dossier.
    /// </summary>
    public IReadOnlyList<MissingDocument> Missing(IReadOnlyDictionary<Guid, IReadOnlyList<DossierDocument>> required) =>
        _nominees.SelectMany(n => (required.TryGetValue(n.VersionId, out var docs) ? docs : [])
                .Where(d => d != DossierDocument.Submission)
                .Where(d => !(d == DossierDocument.AchievementReport && !string.IsNullOrWhiteSpace(n.ReportNarrative)))
                .Where(d => !_attachments.Any(a => a.Document == d && (a.NomineeId is null || a.NomineeId == n.Id)))
                .Select(d => new MissingDocument(n.Id, n.Name, d, d.Label())))
            .ToList();

    /// <summary>
    /// The unit sends the dossier to its first level: it has nominees, nothing is missing, the unit's deadline has not
    /// passed; the submission is snapshotted (for the diff of the next one) and the open return items are closed.
    /// </summary>
    public AppError? Submit(Guid firstLevel, IReadOnlyList<MissingDocument> missing, DateOnly today, DateOnly due, Actor by)
    {
        if (CheckSubmit(missing, today, due) is { } refused)
        {
            return refused;
        }

        Submissions++;
        Status = DossierStatus.Submitted;
        SubmittedAt = by.At;
        HeldByUnitId = firstLevel;
        _levels.Add(new DossierLevel(TenantId, Id, _levels.Count + 1, firstLevel, by.At));
        foreach (var item in _returnItems.Where(i => i.Open))
        {
            item.Close();
        }

        foreach (var field in SnapshotFields.Of(this))
        {
            _snapshots.Add(new DossierSnapshotField(TenantId, Id, Submissions, field));
        }

        Record(by, DossierAction.Submitted, firstLevel, SubmissionNumberText);
        return null;
    }

    /// <summary>Why the dossier cannot be sent now, or null: editable, before the unit's deadline, with nominees, complete.</summary>
    public AppError? CheckSubmit(IReadOnlyList<MissingDocument> missing, DateOnly today, DateOnly due) =>
        CheckEditable()
        ?? (today > due ? NominationErrors.PastDue(due)
            : _nominees.Count == 0 ? NominationErrors.NoNominees
            : missing.Count > 0 ? NominationErrors.Incomplete(missing)
            : null);

    /// <summary>The Tờ trình's number, given once (the first submission keeps it through returns).</summary>
    public void Number(int number, string text)
    {
        SubmissionNumber ??= number;
        SubmissionNumberText ??= text;
    }

    /// <summary>The level holding the dossier accepts it: forwards it to <paramref name="nextLevel"/>, or (at Sở Nội vụ, no next level) accepts it.</summary>
    public AppError? Accept(Guid level, Guid? nextLevel, string? note, DateOnly today, DateOnly superiorDue, Actor by)
    {
        if (CheckHeldBy(level) is { } notHere)
        {
            return notHere;
        }

        if (nextLevel is not null && today > superiorDue)
        {
            return NominationErrors.PastDue(superiorDue);
        }

        _levels.Last().Leave(by.At, nextLevel is null ? DossierAction.Accepted : DossierAction.Forwarded);
        if (nextLevel is { } next)
        {
            HeldByUnitId = next;
            _levels.Add(new DossierLevel(TenantId, Id, _levels.Count + 1, next, by.At));
            Record(by, DossierAction.Forwarded, next, note);
            return null;
        }

        Status = DossierStatus.Accepted;
        AcceptedAt = by.At;
        Record(by, DossierAction.Accepted, level, note);
        return null;
    }

    /// <summary>The level holding the dossier sends it back to the unit with a structured notice (one or more items, each with a reason).</summary>
    public AppError? Return(Guid level, IReadOnlyList<ReturnItemSpec> items, Actor by)
    {
        if (CheckHeldBy(level) is { } notHere)
        {
            return notHere;
        }

        if (items.Count == 0 || items.Any(i => string.IsNullOrWhiteSpace(i.Reason)))
        {
            return NominationErrors.ReturnReasonRequired;
        }

        foreach (var item in items)
        {
            if (item.Reason.Length > DossierReturnItem.ReasonMax)
            {
                return AppError.TooLong("Items", "Lý do trả lại", DossierReturnItem.ReasonMax);
            }

            if (item.NomineeId is { } n && _nominees.All(x => x.Id != n))
            {
                return NominationErrors.NomineeNotFound;
            }

            if (!Enum.IsDefined(item.Requirement) || (item.Requirement == ReturnRequirement.Rule) != (item.RuleKind is not null)
                || (item.Requirement == ReturnRequirement.Document) != (item.Document is not null)
                || item.RuleKind is { } r && !Enum.IsDefined(r) || item.Document is { } d && !Enum.IsDefined(d))
            {
                return NominationErrors.ReturnRequirement;
            }
        }

        _levels.Last().Leave(by.At, DossierAction.Returned);
        foreach (var item in items)
        {
            var name = item.NomineeId is { } id ? _nominees.First(x => x.Id == id).Name : null;
            var row = new DossierReturnItem(TenantId, Id, Submissions, level, item, name, by);
            _returnItems.Add(row);
            Record(by, DossierAction.Returned, level, row.Describe());
        }

        Status = DossierStatus.Returned;
        HeldByUnitId = null;
        return null;
    }

    /// <summary>The unit withdraws its dossier, at any time before it is accepted.</summary>
    public AppError? Withdraw(string? note, Actor by)
    {
        if (Status is DossierStatus.Accepted or DossierStatus.Withdrawn)
        {
            return NominationErrors.CannotWithdraw;
        }

        if (_levels.LastOrDefault() is { LeftAt: null } level)
        {
            level.Leave(by.At, DossierAction.Withdrawn);
        }

        Status = DossierStatus.Withdrawn;
        HeldByUnitId = null;
        foreach (var nominee in _nominees)
        {
            nominee.Withdraw(by.At);
        }

        Record(by, DossierAction.Withdrawn, null, note);
        return null;
    }

    private AppError? CheckHeldBy(Guid level) =>
        Status != DossierStatus.Submitted ? NominationErrors.NotSubmitted
        : HeldByUnitId != level ? NominationErrors.NotHeldHere
        : null;

    private void Record(Actor by, DossierAction action, Guid? levelUnitId, string? note) =>
        _history.Add(new DossierEvent(TenantId, Id, by, action, levelUnitId, note));
}

/// <summary>A required document not yet in the dossier, for one nominee.</summary>
public sealed record MissingDocument(Guid NomineeId, string Nominee, DossierDocument Document, string Label);
