using System.Net;
using DanVan.Features.Accounts;
using DanVan.Features.Models;
using DanVan.Features.Movements;
using DanVan.Features.Units;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Features.Units;

/// <summary>Dissolve, split and transfer part: successor links, the open work handed over, and the reports that follow.</summary>
public sealed class ReorganiseUnitsTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero); // 09:00 in Vietnam on the day most changes below take effect

    private sealed record World(TestApp App, ManualClock Clock, TestData.Tenancy T, Guid A, Guid B, Guid C, Guid D, Guid Movement)
    {
        public string AdminName => "qtv." + T.TenantId.ToString("N")[^6..];
    }

    /// <summary>Communes A, B, C, D; a launched movement in which A, B and C must file a plan (due in a year).</summary>
    private async Task<World> StartAsync(Provider provider, string code)
    {
        var clock = new ManualClock(Start);
        var app = await TestApp.StartAsync(provider, pg, seedDemo: false, services: s => s.AddSingleton<TimeProvider>(clock));
        var t = await app.CreateTenantAsync(code);
        var a = await app.CreateUnitAsync(t.RootId, t.CommuneKindId, code + "-A", "UBND xã Tịnh An");
        var b = await app.CreateUnitAsync(t.RootId, t.CommuneKindId, code + "-B", "UBND xã Tịnh Bình");
        var c = await app.CreateUnitAsync(t.RootId, t.CommuneKindId, code + "-C", "UBND xã Tịnh Châu");
        var d = await app.CreateUnitAsync(t.RootId, t.CommuneKindId, code + "-D", "UBND xã Tịnh Đông");
        await app.CreateUserAsync("qtv." + t.TenantId.ToString("N")[^6..], Role.TenantAdmin, t.RootId);
        var movement = await app.WithDbAsync(async db =>
        {
            var plan = await db.AddDocumentAsync(t.RootId, "12/KH-UBND", new DateOnly(2026, 3, 1));
            return await db.AddMovementAsync(t.RootId, plan, [a, b, c], launched: true);
        });
        return new World(app, clock, t, a, b, c, d, movement);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Dissolving_a_commune_hands_its_open_work_to_the_successor_and_the_reports_follow(Provider provider)
    {
        var w = await StartAsync(provider, "GTH");
        await using var app = w.App;
        var person = await app.CreatePersonAsync(w.A, "Nguyễn Thị Lan");
        var (model, ended, registration) = await app.WithDbAsync(async db => (
            await db.AddModelAsync(w.A, ModelAction.Register),
            await db.AddModelAsync(w.A, ModelAction.Withdraw),
            await db.AddRegistrationAsync(w.Movement, w.A, null)));
        var officer = await app.CreateUserAsync("cb.gth.a", Role.UnitOfficer, w.A);
        using var admin = await app.ClientForAsync(w.AdminName);

        var outcome = await (await admin.PostJsonAsync($"/api/v1/units/{w.A}/dissolve", new
        {
            effectiveOn = "2026-03-10", basis = "25/NQ-HĐND ngày 01/3/2026", successorId = w.D, note = "Giải thể theo đề án sắp xếp",
        })).ReadAsync<DissolveUnit.Outcome>();

        outcome.Handover.ShouldBe(new ReassignOpenWork.Summary(1, 1, 1, 1, 1, 0));
        await app.WithDbAsync(async db =>
        {
            var duty = await db.PlanObligations.SingleAsync(o => o.MovementId == w.Movement && o.UnitId == w.D);
            duty.WaivedReason.ShouldBeNull();
            (await db.PlanObligations.CountAsync(o => o.MovementId == w.Movement && o.UnitId == w.A)).ShouldBe(0);
            (await db.Registrations.SingleAsync(r => r.Id == registration)).UnitId.ShouldBe(w.D);
            (await db.DvkModels.SingleAsync(m => m.Id == model)).UnitId.ShouldBe(w.D);
            (await db.DvkModels.SingleAsync(m => m.Id == ended)).UnitId.ShouldBe(w.A, "a withdrawn model stays with the dissolved unit");
            var successorPath = await db.Units.Where(u => u.Id == w.D).Select(u => u.Path).SingleAsync();
            var role = await db.RoleAssignments.SingleAsync(r => r.UserId == officer);
            (role.UnitId, role.UnitPath).ShouldBe((w.D, successorPath));
            (await db.People.SingleAsync(p => p.Id == person)).UnitId.ShouldBe(w.D);
            (await db.PersonTransfers.SingleAsync(x => x.PersonId == person)).EffectiveOn.ShouldBe(new DateOnly(2026, 3, 10));

            var link = await db.UnitSuccessions.SingleAsync(s => s.PredecessorId == w.A);
            (link.SuccessorId, link.Kind, link.Basis).ShouldBe((w.D, SuccessionKind.Dissolve, "25/NQ-HĐND ngày 01/3/2026"));
            var lines = await db.WorkHandovers.Where(h => h.FromUnitId == w.A).ToListAsync();
            lines.Select(h => h.Kind).ShouldBe([WorkKind.PlanObligation, WorkKind.Registration, WorkKind.Model, WorkKind.RoleAssignment, WorkKind.Person],
                ignoreOrder: true);
            lines.ShouldAllBe(h => h.SuccessionId == link.Id && h.ToUnitId == w.D && h.Outcome == HandoverOutcome.Passed
                && h.Note.StartsWith("Giải thể UBND xã Tịnh An theo 25/NQ-HĐND", StringComparison.Ordinal));

            // The audit log holds each object's field change.
            foreach (var (type, id) in new[] { ("PlanObligation", duty.Id), ("DvkModel", model), ("Registration", registration),
                         ("RoleAssignment", role.Id), ("Person", person) })
            {
                var changes = await db.AuditEntries.Where(e => e.EntityType == type && e.EntityId == id.ToString() && e.Action == "Modified")
                    .Select(e => e.Changes).ToListAsync();
                changes.ShouldContain(c => c!.Contains("UnitId") && c.Contains(w.D.ToString()), $"{type} {id}");
            }
        });

        // A year and a month later the plan deadline has passed: the successor is missing its plan, the closed unit is not listed.
        w.Clock.Advance(TimeSpan.FromDays(400));
        using var later = await app.ClientForAsync(w.AdminName); // the session of a year ago has expired
        var compliance = await (await later.GetAsync($"/api/v1/movements/{w.Movement}/compliance?limit=50")).ReadAsync<ComplianceReport>();
        compliance.Units.Items.Select(u => u.UnitId).ShouldBe([w.B, w.C, w.D], ignoreOrder: true);
        compliance.Units.Items.Single(u => u.UnitId == w.D).Status.ShouldBe(PlanStatus.Missing);
        var coverage = await (await later.GetAsync($"/api/v1/movements/{w.Movement}/coverage")).ReadAsync<CoverageReport>();
        coverage.Units.Select(u => u.UnitId).ShouldNotContain(w.A);
        coverage.Units.Single(u => u.UnitId == w.D).Registered.ShouldBe(1);
        coverage.UnitsWithoutModel.Select(u => u.UnitId).ShouldBe([w.B, w.C], ignoreOrder: true);

        var lineage = await (await later.GetAsync($"/api/v1/units/{w.D}/lineage")).ReadAsync<GetLineage.Lineage>();
        var step = lineage.Predecessors.ShouldHaveSingleItem();
        (step.UnitId, step.Kind, step.EffectiveOn, step.ValidTo, step.Steps).ShouldBe((w.A, SuccessionKind.Dissolve, new DateOnly(2026, 3, 10),
            (DateOnly?)new DateOnly(2026, 3, 9), 1));
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Splitting_a_commune_links_each_part_passes_each_kind_to_its_chosen_part_and_never_leaves_it_missing(Provider provider)
    {
        var w = await StartAsync(provider, "CHT");
        await using var app = w.App;
        var model = await app.WithDbAsync(db => db.AddModelAsync(w.B, ModelAction.Register));
        var person = await app.CreatePersonAsync(w.B, "Trần Văn Hải");
        using var admin = await app.ClientForAsync(w.AdminName);

        await (await admin.PostJsonAsync($"/api/v1/units/{w.B}/split", new
        {
            effectiveOn = "2026-03-02", basis = "30/NQ-HĐND",
            parts = new object[]
            {
                new { successorId = w.C, sharePercent = 60, description = "Thôn Đông, thôn Tây" },
                new { successorId = w.D, sharePercent = 40, description = "Thôn Nam" },
            },
            handover = new { allTo = w.C, modelsTo = w.D },
        })).ReadAsync<DissolveUnit.Outcome>();

        await app.WithDbAsync(async db =>
        {
            var links = await db.UnitSuccessions.Where(s => s.PredecessorId == w.B).OrderBy(s => s.SharePercent).ToListAsync();
            links.Select(s => (s.SuccessorId, s.SharePercent, s.Note, s.Kind)).ShouldBe(
                [(w.D, (int?)40, "Thôn Nam", SuccessionKind.Split), (w.C, (int?)60, "Thôn Đông, thôn Tây", SuccessionKind.Split)]);
            (await db.DvkModels.SingleAsync(m => m.Id == model)).UnitId.ShouldBe(w.D);
            (await db.People.SingleAsync(p => p.Id == person)).UnitId.ShouldBe(w.C);

            // C already had its own plan duty for the movement: B's is waived with the reason, not duplicated.
            var bDuty = await db.PlanObligations.SingleAsync(o => o.MovementId == w.Movement && o.UnitId == w.B);
            bDuty.WaivedReason.ShouldNotBeNull().ShouldContain("Chia tách UBND xã Tịnh Bình theo 30/NQ-HĐND");
            (await db.WorkHandovers.SingleAsync(h => h.ObjectId == bDuty.Id)).Outcome.ShouldBe(HandoverOutcome.Waived);
        });

        w.Clock.Advance(TimeSpan.FromDays(400));
        using var later = await app.ClientForAsync(w.AdminName); // the session of a year ago has expired
        var compliance = await (await later.GetAsync($"/api/v1/movements/{w.Movement}/compliance?limit=50")).ReadAsync<ComplianceReport>();
        compliance.Units.Items.Where(u => u.Status == PlanStatus.Missing).Select(u => u.UnitId).ShouldBe([w.A, w.C], ignoreOrder: true);
        compliance.Units.Items.Single(u => u.UnitId == w.B).Status.ShouldBe(PlanStatus.NotRequired);
        var coverage = await (await later.GetAsync($"/api/v1/movements/{w.Movement}/coverage")).ReadAsync<CoverageReport>();
        coverage.UnitsWithoutModel.Select(u => u.UnitId).ShouldBe([w.A, w.C], ignoreOrder: true);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_closed_unit_that_kept_its_unfiled_plan_is_never_listed_as_missing_nor_as_without_model(Provider provider)
    {
        var w = await StartAsync(provider, "GIU");
        await using var app = w.App;
        await app.WithDbAsync(db => db.AddModelAsync(w.B, ModelAction.Register));
        using var admin = await app.ClientForAsync(w.AdminName);

        // Only the people pass: A's plan duty stays with A.
        var outcome = await (await admin.PostJsonAsync($"/api/v1/units/{w.A}/dissolve", new
        {
            effectiveOn = "2026-03-10", basis = "26/NQ-HĐND", successorId = w.D, handover = new { peopleTo = w.D },
        })).ReadAsync<DissolveUnit.Outcome>();
        outcome.Handover.Obligations.ShouldBe(0);
        (await app.WithDbAsync(db => db.PlanObligations.CountAsync(o => o.UnitId == w.A && o.WaivedReason == null && o.FiledOn == null))).ShouldBe(1);

        w.Clock.Advance(TimeSpan.FromDays(400));
        using var later = await app.ClientForAsync(w.AdminName);
        var compliance = await (await later.GetAsync($"/api/v1/movements/{w.Movement}/compliance?limit=50")).ReadAsync<ComplianceReport>();
        compliance.Units.Items.Select(u => u.UnitId).ShouldBe([w.B, w.C], ignoreOrder: true);
        compliance.Totals.Missing.ShouldBe(2);
        var missing = await (await later.GetAsync($"/api/v1/movements/{w.Movement}/compliance?status=Missing&limit=50")).ReadAsync<ComplianceReport>();
        missing.Units.Items.Select(u => u.UnitId).ShouldBe([w.B, w.C], ignoreOrder: true);
        var coverage = await (await later.GetAsync($"/api/v1/movements/{w.Movement}/coverage")).ReadAsync<CoverageReport>();
        coverage.Units.Select(u => u.UnitId).ShouldBe([w.B, w.C], ignoreOrder: true);
        coverage.UnitsWithoutModel.Select(u => u.UnitId).ShouldBe([w.C]);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_reorganisations_are_refused_in_Vietnamese_and_change_nothing(Provider provider)
    {
        var w = await StartAsync(provider, "SAI");
        await using var app = w.App;
        var inside = await app.CreateUnitAsync(w.A, w.T.DeptKindId, "SAI-A1", "Phòng Văn hóa – Xã hội");
        using var admin = await app.ClientForAsync(w.AdminName);
        var auditBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action != "LoginSucceeded"));

        (await (await admin.PostJsonAsync($"/api/v1/units/{w.A}/dissolve", new { effectiveOn = "2026-03-10", successorId = w.C }))
            .ProblemAsync(HttpStatusCode.BadRequest)).AllText.ShouldContain("căn cứ pháp lý");
        (await (await admin.PostJsonAsync($"/api/v1/units/{w.A}/dissolve", new { effectiveOn = "2026-03-10", basis = "1/NQ-HĐND", successorId = inside }))
            .ProblemAsync(HttpStatusCode.BadRequest)).AllText.ShouldContain("trực thuộc");
        (await (await admin.PostJsonAsync($"/api/v1/units/{w.A}/split", new
            {
                effectiveOn = "2026-03-10", basis = "1/NQ-HĐND", parts = new[] { new { successorId = w.C } },
            }))
            .ProblemAsync(HttpStatusCode.BadRequest)).AllText.ShouldContain("ít nhất hai");
        (await (await admin.PostJsonAsync($"/api/v1/units/{w.A}/split", new
            {
                effectiveOn = "2026-03-10", basis = "1/NQ-HĐND", parts = new[] { new { successorId = w.C }, new { successorId = w.D } },
                handover = new { allTo = w.B },
            }))
            .ProblemAsync(HttpStatusCode.BadRequest)).AllText.ShouldContain("đơn vị kế thừa");

        // A has a sub-unit: a split must say which part takes it; nothing is half-saved.
        (await (await admin.PostJsonAsync($"/api/v1/units/{w.A}/split", new
            {
                effectiveOn = "2026-03-10", basis = "1/NQ-HĐND", parts = new[] { new { successorId = w.C }, new { successorId = w.D } },
                handover = new { planObligationsTo = w.C },
            }))
            .ProblemAsync(HttpStatusCode.BadRequest)).AllText.ShouldContain("đơn vị trực thuộc");
        await app.WithDbAsync(async db =>
        {
            (await db.Units.SingleAsync(u => u.Id == w.A)).ValidTo.ShouldBeNull();
            (await db.UnitSuccessions.CountAsync()).ShouldBe(0);
            (await db.PlanObligations.CountAsync(o => o.UnitId == w.A)).ShouldBe(1);
            (await db.AuditEntries.CountAsync(e => e.Action != "LoginSucceeded")).ShouldBe(auditBefore);
        });
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Transferring_part_of_a_commune_moves_the_chosen_sub_unit_and_people_and_the_commune_lives_on(Provider provider)
    {
        var w = await StartAsync(provider, "DCH");
        await using var app = w.App;
        var division = await app.CreateUnitAsync(w.A, w.T.DeptKindId, "DCH-A1", "Trạm y tế");
        var (stays, goes) = (await app.CreatePersonAsync(w.A, "Lê Thị Mai"), await app.CreatePersonAsync(w.A, "Phạm Văn Nam"));
        using var admin = await app.ClientForAsync(w.AdminName);

        var a = await (await admin.PostJsonAsync($"/api/v1/units/{w.A}/transfer-part", new
        {
            toId = w.C, effectiveOn = "2026-03-02", basis = "31/NQ-HĐND", sharePercent = 20, description = "Thôn Bắc",
            subUnitIds = new[] { division }, personIds = new[] { goes },
        })).ReadAsync<UnitDto>();

        a.IsActive.ShouldBeTrue();
        await app.WithDbAsync(async db =>
        {
            var c = await db.Units.SingleAsync(u => u.Id == w.C);
            var moved = await db.Units.SingleAsync(u => u.Id == division);
            (moved.ParentId, moved.Path).ShouldBe((w.C, c.Path + Unit.PathSegment(division)));
            (await db.People.SingleAsync(p => p.Id == goes)).UnitId.ShouldBe(w.C);
            (await db.People.SingleAsync(p => p.Id == stays)).UnitId.ShouldBe(w.A);
            var link = await db.UnitSuccessions.SingleAsync(s => s.PredecessorId == w.A);
            (link.Kind, link.SharePercent, link.Note).ShouldBe((SuccessionKind.Transfer, (int?)20, "Thôn Bắc"));
            (await db.WorkHandovers.CountAsync(h => h.SuccessionId == link.Id)).ShouldBe(2);
        });

        // Later C is dissolved into D: D's lineage goes back through C to the part of A that C took over.
        await (await admin.PostJsonAsync($"/api/v1/units/{w.C}/dissolve", new { effectiveOn = "2026-05-01", basis = "40/NQ-HĐND", successorId = w.D }))
            .ReadAsync<DissolveUnit.Outcome>();
        var lineage = await (await admin.GetAsync($"/api/v1/units/{w.D}/lineage")).ReadAsync<GetLineage.Lineage>();
        lineage.Predecessors.Select(p => (p.UnitId, p.SuccessorId, p.Kind, p.Steps)).ShouldBe(
            [(w.C, w.D, SuccessionKind.Dissolve, 1), (w.A, w.C, SuccessionKind.Transfer, 2)]);
    }
}
