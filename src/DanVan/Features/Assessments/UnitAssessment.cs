using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Assessments;

/// <summary>Draft → (the head approves) Submitted → Appraised; Submitted → Returned (reasons) → Submitted again; Appraised →
/// Appealed → (answered) Appraised. Nothing moves once the round is decided.</summary>
public enum AssessmentStatus
{
    Draft,
    Submitted,
    Returned,
    Appraised,
    Appealed,
}

public enum AssessmentAction
{
    SelfSaved,
    Submitted,
    Returned,
    AppraisalSaved,
    Appraised,
    Appealed,
    AppealAnswered,
    Decided,
    EvidenceAdded,
    EvidenceRemoved,
}

/// <summary>A unit's answer for one criterion: self points (or met / not met for a prerequisite), explanation, evidence.</summary>
public sealed record SelfScoreInput(string Code, decimal? Points, bool? Met, string? Explanation, string? Evidence);

/// <summary>The appraisal team's answer for one criterion; a reason is required whenever it differs from the unit's.</summary>
public sealed record AppraisalScoreInput(string Code, decimal? Points, bool? Met, string? Reason);

/// <summary>
/// A unit's assessment in a round (issue 13 §3–4): its self-scores with explanations and evidence, the appraisal team's
/// points with a reason for every difference, the superior's share, returns with reasons per criterion, one appeal and
/// its answer — each step a named method that checks the state, changes it and appends its own history row.
/// <see cref="SelfTotal"/> and <see cref="FinalTotal"/> are kept from <see cref="Ledger"/> (the one place totals are
/// computed) so that lists sort by them and by <see cref="Disagreement"/> in SQL.
/// </summary>
public sealed class UnitAssessment : ITenantOwned, IStamped, IVersioned
{
    public const int TextMax = 2000;

    private readonly List<AssessmentScore> _scores = [];
    private readonly List<AssessmentEvent> _history = [];
    private readonly List<AssessmentEvidence> _evidence = [];

    private UnitAssessment()
    {
    }

    public UnitAssessment(Guid tenantId, Guid roundId, Guid unitId, Guid unitKindId)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        RoundId = roundId;
        UnitId = unitId;
        UnitKindId = unitKindId;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public Guid RoundId { get; private set; }
    public Guid UnitId { get; private set; }

    /// <summary>The unit's kind when the round opened: which branch of the set it is scored on.</summary>
    public Guid UnitKindId { get; private set; }

    public AssessmentStatus Status { get; private set; }
    public decimal SelfTotal { get; private set; }
    public decimal? FinalTotal { get; private set; }

    /// <summary>Sum of absolute differences between the unit's and the appraisers' points: the "needs a second look" sort.</summary>
    public decimal Disagreement { get; private set; }

    /// <summary>False when a prerequisite is marked not met (by the appraisers, or by the unit before appraisal).</summary>
    public bool PrerequisitesMet { get; private set; } = true;

    public decimal? SuperiorPoints { get; private set; }
    public string? SuperiorNote { get; private set; }
    public string? ReturnNote { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public string? SubmittedByName { get; private set; }
    public DateTime? AppraisedAt { get; private set; }
    public Guid? AppraisedById { get; private set; }
    public DateOnly? AppealUntil { get; private set; }
    public string? AppealText { get; private set; }
    public string? AppealAnswer { get; private set; }
    public IReadOnlyList<AssessmentScore> Scores => _scores;
    public IReadOnlyList<AssessmentEvent> History => _history;

    /// <summary>Files and links proving the unit's answers, per criterion (loaded by <see cref="AssessmentAccess.LoadAsync"/>).</summary>
    public IReadOnlyList<AssessmentEvidence> Evidence => _evidence;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static bool UnitMayEdit(AssessmentStatus status) => status is AssessmentStatus.Draft or AssessmentStatus.Returned;

    /// <summary>The unit saves its points (a draft): each within its criterion's range; only while open and before the deadline.</summary>
    public AppError? SaveSelf(CriteriaSet set, IReadOnlyList<SelfScoreInput> input, DateOnly today, DateOnly due, Actor by)
    {
        if (EditableBy(today, due) is { } closed)
        {
            return closed;
        }

        var criteria = set.For(UnitKindId).ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var item in input)
        {
            if (!criteria.TryGetValue(item.Code, out var criterion))
            {
                return AssessmentErrors.UnknownCriterion(item.Code);
            }

            if (CheckPoints(criterion, item.Points, item.Met) is { } bad)
            {
                return bad;
            }

            if (item.Explanation is { Length: > TextMax } || item.Evidence is { Length: > TextMax })
            {
                return AppError.TooLong("Scores", $"Giải trình, minh chứng của tiêu chí {criterion.Code}", TextMax);
            }
        }

        foreach (var item in input)
        {
            var criterion = criteria[item.Code];
            ScoreFor(criterion).SetSelf(item.Points, item.Met, Blank(item.Explanation), Blank(item.Evidence));
        }

        Recompute(set);
        Record(by, AssessmentAction.SelfSaved, null, null);
        return null;
    }

