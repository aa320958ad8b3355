using DanVan.Features.Assessments;
using DanVan.Features.Documents;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Demo;

/// <summary>
/// The demo province's assessment of mass-mobilisation work (issue 13 §7): last year's round closed by a decision of
/// UBND tỉnh (most units ranked, two not eligible, appeals — one changed the rank), this year's round open with units in
/// every state. The criteria are illustrative (DOMAIN.md §3: groups synthesised from the seeds, not a real table).
/// </summary>
internal static class DemoAssessments
{
    private static readonly CriterionSpec[] Criteria =
    [
        new("I. Lãnh đạo, chỉ đạo", "1.1", "Ban hành kế hoạch công tác dân vận năm, kế hoạch thực hiện phong trào “Dân vận khéo”", "Có kế hoạch trước 31/3: 5 điểm; chậm: 3 điểm.", 5, CriterionKind.Scored, true, null),
        new("I. Lãnh đạo, chỉ đạo", "1.2", "Vai trò người đứng đầu trong công tác dân vận", null, 5, CriterionKind.Scored, false, null),
        new("I. Lãnh đạo, chỉ đạo", "1.3", "Sơ kết, tổng kết, báo cáo đầy đủ, đúng hạn", null, 5, CriterionKind.Scored, false, null),
        new("II. Tuyên truyền, quán triệt", "2.1", "Quán triệt Chỉ thị 16/CT-TTg, 33/CT-TTg và các văn bản về công tác dân vận", null, 10, CriterionKind.Scored, false, null),
        new("III. Thực hiện dân chủ ở cơ sở", "3.1", "Công khai, minh bạch theo Luật Thực hiện dân chủ ở cơ sở", null, 8, CriterionKind.Scored, false, null),
        new("III. Thực hiện dân chủ ở cơ sở", "3.2", "Tiếp công dân, đối thoại, giải quyết kiến nghị của Nhân dân", null, 7, CriterionKind.Scored, false, null),
        new("IV. Cải cách hành chính", "4.1", "Giải quyết thủ tục hành chính đúng hạn", null, 8, CriterionKind.Scored, false, null),
        new("IV. Cải cách hành chính", "4.2", "Chỉ số hài lòng của người dân (SIPAS)", null, 7, CriterionKind.Scored, false, null),
        new("V. Phối hợp với Mặt trận và đoàn thể", "5.1", "Thực hiện quy chế phối hợp với Mặt trận Tổ quốc và các đoàn thể", null, 10, CriterionKind.Scored, false, null),
        new("VI. Phong trào “Dân vận khéo”", "6.1", "Xây dựng mô hình “Dân vận khéo” được công nhận", "Mỗi mô hình được công nhận cấp tỉnh: 15 điểm; cấp cơ sở: 10 điểm.", 15, CriterionKind.Scored, true, null),
        new("VI. Phong trào “Dân vận khéo”", "6.2", "Nhân rộng mô hình, điển hình", null, 10, CriterionKind.Scored, false, null),
        new("VII. Tiêu chí điều kiện", "7.1", "Không để xảy ra khiếu kiện đông người, kéo dài, vượt cấp", null, 0, CriterionKind.Prerequisite, false, null),
        new("VIII. Điểm trừ", "8.1", "Chậm báo cáo, báo cáo không đầy đủ (trừ 1 điểm mỗi lần)", null, 3, CriterionKind.Penalty, false, null),
    ];

    private static readonly string[] Cuts =
    [
        "Minh chứng chưa thể hiện kết quả cụ thể, chỉ có kế hoạch",
        "Chỉ số hài lòng năm nay giảm so với năm trước",
        "Còn 3 hồ sơ thủ tục hành chính trễ hạn trong quý IV",
        "Báo cáo sơ kết gửi chậm 10 ngày",
    ];

