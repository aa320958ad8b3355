using System.Net;
using DanVan.Features.Documents;
using DanVan.Features.Movements;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Features.Movements;

/// <summary>DOMAIN.md §8 W1 through the API: on time by the plan's issue date, extensions and waivers with reasons, existing plans checked.</summary>
public sealed class PlanObligationTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero); // 09:00 in Vietnam

    private static async Task<Guid> LaunchForCommunesAsync(TestApp app, HttpClient officer)
    {
        var ubnd = await app.UnitIdAsync("UBND");
        var communeKind = await app.WithDbAsync(db => db.UnitKinds.Where(k => k.Code == "COMMUNE").Select(k => k.Id).SingleAsync());
        var plan = await app.WithDbAsync(db => db.AddDocumentAsync(ubnd, "12/KH-UBND", new DateOnly(2026, 3, 1)));
        var draft = await (await officer.PostJsonAsync("/api/v1/movements", new
        {
            name = "Kế hoạch đúng hạn 2026", year = 2026, form = "Regular", launchingUnitId = ubnd, planDocumentId = plan,
            startsOn = "2026-03-02", planDeadline = "2026-03-20",
            participants = new[] { new { unitId = ubnd, includeDescendants = true, kindId = (Guid?)communeKind } },
        })).ReadAsync<MovementDto>(HttpStatusCode.Created);
        await (await officer.PostJsonAsync($"/api/v1/movements/{draft.Id}/launch", new { })).ReadAsync<MovementDto>();
        return draft.Id;
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_plan_is_on_time_by_its_issue_date_and_an_existing_document_gets_the_same_checks(Provider provider)
    {
        var clock = new ManualClock(Start);
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        using var officer = await app.ClientForAsync("tdkt.snv");
        var id = await LaunchForCommunesAsync(app, officer);
        using var commune = await app.ClientForAsync("thidua.xa001");
        var xa001 = await app.UnitIdAsync("XA001");

        // An issue date after today is refused, and nothing is registered.
        var documents = await app.WithDbAsync(db => db.Documents.CountAsync());
        (await (await commune.PostJsonAsync($"/api/v1/movements/{id}/plans", new { unitId = xa001, number = "21/KH-UBND", issueDate = "2026-03-03", title = "Kế hoạch" }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe(MovementErrors.PlanIssuedInFuture.Message);
        (await app.WithDbAsync(db => db.Documents.CountAsync())).ShouldBe(documents);

        // Entered after the deadline, issued before it: on time, with both dates kept.
        clock.Advance(TimeSpan.FromDays(25));
        var filed = await (await commune.PostJsonAsync($"/api/v1/movements/{id}/plans", new { unitId = xa001, number = "21/KH-UBND", issueDate = "2026-03-18", title = "Kế hoạch triển khai" }))
            .ReadAsync<MyObligationDto>();
        filed.Status.ShouldBe(PlanStatus.OnTime);
        (filed.PlanIssuedOn, filed.FiledOn).ShouldBe((new DateOnly(2026, 3, 18), new DateOnly(2026, 3, 27)));
        var report = await (await officer.GetAsync($"/api/v1/movements/{id}/compliance?status=OnTime")).ReadAsync<ComplianceReport>();
        report.Units.Items.ShouldContain(u => u.UnitCode == "XA001");

        // An existing register document: a report is not a plan; a plan of the unit is filed and linked to the movement's plan.
        var xa002 = await app.UnitIdAsync("XA002");
        using var admin = await app.ClientForAsync("qtv.tinh");
        var (report002, plan002) = await app.WithDbAsync(async db =>
        {
            var tenantId = await db.Units.Where(u => u.Id == xa002).Select(u => u.TenantId).SingleAsync();
            var notPlan = Document.Create(tenantId, xa002, MovementData.Number("30/BC-UBND"), new DocumentDetails(DocumentType.Report, xa002, "UBND xã",
                null, new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 5), null, DocumentStatus.InForce, null, null, "Báo cáo", null), isStub: false);
            db.Documents.Add(notPlan);
            await db.SaveChangesAsync();
            return (notPlan.Id, await db.AddDocumentAsync(xa002, "31/KH-UBND", new DateOnly(2026, 3, 21)));
        });
        (await (await admin.PostJsonAsync($"/api/v1/movements/{id}/plans", new { unitId = xa002, documentId = report002 }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe(MovementErrors.PlanWrongType.Message);
        var late = await (await admin.PostJsonAsync($"/api/v1/movements/{id}/plans", new { unitId = xa002, documentId = plan002 })).ReadAsync<MyObligationDto>();
        late.Status.ShouldBe(PlanStatus.Late, "issued 21/3, due 20/3");
        var parent = await app.WithDbAsync(db => db.Movements.Where(m => m.Id == id).Select(m => m.PlanDocumentId).SingleAsync());
        (await app.WithDbAsync(db => db.DocumentRelations.CountAsync(r => r.FromId == plan002 && r.ToId == parent && r.Kind == RelationKind.Implements))).ShouldBe(1);

        var detail = await (await officer.GetAsync($"/api/v1/movements/{id}")).ReadAsync<MovementDto>();
        detail.History.Where(h => h.Action == MovementAction.PlanFiled).Select(h => h.UnitId).ShouldBe([xa001, xa002], ignoreOrder: true, "filing rows name their unit");
        detail.History.Where(h => h.Action == MovementAction.PlanFiled).ShouldAllBe(h => h.UnitName != null);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Managers_extend_some_deadlines_and_waive_with_a_reason_that_the_unit_sees(Provider provider)
    {
        var clock = new ManualClock(Start);
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        using var officer = await app.ClientForAsync("tdkt.snv");
        var id = await LaunchForCommunesAsync(app, officer);
        var xa001 = await app.UnitIdAsync("XA001");
        var xa002 = await app.UnitIdAsync("XA002");
        using var commune = await app.ClientForAsync("thidua.xa001");

        // A reason is required; a unit officer may not extend.
        (await (await officer.PostJsonAsync($"/api/v1/movements/{id}/plans/extend", new { unitIds = new[] { xa001 }, until = "2026-04-05" }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldContain("lý do");
        (await commune.PostJsonAsync($"/api/v1/movements/{id}/plans/extend", new { unitIds = new[] { xa001 }, until = "2026-04-05", reason = "Tự gia hạn" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var extended = await (await officer.PostJsonAsync($"/api/v1/movements/{id}/plans/extend",
            new { unitIds = new[] { xa001 }, until = "2026-04-05", reason = "Xã đang kiện toàn bộ máy sau sắp xếp" })).ReadAsync<ExtendPlanDeadline.Extended>();
        extended.Count.ShouldBe(1);
        var dues = await app.WithDbAsync(db => db.PlanObligations.Where(o => o.MovementId == id && (o.UnitId == xa001 || o.UnitId == xa002))
            .ToDictionaryAsync(o => o.UnitId, o => o.DueOn));
        (dues[xa001], dues[xa002]).ShouldBe((new DateOnly(2026, 4, 5), new DateOnly(2026, 3, 20)));

        // The unit sees its new deadline and the reason.
        var seen = await (await commune.GetAsync($"/api/v1/movements/{id}")).ReadAsync<MovementDto>();
        seen.MyObligations.Single(o => o.UnitId == xa001).DueOn.ShouldBe(new DateOnly(2026, 4, 5));
        var row = seen.History.Single(h => h.Action == MovementAction.DeadlineExtended);
        (row.UnitId, row.Until, row.Note).ShouldBe((xa001, new DateOnly(2026, 4, 5), "Xã đang kiện toàn bộ máy sau sắp xếp"));

        // Past the old deadline: XA001 is still pending, XA002 missing until waived; a waiver is lifted with a reason.
        clock.Advance(TimeSpan.FromDays(20));
        (await (await officer.PostJsonAsync($"/api/v1/movements/{id}/plans/{xa002}/waive", new { }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldContain("lý do");
        var waived = await (await officer.PostJsonAsync($"/api/v1/movements/{id}/plans/{xa002}/waive", new { reason = "Xã đã sáp nhập vào xã khác" }))
            .ReadAsync<MyObligationDto>();
        (waived.Status, waived.WaivedReason).ShouldBe((PlanStatus.NotRequired, "Xã đã sáp nhập vào xã khác"));
        await (await officer.PostJsonAsync($"/api/v1/movements/{id}/plans/{xa002}/waive", new { reason = "Lần nữa" })).ProblemAsync(HttpStatusCode.Conflict);
        var report = await (await officer.GetAsync($"/api/v1/movements/{id}/compliance?limit=200")).ReadAsync<ComplianceReport>();
        report.Units.Items.Single(u => u.UnitCode == "XA001").Status.ShouldBe(PlanStatus.Pending);
        report.Units.Items.Single(u => u.UnitCode == "XA002").Status.ShouldBe(PlanStatus.NotRequired);
        var lifted = await (await officer.PostJsonAsync($"/api/v1/movements/{id}/plans/{xa002}/lift-waiver", new { reason = "Miễn nhầm đơn vị" }))
            .ReadAsync<MyObligationDto>();
        lifted.Status.ShouldBe(PlanStatus.Missing);

        // Every still-open obligation at once: the filed or waived ones are left alone, and the SQL "open" set agrees with the rule.
        await (await commune.PostJsonAsync($"/api/v1/movements/{id}/plans", new { unitId = xa001, number = "22/KH-UBND", issueDate = "2026-03-21", title = "Kế hoạch" }))
            .ReadAsync<MyObligationDto>();
        var openInSql = await app.WithDbAsync(db => db.PlanObligations.Where(o => o.MovementId == id).Where(PlanObligation.Open).Select(o => o.Id).ToListAsync());
        var openByRule = await app.WithDbAsync(async db => (await db.PlanObligations.Where(o => o.MovementId == id).ToListAsync()).Where(o => o.IsOpen).Select(o => o.Id).ToList());
        openInSql.ShouldBe(openByRule, ignoreOrder: true);
        var all = await (await officer.PostJsonAsync($"/api/v1/movements/{id}/plans/extend", new { allOpen = true, until = "2026-04-30", reason = "Gia hạn chung" }))
            .ReadAsync<ExtendPlanDeadline.Extended>();
        all.Count.ShouldBe(openByRule.Count);
        (await app.WithDbAsync(db => db.PlanObligations.Where(o => o.UnitId == xa001 && o.MovementId == id).Select(o => o.DueOn).SingleAsync()))
            .ShouldBe(new DateOnly(2026, 4, 5), "filed: not extended again");
        (await app.WithDbAsync(db => db.MovementEvents.CountAsync(e => e.MovementId == id && e.Action == MovementAction.DeadlineExtended))).ShouldBe(1 + openByRule.Count);
    }
}
