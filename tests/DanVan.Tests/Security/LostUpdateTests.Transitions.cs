using System.Net;
using DanVan.Features.Movements;
using DanVan.Features.Registrations;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security;

/// <summary>
/// The state changes of movements, plan obligations and registrations take If-Match too: a launch, close, filing,
/// withdrawal, waiver, approval or reopening based on an old read is refused.
/// </summary>
public sealed partial class LostUpdateTests
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_movement_launched_or_closed_from_an_old_read_is_refused_and_nothing_is_assigned(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        var (ubnd, xa001) = (await app.UnitIdAsync("UBND"), await app.UnitIdAsync("XA001"));
        var plan = await app.WithDbAsync(db => db.AddDocumentAsync(ubnd, "79/KH-UBND", new DateOnly(2026, 3, 1)));
        var draft = await officer.PostDraftMovementAsync("Phong trào thử phiên bản", ubnd, plan, xa001);
        var readEtag = $"\"{draft.Version}\"";

        // A colleague edits the draft meanwhile: a launch based on the first read is refused; no unit is given an obligation.
        using var edit = await PutAsync(officer, $"/api/v1/movements/{draft.Id}", MovementData.DraftMovement("Phong trào thử phiên bản (đã sửa)", ubnd, plan, xa001), readEtag);
        var edited = await edit.ReadAsync<MovementDto>();
        using var staleLaunch = await PostAsync(officer, $"/api/v1/movements/{draft.Id}/launch", new { note = "Phát động" }, readEtag);
        (await staleLaunch.ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain(StaleText);
        (await app.WithDbAsync(db => db.PlanObligations.CountAsync(o => o.MovementId == draft.Id))).ShouldBe(0);
        (await app.WithDbAsync(db => db.Movements.Where(m => m.Id == draft.Id).Select(m => m.Status).SingleAsync())).ShouldBe(MovementStatus.Draft);

        using var launch = await PostAsync(officer, $"/api/v1/movements/{draft.Id}/launch", new { note = "Phát động" }, $"\"{edited.Version}\"");
        var launched = await launch.ReadAsync<MovementDto>();
        launched.Status.ShouldBe(MovementStatus.Launched);
        launch.Headers.ETag!.Tag.ShouldBe($"\"{launched.Version}\"");

        using var staleClose = await PostAsync(officer, $"/api/v1/movements/{draft.Id}/close", new { note = "Tổng kết" }, $"\"{edited.Version}\"");
        (await staleClose.ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("stale");
        using var close = await PostAsync(officer, $"/api/v1/movements/{draft.Id}/close", new { note = "Tổng kết" }, launch.Headers.ETag!.Tag);
        (await close.ReadAsync<MovementDto>()).Status.ShouldBe(MovementStatus.Closed);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_plan_filed_withdrawn_or_waived_from_an_old_read_is_refused_and_nothing_is_filed(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        using var commune = await app.ClientForAsync("thidua.xa001");
        var (ubnd, xa001) = (await app.UnitIdAsync("UBND"), await app.UnitIdAsync("XA001"));
        var plan = await app.WithDbAsync(db => db.AddDocumentAsync(ubnd, "81/KH-UBND", new DateOnly(2026, 3, 1)));
        var movement = await officer.PostDraftMovementAsync("Phong trào thử nộp kế hoạch", ubnd, plan, xa001);
        (await officer.PostJsonAsync($"/api/v1/movements/{movement.Id}/launch", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var read = (await (await commune.GetAsync($"/api/v1/movements/{movement.Id}")).ReadAsync<MovementDto>()).MyObligations.Single(o => o.UnitId == xa001);
        var readEtag = $"\"{read.Version}\"";
        var filing = new { unitId = xa001, number = "15/KH-UBND", issueDate = "2026-03-10", title = "Kế hoạch triển khai phong trào" };

        // The manager waives the commune's plan meanwhile (and lifts the waiver): a filing based on the first read is refused.
        using var waive = await PostAsync(officer, $"/api/v1/movements/{movement.Id}/plans/{xa001}/waive", new { reason = "Đơn vị đang sáp nhập" }, readEtag);
        waive.StatusCode.ShouldBe(HttpStatusCode.OK, await waive.Content.ReadAsStringAsync());
        using var staleLift = await PostAsync(officer, $"/api/v1/movements/{movement.Id}/plans/{xa001}/lift-waiver", new { reason = "Không sáp nhập" }, readEtag);
        (await staleLift.ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("stale");
        using var lift = await PostAsync(officer, $"/api/v1/movements/{movement.Id}/plans/{xa001}/lift-waiver", new { reason = "Không sáp nhập" }, waive.Headers.ETag!.Tag);
        lift.StatusCode.ShouldBe(HttpStatusCode.OK, await lift.Content.ReadAsStringAsync());

        using var staleFiling = await PostAsync(commune, $"/api/v1/movements/{movement.Id}/plans", filing, readEtag);
        (await staleFiling.ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain(StaleText);
        (await app.WithDbAsync(db => db.PlanObligations.Where(o => o.MovementId == movement.Id && o.UnitId == xa001).Select(o => o.PlanDocumentId).SingleAsync()))
            .ShouldBeNull();
        (await app.WithDbAsync(db => db.Documents.CountAsync(d => d.IssuerUnitId == xa001 && d.Title == "Kế hoạch triển khai phong trào"))).ShouldBe(0, "nothing half-saved");

        using var filed = await PostAsync(commune, $"/api/v1/movements/{movement.Id}/plans", filing, lift.Headers.ETag!.Tag);
        var mine = await filed.ReadAsync<MyObligationDto>();
        mine.PlanDocumentId.ShouldNotBeNull();
        filed.Headers.ETag!.Tag.ShouldBe($"\"{mine.Version}\"");

        using var staleWithdrawal = await SendAsync(commune, HttpMethod.Delete, $"/api/v1/movements/{movement.Id}/plans/{xa001}", new { }, lift.Headers.ETag!.Tag);
        (await staleWithdrawal.ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("stale");
        using var withdrawn = await SendAsync(commune, HttpMethod.Delete, $"/api/v1/movements/{movement.Id}/plans/{xa001}", new { }, filed.Headers.ETag!.Tag);
        (await withdrawn.ReadAsync<MyObligationDto>()).PlanDocumentId.ShouldBeNull();
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_registration_approved_or_reopened_from_an_old_read_is_refused(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        using var commune = await app.ClientForAsync("thidua.xa001");
        using var head = await app.ClientForAsync("chutich.xa001");
        var (ubnd, xa001) = (await app.UnitIdAsync("UBND"), await app.UnitIdAsync("XA001"));
        var plan = await app.WithDbAsync(db => db.AddDocumentAsync(ubnd, "80/KH-UBND", new DateOnly(2026, 3, 1)));
        var movement = await officer.PostDraftMovementAsync("Phong trào thử phê duyệt", ubnd, plan, xa001);
        (await officer.PostJsonAsync($"/api/v1/movements/{movement.Id}/launch", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var url = $"/api/v1/movements/{movement.Id}/registrations/{xa001}";
        object Body(string commitments) => new { titles = new[] { "TTLDXS" }, commitments };
        var first = await (await commune.PutJsonAsync(url, Body("Cam kết ban đầu"))).ReadAsync<RegistrationDto>();

        // The head read the first text; the officer changed it since: approving what the head did not read is refused.
        (await commune.PutJsonAsync(url, Body("Cam kết đã sửa"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var staleApproval = await PostAsync(head, $"{url}/approve", new { }, $"\"{first.Version}\"");
        (await staleApproval.ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain(StaleText);
        (await app.WithDbAsync(db => db.Registrations.Where(r => r.MovementId == movement.Id && r.UnitId == xa001)
            .Select(r => r.ApprovedAt).SingleAsync())).ShouldBeNull();

        using var read = await head.GetAsync(url);
        using var approval = await PostAsync(head, $"{url}/approve", new { }, read.Headers.ETag!.Tag);
        var approved = await approval.ReadAsync<RegistrationDto>();
        approved.Status.ShouldBe(RegistrationStatus.Approved);

        using var staleReopen = await PostAsync(officer, $"{url}/reopen", new { until = "2099-05-30" }, read.Headers.ETag!.Tag);
        (await staleReopen.ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("stale");
        using var reopen = await PostAsync(officer, $"{url}/reopen", new { until = "2099-05-30" }, approval.Headers.ETag!.Tag);
        reopen.StatusCode.ShouldBe(HttpStatusCode.OK, await reopen.Content.ReadAsStringAsync());
    }
}
