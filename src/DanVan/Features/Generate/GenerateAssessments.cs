using DanVan.Features.Assessments;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Generate;

/// <summary>
/// A generated province's assessment of the previous year (issue 13 §7, the ranking benchmark): a criteria set of
/// <see cref="Criteria"/> criteria (scored, one prerequisite, one bonus; 10 points for the superior), a round over every
/// commune and ward, and each unit's assessment walked through the domain's own steps — most appraised (a few with a failed
/// prerequisite: not eligible), the rest submitted, returned or still a draft. L: 3,321 units, ~200k score rows.
/// Uses its own random stream (seeded per tenant), so the rows generated before it do not change.
/// </summary>
internal static class GenerateAssessments
{
    public const int Criteria = 60;

    private static readonly string[] Groups =
    [
        "I. Lãnh đạo, chỉ đạo công tác dân vận", "II. Thực hiện quy chế dân chủ ở cơ sở", "III. Phong trào thi đua “Dân vận khéo”",
        "IV. Cải cách hành chính, tiếp dân", "V. Phối hợp với Mặt trận và đoàn thể", "VI. Chế độ thông tin, báo cáo",
    ];

    public static async Task RunAsync(BulkWriter writer, GenerateTenant.Output t, int seed, int index, DateTime now, DateOnly today)
    {
        var rng = new Random(unchecked((seed * 7919) + index));
        var tenantId = t.Tenant.Id;
        var year = today.Year - 1;
        var specs = new List<CriterionSpec>();
        for (var i = 0; i < Criteria; i++)
        {
            var group = Groups[i * Groups.Length / Criteria];
            var code = $"{i / 10 + 1}.{i % 10 + 1}";
            var (kind, max) = i == 0 ? (CriterionKind.Prerequisite, 0m) : i == Criteria - 1 ? (CriterionKind.Bonus, 5m) : (CriterionKind.Scored, i % 2 == 0 ? 1.5m : 1.6m);
            specs.Add(new CriterionSpec(group, code, $"Tiêu chí {code} ({group[(group.IndexOf('.', StringComparison.Ordinal) + 2)..]})",
                "Chấm theo kết quả thực hiện trong năm, có giải trình.", max, kind, false, null));
        }

        var created = CriteriaSet.Create(tenantId, year, 1, $"Bộ tiêu chí đánh giá, xếp loại công tác dân vận chính quyền năm {year}",
            $"Quy định số {index + 1}/QĐ-UBND năm {year}", null, 10m, 20, specs, CriteriaSet.DefaultBands);
        var set = Value(created);
        set.Freeze(now);
        var communes = t.Communes.Select(c => c.Unit).ToList();
        var kinds = communes.Select(u => u.KindId).Distinct().Select(k => (t.Ppc.Id, true, (Guid?)k)).ToList();
        var selfDue = today.AddDays(30);
        var round = Value(AssessmentRound.Create(tenantId, set, $"Đánh giá, xếp loại công tác dân vận chính quyền năm {year}", selfDue, selfDue.AddDays(30),
            AssessmentRound.DefaultAppealWorkingDays, kinds));

        var unitActor = new Actor(t.Officer.Id, "Cán bộ đơn vị", now.AddDays(-20));
        var appraiser = new Actor(t.Officer.Id, t.Officer.FullName, now.AddDays(-5));
        var criteria = set.Criteria.OrderBy(c => c.Seq).ToList();
        var assessments = new List<UnitAssessment>(communes.Count);
        foreach (var unit in communes)
        {
            var a = new UnitAssessment(tenantId, round.Id, unit.Id, unit.KindId);
            assessments.Add(a);
            var roll = rng.Next(100);
            var level = 0.55 + (rng.NextDouble() * 0.45); // how well this unit did: totals spread over every band
            var self = criteria.Select(c => c.Kind == CriterionKind.Prerequisite
                    ? new SelfScoreInput(c.Code, null, true, null, null)
                    : new SelfScoreInput(c.Code, Math.Min(c.MaxPoints, Math.Round(c.MaxPoints * (decimal)(level + (rng.NextDouble() * 0.2)), 1)), null,
                        "Đã thực hiện theo kế hoạch.", null))
                .ToList();
            Check(a.SaveSelf(set, self, today, selfDue, unitActor));
            if (roll < 6)
            {
                continue; // still a draft
            }

            Check(a.Submit(set, today, selfDue, unitActor));
            if (roll < 9)
            {
                Check(a.Return(set, "Bổ sung minh chứng.", new Dictionary<string, string> { [criteria[5].Code] = "Chưa có văn bản chứng minh." }, appraiser));
                continue;
            }

            if (roll < 15)
            {
                continue; // submitted, waiting for the appraisers
            }

            // The appraisers agree with most points and lower a few, each with its reason; some units fail the prerequisite.
            var lowered = Enumerable.Range(0, 3).Select(_ => 1 + rng.Next(Criteria - 2)).ToHashSet();
            var appraisal = self.Select((s, i) => i == 0
                    ? new AppraisalScoreInput(s.Code, null, roll >= 97 ? false : true, roll >= 97 ? "Để xảy ra khiếu kiện đông người kéo dài." : null)
                    : lowered.Contains(i) && s.Points > 0.5m
                        ? new AppraisalScoreInput(s.Code, s.Points - 0.5m, null, "Kết quả thấp hơn số liệu đơn vị báo cáo.")
                        : new AppraisalScoreInput(s.Code, s.Points, null, null))
                .ToList();
            Check(a.SaveAppraisal(set, appraisal, Math.Round((decimal)(level * 10), 1), null, appraiser));
            Check(a.FinishAppraisal(set, today.AddDays(7), appraiser));
        }

        await writer.WriteAsync([set]);
        await writer.WriteAsync(set.Criteria.ToList());
        await writer.WriteAsync(set.Bands.ToList());
        await writer.WriteAsync([round]);
        await writer.WriteAsync(round.Participants.ToList());
        await writer.WriteAsync(assessments);
        await writer.WriteAsync(assessments.SelectMany(a => a.Scores).ToList());
        await writer.WriteAsync(assessments.SelectMany(a => a.History).ToList());
        await WriteRatingsAsync(writer, t, set, round, assessments, year, today);
    }