    /// <summary>
    /// The unit adds evidence to one criterion: a file already checked by its bytes, or a link to one of its own records (one
    /// of <see cref="EvidenceSuggestions"/>). Only while the unit may edit and before the deadline; at most
    /// <see cref="AssessmentEvidence.MaxPerCriterion"/> per criterion; the same record is linked once.
    /// </summary>
    public Result<AssessmentEvidence> AddEvidence(CriteriaSet set, string code, UploadedFile? file, SuggestedEvidence? record, DateOnly today, DateOnly due,
        Actor by)
    {
        if (EditableBy(today, due) is { } closed)
        {
            return closed;
        }

        if (set.For(UnitKindId).FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)) is not { } criterion)
        {
            return AssessmentErrors.UnknownCriterion(code);
        }

        var existing = _evidence.Where(e => e.CriterionId == criterion.Id).ToList();
        if (existing.Count >= AssessmentEvidence.MaxPerCriterion)
        {
            return AssessmentErrors.EvidenceFull(criterion.Code);
        }

        if (record is not null && existing.Any(e => e.Kind == record.Kind && e.RecordId == record.RecordId))
        {
            return AssessmentErrors.EvidenceLinkedTwice(criterion.Code);
        }

        var evidence = file is not null
            ? AssessmentEvidence.OfFile(TenantId, Id, criterion.Id, file, by)
            : AssessmentEvidence.OfRecord(TenantId, Id, criterion.Id, record ?? throw new ArgumentNullException(nameof(record)), by);
        _evidence.Add(evidence);
        Record(by, AssessmentAction.EvidenceAdded, criterion.Code, evidence.Label);
        return evidence;
    }

    /// <summary>The unit removes one of its pieces of evidence, while it may still edit; the history keeps what was removed.</summary>
    public AppError? RemoveEvidence(CriteriaSet set, Guid evidenceId, DateOnly today, DateOnly due, Actor by)
    {
        if (EditableBy(today, due) is { } closed)
        {
            return closed;
        }

        if (_evidence.FirstOrDefault(e => e.Id == evidenceId) is not { } evidence)
        {
            return AssessmentErrors.EvidenceNotFound;
        }

        _evidence.Remove(evidence);
        var code = set.Criteria.FirstOrDefault(c => c.Id == evidence.CriterionId)?.Code;
        Record(by, AssessmentAction.EvidenceRemoved, code, evidence.Label);
        return null;
    }

    private AppError? EditableBy(DateOnly today, DateOnly due) =>
        !UnitMayEdit(Status) ? AssessmentErrors.NotEditable
        : today > due ? AssessmentErrors.PastSelfDeadline(due)
        : null;

    /// <summary>The head approves and sends it: every criterion answered, evidence where the set requires it, before the deadline.</summary>
    public AppError? Submit(CriteriaSet set, DateOnly today, DateOnly due, Actor by)
    {
        if (EditableBy(today, due) is { } closed)
        {
            return closed;
        }

        foreach (var criterion in set.For(UnitKindId))
        {
            var score = _scores.FirstOrDefault(s => s.CriterionId == criterion.Id);
            if (score is null || !score.SelfAnswered(criterion.Kind))
            {
                return AssessmentErrors.Unanswered(criterion.Code);
            }

            if (criterion.EvidenceRequired && score.SelfEvidence is null && _evidence.All(e => e.CriterionId != criterion.Id))
            {
                return AssessmentErrors.EvidenceMissing(criterion.Code);
            }
        }

        Status = AssessmentStatus.Submitted;
        SubmittedAt = by.At;
        SubmittedByName = by.UserName;
        ReturnNote = null;
        foreach (var score in _scores)
        {
            score.ClearReturn();
        }

        Record(by, AssessmentAction.Submitted, null, null);
        return null;
    }

    /// <summary>The appraisal team sends it back: a reason for the unit, overall or per criterion (at least one).</summary>
    public AppError? Return(CriteriaSet set, string? note, IReadOnlyDictionary<string, string> reasons, Actor by)
    {
        if (Status != AssessmentStatus.Submitted)
        {
            return AssessmentErrors.NotSubmitted;
        }

        if (string.IsNullOrWhiteSpace(note) && reasons.Values.All(string.IsNullOrWhiteSpace))
        {
            return AssessmentErrors.ReturnReasonRequired;
        }

        var criteria = set.For(UnitKindId).ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var code in reasons.Keys.Where(k => !criteria.ContainsKey(k)))
        {
            return AssessmentErrors.UnknownCriterion(code);
        }

        foreach (var (code, reason) in reasons.Where(r => !string.IsNullOrWhiteSpace(r.Value)))
        {
            ScoreFor(criteria[code]).SetReturn(reason.Trim());
            Record(by, AssessmentAction.Returned, code, reason.Trim());
        }

        Status = AssessmentStatus.Returned;
        ReturnNote = Blank(note);
        Record(by, AssessmentAction.Returned, null, ReturnNote);
        return null;
    }

    /// <summary>
    /// The appraisal team's points (saved as it goes): a reason whenever a criterion's points differ from the unit's, and the
    /// superior's share within its maximum. The unit's own points are never touched.
    /// </summary>
    public AppError? SaveAppraisal(CriteriaSet set, IReadOnlyList<AppraisalScoreInput> input, decimal? superiorPoints, string? superiorNote, Actor by)
    {
        if (Status != AssessmentStatus.Submitted)
        {
            return AssessmentErrors.NotSubmitted;
        }

        var criteria = set.For(UnitKindId).ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var item in input)
        {
            if (!criteria.TryGetValue(item.Code, out var criterion))
            {
                return AssessmentErrors.UnknownCriterion(item.Code);
            }

            if (CheckPoints(criterion, item.Points, item.Met) is { } bad)
            {
                return bad;
            }

            var score = _scores.First(s => s.CriterionId == criterion.Id);
            if (score.DiffersFromSelf(criterion.Kind, item.Points, item.Met) && string.IsNullOrWhiteSpace(item.Reason))
            {
                return AssessmentErrors.ReasonRequired(criterion.Code);
            }

            if (item.Reason is { Length: > TextMax })
            {
                return AppError.TooLong("Scores", $"Lý do của tiêu chí {criterion.Code}", TextMax);
            }
        }

        if (superiorPoints is { } sp && (sp < 0 || sp > set.SuperiorShare || !Points.IsValid(sp)))
        {
            return AssessmentErrors.BadSuperiorPoints(set.SuperiorShare);
        }

        foreach (var item in input)
        {
            var criterion = criteria[item.Code];
            var score = ScoreFor(criterion);
            var changed = score.AppraisedPoints != item.Points || score.AppraisedMet != item.Met || score.AppraisalReason != Blank(item.Reason);
            score.SetAppraised(item.Points, item.Met, Blank(item.Reason), by.UserId, by.UserName);
            if (changed && score.DiffersFromSelf(criterion.Kind, item.Points, item.Met))
            {
                Record(by, AssessmentAction.AppraisalSaved, criterion.Code, $"{Describe(item.Points, item.Met)}: {Blank(item.Reason)}");
            }
        }

        if (superiorPoints is not null)
        {
            SuperiorPoints = superiorPoints;
            SuperiorNote = Blank(superiorNote);
        }

        Recompute(set);
        return null;
    }

    /// <summary>The appraisal is finished: every criterion appraised, the superior's share given; the unit may appeal until a day.</summary>
    public AppError? FinishAppraisal(CriteriaSet set, DateOnly appealUntil, Actor by)
    {
        if (Status != AssessmentStatus.Submitted)
        {
            return AssessmentErrors.NotSubmitted;
        }

        foreach (var criterion in set.For(UnitKindId))
        {
            if (_scores.FirstOrDefault(s => s.CriterionId == criterion.Id) is not { } score || !score.Appraised(criterion.Kind))
            {
                return AssessmentErrors.NotAppraised(criterion.Code);
            }
        }

        if (set.SuperiorShare > 0 && SuperiorPoints is null)
        {
            return AssessmentErrors.SuperiorMissing;
        }

        Status = AssessmentStatus.Appraised;
        AppraisedAt = by.At;
        AppraisedById = by.UserId;
        AppealUntil = appealUntil;
        Recompute(set);
        Record(by, AssessmentAction.Appraised, null, null);
        return null;
    }

    /// <summary>The unit appeals once, within the window, naming criteria and arguing each.</summary>
    public AppError? Appeal(CriteriaSet set, IReadOnlyDictionary<string, string> arguments, DateOnly today, Actor by)
    {
        if (Status != AssessmentStatus.Appraised || AppealText is not null)
        {
            return AssessmentErrors.CannotAppeal;
        }

        if (AppealUntil is { } until && today > until)
        {
            return AssessmentErrors.AppealClosed(until);
        }

        var items = arguments.Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToList();
        if (items.Count == 0)
        {
            return AssessmentErrors.AppealEmpty;
        }

        var criteria = set.For(UnitKindId).ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var (code, argument) in items)
        {
            if (!criteria.ContainsKey(code))
            {
                return AssessmentErrors.UnknownCriterion(code);
            }

            if (argument.Length > TextMax)
            {
                return AppError.TooLong("Arguments", $"Kiến nghị về tiêu chí {code}", TextMax);
            }
        }

        foreach (var (code, argument) in items)
        {
            ScoreFor(criteria[code]).SetAppeal(argument.Trim());
            Record(by, AssessmentAction.Appealed, criteria[code].Code, argument.Trim());
        }

        AppealText = string.Join("; ", items.Select(i => criteria[i.Key].Code));
        Status = AssessmentStatus.Appealed;
        return null;
    }

    /// <summary>
    /// The answer, by an appraiser other than the one who scored each appealed criterion: a reason per criterion, and new
    /// points where the appeal is accepted. The totals and the rank follow.
    /// </summary>
    public AppError? AnswerAppeal(CriteriaSet set, IReadOnlyList<AppraisalScoreInput> answers, string? note, Actor by)
    {
        if (Status != AssessmentStatus.Appealed)
        {
            return AssessmentErrors.NoOpenAppeal;
        }

        var criteria = set.For(UnitKindId).ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        var appealed = _scores.Where(s => s.AppealArgument is not null && s.AppealAnswer is null).ToList();
        foreach (var score in appealed)
        {
            var criterion = criteria.Values.First(c => c.Id == score.CriterionId);
            var answer = answers.FirstOrDefault(a => string.Equals(a.Code, criterion.Code, StringComparison.OrdinalIgnoreCase));
            if (answer is null || string.IsNullOrWhiteSpace(answer.Reason))
            {
                return AssessmentErrors.AnswerReasonRequired(criterion.Code);
            }

            if (score.AppraisedById == by.UserId)
            {
                return AssessmentErrors.SameAppraiser(criterion.Code);
            }

            if ((answer.Points is not null || answer.Met is not null) && CheckPoints(criterion, answer.Points, answer.Met) is { } bad)
            {
                return bad;
            }
        }

        foreach (var score in appealed)
        {
            var criterion = criteria.Values.First(c => c.Id == score.CriterionId);
            var answer = answers.First(a => string.Equals(a.Code, criterion.Code, StringComparison.OrdinalIgnoreCase));
            score.Answer(answer.Points, answer.Met, answer.Reason!.Trim(), by.UserId, by.UserName);
            Record(by, AssessmentAction.AppealAnswered, criterion.Code, answer.Reason.Trim());
        }

        AppealAnswer = Blank(note) ?? "Đã trả lời kiến nghị.";
        Status = AssessmentStatus.Appraised;
        Recompute(set);
        return null;
    }

    public void RecordDecision(Actor by, string citation) => Record(by, AssessmentAction.Decided, null, citation);

    private static AppError? CheckPoints(AssessmentCriterion criterion, decimal? points, bool? met)
    {
        if (criterion.Kind == CriterionKind.Prerequisite)
        {
            return met is null && points is not null ? AssessmentErrors.PrerequisiteNeedsMet(criterion.Code) : null;
        }

        return points is { } p && (p < 0 || p > criterion.MaxPoints || !Points.IsValid(p)) ? AssessmentErrors.PointsOutOfRange(criterion.Code, criterion.MaxPoints) : null;
    }

    private void Recompute(CriteriaSet set)
    {
        var ledger = Ledger.Of(set, this);
        SelfTotal = ledger.SelfTotal;
        FinalTotal = Status is AssessmentStatus.Appraised or AssessmentStatus.Appealed ? ledger.AppraisedTotal : null;
        Disagreement = ledger.Rows.Sum(r => Math.Abs(r.Difference ?? 0));
        PrerequisitesMet = ledger.FailedPrerequisites.Count == 0;
    }

    private AssessmentScore ScoreFor(AssessmentCriterion criterion)
    {
        var score = _scores.FirstOrDefault(s => s.CriterionId == criterion.Id);
        if (score is null)
        {
            score = new AssessmentScore(TenantId, Id, criterion.Id);
            _scores.Add(score);
        }

        return score;
    }

    private static string Describe(decimal? points, bool? met) =>
        met is { } m ? (m ? "Đạt" : "Không đạt") : points is { } p ? $"{Points.Format(p)} điểm" : "—";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private void Record(Actor by, AssessmentAction action, string? criterionCode, string? note) =>
        _history.Add(new AssessmentEvent(TenantId, Id, by, action, criterionCode, note));
}

