namespace DanVan.Features.Assessments;

/// <summary>One line of the ledger: criterion · self · appraised · difference · reason · evidence.</summary>
public sealed record LedgerRow(string Group, string Code, string Name, CriterionKind Kind, decimal MaxPoints, decimal? Self, bool? SelfMet,
    decimal? Appraised, bool? AppraisedMet, decimal? Difference, string? Reason, string? AppraisedBy, string? Explanation, string? Evidence,
    string? ReturnReason, string? AppealArgument, string? AppealAnswer, bool EvidenceRequired, IReadOnlyList<EvidenceItem> Attached);

/// <summary>A file or a linked record proving a criterion: a file is downloaded through its assessment, a record is read where it lives.</summary>
public sealed record EvidenceItem(Guid Id, EvidenceKind Kind, string Label, string? Href, string? ContentType, long Size, string AddedBy, DateTime AddedAt);

/// <summary>A unit's rank with its explanation: the band (or why none), the points, the gap to the next band, the largest cuts.</summary>
public sealed record RankVerdict(int? BandSeq, string Label, decimal? Total, decimal MaxTotal, bool Eligible, string Explanation);

/// <summary>
/// The one place an assessment's totals and rank are computed (issue 13 §4–5): the self total (scored + bonus − penalty),
/// the appraised total (the appraisers' points, the unit's where none were given yet, plus the superior's share), the
/// prerequisites, and the rank from the set's bands — with the sentence that explains it. Pure: the same inputs always give
/// the same verdict; pages, API, ranking and the decision all read it.
/// </summary>
public sealed class Ledger
{
    private Ledger(IReadOnlyList<LedgerRow> rows, decimal selfTotal, decimal appraisedTotal, decimal? superior, decimal maxTotal, IReadOnlyList<string> failed)
    {
        Rows = rows;
        SelfTotal = selfTotal;
        AppraisedTotal = appraisedTotal;
        Superior = superior;
        MaxTotal = maxTotal;
        FailedPrerequisites = failed;
    }

    public IReadOnlyList<LedgerRow> Rows { get; }
    public decimal SelfTotal { get; }
    public decimal AppraisedTotal { get; }
    public decimal? Superior { get; }
    public decimal MaxTotal { get; }

    /// <summary>Codes of prerequisites the appraisers (or, before appraisal, the unit) marked as not met.</summary>
    public IReadOnlyList<string> FailedPrerequisites { get; }

    public static Ledger Of(CriteriaSet set, UnitAssessment assessment)
    {
        var scores = assessment.Scores.ToDictionary(s => s.CriterionId);
        var evidence = assessment.Evidence.OrderBy(e => e.AddedAt).ThenBy(e => e.Id).ToLookup(e => e.CriterionId, e => new EvidenceItem(e.Id, e.Kind, e.Label,
            e.Kind == EvidenceKind.File ? $"/api/v1/assessment/units/{assessment.Id}/evidence/{e.Id}" : e.Href, e.ContentType, e.Size, e.AddedByName,
            e.AddedAt));
        var rows = new List<LedgerRow>();
        decimal self = 0, appraised = 0;
        var failed = new List<string>();
        foreach (var c in set.For(assessment.UnitKindId))
        {
            scores.TryGetValue(c.Id, out var s);
            var sign = c.Kind == CriterionKind.Penalty ? -1 : 1;
            if (c.Kind == CriterionKind.Prerequisite)
            {
                var met = s?.AppraisedMet ?? s?.SelfMet;
                if (met == false)
                {
                    failed.Add(c.Code);
                }

                rows.Add(new LedgerRow(c.Group, c.Code, c.Name, c.Kind, 0, null, s?.SelfMet, null, s?.AppraisedMet, null, s?.AppraisalReason,
                    s?.AppraisedByName, s?.SelfExplanation, s?.SelfEvidence, s?.ReturnReason, s?.AppealArgument, s?.AppealAnswer, c.EvidenceRequired, evidence[c.Id].ToList()));
                continue;
            }

            var selfPoints = s?.SelfPoints;
            var appraisedPoints = s?.AppraisedPoints;
            self += sign * (selfPoints ?? 0);
            appraised += sign * (appraisedPoints ?? selfPoints ?? 0);
            decimal? difference = appraisedPoints is { } a ? sign * (a - (selfPoints ?? 0)) : null;
            rows.Add(new LedgerRow(c.Group, c.Code, c.Name, c.Kind, c.MaxPoints, selfPoints, null, appraisedPoints, null,
                difference == 0 ? null : difference, s?.AppraisalReason, s?.AppraisedByName, s?.SelfExplanation, s?.SelfEvidence, s?.ReturnReason,
                s?.AppealArgument, s?.AppealAnswer, c.EvidenceRequired, evidence[c.Id].ToList()));
        }

        appraised += assessment.SuperiorPoints ?? 0;
        return new Ledger(rows, Math.Max(self, 0), Math.Max(appraised, 0), assessment.SuperiorPoints, set.MaxTotal(assessment.UnitKindId), failed);
    }

    /// <summary>The rank of a total under the set's bands: the first (highest) band whose minimum it reaches.</summary>
    public static RankBand BandOf(CriteriaSet set, decimal total) => set.Bands.OrderBy(b => b.Seq).First(b => total >= b.MinPoints);

    /// <summary>
    /// The verdict: not eligible when a prerequisite failed ("whatever its points"); not ranked until appraised; otherwise
    /// the band, how far the next band is, and the three largest cuts with their reasons.
    /// </summary>
    public RankVerdict Verdict(CriteriaSet set, AssessmentStatus status)
    {
        var total = AppraisedTotal;
        var max = MaxTotal;
        if (FailedPrerequisites.Count > 0 && status is AssessmentStatus.Appraised or AssessmentStatus.Appealed)
        {
            return new RankVerdict(null, NotEligibleLabel, total, max, false,
                $"{NotEligibleLabel}: không đạt tiêu chí điều kiện {string.Join(", ", FailedPrerequisites)} (dù được {Points.Format(total)}/{Points.Format(max)} điểm).");
        }

        if (status is not (AssessmentStatus.Appraised or AssessmentStatus.Appealed))
        {
            var label = status is AssessmentStatus.Draft or AssessmentStatus.Returned ? "Chưa nộp" : "Chưa thẩm định";
            return new RankVerdict(null, label, null, max, true,
                $"{label}: đơn vị tự chấm {Points.Format(SelfTotal)}/{Points.Format(max)} điểm; chưa có kết quả thẩm định nên chưa xếp loại.");
        }

        var band = BandOf(set, total);
        var text = $"{band.Label} — {Points.Format(total)}/{Points.Format(max)} điểm";
        var higher = set.Bands.Where(b => b.Seq == band.Seq - 1).FirstOrDefault();
        if (higher is not null)
        {
            text += $"; còn thiếu {Points.Format(higher.MinPoints - total)} điểm để đạt {higher.Label}";
        }

        var cuts = Rows.Where(r => r.Difference < 0).OrderBy(r => r.Difference).ThenBy(r => r.Code).Take(3).ToList();
        if (cuts.Count > 0)
        {
            text += "; trừ nhiều nhất: " + string.Join("; ", cuts.Select(r => $"{r.Code} {r.Name} ({Points.Format(r.Difference!.Value)}: {r.Reason})"));
        }

        if (Superior is { } sup)
        {
            text += $"; điểm cấp trên {Points.Format(sup)}/{Points.Format(set.SuperiorShare)}";
        }

        return new RankVerdict(band.Seq, band.Label, total, max, true, text + ".");
    }

    public const string NotEligibleLabel = "Không đủ điều kiện xếp loại";
}
