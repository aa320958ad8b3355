using System.Net;
using DanVan.Features.Assessments;
using DanVan.Features.Clusters;
using DanVan.Tests.Features.Models;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Features.Assessments;

/// <summary>
/// A whole round through the API (issue 13): the province writes a criteria set and opens a round; a commune scores itself
/// with evidence, its head sends it; the appraisal team lowers a criterion (a reason is required), the commune appeals, a
/// second appraiser's answer changes the rank; the decision locks the round and the rank becomes the unit's rating.
/// </summary>
public sealed class AssessmentFlowTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    internal static object Set(int year, int? cap = null) => new
    {
        year,
        name = $"Bộ tiêu chí đánh giá công tác dân vận chính quyền năm {year}",
        citation = "Quyết định số 07/2023/QĐ-UBND ngày 01/3/2023 của UBND tỉnh ban hành tiêu chí, thang điểm đánh giá, xếp loại công tác dân vận",
        superiorShare = 10,
        topRankCapPercent = cap,
        criteria = new object[]
        {
            new { group = "I. Lãnh đạo, chỉ đạo", code = "1.1", name = "Ban hành kế hoạch thực hiện công tác dân vận", maxPoints = 30 },
            new { group = "I. Lãnh đạo, chỉ đạo", code = "1.2", name = "Xây dựng mô hình “Dân vận khéo”", maxPoints = 30, evidenceRequired = true },
            new { group = "II. Kết quả thực hiện", code = "2.1", name = "Cải cách hành chính, tiếp công dân", maxPoints = 30 },
            new { group = "II. Kết quả thực hiện", code = "2.2", name = "Không để xảy ra khiếu kiện đông người, vượt cấp", kind = "Prerequisite" },
            new { group = "III. Điểm trừ", code = "3.1", name = "Báo cáo chậm", maxPoints = 5, kind = "Penalty" },
        },
    };

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_commune_self_assesses_is_appraised_appeals_and_the_decision_makes_its_rating(Provider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        using var province = await app.ClientForAsync("tdkt.snv");
        using var board = await app.ClientForAsync("bandanvan");
        using var officer = await app.ClientForAsync("thidua.xa001");
        using var head = await app.ClientForAsync("chutich.xa001");
        var (xa001, xa002) = (await app.UnitIdAsync("XA001"), await app.UnitIdAsync("XA002"));

        // The set: a bad one is refused naming the criterion; a good one is created with the default bands.
        var bad = await (await province.PostJsonAsync("/api/v1/assessment/criteria-sets", new
        {
            year = 2026, name = "x", citation = "y", criteria = new[] { new { group = "I", code = "1", name = "a", maxPoints = 10 }, new { group = "I", code = "1", name = "b", maxPoints = 5 } },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        bad.Detail.ShouldBe("Mã tiêu chí “1” bị trùng.");
        var unknownRegulation = await (await province.PostJsonAsync("/api/v1/assessment/criteria-sets", new
        {
            year = 2026, name = "x", citation = "y", regulationDocumentId = Guid.NewGuid(), criteria = new[] { new { group = "I", code = "1", name = "a", maxPoints = 10 } },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        unknownRegulation.Code.ShouldBe("assessment.regulation_document");
        unknownRegulation.Errors!.ShouldContainKey("RegulationDocumentId"); // said under the editor's picker
        await (await officer.PostJsonAsync("/api/v1/assessment/criteria-sets", Set(2026))).ProblemAsync(HttpStatusCode.Forbidden);
        var set = await (await province.PostJsonAsync("/api/v1/assessment/criteria-sets", Set(2026))).ReadAsync<CriteriaSetDto>(HttpStatusCode.Created);
        set.Bands.Select(b => b.Label).ShouldBe(["Hoàn thành xuất sắc", "Hoàn thành tốt", "Hoàn thành", "Không hoàn thành"]);
        set.Branches.Single().MaxTotal.ShouldBe(100m);

        // The round freezes the set.
        var round = await (await province.PostJsonAsync("/api/v1/assessment/rounds", new
        {
            criteriaSetId = set.Id, name = "Đánh giá, xếp loại công tác dân vận năm 2026", selfAssessmentDue = "2026-11-20", appraisalDue = "2026-12-10",
            appealWorkingDays = 5, participants = new[] { new { unitId = xa001 }, new { unitId = xa002 } },
        })).ReadAsync<RoundDto>(HttpStatusCode.Created);
        round.Counts.Single(c => c.Status == AssessmentStatus.Draft).Count.ShouldBe(2);
        (await (await province.PutJsonAsync($"/api/v1/assessment/criteria-sets/{set.Id}", Set(2026))).ProblemAsync(HttpStatusCode.Conflict))
            .Detail.ShouldBe(AssessmentErrors.SetFrozen.Message);
        var ids = await app.WithDbAsync(db => db.UnitAssessments.Where(a => a.RoundId == round.Id).ToDictionaryAsync(a => a.UnitId, a => a.Id));
        var url = $"/api/v1/assessment/units/{ids[xa001]}";

        // Self-assessment: within each maximum; the officer cannot send it, the head can once evidence is there.
        object Self(decimal p11, string? evidence) => new
        {
            scores = new object[]
            {
                new { code = "1.1", points = p11, explanation = "Kế hoạch số 12/KH-UBND ban hành đúng hạn" },
                new { code = "1.2", points = 30, evidence },
                new { code = "2.1", points = 28 },
                new { code = "2.2", met = true },
                new { code = "3.1", points = 0 },
            },
        };
        (await (await officer.PutJsonAsync($"{url}/self", Self(31, null))).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail.ShouldBe("Tiêu chí 1.1: điểm phải từ 0 đến 30, tối đa hai chữ số thập phân.");
        (await (await officer.PutJsonAsync($"{url}/self", Self(29.5m, null))).ReadAsync<AssessmentDto>()).SelfTotal.ShouldBe(87.5m);
        var work = string.Join("\n", (await DanVan.Tests.Features.Work.WorkListTests.ReadAllAsync(officer)).Select(i => $"{i.KindLabel} {i.Title} {i.Link} {i.Note}"));
        work.ShouldContain($"/Assessments/Unit/{ids[xa001]}");
        work.ShouldContain("Tự chấm điểm công tác dân vận năm 2026");
        await (await officer.PostJsonAsync($"{url}/submit", new { })).ProblemAsync(HttpStatusCode.Forbidden);
        (await (await head.PostJsonAsync($"{url}/submit", new { })).ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe("Tiêu chí 1.2 bắt buộc có minh chứng.");
        await (await officer.PutJsonAsync($"{url}/self", Self(29.5m, "Quyết định công nhận mô hình số 1520/QĐ-UBND"))).ReadAsync<AssessmentDto>();
        (await (await head.PostJsonAsync($"{url}/submit", new { })).ReadAsync<AssessmentDto>()).Status.ShouldBe(AssessmentStatus.Submitted);
        (await (await officer.PutJsonAsync($"{url}/self", Self(30, "x"))).ProblemAsync(HttpStatusCode.Conflict)).Detail.ShouldBe(AssessmentErrors.NotEditable.Message);

        // Appraisal: the unit cannot appraise itself; a lower score needs a reason; finishing fixes the appeal window.
        await (await officer.PutJsonAsync($"{url}/appraisal", new { scores = Array.Empty<object>() })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await province.PutJsonAsync($"{url}/self", Self(30, "x"))).ProblemAsync(HttpStatusCode.Forbidden);
        object Appraisal(string? reason, bool finish) => new
        {
            scores = new object[]
            {
                new { code = "1.1", points = 29.5m }, new { code = "1.2", points = 22, reason }, new { code = "2.1", points = 28 },
                new { code = "2.2", met = true }, new { code = "3.1", points = 0 },
            },
            superiorPoints = 8, superiorNote = "Đơn vị chủ động, phối hợp tốt với Mặt trận", finish,
        };
        (await (await province.PutJsonAsync($"{url}/appraisal", Appraisal(null, true))).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail.ShouldBe("Tiêu chí 1.2: điểm thẩm định khác điểm tự chấm nên phải ghi lý do.");
        var appraised = await (await province.PutJsonAsync($"{url}/appraisal", Appraisal("Mô hình mới triển khai ở 2/5 thôn, chưa có số liệu kết quả", true)))
            .ReadAsync<AssessmentDto>();
        appraised.Status.ShouldBe(AssessmentStatus.Appraised);
        appraised.AppraisedTotal.ShouldBe(87.5m);
        appraised.Verdict.Label.ShouldBe("Hoàn thành tốt");
        appraised.Verdict.Explanation.ShouldStartWith("Hoàn thành tốt — 87,5/100 điểm; còn thiếu 2,5 điểm để đạt Hoàn thành xuất sắc; trừ nhiều nhất: 1.2 ");
        appraised.Verdict.Explanation.ShouldContain("(-8: Mô hình mới triển khai ở 2/5 thôn, chưa có số liệu kết quả)");
        appraised.Ledger.Single(r => r.Code == "1.2").Difference.ShouldBe(-8m);
        appraised.AppealUntil.ShouldBe(new DateOnly(2026, 11, 9)); // 5 working days after Monday 2/11/2026
        // Counted on a calendar the province has not confirmed yet: the date says it is provisional, until the admin confirms the year.
        appraised.AppealUntilNote.ShouldBe("tạm tính: lịch ngày làm việc năm 2026 của tỉnh chưa được xác nhận");
        await app.WithDbAsync(async db =>
        {
            var tenantId = await db.Units.Where(u => u.Id == xa001).Select(u => u.TenantId).SingleAsync();
            var calendar = await db.WorkingDayCalendars.SingleAsync(c => c.TenantId == tenantId && c.Year == 2026);
            db.Entry(calendar).Property(nameof(calendar.IsConfirmed)).CurrentValue = true;
            await db.SaveChangesAsync();
        });
        (await (await province.GetAsync(url)).ReadAsync<AssessmentDto>()).AppealUntilNote.ShouldBeNull();

        var ranking = await (await province.GetAsync($"/api/v1/assessment/rounds/{round.Id}/ranking?sort=disagreement")).ReadAsync<RankingDto>();
        ranking.Rows[0].UnitId.ShouldBe(xa001);
        ranking.Rows[0].Disagreement.ShouldBe(8m);
        ranking.Rows.Single(r => r.UnitId == xa002).Rank.ShouldBe("Chưa nộp");

        // Ranked within an emulation bloc of the year: positions among its members only; another year's group is refused.
        var (bloc, oldBloc) = await app.WithDbAsync(async db =>
        {
            var tenantId = await db.Units.Where(u => u.Id == xa001).Select(u => u.TenantId).SingleAsync();
            var by = new DanVan.Infrastructure.Data.Actor(Guid.Empty, "kiểm thử", DateTime.UtcNow);
            var current = EmulationCluster.Create(tenantId, 2026, ClusterKind.Bloc, "Khối thử nghiệm 2026", null, by);
            current.AddMember(xa001, by).ShouldBeNull();
            var old = EmulationCluster.Create(tenantId, 2023, ClusterKind.Bloc, "Khối thử nghiệm 2023", null, by);
            db.AddRange(current, old);
            await db.SaveChangesAsync();
            return (current.Id, old.Id);
        });
        var inBloc = await (await province.GetAsync($"/api/v1/assessment/rounds/{round.Id}/ranking?clusterId={bloc}")).ReadAsync<RankingDto>();
        inBloc.Rows.Select(r => (r.UnitId, r.Position)).ShouldBe([(xa001, (int?)1)]);
        await (await province.GetAsync($"/api/v1/assessment/rounds/{round.Id}/ranking?clusterId={oldBloc}")).ProblemAsync(HttpStatusCode.NotFound);

        // Appeal: the head argues 1.2; the appraiser who scored it may not answer; the board's answer restores points.
        (await (await head.PostJsonAsync($"{url}/appeal", new { arguments = new Dictionary<string, string>() })).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail.ShouldBe(AssessmentErrors.AppealEmpty.Message);
        (await (await head.PostJsonAsync($"{url}/appeal", new { arguments = new Dictionary<string, string> { ["1.2"] = "Mô hình đã có kết quả ở cả 5 thôn (biên bản kèm theo)" } }))
            .ReadAsync<AssessmentDto>()).Status.ShouldBe(AssessmentStatus.Appealed);
        object Answer(decimal points) => new { answers = new[] { new { code = "1.2", points, reason = "Biên bản kiểm tra ngày 15/11 xác nhận kết quả ở 5 thôn" } } };
        (await (await province.PostJsonAsync($"{url}/appeal/answer", Answer(28))).ProblemAsync(HttpStatusCode.Forbidden))
            .Detail.ShouldStartWith("Tiêu chí 1.2: người đã chấm thẩm định không tự trả lời");
        var answered = await (await board.PostJsonAsync($"{url}/appeal/answer", Answer(28))).ReadAsync<AssessmentDto>();
        answered.AppraisedTotal.ShouldBe(93.5m);
        answered.Verdict.Label.ShouldBe("Hoàn thành xuất sắc");
        answered.History.Select(h => h.Action).ShouldContain(AssessmentAction.AppealAnswered);

        // The decision: the round locks, the rank is the unit's rating; nothing changes after it.
        await (await province.PostJsonAsync($"/api/v1/assessment/rounds/{round.Id}/decide", new { decisionDocumentId = (Guid?)null })).ProblemAsync(HttpStatusCode.BadRequest);
        var decision = await app.DecisionIdAsync();
        var decided = await (await province.PostJsonAsync($"/api/v1/assessment/rounds/{round.Id}/decide", new { decisionDocumentId = decision })).ReadAsync<RoundDto>();
        decided.Status.ShouldBe(RoundStatus.Decided);
        var ratings = await (await officer.GetAsync($"/api/v1/units/{xa001}/ratings")).ReadAsync<List<UnitRatingView>>();
        ratings.Single(r => r.Year == 2026).Label.ShouldBe("Hoàn thành xuất sắc");
        ratings.Single(r => r.Year == 2026).Points.ShouldBe(93.5m);
        (await (await province.GetAsync($"/api/v1/units/{xa002}/ratings")).ReadAsync<List<UnitRatingView>>()).Single(r => r.Year == 2026).Label.ShouldBe(DecideRound.NotSubmittedLabel);
        (await (await board.PostJsonAsync($"{url}/appeal/answer", Answer(30))).ProblemAsync(HttpStatusCode.Conflict)).Detail.ShouldBe(AssessmentErrors.RoundDecided.Message);
        (await (await province.PostJsonAsync($"/api/v1/assessment/rounds/{round.Id}/decide", new { decisionDocumentId = decision })).ProblemAsync(HttpStatusCode.Conflict))
            .Detail.ShouldBe(AssessmentErrors.RoundDecided.Message);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_return_needs_a_reason_the_unit_sees_it_per_criterion_and_the_deadline_locks_self_assessment(Provider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        using var province = await app.ClientForAsync("tdkt.snv");
        using var officer = await app.ClientForAsync("thidua.xa001");
        using var head = await app.ClientForAsync("chutich.xa001");
        var xa001 = await app.UnitIdAsync("XA001");
        var set = await (await province.PostJsonAsync("/api/v1/assessment/criteria-sets", Set(2027))).ReadAsync<CriteriaSetDto>(HttpStatusCode.Created);
        var round = await (await province.PostJsonAsync("/api/v1/assessment/rounds", new
        {
            criteriaSetId = set.Id, name = "Đợt 2027", selfAssessmentDue = "2026-11-20", appraisalDue = "2026-12-10", participants = new[] { new { unitId = xa001 } },
        })).ReadAsync<RoundDto>(HttpStatusCode.Created);
        var id = await app.WithDbAsync(db => db.UnitAssessments.Where(a => a.RoundId == round.Id).Select(a => a.Id).SingleAsync());
        var url = $"/api/v1/assessment/units/{id}";
        var all = new
        {
            scores = new object[]
            {
                new { code = "1.1", points = 20 }, new { code = "1.2", points = 20, evidence = "Quyết định 15/QĐ-UBND" }, new { code = "2.1", points = 20 },
                new { code = "2.2", met = false }, new { code = "3.1", points = 2 },
            },
        };
        await (await officer.PutJsonAsync($"{url}/self", all)).ReadAsync<AssessmentDto>();
        await (await head.PostJsonAsync($"{url}/submit", new { })).ReadAsync<AssessmentDto>();

        (await (await province.PostJsonAsync($"{url}/return", new { note = " " })).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail.ShouldBe(AssessmentErrors.ReturnReasonRequired.Message);
        var returned = await (await province.PostJsonAsync($"{url}/return", new { reasons = new Dictionary<string, string> { ["2.1"] = "Thiếu số liệu tiếp công dân quý IV" } }))
            .ReadAsync<AssessmentDto>();
        returned.Status.ShouldBe(AssessmentStatus.Returned);
        returned.Ledger.Single(r => r.Code == "2.1").ReturnReason.ShouldBe("Thiếu số liệu tiếp công dân quý IV");
        var seen = await (await officer.GetAsync(url)).ReadAsync<AssessmentDto>();
        seen.CanEditSelf.ShouldBeTrue();
        seen.Ledger.Single(r => r.Code == "2.1").ReturnReason.ShouldBe("Thiếu số liệu tiếp công dân quý IV");

        // A failed prerequisite: not eligible for ranking whatever the points.
        await (await head.PostJsonAsync($"{url}/submit", new { })).ReadAsync<AssessmentDto>();
        var appraised = await (await province.PutJsonAsync($"{url}/appraisal", new
        {
            scores = new object[]
            {
                new { code = "1.1", points = 20 }, new { code = "1.2", points = 20 }, new { code = "2.1", points = 20 }, new { code = "2.2", met = false },
                new { code = "3.1", points = 2 },
            },
            superiorPoints = 10, finish = true,
        })).ReadAsync<AssessmentDto>();
        appraised.Verdict.Eligible.ShouldBeFalse();
        appraised.Verdict.Label.ShouldBe(Ledger.NotEligibleLabel);
        appraised.Verdict.Explanation.ShouldContain("không đạt tiêu chí điều kiện 2.2");
        appraised.AppraisedTotal.ShouldBe(68m); // 60 − 2 + 10

        // Past the deadline nobody self-assesses in another round either.
        clock.Advance(TimeSpan.FromDays(30));
        using var province2 = await app.ClientForAsync("tdkt.snv"); // the earlier token has expired by now
        var set2 = await (await province2.PostJsonAsync("/api/v1/assessment/criteria-sets", Set(2028))).ReadAsync<CriteriaSetDto>(HttpStatusCode.Created);
        var late = await (await province2.PostJsonAsync("/api/v1/assessment/rounds", new
        {
            criteriaSetId = set2.Id, name = "Đợt muộn", selfAssessmentDue = "2026-11-20", appraisalDue = "2026-12-10", participants = new[] { new { unitId = xa001 } },
        })).ReadAsync<RoundDto>(HttpStatusCode.Created);
        var lateId = await app.WithDbAsync(db => db.UnitAssessments.Where(a => a.RoundId == late.Id).Select(a => a.Id).SingleAsync());
        using var officer2 = await app.ClientForAsync("thidua.xa001");
        (await (await officer2.PutJsonAsync($"/api/v1/assessment/units/{lateId}/self", all)).ProblemAsync(HttpStatusCode.Conflict))
            .Detail.ShouldBe("Đã hết hạn tự chấm (20/11/2026); đề nghị Sở Nội vụ xem xét nếu cần bổ sung.");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Opening_a_round_takes_each_rules_unit_its_subtree_and_kind_among_the_units_active_that_day(Provider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        using var province = await app.ClientForAsync("tdkt.snv");
        var (xa001, xa002, stp) = (await app.UnitIdAsync("XA001"), await app.UnitIdAsync("XA002"), await app.UnitIdAsync("STP"));
        var tenant = await app.WithDbAsync(db => db.Units.Where(u => u.Id == xa001).Select(u => u.TenantId).SingleAsync());
        var units = await app.WithDbAsync(db => db.Units.AsNoTracking().Where(u => u.TenantId == tenant).ToListAsync());
        var root = units.Single(u => u.ParentId == null).Id;
        var commune = units.Single(u => u.Id == xa001).KindId;
        var set = await (await province.PostJsonAsync("/api/v1/assessment/criteria-sets", Set(2026))).ReadAsync<CriteriaSetDto>(HttpStatusCode.Created);

        // Every commune of the province, XA002 with everything under it, one department on its own (and XA001 named twice).
        var round = await (await province.PostJsonAsync("/api/v1/assessment/rounds", new
        {
            criteriaSetId = set.Id, name = "Đợt 2026", selfAssessmentDue = "2026-11-20", appraisalDue = "2026-12-10",
            participants = new object[]
            {
                new { unitId = root, includeDescendants = true, kindId = commune }, new { unitId = xa002, includeDescendants = true },
                new { unitId = stp }, new { unitId = xa001 },
            },
        })).ReadAsync<RoundDto>(HttpStatusCode.Created);

        var today = new DateOnly(2026, 11, 2);
        var path = units.ToDictionary(u => u.Id, u => u.Path);
        var expected = units.Where(u => u.IsActiveOn(today) && (u.KindId == commune || u.Id == stp
                || u.Path.StartsWith(path[xa002], StringComparison.Ordinal)))
            .Select(u => (u.Id, u.KindId)).OrderBy(u => u.Id).ToList();
        var taken = await app.WithDbAsync(db => db.UnitAssessments.Where(a => a.RoundId == round.Id).Select(a => new { a.UnitId, a.UnitKindId }).ToListAsync());
        taken.Select(a => (a.UnitId, a.UnitKindId)).OrderBy(a => a.UnitId).ToList().ShouldBe(expected);
        expected.Count.ShouldBeGreaterThan(3);
        expected.ShouldContain(u => u.KindId != commune && u.Id != stp); // the subtree brings units of other kinds

        // A rule naming a unit of another tenant (or none) is a 404, and nothing is opened.
        var set2 = await (await province.PostJsonAsync("/api/v1/assessment/criteria-sets", Set(2027))).ReadAsync<CriteriaSetDto>(HttpStatusCode.Created);
        await (await province.PostJsonAsync("/api/v1/assessment/rounds", new
        {
            criteriaSetId = set2.Id, name = "Đợt 2027", selfAssessmentDue = "2026-11-20", appraisalDue = "2026-12-10",
            participants = new[] { new { unitId = Guid.NewGuid() } },
        })).ProblemAsync(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.AssessmentRounds.CountAsync(r => r.CriteriaSetId == set2.Id))).ShouldBe(0);
    }
}