/// <summary>One criterion of one unit's assessment: the unit's answer, the appraisers', a return reason, an appeal and its answer.</summary>
public sealed class AssessmentScore : ITenantOwned
{
    private AssessmentScore()
    {
    }

    internal AssessmentScore(Guid tenantId, Guid assessmentId, Guid criterionId)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        AssessmentId = assessmentId;
        CriterionId = criterionId;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid AssessmentId { get; private set; }
    public Guid CriterionId { get; private set; }
    public decimal? SelfPoints { get; private set; }
    public bool? SelfMet { get; private set; }
    public string? SelfExplanation { get; private set; }
    public string? SelfEvidence { get; private set; }
    public decimal? AppraisedPoints { get; private set; }
    public bool? AppraisedMet { get; private set; }
    public string? AppraisalReason { get; private set; }
    public Guid? AppraisedById { get; private set; }
    public string? AppraisedByName { get; private set; }
    public string? ReturnReason { get; private set; }
    public string? AppealArgument { get; private set; }
    public string? AppealAnswer { get; private set; }
    public string? AppealAnsweredByName { get; private set; }

    internal bool SelfAnswered(CriterionKind kind) => kind == CriterionKind.Prerequisite ? SelfMet is not null : SelfPoints is not null;

    internal bool Appraised(CriterionKind kind) => kind == CriterionKind.Prerequisite ? AppraisedMet is not null : AppraisedPoints is not null;

