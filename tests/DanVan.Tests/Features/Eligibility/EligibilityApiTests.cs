using System.Net;
using DanVan.Features.Awards;
using DanVan.Features.Eligibility;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Features.Excel;
using DanVan.Tests.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Eligibility;

/// <summary>
/// Eligibility that explains itself (issue 14 §2) through the API: every rule pass / fail / cannot tell with its
/// facts and citation, chains of years from the register (thematic awards never count), discipline blocking, the
/// "who qualifies" list with counts, order and filters, scope, and bad questions refused in Vietnamese.
/// </summary>
public sealed class EligibilityApiTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string Register = "/api/v1/award-records";

    private static Task<Guid> KindAsync(TestApp app, string code) =>
        app.WithDbAsync(db => db.AwardKinds.Where(k => k.Code == code && db.Units.Any(u => u.Code == "STP" && u.TenantId == k.TenantId))
            .Select(k => k.Id).SingleAsync());

    private static string Sheet(Guid kind, Guid person, int year, string date = "2026-12-20") =>
        $"/api/v1/eligibility/sheet?awardKindId={kind}&personId={person}&year={year}&date={date}";

    private static object Entry(Guid kind, Guid person, int year, string number, string type = "Regular") => new
    {
        awardKindId = kind, subject = "Individual", personId = person, year, type, decisionNumber = number, decisionDate = $"{year}-12-20",
    };

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_proof_sheet_says_rule_by_rule_why_with_the_facts_and_the_legal_source(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("thidua.stp");
        var worker = await KindAsync(app, "lao-dong-tien-tien");
        var person = await app.CreatePersonAsync(await app.UnitIdAsync("STP.P1"), "Đặng Thị Tiêu Chuẩn");

        // No rating yet: "cannot tell", never a silent fail.
        var unknown = await (await officer.GetAsync(Sheet(worker, person, 2026))).ReadAsync<ProofSheet>();
        unknown.Verdict.ShouldBe(Verdict.CannotTell);
        (unknown.Decisive!.Kind, unknown.Decisive.Finding).ShouldBe((RuleKind.PersonRating, "Chưa có kết quả xếp loại năm 2026: cần nhập kết quả xếp loại."));
        unknown.Checks.Select(c => (c.Kind, c.Verdict)).ShouldBe([
            (RuleKind.PersonRating, Verdict.CannotTell), (RuleKind.NoDiscipline, Verdict.Pass), (RuleKind.NotAwardedSamePeriod, Verdict.Pass)]);
        unknown.Checks.ShouldAllBe(c => c.Citation.Contains("Điều 24 Luật Thi đua, khen thưởng số 06/2022/QH15"));

        (await officer.PutJsonAsync($"/api/v1/people/{person}/ratings/2026", new { level = "Good" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var pass = await (await officer.GetAsync(Sheet(worker, person, 2026))).ReadAsync<ProofSheet>();
        pass.Verdict.ShouldBe(Verdict.Pass);
        pass.Decisive.ShouldBeNull();
        var rating = pass.Checks[0].Facts.ShouldHaveSingleItem();
        rating.Text.ShouldStartWith("Năm 2026: Hoàn thành tốt nhiệm vụ");
        rating.Link.ShouldBe($"/People/Details/{person}#rating-2026");

        // A discipline running in the year fails it, naming the decision.
        (await officer.PostJsonAsync($"/api/v1/people/{person}/disciplines",
            new { kind = "Reprimand", decisionNumber = "15/QĐ-STP", decisionDate = "2026-03-02", from = "2026-03-02", to = "2026-09-01" }))
            .EnsureSuccessStatusCode();
        var blocked = await (await officer.GetAsync(Sheet(worker, person, 2026))).ReadAsync<ProofSheet>();
        blocked.Verdict.ShouldBe(Verdict.Fail);
        blocked.Decisive!.Kind.ShouldBe(RuleKind.NoDiscipline);
        blocked.Decisive.Finding.ShouldBe("Có 1 hình thức kỷ luật có hiệu lực từ 01/01/2026 đến ngày đề nghị 20/12/2026.");
        blocked.Decisive.Facts.ShouldHaveSingleItem().Text.ShouldBe("Khiển trách — Quyết định số 15/QĐ-STP ngày 02/03/2026, từ 02/03/2026 đến 01/09/2026");

        // Awarded for the year: one achievement, one award.
        (await officer.PostJsonAsync(Register, Entry(worker, person, 2025, "31/QĐ-STP"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await officer.PutJsonAsync($"/api/v1/people/{person}/ratings/2025", new { level = "Excellent" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var twice = await (await officer.GetAsync(Sheet(worker, person, 2025, "2026-01-15"))).ReadAsync<ProofSheet>(); // before the discipline
        twice.Verdict.ShouldBe(Verdict.Fail);
        (twice.Decisive!.Kind, twice.Decisive.Facts.Single().Text).ShouldBe((RuleKind.NotAwardedSamePeriod,
            "Lao động tiên tiến năm 2025 — Quyết định số 31/QĐ-STP ngày 20/12/2025"));
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Chains_of_years_count_merit_awards_only_and_the_years_own_award_may_still_come(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("thidua.stp");
        var fighter = await KindAsync(app, "chien-si-thi-dua-co-so");
        var provincial = await KindAsync(app, "chien-si-thi-dua-tinh");
        var unit = await app.UnitIdAsync("STP.P1");
        var steady = await app.CreatePersonAsync(unit, "Lý Văn Chuỗi Năm");
        var thematic = await app.CreatePersonAsync(unit, "Lý Thị Chuyên Đề");
        foreach (var (person, year, type) in new[] { (steady, 2023, "Regular"), (steady, 2024, "Regular"), (thematic, 2022, "Regular"),
                     (thematic, 2023, "Regular"), (thematic, 2024, "Thematic") })
        {
            (await officer.PostJsonAsync(Register, Entry(fighter, person, year, $"{year}-{person:N}"[..20], type))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        // Two years up to 2024: the merit award for 2025 may still be decided in this round — "cannot tell", not a fail.
        var pending = await (await officer.GetAsync(Sheet(provincial, steady, 2025))).ReadAsync<ProofSheet>();
        var chain = pending.Checks.Single(c => c.Kind == RuleKind.HoldsAward);
        chain.Verdict.ShouldBe(Verdict.CannotTell);
        chain.Finding.ShouldBe("Sổ khen thưởng chưa có “Chiến sĩ thi đua cơ sở” năm 2025 (đã có 2 năm liên tục đến năm 2024): nếu được công nhận trong đợt này thì đạt.");
        pending.Checks.Single(c => c.Kind == RuleKind.Initiative).Verdict.ShouldBe(Verdict.CannotTell); // no register of initiatives: said, not guessed

        (await officer.PostJsonAsync(Register, Entry(fighter, steady, 2025, "88/QĐ-STP"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var held = (await (await officer.GetAsync(Sheet(provincial, steady, 2025))).ReadAsync<ProofSheet>()).Checks.Single(c => c.Kind == RuleKind.HoldsAward);
        (held.Verdict, held.Finding).ShouldBe((Verdict.Pass, "Đạt “Chiến sĩ thi đua cơ sở” 3 năm liên tục đến năm 2025."));
        held.Facts.Select(f => f.Text).ShouldBe(["Chiến sĩ thi đua cơ sở năm 2023 — Quyết định số 2023-" + $"{steady:N}"[..15] + " ngày 20/12/2023",
            "Chiến sĩ thi đua cơ sở năm 2024 — Quyết định số 2024-" + $"{steady:N}"[..15] + " ngày 20/12/2024", "Chiến sĩ thi đua cơ sở năm 2025 — Quyết định số 88/QĐ-STP ngày 20/12/2025"]);

        // A thematic award breaks the chain (Decree 152 Art. 4), and the sheet shows it was not counted.
        var broken = (await (await officer.GetAsync(Sheet(provincial, thematic, 2025))).ReadAsync<ProofSheet>()).Checks.Single(c => c.Kind == RuleKind.HoldsAward);
        broken.Verdict.ShouldBe(Verdict.Fail);
        broken.Finding.ShouldBe("Sổ khen thưởng không có “Chiến sĩ thi đua cơ sở” năm 2024 (lần gần nhất: năm 2023): không thể đủ 3 năm liên tục đến năm 2025.");
        broken.Facts.Select(f => f.Text).ShouldContain(t => t.StartsWith("Không tính: Chiến sĩ thi đua cơ sở năm 2024 khen theo chuyên đề", StringComparison.Ordinal));
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_commune_left_for_the_walkthrough_shows_every_verdict_and_may_propose(Provider provider)
    {
        // XA001 is where the README's walkthrough proposes from "who qualifies": its staff ratings are fixed in the
        // demo (they once came from a generator over id-ordered people, so a run could leave nobody qualifying).
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("thidua.xa001");
        var bangKhen = await KindAsync(app, "bang-khen-chu-tich-tinh");
        var xa001 = await app.UnitIdAsync("XA001");

        var view = await (await officer.GetAsync($"/api/v1/eligibility/qualifies?awardKindId={bangKhen}&unitId={xa001}&subject=Individual&year=2025"))
            .ReadAsync<WhoQualifies.View>();

        view.Counts.Pass.ShouldBeGreaterThan(0);
        view.Counts.CannotTell.ShouldBeGreaterThan(0);
        view.Counts.Fail.ShouldBeGreaterThan(0);
        view.Rows.First(r => r.Verdict == Verdict.CannotTell).DecisiveFinding.ShouldNotBeNull().ShouldContain("2024");

        using var browser = await app.SignedInAsync("thidua.xa001");
        var page = await browser.GetStringAsync($"/Eligibility/Qualifies?awardKindId={bangKhen}&subject=Individual&unitId={xa001}&year=2025");
        page.ShouldContain("data-propose");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Who_qualifies_lists_the_scope_with_counts_order_filters_and_a_fixed_number_of_queries(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("thidua.stp");
        var worker = await KindAsync(app, "lao-dong-tien-tien");
        var unit = await app.UnitIdAsync("STP.P1");
        var good = await app.CreatePersonAsync(unit, "Phan Thị Đủ Chuẩn");
        var low = await app.CreatePersonAsync(unit, "Phan Văn Chưa Đủ");
        (await officer.PutJsonAsync($"/api/v1/people/{good}/ratings/2026", new { level = "Good" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.PutJsonAsync($"/api/v1/people/{low}/ratings/2026", new { level = "Completed" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var url = $"/api/v1/eligibility/qualifies?awardKindId={worker}&unitId={unit}&year=2026&date=2026-12-20";

        var all = await (await officer.GetAsync(url)).ReadAsync<WhoQualifies.View>();
        var people = await app.WithDbAsync(db => db.People.CountAsync(p => p.UnitId == unit));
        all.Counts.Total.ShouldBe(people);
        (all.Counts.Pass + all.Counts.Fail + all.Counts.CannotTell).ShouldBe(people);
        all.Rows.Select(r => r.Verdict).ShouldBe(all.Rows.Select(r => r.Verdict).OrderBy(v => v == Verdict.Pass ? 0 : v == Verdict.CannotTell ? 1 : 2));
        var failed = all.Rows.Single(r => r.Nominee.Id == low);
        (failed.Verdict, failed.DecisiveFinding).ShouldBe((Verdict.Fail, "Năm 2026 được xếp loại thấp hơn mức “Hoàn thành tốt nhiệm vụ”."));
        failed.SheetLink.ShouldBe($"/Eligibility/Proof?awardKindId={worker}&personId={low}&year=2026&date=2026-12-20");
        var passed = all.Rows.Single(r => r.Nominee.Id == good);
        (passed.Verdict, passed.Preferred, passed.Preference).ShouldBe((Verdict.Pass, true, "Nữ"));
        all.PreferenceRule.ShouldContain("Điều 4 Nghị định số 152/2025/NĐ-CP");

        var onlyFailed = await (await officer.GetAsync(url + "&verdict=Fail")).ReadAsync<WhoQualifies.View>();
        onlyFailed.Rows.ShouldAllBe(r => r.Verdict == Verdict.Fail);
        onlyFailed.Counts.ShouldBe(all.Counts); // counts are over the whole scope
        var byName = await (await officer.GetAsync(url + "&q=phan%20thi%20du")).ReadAsync<WhoQualifies.View>();
        byName.Rows.ShouldHaveSingleItem().Nominee.Id.ShouldBe(good);

        // The same question as an Excel file: the context above the table, every matching row with its deciding rule.
        var file = await officer.DownloadAsync(url.Replace("/qualifies?", "/qualifies.xlsx?", StringComparison.Ordinal) + "&verdict=Fail", "ai-du-tieu-chuan-2026");
        var rows = XlsxFiles.ReadSheet(file, ExportQualifies.SheetName);
        rows[0][0].ShouldStartWith("Danh sách đối chiếu tiêu chuẩn: Lao động tiên tiến — cá nhân thuộc");
        var table = rows.SkipWhile(r => r[0] != "STT").Skip(1).ToList();
        table.Count.ShouldBe(onlyFailed.Matching);
        table.ShouldContain(r => r[1] == "Phan Văn Chưa Đủ" && r[3] == "Không đạt" && r[5] == "Năm 2026 được xếp loại thấp hơn mức “Hoàn thành tốt nhiệm vụ”.");

        // Set-based: the same number of SQL commands for the unit as for the whole department.
        using var counter = new SqlCommandCounter(app);
        var small = await counter.DuringAsync(async () => (await officer.GetAsync(url)).EnsureSuccessStatusCode());
        var stp = await app.UnitIdAsync("STP");
        var large = await counter.DuringAsync(async () =>
            (await officer.GetAsync($"/api/v1/eligibility/qualifies?awardKindId={worker}&unitId={stp}&year=2026&date=2026-12-20")).EnsureSuccessStatusCode());
        large.Count.ShouldBe(small.Count);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Collectives_are_judged_on_their_rank_and_on_being_active_and_bad_questions_are_refused_in_Vietnamese(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("thidua.stp");
        using var province = await app.ClientForAsync("tdkt.snv");
        var exemplary = await KindAsync(app, "tap-the-lao-dong-xuat-sac");
        var stp = await app.UnitIdAsync("STP");

        // No rank decided for 2026 yet: cannot tell, with the reason.
        var sheet = await (await officer.GetAsync($"/api/v1/eligibility/sheet?awardKindId={exemplary}&unitId={stp}&year=2026&date=2026-12-20"))
            .ReadAsync<ProofSheet>();
        var rank = sheet.Checks.Single(c => c.Kind == RuleKind.UnitRank);
        (rank.Verdict, rank.Finding).ShouldBe((Verdict.CannotTell, "Chưa có kết quả xếp loại công tác dân vận của đơn vị cho năm thành tích (chưa có quyết định xếp loại)."));
        sheet.Checks.Single(c => c.Kind == RuleKind.UnitActive).Verdict.ShouldBe(Verdict.Pass);

        // A unit closed by the 2025 merges: not a nominee any more, its successor proposes.
        var closed = await app.WithDbAsync(db => db.Units.Where(u => u.ValidTo != null && db.UnitSuccessions.Any(s => s.PredecessorId == u.Id))
            .Select(u => new { u.Id, Successor = db.UnitSuccessions.Where(s => s.PredecessorId == u.Id).Select(s => s.SuccessorId).First() }).FirstAsync());
        var gone = await (await province.GetAsync($"/api/v1/eligibility/sheet?awardKindId={exemplary}&unitId={closed.Id}&year=2025&date=2026-12-20"))
            .ReadAsync<ProofSheet>();
        var active = gone.Checks.Single(c => c.Kind == RuleKind.UnitActive);
        active.Verdict.ShouldBe(Verdict.Fail);
        active.Finding.ShouldEndWith(": đơn vị kế thừa đề nghị khen thưởng.");
        active.Facts.Select(f => f.Link).ShouldContain($"/Units/Details/{closed.Successor}");

        var person = await app.CreatePersonAsync(await app.UnitIdAsync("STP.P1"), "Mai Thị Hỏi Sai");
        var worker = await KindAsync(app, "lao-dong-tien-tien");
        var cases = new (string Url, HttpStatusCode Status, string Code)[]
        {
            ($"/api/v1/eligibility/sheet?awardKindId={worker}&year=2026", HttpStatusCode.BadRequest, "eligibility.nominee"),
            ($"/api/v1/eligibility/sheet?awardKindId={worker}&personId={person}&unitId={stp}", HttpStatusCode.BadRequest, "eligibility.nominee"),
            ($"/api/v1/eligibility/sheet?awardKindId={worker}&personId={person}&year=1999", HttpStatusCode.BadRequest, "eligibility.year"),
            ($"/api/v1/eligibility/sheet?awardKindId={Guid.NewGuid()}&personId={person}", HttpStatusCode.NotFound, "not_found"),
            ($"/api/v1/eligibility/sheet?awardKindId={worker}&unitId={stp}", HttpStatusCode.BadRequest, "award.wrong_subject"),
            ($"/api/v1/eligibility/sheet?awardKindId={worker}&personId={person}&date=2023-12-31", HttpStatusCode.BadRequest, "award.not_in_force"),
            ($"/api/v1/eligibility/qualifies?awardKindId={await KindAsync(app, "bang-khen-chu-tich-tinh")}&subject=Household", HttpStatusCode.BadRequest, "eligibility.household"),
        };
        foreach (var (url, status, code) in cases)
        {
            (await (await officer.GetAsync(url)).ProblemAsync(status)).Code.ShouldBe(code, url);
        }

        // Another department's people and units are not there for this officer.
        using var health = await app.ClientForAsync("thidua.syt");
        (await (await health.GetAsync(Sheet(worker, person, 2026))).ProblemAsync(HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        (await (await health.GetAsync($"/api/v1/eligibility/qualifies?awardKindId={worker}&unitId={stp}")).ProblemAsync(HttpStatusCode.NotFound))
            .Code.ShouldBe("not_found");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_movements_standards_join_the_awards_rules_through_their_codes_and_unknown_codes_are_refused(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        var commendation = await KindAsync(app, "bang-khen-chu-tich-tinh");
        var movement = await app.WithDbAsync(db => db.Movements.Where(m => m.Status == DanVan.Features.Movements.MovementStatus.Launched)
            .Where(m => db.MovementItems.Any(i => i.MovementId == m.Id && i.RuleCode == "dvcq.rank_excellent")).Select(m => m.Id).FirstAsync());
        var xa001 = await app.UnitIdAsync("XA001");

        var sheet = await (await officer.GetAsync($"/api/v1/eligibility/sheet?awardKindId={commendation}&unitId={xa001}&year=2025&date=2026-12-20&movementId={movement}"))
            .ReadAsync<ProofSheet>();
        var fromMovement = sheet.Checks.Where(c => c.Position >= DanVan.Features.Eligibility.Eligibility.MovementPositions).ToList();
        fromMovement.Select(c => c.Kind).ShouldBe([RuleKind.ModelRecognised, RuleKind.UnitRank]);
        fromMovement.ShouldAllBe(c => c.Citation.StartsWith("Tiêu chuẩn ", StringComparison.Ordinal) && c.Citation.Contains("của phong trào"));
        fromMovement[0].Rule.ShouldStartWith("Xây dựng được ít nhất một mô hình"); // the standard's own words
        sheet.MovementName.ShouldNotBeNull();
        sheet.JudgedByPeople!.Count.ShouldBe(2); // no code, and a code DanVan cannot check (plan.filed_on_time): listed, not guessed
        var plain = await (await officer.GetAsync($"/api/v1/eligibility/sheet?awardKindId={commendation}&unitId={xa001}&year=2025&date=2026-12-20"))
            .ReadAsync<ProofSheet>();
        plain.Checks.Count.ShouldBe(sheet.Checks.Count - 2);

        var people = await (await officer.GetAsync($"/api/v1/eligibility/qualifies?awardKindId={commendation}&subject=Individual&unitId={xa001}&year=2025&movementId={movement}"))
            .ReadAsync<WhoQualifies.View>();
        people.Rules.ShouldContain(r => r.StartsWith("Xây dựng hoặc đề xuất xây dựng", StringComparison.Ordinal));

        // The movement form takes only codes of the vocabulary, for the right kind of standard.
        var bad = await (await officer.PostJsonAsync("/api/v1/movements", new
        {
            name = "Phong trào thử mã", year = 2026, form = "Thematic", launchingUnitId = await app.UnitIdAsync("UBND"), startsOn = "2026-03-02",
            planDeadline = "2026-03-20", participants = new[] { new { unitId = xa001, includeDescendants = false } },
            items = new object[] { new { kind = "CollectiveStandard", text = "Cá nhân xếp loại xuất sắc", ruleCode = "rating.excellent" } },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        bad.Code.ShouldBe("movement.rule_code");
        bad.Detail.ShouldBe("Mã quy tắc [rating.excellent] không có trong danh mục cho tiêu chuẩn của tập thể; dùng một trong: dvcq.rank_excellent, "
            + "dvcq.rank_good, dvk.model_recognised, unit.active, plan.filed_on_time.");
    }
}
