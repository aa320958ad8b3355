using System.Collections.Concurrent;
using System.Net;
using DanVan.Features.Admin.Jobs;
using DanVan.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Infrastructure.Jobs;

/// <summary>
/// The durable job runner (ADR 0028) on both databases: a queued job survives a restart and runs once; a failing job is
/// retried after a backoff, fails for good after its last attempt, and an administrator's retry runs it again; a key
/// is asked for once; progress and the result file are read by the user who started it and the province's
/// administrators only.
/// </summary>
public sealed class JobRunnerTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero); // Monday 08:00 in Vietnam

    public sealed record ProbePayload(int FailTimes);

    /// <summary>A job kind for the tests: fails its first attempts, then reports progress, writes a result and counts its runs.</summary>
    public sealed class Probe : IJobHandler
    {
        public const string KindName = "test.probe";

        public static ConcurrentDictionary<Guid, int> Runs { get; } = new();

        public string Kind => KindName;

        public async Task RunAsync(JobContext context, CancellationToken ct)
        {
            if (context.Job.Attempts <= context.Payload<ProbePayload>().FailTimes)
            {
                throw new InvalidOperationException("Máy chủ tạm thời không trả lời");
            }

            await context.ReportAsync(50, "Đang ghi tệp", ct);
            await context.SaveResultAsync("ket-qua.csv", "STT;Tên\n1;Thử\n"u8.ToArray(), ct);
            Runs.AddOrUpdate(context.Job.Id, 1, (_, n) => n + 1);
        }
    }

    /// <summary>A long job: nine minutes pass, it reports progress (renewing its lease), and meanwhile another worker takes it again.</summary>
    public sealed class Overtaken : IJobHandler
    {
        public const string KindName = "test.overtaken";

        public static ConcurrentDictionary<Guid, DateTime?> LeaseAfterProgress { get; } = new();

        public string Kind => KindName;

        public async Task RunAsync(JobContext context, CancellationToken ct)
        {
            var clock = (ManualClock)context.Services.GetRequiredService<TimeProvider>();
            clock.Advance(TimeSpan.FromMinutes(9));
            await context.ReportAsync(40, "Đã in 400/1000 tệp", ct);
            var id = context.Job.Id;
            LeaseAfterProgress[id] = await context.Db.Jobs.Where(j => j.Id == id).Select(j => j.LeaseUntil).SingleAsync(ct);
            // Another worker claims it again (its lease had run out there): the attempt count moves on.
            await context.Db.Jobs.Where(j => j.Id == id).ExecuteUpdateAsync(u => u.SetProperty(j => j.Attempts, j => j.Attempts + 1), ct);
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Progress_renews_the_lease_and_a_run_overtaken_by_another_worker_records_nothing(Provider provider)
    {
        var clock = new ManualClock(Start);
        await using var app = await TestApp.StartAsync(provider, pg, seedDemo: false,
            services: s => s.AddSingleton<TimeProvider>(clock).AddJobHandler<Overtaken>());
        var (job, _) = await app.WithDbAsync(db => JobQueue.EnqueueAsync(db, Overtaken.KindName, $"overtaken:{Guid.NewGuid()}", new ProbePayload(0)));
        await app.Services.GetRequiredService<JobRunner>().RunDueAsync(CancellationToken.None);

        var lease = app.Services.GetRequiredService<JobSettings>().LeaseMinutes;
        Overtaken.LeaseAfterProgress[job.Id].ShouldBe(Start.UtcDateTime.AddMinutes(9 + lease), "renewed from the time of the progress");
        var after = await app.WithDbAsync(db => db.Jobs.AsNoTracking().SingleAsync(j => j.Id == job.Id));
        (after.Status, after.Attempts, after.FinishedAt, after.Progress).ShouldBe((JobStatus.Running, 2, (DateTime?)null, 40),
            "the other worker's run decides: this one's success is not written over it");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_queued_job_survives_a_restart_and_runs_exactly_once(Provider provider)
    {
        await using var first = await TestApp.StartAsync(provider, pg, seedDemo: false, services: s => s.AddJobHandler<Probe>());
        var (job, created) = await first.WithDbAsync(db => JobQueue.EnqueueAsync(db, Probe.KindName, $"probe:{Guid.NewGuid()}", new ProbePayload(0)));
        created.ShouldBeTrue();
        (await first.WithDbAsync(db => db.Jobs.SingleAsync(j => j.Id == job.Id))).Status.ShouldBe(JobStatus.Queued, "no worker runs in the first app");

        // Stop the host with the job still queued; start a new one on the same database with the worker on.
        await using var second = await first.RestartAsync(new Dictionary<string, string?> { ["Jobs:Enabled"] = "true", ["Jobs:PollSeconds"] = "0.1" },
            s => s.AddJobHandler<Probe>());
        Job done = null!;
        for (var i = 0; i < 300; i++)
        {
            done = await second.WithDbAsync(db => db.Jobs.AsNoTracking().SingleAsync(j => j.Id == job.Id));
            if (done.Status == JobStatus.Succeeded)
            {
                break;
            }

            await Task.Delay(100);
        }

        done.Status.ShouldBe(JobStatus.Succeeded, done.Error);
        (done.Progress, done.Attempts, done.ResultFileName).ShouldBe((100, 1, "ket-qua.csv"));
        Probe.Runs[job.Id].ShouldBe(1);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_failing_job_is_retried_with_backoff_then_fails_and_an_administrator_retries_it(Provider provider)
    {
        var clock = new ManualClock(Start);
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock).AddJobHandler<Probe>());
        var runner = app.Services.GetRequiredService<JobRunner>();
        var starter = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "thidua.stp"));
        var key = $"probe:{Guid.NewGuid()}";
        var (job, _) = await app.WithDbAsync(db => JobQueue.EnqueueAsync(db, Probe.KindName, key, new ProbePayload(2), starter.TenantId, starter.Id, maxAttempts: 2));
        var (again, createdAgain) = await app.WithDbAsync(db => JobQueue.EnqueueAsync(db, Probe.KindName, key, new ProbePayload(0), starter.TenantId, starter.Id));
        (again.Id, createdAgain).ShouldBe((job.Id, false), "the same key is the same job");

        Task<Job> Read() => app.WithDbAsync(db => db.Jobs.AsNoTracking().SingleAsync(j => j.Id == job.Id));
        await runner.RunDueAsync(CancellationToken.None);
        var first = await Read();
        (first.Status, first.Attempts).ShouldBe((JobStatus.Queued, 1));
        first.Error!.ShouldContain("Máy chủ tạm thời không trả lời");
        first.RunAfter.ShouldBe(Start.UtcDateTime + Job.Backoff(1));

        await runner.RunDueAsync(CancellationToken.None);
        (await Read()).Attempts.ShouldBe(1, "not before the backoff has passed");

        clock.Advance(Job.Backoff(1) + TimeSpan.FromSeconds(1));
        await runner.RunDueAsync(CancellationToken.None);
        var failed = await Read();
        (failed.Status, failed.Attempts).ShouldBe((JobStatus.Failed, 2), "given up after the last attempt");

        // The province's administrator sees the failure on /Admin/Jobs and retries it; the officer may not.
        using var admin = await app.ClientForAsync("qtv.tinh");
        using var officer = await app.ClientForAsync("thidua.stp");
        using var colleague = await app.ClientForAsync("thidua.syt");
        var queue = await (await admin.GetAsync("/api/v1/admin/jobs?status=Failed")).ReadAsync<ListJobs.JobList>();
        queue.Items.ShouldContain(j => j.Id == job.Id && j.Error!.Contains("Máy chủ"));
        (await officer.PostAsync($"/api/v1/admin/jobs/{job.Id}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await admin.PostAsync($"/api/v1/admin/jobs/{job.Id}/retry", null)).ReadAsync<JobDto>()).Status.ShouldBe(JobStatus.Queued);
        await runner.RunDueAsync(CancellationToken.None);
        var done = await Read();
        (done.Status, done.Attempts, done.Progress).ShouldBe((JobStatus.Succeeded, 3, 100));
        Probe.Runs[job.Id].ShouldBe(1);
        await (await admin.PostAsync($"/api/v1/admin/jobs/{job.Id}/retry", null)).ProblemAsync(HttpStatusCode.Conflict);

        // Progress and result: the starter and the administrator read them, a colleague of another department does not.
        var seen = await (await officer.GetAsync($"/api/v1/jobs/{job.Id}")).ReadAsync<JobDto>();
        (seen.Progress, seen.ResultUrl).ShouldBe((100, $"/api/v1/jobs/{job.Id}/result"));
        (await officer.GetStringAsync(seen.ResultUrl)).ShouldBe("STT;Tên\n1;Thử\n");
        (await admin.GetAsync($"/api/v1/jobs/{job.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await colleague.GetAsync($"/api/v1/jobs/{job.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await colleague.GetAsync($"/api/v1/jobs/{job.Id}/result")).ProblemAsync(HttpStatusCode.NotFound);
        var page = WebUtility.HtmlDecode(await (await app.SignedInAsync("thidua.stp")).GetStringAsync($"/Jobs/{job.Id}"));
        page.ShouldContain("Hoàn thành");
        page.ShouldContain("ket-qua.csv");
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 120)]
    [InlineData(3, 480)]
    [InlineData(20, 6 * 3600)]
    public void Backoff_grows_fourfold_up_to_six_hours(int attempts, int seconds) =>
        Job.Backoff(attempts).ShouldBe(TimeSpan.FromSeconds(seconds));

    [Fact]
    public void A_daily_job_is_for_the_last_day_that_reached_its_hour_in_Vietnam()
    {
        var digest = new RecurringJob("x", RecurringSchedule.Daily, 7);
        digest.Period(new DateTime(2026, 12, 7, 0, 30, 0, DateTimeKind.Utc)).ShouldBe("2026-12-07"); // 07:30 in Vietnam
        digest.Period(new DateTime(2026, 12, 6, 23, 30, 0, DateTimeKind.Utc)).ShouldBe("2026-12-06"); // 06:30 on the 7th: still the 6th's
        new RecurringJob("y", RecurringSchedule.Hourly).Period(new DateTime(2026, 12, 7, 5, 59, 0, DateTimeKind.Utc)).ShouldBe("2026-12-07T05");
    }
}