    internal bool DiffersFromSelf(CriterionKind kind, decimal? points, bool? met) =>
        kind == CriterionKind.Prerequisite ? met is not null && met != SelfMet : points is not null && points != SelfPoints;

    internal void SetSelf(decimal? points, bool? met, string? explanation, string? evidence)
    {
        SelfPoints = points;
        SelfMet = met;
        SelfExplanation = explanation;
        SelfEvidence = evidence;
    }

    internal void SetAppraised(decimal? points, bool? met, string? reason, Guid by, string byName)
    {
        AppraisedPoints = points;
        AppraisedMet = met;
        AppraisalReason = reason;
        AppraisedById = by;
        AppraisedByName = byName;
    }

    internal void SetReturn(string reason) => ReturnReason = reason;

    internal void ClearReturn() => ReturnReason = null;

    internal void SetAppeal(string argument) => AppealArgument = argument;

    internal void Answer(decimal? points, bool? met, string reason, Guid by, string byName)
    {
        if (points is not null)
        {
            AppraisedPoints = points;
        }

        if (met is not null)
        {
            AppraisedMet = met;
        }

        AppealAnswer = reason;
        AppealAnsweredByName = byName;
        if (points is not null || met is not null)
        {
            AppraisalReason = reason;
            AppraisedById = by;
            AppraisedByName = byName;
        }
    }
}

/// <summary>One row of an assessment's history: who did what, on which criterion, with which reason.</summary>
public sealed class AssessmentEvent : ITenantOwned
{
    public const int NoteMax = 2000;

    private AssessmentEvent()
    {
    }

    public AssessmentEvent(Guid tenantId, Guid assessmentId, Actor by, AssessmentAction action, string? criterionCode, string? note)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        AssessmentId = assessmentId;
        Action = action;
        CriterionCode = criterionCode;
        Note = note;
        ById = by.UserId;
        ByName = by.UserName;
        At = by.At;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid AssessmentId { get; private set; }
    public AssessmentAction Action { get; private set; }
    public string? CriterionCode { get; private set; }
    public string? Note { get; private set; }
    public Guid ById { get; private set; }
    public string ByName { get; private set; } = "";
    public DateTime At { get; private set; }
}
