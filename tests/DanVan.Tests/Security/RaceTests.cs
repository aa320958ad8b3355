using System.Net;
using DanVan.Features.Models;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Features.Models;
using DanVan.Tests.Features.Nominations;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Security;

/// <summary>
/// Workflow transitions cannot be raced: N parallel attempts at the same transition (or two crossing ones) give exactly
/// one winner; every other request is a Vietnamese 409 and leaves no trace (no second history row, no second obligation).
/// </summary>
public sealed class RaceTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const int Attempts = 8;

    public static TheoryData<Provider, ModelAction> ModelTransitions()
    {
        var data = new TheoryData<Provider, ModelAction>();
        foreach (var provider in new[] { Provider.Sqlite, Provider.Postgres })
        {
            foreach (var action in DvkModel.StateActions)
            {
                data.Add(provider, action);
            }
        }

        return data;
    }

    [ProviderTheory]
    [MemberData(nameof(ModelTransitions))]
    public async Task Parallel_attempts_at_one_model_transition_have_exactly_one_winner(Provider provider, ModelAction action)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var xa001 = await app.UnitIdAsync("XA001");
        var modelId = await app.WithDbAsync(async db =>
        {
            var id = await db.AddModelAsync(xa001, Before(action));
            if (action is ModelAction.Reconfirm or ModelAction.Drop)
            {
                // Recognised up to last year, so that this year's re-confirmation is a legal move.
                var year = VnTime.Today(db.Time).Year;
                await db.DvkModels.Where(m => m.Id == id).ExecuteUpdateAsync(u => u.SetProperty(m => m.RecognisedYear, year - 1).SetProperty(m => m.ConfirmedYear, year - 1));
            }

            return id;
        });
        var decisionId = await app.DecisionIdAsync();
        using var client = await app.ClientForAsync(DvkModel.IsReview(action) ? "tdkt.snv" : "thidua.xa001");

        var results = await RaceAsync(Enumerable.Range(0, Attempts)
            .Select(_ => (Func<Task<HttpResponseMessage>>)(() => client.PostJsonAsync($"/api/v1/models/{modelId}/transitions", new { action = action.ToString(), note = "Lý do", decisionId }))));

        await OneWinnerAsync(results);
        (await app.WithDbAsync(db => db.ModelEvents.CountAsync(e => e.ModelId == modelId && e.Action == action))).ShouldBe(1);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Withdrawing_and_recognising_at_the_same_time_leave_one_consistent_outcome(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var xa001 = await app.UnitIdAsync("XA001");
        using var owner = await app.ClientForAsync("thidua.xa001");
        using var reviewer = await app.ClientForAsync("tdkt.snv");
        for (var round = 0; round < 4; round++)
        {
            var modelId = await app.WithDbAsync(db => db.AddModelAsync(xa001, ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose));
            var decisionId = await app.DecisionIdAsync();
            var results = await RaceAsync(
            [
                () => owner.PostJsonAsync($"/api/v1/models/{modelId}/transitions", new { action = "Withdraw" }),
                () => reviewer.PostJsonAsync($"/api/v1/models/{modelId}/transitions", new { action = "Recognise", decisionId }),
            ]);
            await OneWinnerAsync(results);
            var (status, events) = await app.WithDbAsync(async db => (
                await db.DvkModels.Where(m => m.Id == modelId).Select(m => m.Status).SingleAsync(),
                await db.ModelEvents.Where(e => e.ModelId == modelId && e.Action != ModelAction.Register && e.Action != ModelAction.StartImplementing
                    && e.Action != ModelAction.Propose).Select(e => e.ToStatus).ToListAsync()));
            events.ShouldBe([status], "the history's last step is the state the model is in");
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_movement_is_launched_once_and_a_plan_filed_and_withdrawn_once_however_many_press_at_once(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        using var commune = await app.ClientForAsync("thidua.xa001");
        var (ubnd, xa001) = (await app.UnitIdAsync("UBND"), await app.UnitIdAsync("XA001"));
        var plan = await app.WithDbAsync(db => db.AddDocumentAsync(ubnd, "77/KH-UBND", new DateOnly(2026, 3, 1)));
        var draft = await officer.PostDraftMovementAsync("Phong trào thử cạnh tranh", ubnd, plan, xa001);

        await OneWinnerAsync(await RaceAsync(Enumerable.Range(0, Attempts)
            .Select(_ => (Func<Task<HttpResponseMessage>>)(() => officer.PostJsonAsync($"/api/v1/movements/{draft.Id}/launch", new { note = "Phát động" })))));
        (await app.WithDbAsync(db => db.PlanObligations.CountAsync(o => o.MovementId == draft.Id))).ShouldBe(1);
        (await app.WithDbAsync(db => db.MovementEvents.CountAsync(e => e.MovementId == draft.Id))).ShouldBe(2, "created, launched");

        var filings = await RaceAsync(Enumerable.Range(0, Attempts).Select(i => (Func<Task<HttpResponseMessage>>)(() =>
            commune.PostJsonAsync($"/api/v1/movements/{draft.Id}/plans", new
            {
                unitId = xa001, number = $"{40 + i}/KH-UBND", issueDate = "2026-03-05", title = "Kế hoạch triển khai phong trào thi đua",
            }))));
        await OneWinnerAsync(filings);
        var filed = await app.WithDbAsync(db => db.PlanObligations.Where(o => o.MovementId == draft.Id).Select(o => o.PlanDocumentId).SingleAsync());
        filed.ShouldNotBeNull();

        await OneWinnerAsync(await RaceAsync(Enumerable.Range(0, Attempts)
            .Select(_ => (Func<Task<HttpResponseMessage>>)(() => commune.DeleteAsync($"/api/v1/movements/{draft.Id}/plans/{xa001}")))));
        (await app.WithDbAsync(db => db.PlanObligations.Where(o => o.MovementId == draft.Id).Select(o => o.PlanDocumentId).SingleAsync())).ShouldBeNull();

        await OneWinnerAsync(await RaceAsync(Enumerable.Range(0, Attempts)
            .Select(_ => (Func<Task<HttpResponseMessage>>)(() => officer.PostJsonAsync($"/api/v1/movements/{draft.Id}/close", new { note = "Tổng kết" })))));
        (await app.WithDbAsync(db => db.MovementEvents.CountAsync(e => e.MovementId == draft.Id))).ShouldBe(5, "created, launched, plan filed, plan withdrawn, closed");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_registration_is_approved_once_and_an_edit_racing_the_approval_is_refused_or_comes_first(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        using var commune = await app.ClientForAsync("thidua.xa001");
        using var head = await app.ClientForAsync("chutich.xa001");
        var (ubnd, xa001) = (await app.UnitIdAsync("UBND"), await app.UnitIdAsync("XA001"));
        var plan = await app.WithDbAsync(db => db.AddDocumentAsync(ubnd, "78/KH-UBND", new DateOnly(2026, 3, 1)));
        var draft = await officer.PostDraftMovementAsync("Phong trào thử đăng ký", ubnd, plan, xa001);
        (await officer.PostJsonAsync($"/api/v1/movements/{draft.Id}/launch", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var url = $"/api/v1/movements/{draft.Id}/registrations/{xa001}";
        object Body(string commitments) => new { titles = new[] { "TTLDXS" }, commitments };
        (await commune.PutJsonAsync(url, Body("Cam kết ban đầu"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await OneWinnerAsync(await RaceAsync(Enumerable.Range(0, Attempts)
            .Select(_ => (Func<Task<HttpResponseMessage>>)(() => head.PostAsync($"{url}/approve", null)))));

        // Reopen, then an edit and an approval cross: whichever commits first wins, the other is refused.
        (await officer.PostJsonAsync($"{url}/reopen", new { until = "2099-05-30" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var crossing = await RaceAsync(
        [
            () => commune.PutJsonAsync(url, Body("Cam kết sửa đổi")),
            () => head.PostAsync($"{url}/approve", null),
        ]);
        crossing.Count(r => r.IsSuccessStatusCode).ShouldBeGreaterThanOrEqualTo(1);
        var saved = await app.WithDbAsync(db => db.Registrations
            .Where(r => r.MovementId == draft.Id && r.UnitId == xa001).Select(r => new { r.Commitments, Approved = r.ApprovedAt != null })
            .SingleAsync());
        var (commitments, approved) = (saved.Commitments, saved.Approved);
        if (crossing[0].IsSuccessStatusCode && crossing[1].IsSuccessStatusCode)
        {
            approved.ShouldBeTrue("the edit came first and the head approved the edited text");
            commitments.ShouldBe("Cam kết sửa đổi");
        }
        else if (crossing[1].IsSuccessStatusCode)
        {
            commitments.ShouldBe("Cam kết ban đầu", "an edit refused after the approval changed nothing");
        }

        foreach (var r in crossing)
        {
            r.Dispose();
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Simultaneous_first_ratings_of_one_person_leave_one_rating_and_the_losers_get_409(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var unit = await app.UnitIdAsync("STP.P1");
        var conflicts = 0;
        for (var round = 0; round < 4; round++)
        {
            var person = await app.CreatePersonAsync(unit, $"Nguyễn Văn Đua {round}");
            var results = await RaceAsync(Enumerable.Range(0, Attempts).Select(_ => (Func<Task<HttpResponseMessage>>)(() =>
                client.PutJsonAsync($"/api/v1/people/{person}/ratings/2025", new { level = "Good", note = "Theo biên bản họp" }))));

            // A request that read the person unrated and lost the insert is a 409; one that came after the winner changed
            // nothing (the same level and note) and is a 200 — PUT without If-Match. Never a 500, never a second rating.
            conflicts += await RefusedAsConflictsAsync(results);
            (await app.WithDbAsync(db => db.PersonRatings.CountAsync(r => r.PersonId == person))).ShouldBe(1);
            (await app.WithDbAsync(db => db.PersonRatingChanges.CountAsync(c => c.PersonId == person))).ShouldBe(1, "the entry itself, no change after it");
        }

        conflicts.ShouldBeGreaterThan(0, "the first entries overlapped at least once");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Simultaneous_first_additions_of_one_unit_to_a_cluster_leave_one_membership_and_the_losers_get_409(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var province = await app.ClientForAsync("tdkt.snv");
        var conflicts = 0;
        // Next year's groups, which the seed has none of yet (this year's already hold the seed's communes).
        const int year = 2027;
        foreach (var (kind, first, second) in new[] { ("Cluster", "XA001", "XA002"), ("Bloc", "XA001", "XA002"), ("Cluster", "XA003", "XA004"), ("Bloc", "XA003", "XA004") })
        {
            var (unit1, unit2) = (await app.UnitIdAsync(first), await app.UnitIdAsync(second));
            var a = await (await province.PostJsonAsync("/api/v1/clusters", new { year, kind, name = $"Số 1 ({kind}, {first})" }))
                .ReadAsync<DanVan.Features.Clusters.ClusterDto>(HttpStatusCode.Created);
            var b = await (await province.PostJsonAsync("/api/v1/clusters", new { year, kind, name = $"Số 2 ({kind}, {first})" }))
                .ReadAsync<DanVan.Features.Clusters.ClusterDto>(HttpStatusCode.Created);

            // The same unit into the same cluster: the loser of the save is a 409; a request after the winner is "already a member" (400).
            var same = await RaceAsync(Enumerable.Range(0, Attempts).Select(_ => (Func<Task<HttpResponseMessage>>)(() =>
                province.PostJsonAsync($"/api/v1/clusters/{a.Id}/members", new { unitId = unit1 }))));
            conflicts += await RefusedAsConflictsAsync(same, oneWinner: true, HttpStatusCode.BadRequest);

            // The same unit into two clusters of the same kind at once: only the unique membership per year and kind stops the second.
            var crossing = await RaceAsync(Enumerable.Range(0, Attempts).Select(i => (Func<Task<HttpResponseMessage>>)(() =>
                province.PostJsonAsync($"/api/v1/clusters/{(i % 2 == 0 ? a.Id : b.Id)}/members", new { unitId = unit2 }))));
            conflicts += await RefusedAsConflictsAsync(crossing, oneWinner: true, HttpStatusCode.BadRequest);

            var members = await app.WithDbAsync(db => db.ClusterMembers.Where(m => m.ClusterId == a.Id || m.ClusterId == b.Id)
                .Select(m => m.UnitId).ToListAsync());
            members.Order().ShouldBe(new[] { unit1, unit2 }.Order());
            (await app.WithDbAsync(db => db.ClusterEvents.CountAsync(e => (e.ClusterId == a.Id || e.ClusterId == b.Id)
                && e.Action == DanVan.Features.Clusters.ClusterAction.MemberAdded))).ShouldBe(2);
        }

        conflicts.ShouldBeGreaterThan(0, "the additions overlapped at least once");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task One_person_added_to_two_dossiers_of_a_round_at_once_is_nominated_once_and_the_losers_get_409(Provider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        await NomineeOncePerRoundTests.RootAsync(app);
        using var commune = await app.ClientForAsync("thidua.xa001");
        using var province = await app.ClientForAsync("thidua.tinh");
        var (kind, person, a, b) = await NomineeOncePerRoundTests.TwoDossiersAsync(app, commune, province);

        // Only the unique index per round, award and person stops the second dossier (each checks before the other saves).
        var results = await RaceAsync(Enumerable.Range(0, Attempts).Select(i => (Func<Task<HttpResponseMessage>>)(() => i % 2 == 0
            ? commune.PostJsonAsync($"{NominationFlowTests.Dossiers}/{a.Id}/nominees", new { personId = person, awardKindId = kind, year = 2026 })
            : province.PostJsonAsync($"{NominationFlowTests.Dossiers}/{b.Id}/nominees", new { personId = person, awardKindId = kind, year = 2026 }))));
        await RefusedAsConflictsAsync(results, oneWinner: true);
        (await app.WithDbAsync(db => db.DossierNominees.CountAsync(n => n.PersonId == person))).ShouldBe(1);
        (await app.WithDbAsync(db => db.DossierEvents.CountAsync(e => (e.DossierId == a.Id || e.DossierId == b.Id)
            && e.Action == DanVan.Features.Nominations.DossierAction.NomineeAdded))).ShouldBe(1);
    }

    private static ModelAction[] Before(ModelAction action) => action switch
    {
        ModelAction.Register => [],
        ModelAction.StartImplementing or ModelAction.Withdraw => [ModelAction.Register],
        ModelAction.Propose => [ModelAction.Register, ModelAction.StartImplementing],
        ModelAction.Recognise or ModelAction.Reject => [ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose],
        ModelAction.Reconfirm or ModelAction.Drop => [ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Recognise],
        ModelAction.Rework => [ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Reject],
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    private static async Task<HttpResponseMessage[]> RaceAsync(IEnumerable<Func<Task<HttpResponseMessage>>> attempts)
    {
        using var start = new ManualResetEventSlim(false);
        var tasks = attempts.Select(a => Task.Run(async () =>
        {
            start.Wait();
            return await a();
        })).ToArray();
        start.Set();
        return await Task.WhenAll(tasks);
    }

    /// <summary>
    /// No request failed with a server error: each one succeeded, or was a 409 (the count is returned), or one of the
    /// refusals a request arriving after the winner gets (<paramref name="afterwards"/>); with <paramref name="oneWinner"/>,
    /// exactly one succeeded.
    /// </summary>
    private static async Task<int> RefusedAsConflictsAsync(HttpResponseMessage[] results, bool oneWinner = false, params HttpStatusCode[] afterwards)
    {
        var statuses = string.Join(", ", results.Select(r => (int)r.StatusCode));
        if (results.FirstOrDefault(r => !r.IsSuccessStatusCode) is { } refused)
        {
            statuses += " — " + await refused.Content.ReadAsStringAsync();
        }

        results.ShouldAllBe(r => r.IsSuccessStatusCode || r.StatusCode == HttpStatusCode.Conflict || afterwards.Contains(r.StatusCode), statuses);
        if (oneWinner)
        {
            results.Count(r => r.IsSuccessStatusCode).ShouldBe(1, statuses);
        }

        var conflicts = 0;
        foreach (var loser in results.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            (await loser.ProblemAsync(HttpStatusCode.Conflict)).Detail.ShouldNotBeNullOrWhiteSpace(statuses);
            conflicts++;
        }

        foreach (var r in results)
        {
            r.Dispose();
        }

        return conflicts;
    }

    private static async Task OneWinnerAsync(HttpResponseMessage[] results)
    {
        var statuses = string.Join(", ", results.Select(r => (int)r.StatusCode));
        results.Count(r => r.IsSuccessStatusCode).ShouldBe(1, statuses);
        foreach (var loser in results.Where(r => !r.IsSuccessStatusCode))
        {
            (await loser.ProblemAsync(HttpStatusCode.Conflict)).Title.ShouldBe("Xung đột dữ liệu", statuses);
        }

        foreach (var r in results)
        {
            r.Dispose();
        }
    }
}