    public static async Task SeedAsync(AppDbContext db, Guid tenantId, Unit ppc, IReadOnlyList<Unit> departments, IReadOnlyList<Unit> communes,
        Guid officerId, string officerName, Random rng)
    {
        var today = VnTime.Today(db.Time);
        var board = await db.Users.Where(u => u.TenantId == tenantId && u.UserName == "bandanvan").Select(u => new { u.Id, u.FullName }).FirstOrDefaultAsync();
        var officer = (officerId, officerName);
        var second = board is null ? officer : (board.Id, board.FullName);
        var units = departments.Concat(communes).ToList();
        var regulation = Document.Create(tenantId, ppc.Id, Parse("07/2023/QĐ-UBND"), new DocumentDetails(DocumentType.Decision, ppc.Id, ppc.Name, "Sông Trà",
            new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 11), null, DocumentStatus.InForce, "Nguyễn Thanh Bình", "KT. Chủ tịch – Phó Chủ tịch",
            "Ban hành Quy định tiêu chí, thang điểm, phương pháp đánh giá, xếp loại công tác dân vận chính quyền",
            "Quy định tiêu chí, thang điểm (đơn vị tự chấm 90 điểm, cấp trên chấm 10 điểm) và xếp loại Hoàn thành xuất sắc, Hoàn thành tốt, Hoàn thành, Không hoàn thành."),
            isStub: false);
        db.Documents.Add(regulation);
        var citation = "Quyết định số 07/2023/QĐ-UBND ngày 01/3/2023 của UBND tỉnh Sông Trà ban hành Quy định tiêu chí, thang điểm đánh giá, xếp loại công tác dân vận chính quyền";

        // Last year: closed by a decision in December.
        var last = today.Year - 1;
        var lastSet = CriteriaSet.Create(tenantId, last, 1, $"Bộ tiêu chí đánh giá công tác dân vận chính quyền năm {last}", citation, regulation.Id, 10, 30,
            Criteria, CriteriaSet.DefaultBands).Value!;
        var lastRound = AssessmentRound.Create(tenantId, lastSet, $"Đánh giá, xếp loại công tác dân vận chính quyền năm {last}",
            new DateOnly(last, 11, 20), new DateOnly(last, 12, 10), 5, [(ppc.Id, true, null)]).Value!;
        lastSet.Freeze(At(new DateOnly(last, 11, 1)));
        db.AddRange(lastSet, lastRound);
        var lastAssessments = new List<UnitAssessment>();
        for (var i = 0; i < units.Count; i++)
        {
            var a = new UnitAssessment(tenantId, lastRound.Id, units[i].Id, units[i].KindId);
            var roll = rng.Next(100);
            Walk(a, lastSet, rng, new DateOnly(last, 11, 15), new DateOnly(last, 11, 20), officer, second, unit: units[i],
                failPrerequisite: i % 17 == 5, appeal: roll < 12, appealAccepted: roll < 6, stopAt: AssessmentStatus.Appraised);
            lastAssessments.Add(a);
            db.UnitAssessments.Add(a);
        }

        var lastDecision = Document.Create(tenantId, ppc.Id, Parse($"2890/QĐ-UBND"), new DocumentDetails(DocumentType.Decision, ppc.Id, ppc.Name, "Sông Trà",
            new DateOnly(last, 12, 26), new DateOnly(last, 12, 26), null, DocumentStatus.InForce, "Nguyễn Thanh Bình", "KT. Chủ tịch – Phó Chủ tịch",
            $"Về việc công nhận kết quả đánh giá, xếp loại công tác dân vận chính quyền năm {last}",
            "Công nhận kết quả đánh giá, xếp loại công tác dân vận chính quyền năm của các cơ quan, đơn vị, địa phương có danh sách kèm theo."), isStub: false);
        db.Documents.Add(lastDecision);
        await db.SaveChangesAsync();
        (await DecideRound.RecordAsync(db, lastRound, lastAssessments, lastDecision.Id, DocumentCitation.Format(lastDecision),
            new Actor(officerId, officerName, At(new DateOnly(last, 12, 26))), CancellationToken.None)).ShouldBeNullForDemo();

