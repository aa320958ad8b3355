using System.Net;
using DanVan.Features.Accounts;
using DanVan.Features.Decisions;
using DanVan.Features.Models;
using DanVan.Features.Movements;
using DanVan.Features.Notices;
using DanVan.Features.Registrations;
using DanVan.Features.Work;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Features.Decisions;
using DanVan.Tests.Features.Notices;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Work;

/// <summary>
/// The home page's work list (<c>GET /api/v1/me/work</c>, <c>/</c>, <c>/Work</c>): each user sees the work of the units
/// their grants reach and nothing of another commune or another province; overdue first, then by deadline; pages that
/// follow one another exactly.
/// </summary>
public sealed class WorkListTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [Theory]
    [InlineData(-1, WorkState.Overdue)]
    [InlineData(-30, WorkState.Overdue)]
    [InlineData(0, WorkState.DueSoon)]
    [InlineData(7, WorkState.DueSoon)]
    [InlineData(8, WorkState.Waiting)]
    [InlineData(null, WorkState.Waiting)]
    public void State_follows_the_deadline(int? daysAhead, WorkState expected)
    {
        var today = new DateOnly(2026, 3, 10);
        WorkItem.StateOf(daysAhead is { } d ? today.AddDays(d) : null, today, dueSoonDays: 7).ShouldBe(expected);
    }

    [Fact]
    public void Running_statuses_are_the_running_rule()
    {
        foreach (var status in Enum.GetValues<MovementStatus>())
        {
            Movement.RunningStatuses.Contains(status).ShouldBe(Movement.IsRunningIn(status), status.ToString());
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_commune_officer_sees_its_own_plans_overdue_first_and_nothing_of_another_commune_or_province(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var xa001 = await app.UnitIdAsync("XA001");
        var ward = await app.WithDbAsync(db => db.RoleAssignments.Where(a => db.Users.Any(u => u.Id == a.UserId && u.UserName == "thidua.phuong01"))
            .Select(a => a.UnitId).SingleAsync());
        var ubnd = await app.UnitIdAsync("UBND");
        var today = await app.WithDbAsync(db => Task.FromResult(VnTime.Today(db.Time)));

        // Two movements of the province: one with plans due in a year, one whose plans were due five days ago.
        var (later, overdue) = await app.WithDbAsync(async db =>
        {
            var plan = await db.AddDocumentAsync(ubnd, "91/KH-UBND", today.AddDays(-20));
            var later = await db.AddMovementAsync(ubnd, plan, [xa001, ward], launched: true);
            var overdue = await db.AddMovementAsync(ubnd, plan, [], launched: true);
            await AddObligationAsync(db, overdue, xa001, today.AddDays(-5));
            await AddObligationAsync(db, overdue, ward, today.AddDays(-5));
            return (later, overdue);
        });

        // Another province with its own overdue plan.
        var other = await app.CreateTenantAsync("KHAC");
        var otherCommune = await app.CreateUnitAsync(other.RootId, other.CommuneKindId, "KX01", "UBND xã Khác");
        await app.CreateUserAsync("thidua.khac", Role.UnitOfficer, otherCommune);
        await app.WithDbAsync(async db =>
        {
            var plan = await db.AddDocumentAsync(other.RootId, "92/KH-UBND", today.AddDays(-20));
            var movement = await db.AddMovementAsync(other.RootId, plan, [], launched: true);
            await AddObligationAsync(db, movement, otherCommune, today.AddDays(-3));
        });

        using var officer = await app.ClientForAsync("thidua.xa001");
        var mine = await ReadAllAsync(officer);
        var allowed = await app.WithDbAsync(db => db.Units.Where(u => u.Id == xa001 || u.ParentId == xa001).Select(u => u.Id).ToListAsync());
        mine.ShouldAllBe(i => allowed.Contains(i.UnitId), "only XA001 and its own units");
        var overdueItem = mine.Single(i => i.Link == $"/Movements/FilePlan/{overdue}?unitId={xa001}");
        overdueItem.Kind.ShouldBe(PlansToFileWork.Kind);
        overdueItem.State.ShouldBe(WorkState.Overdue);
        overdueItem.DaysLeft.ShouldBe(-5);
        overdueItem.Deadline.ShouldBe(today.AddDays(-5));
        var laterItem = mine.Single(i => i.Link == $"/Movements/FilePlan/{later}?unitId={xa001}");
        laterItem.State.ShouldBe(WorkState.Waiting);
        laterItem.DaysLeft.ShouldBe(365);
        mine.IndexOf(overdueItem).ShouldBeLessThan(mine.IndexOf(laterItem));
        var keys = mine.Where(i => i.State != WorkState.Info).Select(i => i.Deadline ?? DateOnly.MaxValue).ToList();
        keys.ShouldBe(keys.Order().ToList(), "overdue first, then by deadline");
        mine.ShouldNotContain(i => i.UnitId == ward || i.UnitId == otherCommune);

        // Paging one item at a time gives the same list as one page.
        var pages = new List<WorkItem>();
        for (var page = 1; page <= mine.Count; page++)
        {
            pages.AddRange((await (await officer.GetAsync($"/api/v1/me/work?page={page}&pageSize=1")).ReadAsync<GetMyWork.WorkList>()).Items);
        }

        pages.Select(i => i.Link + i.Title).ShouldBe(mine.Select(i => i.Link + i.Title));

        // The home page lists it with its state; the other commune and province see their own and never XA001's.
        var home = WebUtility.HtmlDecode(await officer.GetStringAsync("/")); // Razor writes Vietnamese in expressions as entities
        home.ShouldContain("Việc cần xử lý");
        home.ShouldContain($"/Movements/FilePlan/{overdue}?unitId={xa001}");
        home.ShouldContain("Quá hạn");
        (await officer.GetStringAsync("/Work")).ShouldContain($"/Movements/FilePlan/{later}?unitId={xa001}");

        using var wardOfficer = await app.ClientForAsync("thidua.phuong01");
        var theirs = await ReadAllAsync(wardOfficer);
        theirs.ShouldContain(i => i.Link == $"/Movements/FilePlan/{overdue}?unitId={ward}" && i.State == WorkState.Overdue);
        theirs.ShouldNotContain(i => allowed.Contains(i.UnitId));

        using var foreign = await app.ClientForAsync("thidua.khac");
        var foreignItems = await ReadAllAsync(foreign);
        foreignItems.ShouldNotBeEmpty();
        foreignItems.ShouldAllBe(i => i.UnitId == otherCommune);
        mine.ShouldNotContain(i => i.UnitId == otherCommune);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Registrations_to_approve_models_to_score_and_extended_deadlines_reach_the_right_people_only(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var xa001 = await app.UnitIdAsync("XA001");
        var ward = await app.WithDbAsync(db => db.RoleAssignments.Where(a => db.Users.Any(u => u.Id == a.UserId && u.UserName == "thidua.phuong01"))
            .Select(a => a.UnitId).SingleAsync());
        var ubnd = await app.UnitIdAsync("UBND");
        var today = await app.WithDbAsync(db => Task.FromResult(VnTime.Today(db.Time)));
        var (movement, model) = await app.WithDbAsync(async db =>
        {
            var plan = await db.AddDocumentAsync(ubnd, "93/KH-UBND", today.AddDays(-20));
            var movement = await db.AddMovementAsync(ubnd, plan, [xa001, ward], launched: true);
            await db.AddRegistrationAsync(movement, xa001);
            await db.AddRegistrationAsync(movement, ward);
            var model = await db.AddModelAsync(xa001, ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose);
            return (movement, model);
        });

        // The commune's head approves its own registration; nobody sees the ward's.
        using var head = await app.ClientForAsync("chutich.xa001");
        var headItems = await ReadAllAsync(head);
        headItems.ShouldContain(i => i.Kind == RegistrationsToApproveWork.Kind && i.Link == $"/Registrations/Edit/{movement}?unitId={xa001}");
        headItems.ShouldNotContain(i => i.UnitId == ward);
        using var officer = await app.ClientForAsync("thidua.xa001");
        (await ReadAllAsync(officer)).ShouldNotContain(i => i.Kind == RegistrationsToApproveWork.Kind, "an officer does not approve");

        // The province's reviewer scores the proposed model; once scored it waits for recognition. A commune officer does not review.
        using var reviewer = await app.ClientForAsync("bandanvan");
        (await ReadAllAsync(reviewer)).Single(i => i.Link == $"/Models/Details/{model}").KindLabel.ShouldBe("Chấm điểm mô hình");
        (await reviewer.PostJsonAsync($"/api/v1/models/{model}/reviews", new { scores = new { truthful = 8, effective = 8, sustainable = 7, replicable = 7 } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAllAsync(reviewer)).Single(i => i.Link == $"/Models/Details/{model}").KindLabel.ShouldBe("Xét công nhận mô hình");
        (await ReadAllAsync(officer)).ShouldNotContain(i => i.Kind == ModelsToReviewWork.Kind);

        // The province extends XA001's deadline with a reason: the commune is told, the ward is not.
        using var manager = await app.ClientForAsync("tdkt.snv");
        (await manager.PostJsonAsync($"/api/v1/movements/{movement}/plans/extend",
            new { unitIds = new[] { xa001 }, until = today.AddDays(400).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reason = "Xã mới sáp nhập" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var notice = (await ReadAllAsync(officer)).Single(i => i.Kind == ObligationNoticesWork.Kind && i.Link == $"/Movements/FilePlan/{movement}?unitId={xa001}");
        notice.State.ShouldBe(WorkState.Info);
        notice.Deadline.ShouldBe(today.AddDays(400));
        notice.Note!.ShouldContain("Xã mới sáp nhập");
        using var wardOfficer = await app.ClientForAsync("thidua.phuong01");
        (await ReadAllAsync(wardOfficer)).ShouldNotContain(i => i.Kind == ObligationNoticesWork.Kind && i.Link.Contains(movement.ToString()));
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Comments_waiting_for_a_disposition_and_draft_decisions_reach_those_who_handle_them(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var stp = await app.UnitIdAsync("STP");
        var notice = await app.WithDbAsync(db => db.AddNoticeAsync(stp, ended: true));
        var decision = await app.WithDbAsync(db => db.AddDecisionAsync(stp));

        using var manager = await app.ClientForAsync("tdkt.snv");
        var items = await ReadAllAsync(manager);
        var comments = items.Where(i => i.Kind == CommentsWork.Kind && i.Link == $"/Notices/Details/{notice.Notice}").ShouldHaveSingleItem();
        comments.Title.ShouldStartWith("Xử lý 1 ý kiến góp ý");
        comments.State.ShouldBe(WorkState.Overdue, "the notice has ended and a comment still waits");
        comments.UnitId.ShouldBe(stp);
        var draft = items.Where(i => i.Kind == DecisionsWork.Kind && i.Link == $"/Decisions/Details/{decision.Decision}").ShouldHaveSingleItem();
        draft.Deadline.ShouldBe(await app.WithDbAsync(db => Task.FromResult(VnTime.Today(db.Time))));
        draft.State.ShouldBe(WorkState.DueSoon);
        draft.Note!.ShouldContain("1 người, tập thể");

        // Handled, issued: gone from the list.
(await manager.PostJsonAsync($"/api/v1/notices/comments/{notice.Comment}/disposition", new { disposition = "NotRelated", reason = "Không nêu về người được đề nghị" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAllAsync(manager)).ShouldNotContain(i => i.Kind == CommentsWork.Kind && i.Link == $"/Notices/Details/{notice.Notice}");

        // A commune's officer manages no council of Sở Tư pháp and drafts none of its decisions.
        using var commune = await app.ClientForAsync("thidua.xa001");
        (await ReadAllAsync(commune)).ShouldNotContain(i => i.Kind == CommentsWork.Kind || i.Kind == DecisionsWork.Kind);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_annulled_award_still_to_recover_reaches_the_revoking_units_officer(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var award = await app.WithDbAsync(db => db.RevokedAwards.SingleAsync()); // the demo's Giấy khen revoked by Sở Y tế
        using var officer = await app.ClientForAsync("thidua.syt");
        var item = (await ReadAllAsync(officer)).Where(i => i.Kind == DanVan.Features.Certificates.RecoveriesWork.Kind).ShouldHaveSingleItem();
        item.Title.ShouldContain(award.HolderName);
        item.Deadline.ShouldBe(award.Deadline);
        item.Link.ShouldStartWith("/Certificates/Revocations#revocation-");
        using var commune = await app.ClientForAsync("thidua.xa001");
        (await ReadAllAsync(commune)).ShouldNotContain(i => i.Kind == DanVan.Features.Certificates.RecoveriesWork.Kind);
    }

    /// <summary>Every item of the caller's list, page by page (the province's reviewer has the demo's assessments, reports and contests too); also used by other features' tests.</summary>
    internal static async Task<List<WorkItem>> ReadAllAsync(HttpClient client)
    {
        var items = new List<WorkItem>();
        for (var page = 1; page <= 10; page++)
        {
            var list = await (await client.GetAsync($"/api/v1/me/work?pageSize=100&page={page}")).ReadAsync<GetMyWork.WorkList>();
            items.AddRange(list.Items);
            if (page * list.PageSize >= list.Total)
            {
                break;
            }
        }

        return items;
    }

    private static async Task AddObligationAsync(AppDbContext db, Guid movementId, Guid unitId, DateOnly dueOn)
    {
        var tenantId = await db.Units.Where(u => u.Id == unitId).Select(u => u.TenantId).SingleAsync();
        db.PlanObligations.Add(new PlanObligation(tenantId, movementId, unitId, dueOn, 0, null));
        await db.SaveChangesAsync();
    }
}