    /// <summary>
    /// The official ranks the eligibility rules read (<see cref="UnitRating"/>, year Y): one per appraised commune, its
    /// band by final total (none when the prerequisite failed), under one decision of the provincial committee. Written
    /// as if the province had decided the appraised units; the round row itself stays open, so the ranking benchmark
    /// ranks the same round as before. Units not appraised have no rating ("cannot tell").
    /// </summary>
    private static async Task WriteRatingsAsync(BulkWriter writer, GenerateTenant.Output t, CriteriaSet set, AssessmentRound round,
        List<UnitAssessment> assessments, int year, DateOnly today)
    {
        var decidedOn = today.AddDays(-10);
        var number = DocumentNumber.TryParse("900/QĐ-UBND", out var parsed) && parsed is not null ? parsed : throw new InvalidOperationException("Số quyết định sai.");
        var decision = Document.Create(t.Tenant.Id, t.Ppc.Id, number, new DocumentDetails(DocumentType.Decision, t.Ppc.Id, t.Ppc.Name, null, decidedOn, decidedOn,
            null, DocumentStatus.InForce, null, null, $"Quyết định công nhận kết quả đánh giá, xếp loại công tác dân vận chính quyền năm {year}", null), isStub: false);
        var citation = DocumentCitation.Format(decision);
        var bands = set.Bands.OrderBy(b => b.Seq).ToList();
        var ratings = assessments.Where(a => a.Status == AssessmentStatus.Appraised && a.FinalTotal is not null).Select(a =>
        {
            var band = a.PrerequisitesMet ? bands.First(b => a.FinalTotal >= b.MinPoints) : null;
            return new UnitRating(t.Tenant.Id, a.UnitId, year, round.Id, a.Id, band?.Seq, band?.Label ?? "Không đủ điều kiện xếp loại", a.FinalTotal,
                decision.Id, citation);
        }).ToList();
        await writer.WriteAsync([decision]);
        await writer.WriteAsync(ratings);
    }

    private static T Value<T>(Result<T> result) => result.TryGet(out var value, out var error) ? value : throw new InvalidOperationException($"Đánh giá sinh ra sai: {error.Message}");

    private static void Check(AppError? error)
    {
        if (error is not null)
        {
            throw new InvalidOperationException($"Đánh giá sinh ra sai: {error.Message}");
        }
    }
}