        // This year: open; self-assessment due in ten days; units in every state.
        var year = today.Year;
        var set = CriteriaSet.Create(tenantId, year, 1, $"Bộ tiêu chí đánh giá công tác dân vận chính quyền năm {year}", citation, regulation.Id, 10, 30,
            Criteria, CriteriaSet.DefaultBands).Value!;
        var round = AssessmentRound.Create(tenantId, set, $"Đánh giá, xếp loại công tác dân vận chính quyền năm {year}",
            today.AddDays(10), today.AddDays(30), 5, [(ppc.Id, true, null)]).Value!;
        set.Freeze(At(today.AddDays(-20)));
        db.AddRange(set, round);

        // Units with a model recognised this year link it as evidence of 6.1, as the self-assessment page offers it.
        var unitIds = units.Select(u => u.Id).ToList();
        var withModels = await db.DvkModels.Where(m => m.TenantId == tenantId && unitIds.Contains(m.UnitId)).Where(DanVan.Features.Models.DvkModel.RecognisedIn(year))
            .Select(m => m.UnitId).Distinct().ToListAsync();
        var links = new Dictionary<Guid, SuggestedEvidence>();
        foreach (var unitId in withModels)
        {
            if ((await EvidenceSuggestions.ForAsync(db, tenantId, unitId, year, today, CancellationToken.None)).FirstOrDefault(e => e.Kind == EvidenceKind.Model)
                is { } model)
            {
                links[unitId] = model;
            }
        }

