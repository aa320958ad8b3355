using System.Net;
using DanVan.Features.Documents;
using DanVan.Features.Movements;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Features.Movements;

/// <summary>The cascade through the API: launch a movement from its plan, units file their plans, the compliance report follows.</summary>
public sealed class MovementFlowTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero); // 09:00 in Vietnam

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Launching_gives_every_participating_unit_an_obligation_and_filings_show_on_time_then_late(Provider provider)
    {
        var clock = new ManualClock(Start);
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        using var officer = await app.ClientForAsync("tdkt.snv");
        var ubnd = await app.UnitIdAsync("UBND");
        var communeKind = await app.WithDbAsync(db => db.UnitKinds.Where(k => k.Code == "COMMUNE").Select(k => k.Id).SingleAsync());
        var deptKind = await app.WithDbAsync(db => db.UnitKinds.Where(k => k.Code == "DEPT").Select(k => k.Id).SingleAsync());

        var plan = await (await officer.PostJsonAsync("/api/v1/documents", new
        {
            number = "12/KH-UBND", type = "Plan", issuerUnitId = ubnd, issueDate = "2026-03-01", title = "Phát động phong trào thi đua “Dân vận khéo” năm 2026",
            signer = "Nguyễn Văn A", signingCapacity = "KT. Chủ tịch – Phó Chủ tịch",
            citations = new[] { new { number = "33/CT-TTg", issueDate = "2021-11-26", issuer = "Thủ tướng Chính phủ" } },
        })).ReadAsync<DocumentDto>(HttpStatusCode.Created);

        var draft = await (await officer.PostJsonAsync("/api/v1/movements", new
        {
            name = "Dân vận khéo 2026", year = 2026, form = "Thematic", launchingUnitId = ubnd, planDocumentId = plan.Id,
            startsOn = "2026-03-02", planDeadline = "2026-03-20", registrationDeadline = "2026-04-30",
            participants = new[] { new { unitId = ubnd, includeDescendants = true, kindId = (Guid?)communeKind }, new { unitId = ubnd, includeDescendants = true, kindId = (Guid?)deptKind } },
            items = new object[]
            {
                new { kind = "Content", text = "Vận động nhân dân chấp hành tốt chủ trương của Đảng" },
                new { kind = "CollectiveStandard", text = "Có ít nhất một mô hình được công nhận", ruleCode = "dvk.model_recognised" },
                new { kind = "Award", text = "Bằng khen của Chủ tịch UBND tỉnh", quota = 10 },
            },
        })).ReadAsync<MovementDto>(HttpStatusCode.Created);
        draft.Status.ShouldBe(MovementStatus.Draft);
        (await app.WithDbAsync(db => db.PlanObligations.CountAsync(o => o.MovementId == draft.Id))).ShouldBe(0);

        var launched = await (await officer.PostJsonAsync($"/api/v1/movements/{draft.Id}/launch", new { note = "Phát động tại hội nghị" }))
            .ReadAsync<MovementDto>();
        launched.Status.ShouldBe(MovementStatus.Launched);
        launched.History.Select(h => h.Action).ShouldBe([MovementAction.Created, MovementAction.Launched]);
        launched.History.Select(h => h.ActionLabel).ShouldBe(["Tạo dự thảo", "Phát động"]);
        var expected = await app.WithDbAsync(db => db.Units.CountAsync(u => u.ValidTo == null && (u.KindId == communeKind || u.KindId == deptKind)));
        var report = await (await officer.GetAsync($"/api/v1/movements/{draft.Id}/compliance")).ReadAsync<ComplianceReport>();
        report.Totals.Total.ShouldBe(expected);
        report.Totals.Pending.ShouldBe(expected);

        // XA001 files within the deadline: on time.
        using var commune = await app.ClientForAsync("thidua.xa001");
        var xa001 = await app.UnitIdAsync("XA001");
        var filed = await (await commune.PostJsonAsync($"/api/v1/movements/{draft.Id}/plans", new
        {
            unitId = xa001, number = "07/KH-UBND", issueDate = "2026-03-02", title = "Triển khai phong trào thi đua “Dân vận khéo” năm 2026",
        })).ReadAsync<MyObligationDto>();
        filed.Status.ShouldBe(PlanStatus.OnTime);
        var planDoc = await (await officer.GetAsync($"/api/v1/documents/{filed.PlanDocumentId}")).ReadAsync<DocumentDto>();
        planDoc.IssuerUnitId.ShouldBe(xa001);
        planDoc.Outgoing.ShouldContain(r => r.Id == plan.Id && r.Kind == RelationKind.Implements);
        var parent = await (await officer.GetAsync($"/api/v1/documents/{plan.Id}")).ReadAsync<DocumentDto>();
        parent.Incoming.ShouldContain(r => r.Id == planDoc.Id && r.Kind == RelationKind.Implements);

        // Withdraw and refile before the deadline.
        (await commune.DeleteAsync($"/api/v1/movements/{draft.Id}/plans/{xa001}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await commune.PostJsonAsync($"/api/v1/movements/{draft.Id}/plans", new { unitId = xa001, documentId = planDoc.Id }))
            .ReadAsync<MyObligationDto>()).Status.ShouldBe(PlanStatus.OnTime);

        // After the deadline: a plan filed now is late, an unfiled one is missing, and a filed one cannot be withdrawn.
        clock.Advance(TimeSpan.FromDays(20));
        using var ward = await app.ClientForAsync("thidua.phuong01");
        var phuong01 = await app.UnitIdAsync("PHUONG01");
        (await (await ward.PostJsonAsync($"/api/v1/movements/{draft.Id}/plans", new { unitId = phuong01, number = "03/KH-UBND", issueDate = "2026-03-21", title = "Kế hoạch triển khai" }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe(MovementErrors.NoObligation.Message, "a ward is not a commune: no obligation in this movement");
        var xa002 = await app.UnitIdAsync("XA002");
        (await officer.PostJsonAsync($"/api/v1/movements/{draft.Id}/plans", new { unitId = xa002, number = "04/KH-UBND", issueDate = "2026-03-21", title = "Kế hoạch" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden, "the commendation officer sees the commune but does not file its plan");
        await (await commune.DeleteAsync($"/api/v1/movements/{draft.Id}/plans/{xa001}")).ProblemAsync(HttpStatusCode.Conflict);

        using var admin = await app.ClientForAsync("qtv.tinh");
        var late = await (await admin.PostJsonAsync($"/api/v1/movements/{draft.Id}/plans", new { unitId = xa002, number = "04/KH-UBND", issueDate = "2026-03-21", title = "Kế hoạch" }))
            .ReadAsync<MyObligationDto>();
        late.Status.ShouldBe(PlanStatus.Late);

        report = await (await officer.GetAsync($"/api/v1/movements/{draft.Id}/compliance?limit=200")).ReadAsync<ComplianceReport>();
        report.Totals.OnTime.ShouldBe(1);
        report.Totals.Late.ShouldBe(1);
        report.Totals.Missing.ShouldBe(expected - 2);
        report.Totals.Pending.ShouldBe(0);
        report.Units.Items.Single(u => u.UnitCode == "XA001").Status.ShouldBe(PlanStatus.OnTime);
        report.Units.Items.Single(u => u.UnitCode == "XA002").Status.ShouldBe(PlanStatus.Late);
        report.Timeline[^1].ShouldBe(new TimelinePoint(new DateOnly(2026, 3, 22), 1, 1));
        report.ByKind.Single(k => k.Key == deptKind.ToString()).Counts.Missing.ShouldBe(12);

        // Every status filter in SQL returns exactly the rows the rule classifies that way.
        foreach (var status in Enum.GetValues<PlanStatus>())
        {
            var filtered = await (await officer.GetAsync($"/api/v1/movements/{draft.Id}/compliance?status={status}&limit=200")).ReadAsync<ComplianceReport>();
            filtered.Units.Items.Select(u => u.UnitCode).Order(StringComparer.Ordinal)
                .ShouldBe(report.Units.Items.Where(u => u.Status == status).Select(u => u.UnitCode).Order(StringComparer.Ordinal));
        }

        // A commune officer sees only their own commune in the report.
        var own = await (await commune.GetAsync($"/api/v1/movements/{draft.Id}/compliance")).ReadAsync<ComplianceReport>();
        own.Totals.Total.ShouldBe(1);
        own.Units.Items.ShouldHaveSingleItem().UnitCode.ShouldBe("XA001");

        // Excel export of the overdue list.
        using var xlsx = await officer.GetAsync($"/api/v1/movements/{draft.Id}/compliance.xlsx?status=Missing");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var zip = new System.IO.Compression.ZipArchive(await xlsx.Content.ReadAsStreamAsync());
        using var sheet = new StreamReader(zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Open());
        var xml = await sheet.ReadToEndAsync();
        xml.ShouldContain("XA003");
        xml.ShouldNotContain("XA001");

        (await (await officer.PostJsonAsync($"/api/v1/movements/{draft.Id}/close", new { note = "Tổng kết" })).ReadAsync<MovementDto>())
            .Status.ShouldBe(MovementStatus.Closed);
        await (await commune.PostJsonAsync($"/api/v1/movements/{draft.Id}/plans", new { unitId = xa001, documentId = planDoc.Id }))
            .ProblemAsync(HttpStatusCode.Conflict);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Cascading_obliges_the_sub_units_of_each_participant_with_their_own_deadline(Provider provider)
    {
        var clock = new ManualClock(Start);
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        using var officer = await app.ClientForAsync("tdkt.snv");
        var ubnd = await app.UnitIdAsync("UBND");
        var stp = await app.UnitIdAsync("STP");
        var syt = await app.UnitIdAsync("SYT");
        var plan = await app.WithDbAsync(db => db.Documents.Where(d => d.Number == "45/KH-UBND").Select(d => d.Id).SingleAsync());
        var draft = await (await officer.PostJsonAsync("/api/v1/movements", new
        {
            name = "Năm dân vận khéo", year = 2026, form = "Regular", launchingUnitId = ubnd, planDocumentId = plan,
            startsOn = "2026-03-02", planDeadline = "2026-03-20", cascadeToSubunits = true, cascadeDeadline = "2026-04-05",
            participants = new[] { new { unitId = stp, includeDescendants = false }, new { unitId = syt, includeDescendants = false } },
        })).ReadAsync<MovementDto>(HttpStatusCode.Created);
        await (await officer.PostJsonAsync($"/api/v1/movements/{draft.Id}/launch", new { })).ReadAsync<MovementDto>();

        var obligations = await app.WithDbAsync(db => db.PlanObligations.AsNoTracking().Where(o => o.MovementId == draft.Id)
            .Join(db.Units, o => o.UnitId, u => u.Id, (o, u) => new { u.Code, o.Level, o.DueOn, o.ParentUnitId }).ToListAsync());
        obligations.Where(o => o.Level == 0).Select(o => o.Code).Order(StringComparer.Ordinal).ShouldBe(["STP", "SYT"]);
        var children = obligations.Where(o => o.Level == 1).ToList();
        children.Select(o => o.Code).ShouldAllBe(c => c.StartsWith("STP.") || c.StartsWith("SYT."));
        children.Count.ShouldBe(await app.WithDbAsync(db => db.Units.CountAsync(u => u.ValidTo == null && (u.ParentId == stp || u.ParentId == syt))));
        children.ShouldAllBe(o => o.DueOn == new DateOnly(2026, 4, 5));

        // Drill-down: under STP only STP's sub-units.
        var under = await (await officer.GetAsync($"/api/v1/movements/{draft.Id}/compliance?underUnitId={stp}")).ReadAsync<ComplianceReport>();
        under.Units.Items.ShouldAllBe(u => u.UnitCode == "STP" || u.UnitCode.StartsWith("STP."));
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_movements_are_refused_in_Vietnamese_and_nothing_is_saved(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        var ubnd = await app.UnitIdAsync("UBND");
        var before = await app.WithDbAsync(db => db.Movements.CountAsync());
        object Movement(string starts, string deadline, object[]? participants = null, object[]? items = null) => new
        {
            name = "Phong trào thử", year = 2026, form = "Thematic", launchingUnitId = ubnd, startsOn = starts, planDeadline = deadline,
            participants = participants ?? [new { unitId = ubnd, includeDescendants = true }], items = items ?? [],
        };

        (await (await officer.PostJsonAsync("/api/v1/movements", Movement("2026-05-10", "2026-05-01"))).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail.ShouldBe("Hạn ban hành kế hoạch của đơn vị không được trước ngày phát động.");
        (await (await officer.PostJsonAsync("/api/v1/movements", Movement("2026-02-31", "2026-05-01"))).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail!.ShouldContain("startsOn");
        (await (await officer.PostJsonAsync("/api/v1/movements", Movement("2026-05-01", "2026-05-10", items: [new { kind = "Award", text = "Bằng khen", quota = -1 }])))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe(MovementErrors.BadQuota.Message);
        (await (await officer.PostJsonAsync("/api/v1/movements", Movement("2026-05-01", "2026-05-10", participants: [new { unitId = Guid.NewGuid(), includeDescendants = true }])))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe(MovementErrors.ParticipantNotFound.Message);
        (await app.WithDbAsync(db => db.Movements.CountAsync())).ShouldBe(before);

        // A draft without a plan document cannot be launched; launching twice is a conflict.
        var draft = await (await officer.PostJsonAsync("/api/v1/movements", Movement("2026-05-01", "2099-05-10"))).ReadAsync<MovementDto>(HttpStatusCode.Created);
        (await (await officer.PostJsonAsync($"/api/v1/movements/{draft.Id}/launch", new { })).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail.ShouldBe(MovementErrors.PlanDocumentRequired.Message);
        (await app.WithDbAsync(db => db.PlanObligations.CountAsync(o => o.MovementId == draft.Id))).ShouldBe(0);
        var demo = await app.WithDbAsync(db => db.Movements.Where(m => m.Status == MovementStatus.Launched).Select(m => m.Id).FirstAsync());
        await (await officer.PostJsonAsync($"/api/v1/movements/{demo}/launch", new { })).ProblemAsync(HttpStatusCode.Conflict);

        // A viewer sees the launched movement, not the draft.
        using var viewer = await app.ClientForAsync("xem");
        var list = await (await viewer.GetAsync("/api/v1/movements")).ReadAsync<DanVan.Infrastructure.Web.Page<MovementListItem>>();
        list.Items.ShouldContain(m => m.Id == demo);
        list.Items.ShouldNotContain(m => m.Id == draft.Id);
        await (await viewer.GetAsync($"/api/v1/movements/{draft.Id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_movement_has_plans_on_time_late_and_missing(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        var movements = await (await officer.GetAsync("/api/v1/movements?status=Launched")).ReadAsync<DanVan.Infrastructure.Web.Page<MovementListItem>>();
        var demo = movements.Items.ShouldHaveSingleItem();
        demo.PlanNumber.ShouldBe("45/KH-UBND");
        var report = await (await officer.GetAsync($"/api/v1/movements/{demo.Id}/compliance")).ReadAsync<ComplianceReport>();
        report.Totals.Total.ShouldBe(112);
        report.Totals.OnTime.ShouldBeGreaterThan(report.Totals.Late);
        report.Totals.Late.ShouldBeGreaterThan(0);
        report.Totals.Missing.ShouldBeGreaterThan(0);
        var detail = await (await officer.GetAsync($"/api/v1/movements/{demo.Id}")).ReadAsync<MovementDto>();
        detail.Items.Count(i => i.Kind == MovementItemKind.Content).ShouldBe(10);
        detail.Items.ShouldContain(i => i.RuleCode == "dvk.model_recognised");
    }
}
