using System.Net;
using DanVan.Features.Accounts;
using DanVan.Features.Models;
using DanVan.Features.Units;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DanVan.Tests.Features.Units;

/// <summary>A reorganisation dated in the future hands its open work over on its date, not when it is recorded.</summary>
public sealed class PendingHandoverTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    // 09:00 in Vietnam on 2 March 2026; the merger takes effect on 1 July.
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly July = new(2026, 7, 1);

    private sealed record World(TestApp App, ManualClock Clock, TestData.Tenancy T, Guid A, Guid B, Guid Movement, Guid Model, Guid Person,
        Guid Officer, Guid Registration, Guid Admin)
    {
        public string AdminName => "qtv." + T.TenantId.ToString("N")[^6..];
    }

    /// <summary>Communes A and B; A has a plan to file, a registration, a model, an officer and a person.</summary>
    private async Task<World> StartAsync(Provider provider, string code)
    {
        var clock = new ManualClock(Start);
        var app = await TestApp.StartAsync(provider, pg, seedDemo: false, services: s => s.AddSingleton<TimeProvider>(clock));
        var t = await app.CreateTenantAsync(code);
        var a = await app.CreateUnitAsync(t.RootId, t.CommuneKindId, code + "-A", "UBND xã Tịnh An");
        var b = await app.CreateUnitAsync(t.RootId, t.CommuneKindId, code + "-B", "UBND xã Tịnh Bình");
        var admin = await app.CreateUserAsync("qtv." + t.TenantId.ToString("N")[^6..], Role.TenantAdmin, t.RootId);
        var (movement, model, registration) = await app.WithDbAsync(async db =>
        {
            var plan = await db.AddDocumentAsync(t.RootId, "12/KH-UBND", new DateOnly(2026, 3, 1));
            var m = await db.AddMovementAsync(t.RootId, plan, [a], launched: true);
            return (m, await db.AddModelAsync(a, ModelAction.Register), await db.AddRegistrationAsync(m, a, null));
        });
        var person = await app.CreatePersonAsync(a, "Nguyễn Thị Lan");
        var officer = await app.CreateUserAsync("cb." + code.ToLowerInvariant() + ".a", Role.UnitOfficer, a);
        return new World(app, clock, t, a, b, movement, model, person, officer, registration, admin);
    }

    /// <summary>Where A's open work is now: (plan obligation's unit, registration's, model's, officer's role's, person's).</summary>
    private static Task<(Guid Plan, Guid Registration, Guid Model, Guid Role, Guid Person)> WhereAsync(World w) => w.App.WithDbAsync(async db => (
        await db.PlanObligations.Where(o => o.MovementId == w.Movement).Select(o => o.UnitId).SingleAsync(),
        await db.Registrations.Where(r => r.Id == w.Registration).Select(r => r.UnitId).SingleAsync(),
        await db.DvkModels.Where(m => m.Id == w.Model).Select(m => m.UnitId).SingleAsync(),
        await db.RoleAssignments.Where(r => r.UserId == w.Officer).Select(r => r.UnitId).SingleAsync(),
        await db.People.Where(p => p.Id == w.Person).Select(p => p.UnitId).SingleAsync()));

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_merger_dated_in_the_future_closes_the_commune_on_its_date_and_leaves_its_work_in_place_until_then(Provider provider)
    {
        var w = await StartAsync(provider, "HOA");
        await using var app = w.App;
        using var admin = await app.ClientForAsync(w.AdminName);

        await (await admin.PostJsonAsync("/api/v1/units/merge", new { sourceIds = new[] { w.A }, targetId = w.B, effectiveOn = "2026-07-01", basis = "1/NQ-UBTVQH" }))
            .ReadAsync<UnitDto>();

        (await WhereAsync(w)).ShouldBe((w.A, w.A, w.A, w.A, w.A), "A still exists and works until 30 June");
        await app.WithDbAsync(async db =>
        {
            (await db.Units.SingleAsync(u => u.Id == w.A)).ValidTo.ShouldBe(July.AddDays(-1));
            (await db.UnitSuccessions.SingleAsync(s => s.PredecessorId == w.A)).SuccessorId.ShouldBe(w.B);
            (await db.WorkHandovers.CountAsync(h => h.FromUnitId == w.A)).ShouldBe(0);
        });
    }

    private static async Task MergeInJulyAsync(World w)
    {
        using var admin = await w.App.ClientForAsync(w.AdminName);
        await (await admin.PostJsonAsync("/api/v1/units/merge", new { sourceIds = new[] { w.A }, targetId = w.B, effectiveOn = "2026-07-01", basis = "1/NQ-UBTVQH" }))
            .ReadAsync<UnitDto>();
    }

    private static Task<ApplyPendingHandovers.Outcome> ApplyAsync(World w) => ApplyPendingHandovers.RunAsync(w.App.Services, CancellationToken.None);

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task On_its_date_the_work_passes_as_an_immediate_merge_would_in_the_name_of_the_recorder_and_only_once(Provider provider)
    {
        var w = await StartAsync(provider, "NGA");
        await using var app = w.App;
        await MergeInJulyAsync(w);

        // The page and the API say what will pass and when.
        using (var admin = await app.ClientForAsync(w.AdminName))
        {
            var pending = (await (await admin.GetAsync($"/api/v1/units/{w.A}")).ReadAsync<GetUnit.Detail>()).PendingHandover.ShouldNotBeNull();
            (pending.State, pending.EffectiveOn, pending.Basis).ShouldBe((PendingHandoverState.Pending, July, "1/NQ-UBTVQH"));
            pending.Parts.Select(p => p.Kind).ShouldBe(Enum.GetValues<WorkKind>(), ignoreOrder: true);
            pending.Parts.ShouldAllBe(p => p.UnitId == w.B && p.UnitName == "UBND xã Tịnh Bình");
        }

        using (var browser = await app.SignedInAsync(w.AdminName))
        {
            var html = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync($"/Units/Details/{w.A}"));
            html.ShouldContain("Công việc sẽ chuyển cho");
            html.ShouldContain("UBND xã Tịnh Bình</a> vào ngày 01/07/2026");
        }

        // 30 June: not yet.
        w.Clock.Advance(TimeSpan.FromDays(120));
        (await ApplyAsync(w)).Applied.ShouldBe(0);
        (await WhereAsync(w)).ShouldBe((w.A, w.A, w.A, w.A, w.A));

        // 1 July: everything passes, with the same lines an immediate merge writes, by the one who recorded it.
        w.Clock.Advance(TimeSpan.FromDays(1));
        var outcome = await ApplyAsync(w);
        (outcome.Applied, outcome.Refused.Count).ShouldBe((1, 0));
        (await WhereAsync(w)).ShouldBe((w.B, w.B, w.B, w.B, w.B));
        await app.WithDbAsync(async db =>
        {
            var link = await db.UnitSuccessions.SingleAsync(s => s.PredecessorId == w.A);
            var lines = await db.WorkHandovers.Where(h => h.FromUnitId == w.A).ToListAsync();
            lines.Select(h => h.Kind).ShouldBe([WorkKind.PlanObligation, WorkKind.Registration, WorkKind.Model, WorkKind.RoleAssignment, WorkKind.Person],
                ignoreOrder: true);
            lines.ShouldAllBe(h => h.SuccessionId == link.Id && h.ToUnitId == w.B && h.Outcome == HandoverOutcome.Passed && h.UserId == w.Admin
                && h.Note == "Sáp nhập UBND xã Tịnh An theo 1/NQ-UBTVQH (chuyển giao vào ngày có hiệu lực 01/07/2026)");
            (await db.PersonTransfers.SingleAsync(x => x.PersonId == w.Person)).EffectiveOn.ShouldBe(July);
            var change = await db.AuditEntries.Where(e => e.EntityType == "DvkModel" && e.EntityId == w.Model.ToString() && e.Action == "Modified")
                .OrderByDescending(e => e.Seq).FirstAsync();
            (change.UserId, change.UserName).ShouldBe(((Guid?)w.Admin, w.AdminName));
            change.Changes.ShouldNotBeNull().ShouldContain(w.B.ToString());
            (await db.PendingHandovers.SingleAsync(p => p.UnitId == w.A)).State.ShouldBe(PendingHandoverState.Applied);
        });

        // Again (the next hour, another instance, the verb): nothing more.
        (await ApplyAsync(w)).Applied.ShouldBe(0);
        (await app.WithDbAsync(db => db.WorkHandovers.CountAsync(h => h.FromUnitId == w.A))).ShouldBe(5);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Two_instances_applying_at_once_apply_it_once(Provider provider)
    {
        var w = await StartAsync(provider, "DOI");
        await using var app = w.App;
        await MergeInJulyAsync(w);
        w.Clock.Advance(TimeSpan.FromDays(121));

        var both = await Task.WhenAll(ApplyAsync(w), ApplyAsync(w));

        both.Sum(o => o.Applied).ShouldBe(1);
        both.ShouldAllBe(o => o.Refused.Count == 0);
        (await WhereAsync(w)).ShouldBe((w.B, w.B, w.B, w.B, w.B));
        (await app.WithDbAsync(db => db.WorkHandovers.CountAsync(h => h.FromUnitId == w.A))).ShouldBe(5);
        (await app.WithDbAsync(db => db.PersonTransfers.CountAsync(x => x.PersonId == w.Person))).ShouldBe(1);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_withdrawn_decision_cancels_the_handover_with_a_reason_and_nothing_passes_on_the_date(Provider provider)
    {
        var w = await StartAsync(provider, "HUY");
        await using var app = w.App;
        using var admin = await app.ClientForAsync(w.AdminName);

        // A bad choice is refused when recorded, not on the date.
        (await (await admin.PostJsonAsync($"/api/v1/units/{w.A}/dissolve", new
            {
                effectiveOn = "2026-07-01", basis = "2/NQ-HĐND", successorId = w.B, handover = new { modelsTo = w.T.RootId },
            }))
            .ProblemAsync(HttpStatusCode.BadRequest)).AllText.ShouldContain("đơn vị kế thừa");
        (await app.WithDbAsync(db => db.PendingHandovers.CountAsync())).ShouldBe(0);

        await MergeInJulyAsync(w);
        var url = $"/api/v1/units/{w.A}/pending-handover/cancel";
        (await (await admin.PostJsonAsync(url, new { reason = "  " })).ProblemAsync(HttpStatusCode.BadRequest)).AllText.ShouldContain("lý do");
        var cancelled = await (await admin.PostJsonAsync(url, new { reason = "Quyết định 1/NQ-UBTVQH đã bị thu hồi" })).ReadAsync<PendingHandoverView>();
        (cancelled.State, cancelled.CancelReason).ShouldBe((PendingHandoverState.Cancelled, "Quyết định 1/NQ-UBTVQH đã bị thu hồi"));
        await (await admin.PostJsonAsync(url, new { reason = "Lần nữa" })).ProblemAsync(HttpStatusCode.Conflict);

        using (var browser = await app.SignedInAsync(w.AdminName))
        {
            System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync($"/Units/Details/{w.A}")).ShouldContain("Lý do: Quyết định 1/NQ-UBTVQH đã bị thu hồi");
        }

        w.Clock.Advance(TimeSpan.FromDays(121));
        (await ApplyAsync(w)).Applied.ShouldBe(0);
        (await WhereAsync(w)).ShouldBe((w.A, w.A, w.A, w.A, w.A));
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_hosted_service_applies_what_is_due_when_it_starts(Provider provider)
    {
        var w = await StartAsync(provider, "DVU");
        await using var app = w.App;
        await MergeInJulyAsync(w);
        w.Clock.Advance(TimeSpan.FromDays(121));
        app.Services.GetServices<IHostedService>().OfType<PendingHandoverService>().ShouldHaveSingleItem("AddUnits wires it");

        // A second instance of the app starting on 1 July: its service applies the handover at start-up.
        // (TestApp keeps the job off; this instance runs it hourly, as the default setting does.)
        using var service = ActivatorUtilities.CreateInstance<PendingHandoverService>(app.Services,
            Microsoft.Extensions.Options.Options.Create(new HandoverOptions()));
        await service.StartAsync(CancellationToken.None);
        for (var i = 0; i < 100 && await app.WithDbAsync(db => db.PendingHandovers.AnyAsync(p => p.State == PendingHandoverState.Pending)); i++)
        {
            await Task.Delay(100);
        }

        await service.StopAsync(CancellationToken.None);
        (await WhereAsync(w)).ShouldBe((w.B, w.B, w.B, w.B, w.B));
    }

    /// <summary>A transfer of part of A to B dated 1 July: A's sub-unit (with a unit under it) and the chosen people.</summary>
    private static async Task<(Guid Division, Guid Team, Guid Goes, Guid Stays)> TransferInJulyAsync(World w, HttpClient admin, params Guid[] alsoPeople)
    {
        var division = await w.App.CreateUnitAsync(w.A, w.T.DeptKindId, w.A.ToString("N")[^6..] + "-A1", "Trạm y tế");
        var team = await w.App.CreateUnitAsync(division, w.T.DeptKindId, w.A.ToString("N")[^6..] + "-A11", "Tổ y tế thôn");
        var (goes, stays) = (await w.App.CreatePersonAsync(w.A, "Phạm Văn Nam"), await w.App.CreatePersonAsync(w.A, "Lê Thị Mai"));
        (await (await admin.PostJsonAsync($"/api/v1/units/{w.A}/transfer-part", new
        {
            toId = w.B, effectiveOn = "2026-07-01", basis = "31/NQ-HĐND", sharePercent = 20, description = "Thôn Bắc",
            subUnitIds = new[] { division }, personIds = alsoPeople.Prepend(goes).ToArray(),
        })).ReadAsync<UnitDto>()).IsActive.ShouldBeTrue();
        return (division, team, goes, stays);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_transfer_of_part_dated_in_the_future_moves_its_sub_units_and_people_on_its_date_as_an_immediate_one_would_and_once(Provider provider)
    {
        var w = await StartAsync(provider, "TRP");
        await using var app = w.App;
        using var admin = await app.ClientForAsync(w.AdminName);
        var (division, team, goes, stays) = await TransferInJulyAsync(w, admin);

        // Recorded now, nothing moved: the tree still shows them under A.
        await app.WithDbAsync(async db =>
        {
            var a = await db.Units.SingleAsync(u => u.Id == w.A);
            (await db.Units.SingleAsync(u => u.Id == division)).ParentId.ShouldBe(w.A);
            (await db.Units.SingleAsync(u => u.Id == team)).Path.ShouldStartWith(a.Path);
            (await db.People.SingleAsync(p => p.Id == goes)).UnitId.ShouldBe(w.A);
            (await db.UnitSuccessions.SingleAsync(s => s.PredecessorId == w.A)).Kind.ShouldBe(SuccessionKind.Transfer);
            (await db.WorkHandovers.CountAsync(h => h.FromUnitId == w.A)).ShouldBe(0);
            a.ValidTo.ShouldBeNull("a transfer of part does not close A");
        });
        var pending = (await (await admin.GetAsync($"/api/v1/units/{w.A}")).ReadAsync<GetUnit.Detail>()).PendingHandover.ShouldNotBeNull();
        (pending.State, pending.Kind, pending.EffectiveOn).ShouldBe((PendingHandoverState.Pending, SuccessionKind.Transfer, July));
        pending.Items.Select(i => i.Name).ShouldBe(["Trạm y tế", "Phạm Văn Nam"], ignoreOrder: true);
        using (var browser = await app.SignedInAsync(w.AdminName))
        {
            var html = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync($"/Units/Details/{w.A}"));
            html.ShouldContain("sẽ chuyển sang");
            html.ShouldContain("UBND xã Tịnh Bình</a> vào ngày 01/07/2026");
            html.ShouldContain("Trạm y tế");
            System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync($"/Units/TransferPart/{w.A}"))
                .ShouldContain("Nếu ngày có hiệu lực sau hôm nay, các đơn vị trực thuộc và người được chọn chuyển vào đúng ngày đó");
        }

        // 30 June: not yet. 1 July: exactly what an immediate transfer moves, by the one who recorded it.
        w.Clock.Advance(TimeSpan.FromDays(120));
        (await ApplyAsync(w)).Applied.ShouldBe(0);
        (await app.WithDbAsync(db => db.Units.SingleAsync(u => u.Id == division))).ParentId.ShouldBe(w.A);
        w.Clock.Advance(TimeSpan.FromDays(1));
        var outcome = await ApplyAsync(w);
        (outcome.Applied, outcome.Refused.Count, outcome.Skipped.Count).ShouldBe((1, 0, 0));
        await app.WithDbAsync(async db =>
        {
            var b = await db.Units.SingleAsync(u => u.Id == w.B);
            var moved = await db.Units.SingleAsync(u => u.Id == division);
            (moved.ParentId, moved.Path, moved.Depth).ShouldBe((w.B, b.Path + Unit.PathSegment(division), b.Depth + 1));
            var under = await db.Units.SingleAsync(u => u.Id == team);
            (under.Path, under.Depth).ShouldBe((moved.Path + Unit.PathSegment(team), b.Depth + 2));
            (await db.People.SingleAsync(p => p.Id == goes)).UnitId.ShouldBe(w.B);
            (await db.People.SingleAsync(p => p.Id == stays)).UnitId.ShouldBe(w.A);
            (await db.PersonTransfers.SingleAsync(x => x.PersonId == goes)).EffectiveOn.ShouldBe(July);
            var link = await db.UnitSuccessions.SingleAsync(s => s.PredecessorId == w.A);
            var lines = await db.WorkHandovers.Where(h => h.FromUnitId == w.A).ToListAsync();
            lines.Select(h => (h.Kind, h.ObjectId)).ShouldBe([(WorkKind.SubUnit, division), (WorkKind.Person, goes)], ignoreOrder: true);
            lines.ShouldAllBe(h => h.SuccessionId == link.Id && h.ToUnitId == w.B && h.UserId == w.Admin
                && h.Note == "Điều chỉnh một phần UBND xã Tịnh An theo 31/NQ-HĐND (chuyển giao vào ngày có hiệu lực 01/07/2026)");
            (await db.Units.SingleAsync(u => u.Id == w.A)).ValidTo.ShouldBeNull();
        });
        (await ApplyAsync(w)).Applied.ShouldBe(0);
        (await app.WithDbAsync(db => db.WorkHandovers.CountAsync(h => h.FromUnitId == w.A))).ShouldBe(2);
        (await app.WithDbAsync(db => db.PersonTransfers.CountAsync(x => x.PersonId == goes))).ShouldBe(1);
        (await WhereAsync(w)).ShouldBe((w.A, w.A, w.A, w.A, w.A), "the rest of A's work stays with A");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_person_who_left_the_unit_before_the_date_is_skipped_with_the_reason_and_the_rest_moves(Provider provider)
    {
        var w = await StartAsync(provider, "TRL");
        await using var app = w.App;
        using var admin = await app.ClientForAsync(w.AdminName);
        var (division, _, goes, _) = await TransferInJulyAsync(w, admin, w.Person);

        // In May Nguyễn Thị Lan moves to the province's office on her own transfer.
        w.Clock.Advance(TimeSpan.FromDays(70));
        await app.WithDbAsync(async db =>
        {
            var lan = await db.People.SingleAsync(p => p.Id == w.Person);
            db.PersonTransfers.Add(lan.TransferTo(w.T.RootId, new DateOnly(2026, 5, 11), "Điều động"));
            await db.SaveChangesAsync();
        });

        w.Clock.Advance(TimeSpan.FromDays(51));
        var outcome = await ApplyAsync(w);
        (outcome.Applied, outcome.Refused.Count).ShouldBe((1, 0));
        outcome.Skipped.ShouldHaveSingleItem().ShouldContain("Nguyễn Thị Lan");
        await app.WithDbAsync(async db =>
        {
            (await db.People.SingleAsync(p => p.Id == w.Person)).UnitId.ShouldBe(w.T.RootId);
            (await db.People.SingleAsync(p => p.Id == goes)).UnitId.ShouldBe(w.B);
            (await db.Units.SingleAsync(u => u.Id == division)).ParentId.ShouldBe(w.B);
            (await db.WorkHandovers.CountAsync(h => h.ObjectId == w.Person && h.FromUnitId == w.A)).ShouldBe(0);
            var row = await db.PendingHandovers.SingleAsync(p => p.UnitId == w.A);
            row.State.ShouldBe(PendingHandoverState.Applied);
            row.LastError.ShouldNotBeNull().ShouldContain("Nguyễn Thị Lan");
        });
        using var browser = await app.SignedInAsync(w.AdminName);
        System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync($"/Units/Details/{w.A}")).ShouldContain("Nguyễn Thị Lan");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_pending_transfer_of_part_is_cancelled_only_with_a_reason_and_then_nothing_moves(Provider provider)
    {
        var w = await StartAsync(provider, "TRH");
        await using var app = w.App;
        using var admin = await app.ClientForAsync(w.AdminName);
        var (division, _, goes, _) = await TransferInJulyAsync(w, admin);

        var url = $"/api/v1/units/{w.A}/pending-handover/cancel";
        (await (await admin.PostJsonAsync(url, new { reason = "" })).ProblemAsync(HttpStatusCode.BadRequest)).AllText.ShouldContain("lý do");
        var cancelled = await (await admin.PostJsonAsync(url, new { reason = "Nghị quyết 31/NQ-HĐND được sửa" })).ReadAsync<PendingHandoverView>();
        (cancelled.State, cancelled.CancelReason).ShouldBe((PendingHandoverState.Cancelled, "Nghị quyết 31/NQ-HĐND được sửa"));

        w.Clock.Advance(TimeSpan.FromDays(121));
        (await ApplyAsync(w)).Applied.ShouldBe(0);
        (await app.WithDbAsync(db => db.Units.SingleAsync(u => u.Id == division))).ParentId.ShouldBe(w.A);
        (await app.WithDbAsync(db => db.People.SingleAsync(p => p.Id == goes))).UnitId.ShouldBe(w.A);
    }
}