        for (var i = 0; i < units.Count; i++)
        {
            var a = new UnitAssessment(tenantId, round.Id, units[i].Id, units[i].KindId);
            var stop = (i % 6) switch
            {
                0 => AssessmentStatus.Draft,
                1 => AssessmentStatus.Submitted,
                2 => AssessmentStatus.Returned,
                3 => AssessmentStatus.Appraised,
                4 => AssessmentStatus.Appealed,
                _ => AssessmentStatus.Submitted,
            };
            if (i % 6 != 0 || i % 12 == 6)
            {
                Walk(a, set, rng, today.AddDays(-3), today.AddDays(10), officer, second, unit: units[i], failPrerequisite: false,
                    appeal: stop == AssessmentStatus.Appealed, appealAccepted: false, stopAt: stop, modelEvidence: links.GetValueOrDefault(units[i].Id));
            }

            db.UnitAssessments.Add(a);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>One unit through the steps up to <paramref name="stopAt"/>, each by the method a user's request would call.</summary>
    private static void Walk(UnitAssessment a, CriteriaSet set, Random rng, DateOnly on, DateOnly due, (Guid Id, string Name) officer,
        (Guid Id, string Name) second, Unit unit, bool failPrerequisite, bool appeal, bool appealAccepted, AssessmentStatus stopAt,
        SuggestedEvidence? modelEvidence = null)
    {
        var unitActor = new Actor(Guid.Empty, $"Cán bộ thi đua – {unit.Name}", At(on.AddDays(-2)));
        var head = new Actor(Guid.Empty, $"Thủ trưởng – {unit.Name}", At(on.AddDays(-1)));
        var self = set.Criteria.OrderBy(c => c.Seq).Select(c => c.Kind switch
        {
            CriterionKind.Prerequisite => new SelfScoreInput(c.Code, null, true, null, null),
            CriterionKind.Penalty => new SelfScoreInput(c.Code, rng.Next(4) == 0 ? 1 : 0, null, null, null),
            _ => new SelfScoreInput(c.Code, Math.Max(0, c.MaxPoints - rng.Next(0, 3) * (c.MaxPoints >= 10 ? 1 : 0.5m)), null,
                c.Code == "6.1" ? "Mô hình của đơn vị đã được công nhận" : null, c.EvidenceRequired ? "Quyết định công nhận, kế hoạch kèm theo" : null),
        }).ToList();
        Must(a.SaveSelf(set, self, on.AddDays(-2), due, unitActor));
        if (modelEvidence is not null)
        {
            Must(a.AddEvidence(set, "6.1", null, modelEvidence, on.AddDays(-2), due, unitActor).Error);
        }

        if (stopAt == AssessmentStatus.Draft)
        {
            return;
        }

        Must(a.Submit(set, on.AddDays(-1), due, head));
        var appraiser = new Actor(officer.Id, officer.Name, At(on));
        if (stopAt == AssessmentStatus.Returned)
        {
            Must(a.Return(set, "Đề nghị bổ sung minh chứng trước khi thẩm định.",
                new Dictionary<string, string> { ["4.2"] = "Chưa có kết quả khảo sát SIPAS kèm theo" }, appraiser));
            return;
        }

        if (stopAt == AssessmentStatus.Submitted)
        {
            return;
        }

        var cutCodes = new[] { "6.1", "4.2", "4.1", "1.3" }.OrderBy(_ => rng.Next()).Take(rng.Next(1, 3)).ToList();
        var appraisal = set.Criteria.OrderBy(c => c.Seq).Select(c =>
        {
            var mine = self.First(s => s.Code == c.Code);
            if (c.Kind == CriterionKind.Prerequisite)
            {
                return new AppraisalScoreInput(c.Code, null, !failPrerequisite, failPrerequisite ? "Năm qua có vụ khiếu kiện đông người kéo dài 3 tháng" : null);
            }

            if (cutCodes.Contains(c.Code) && c.Kind == CriterionKind.Scored && mine.Points > 1)
            {
                var cut = c.MaxPoints >= 10 ? 3 : 1.5m;
                return new AppraisalScoreInput(c.Code, Math.Max(0, mine.Points!.Value - cut), null, Cuts[Array.IndexOf(new[] { "6.1", "4.2", "4.1", "1.3" }, c.Code)]);
            }

            return new AppraisalScoreInput(c.Code, mine.Points, null, null);
        }).ToList();
        Must(a.SaveAppraisal(set, appraisal, 6 + rng.Next(0, 9) * 0.5m, "Đơn vị chủ động phối hợp", appraiser));
        Must(a.FinishAppraisal(set, on.AddDays(7), appraiser));
        if (!appeal)
        {
            return;
        }

        var argued = appraisal.Where(x => x.Reason is not null).Select(x => x.Code).Take(1).ToList();
        if (argued.Count == 0)
        {
            return;
        }

        Must(a.Appeal(set, argued.ToDictionary(c => c, _ => "Đơn vị có đủ minh chứng (biên bản kiểm tra, số liệu gửi kèm)"), on.AddDays(1),
            new Actor(Guid.Empty, $"Thủ trưởng – {unit.Name}", At(on.AddDays(1)))));
        if (stopAt == AssessmentStatus.Appealed)
        {
            return;
        }

        var answers = argued.Select(c => new AppraisalScoreInput(c, appealAccepted ? self.First(s => s.Code == c).Points : null, null,
            appealAccepted ? "Chấp nhận: minh chứng bổ sung xác nhận kết quả đơn vị tự chấm" : "Giữ nguyên: minh chứng bổ sung không thay đổi kết quả")).ToList();
        Must(a.AnswerAppeal(set, answers, null, new Actor(second.Id, second.Name, At(on.AddDays(3)))));
    }

    private static void Must(DanVan.Infrastructure.Web.AppError? error)
    {
        if (error is not null)
        {
            throw new InvalidOperationException($"Demo assessment: {error.Message}");
        }
    }

    private static void ShouldBeNullForDemo(this DanVan.Infrastructure.Web.AppError? error) => Must(error);

    private static DocumentNumber Parse(string text) => DocumentNumber.TryParse(text, out var n) && n is not null ? n : throw new InvalidOperationException(text);

    private static DateTime At(DateOnly on) => DateTime.SpecifyKind(on.ToDateTime(new TimeOnly(2, 0)), DateTimeKind.Utc);
}
