using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using DanVan.Features.Accounts;
using DanVan.Features.Models;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench;

/// <summary>
/// Deadline day: every unit of the first tenant with a plan obligation in the movement (at M: 170 communes and 12
/// departments), each signed in as its own unit officer, files its plan (a new plan document) and reports progress on
/// one of its active models — all fired at once. Non-2xx answers are errors except the expected refusal of a unit whose
/// plan is already filed or waived (409/400 <c>movement.already_filed</c> / <c>movement.not_required</c>; ~88 % of the
/// generated obligations are filed). Afterwards every acknowledged filing and report must be in the database.
/// The accounts (<c>bench.storm.N</c>) are made here, in the bench's own setup, once per dataset.
/// </summary>
internal static class DeadlineStorm
{
    public static async Task<WorkloadResult> RunAsync(BenchContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var units = await OfficersAsync(c);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var run = DateTime.UtcNow.ToString("HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var narrative = $"Báo cáo tiến độ ngày hạn (bench {run})";
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var (filed, reported, expected, errors) = (new System.Collections.Concurrent.ConcurrentBag<Guid>(), 0, 0, new System.Collections.Concurrent.ConcurrentBag<string>());

        async Task<(int Status, string Body)> Timed(Func<Task<HttpResponseMessage>> send)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await send();
            var body = await response.Content.ReadAsStringAsync();
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            return ((int)response.StatusCode, body);
        }

        var wall = Stopwatch.StartNew();
        await Task.WhenAll(units.Select(async (u, i) =>
        {
            var plan = await Timed(() => u.Client.PostAsJsonAsync($"api/v1/movements/{c.MovementId}/plans", new
            {
                unitId = u.UnitId,
                number = $"{run}{i:000}/KH-DVK",
                issueDate = today,
                title = "Kế hoạch triển khai phong trào “Dân vận khéo”",
                signer = "Nguyễn Văn A",
            }));
            if (plan.Status is >= 200 and < 300)
            {
                filed.Add(u.UnitId);
            }
            else if (plan.Body.Contains("movement.already_filed", StringComparison.Ordinal) || plan.Body.Contains("movement.not_required", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref expected);
            }
            else
            {
                errors.Add($"plan {u.UnitId}: {plan.Status} {plan.Body}");
            }

            if (u.ModelId is { } model)
            {
                var progress = await Timed(() => u.Client.PostAsJsonAsync($"api/v1/models/{model}/progress", new { reportedOn = today, narrative }));
                if (progress.Status is >= 200 and < 300)
                {
                    Interlocked.Increment(ref reported);
                }
                else
                {
                    errors.Add($"progress {model}: {progress.Status} {progress.Body}");
                }
            }
        }));
        var elapsed = wall.Elapsed;

        // Every acknowledged write is stored.
        await using var scope = c.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var filedIds = filed.ToList();
        var storedFilings = await db.PlanObligations.CountAsync(o => o.MovementId == c.MovementId && filedIds.Contains(o.UnitId) && o.FiledAt != null && o.PlanDocumentId != null);
        var storedReports = await db.ModelProgress.CountAsync(p => p.Narrative == narrative);
        if (storedFilings != filedIds.Count || storedReports != reported)
        {
            errors.Add($"stored {storedFilings}/{filedIds.Count} filings, {storedReports}/{reported} reports");
        }

        if (!errors.IsEmpty)
        {
            throw new InvalidOperationException($"Deadline storm: {errors.Count} lỗi, ví dụ: {string.Join(" | ", errors.Take(3))}");
        }

        var figure = Figure.From([.. latencies], elapsed);
        var note = $"{units.Count} đơn vị, mỗi đơn vị một tài khoản; {filedIds.Count} kế hoạch nộp mới (đã lưu {storedFilings}), {expected} đơn vị đã nộp/miễn từ trước (409/400 đúng quy tắc), "
                   + $"{reported} báo cáo tiến độ (đã lưu {storedReports}); 0 lỗi; toàn bộ trong {elapsed.TotalSeconds:0.0} s";
        return new WorkloadResult("Ngày hạn: mọi đơn vị nộp kế hoạch và báo cáo cùng lúc", "POST /api/v1/movements/{id}/plans + POST /api/v1/models/{id}/progress",
            "—", figure, figure, 1, null, null, Environment.WorkingSet / (1024 * 1024),
            "0 lỗi; mọi yêu cầu được xác nhận đều đã lưu; p95 ≤ 250 ms", figure.P95 <= 250, note);
    }

    private sealed record Officer(Guid UnitId, Guid? ModelId, HttpClient Client);

    /// <summary>One unit officer (no sub-units) per obligated unit, with a token; and one active model of the unit, if any.</summary>
    private static async Task<List<Officer>> OfficersAsync(BenchContext c)
    {
        await using var scope = c.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var obligated = await db.PlanObligations.AsNoTracking().Where(o => o.MovementId == c.MovementId).OrderBy(o => o.UnitId).Select(o => o.UnitId).ToListAsync();
        var models = (await db.DvkModels.AsNoTracking().Where(m => m.TenantId == c.TenantId).Select(m => new { m.Id, m.UnitId, m.Status }).ToListAsync())
            .Where(m => DvkModel.CanReportIn(m.Status)).GroupBy(m => m.UnitId).ToDictionary(g => g.Key, g => g.Min(m => m.Id));
        var units = await db.Units.Where(u => obligated.Contains(u.Id)).ToDictionaryAsync(u => u.Id);
        var now = DateTime.UtcNow;
        var officers = new List<Officer>();
        for (var i = 0; i < obligated.Count; i++)
        {
            var userName = $"bench.storm.{i}";
            var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == userName);
            if (user is null)
            {
                user = new AppUser
                {
                    Id = Guid.CreateVersion7(), UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), FullName = $"Cán bộ đơn vị {i}",
                    TenantId = c.TenantId, CreatedAt = now, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString("N"),
                };
                db.Users.Add(user);
                db.RoleAssignments.Add(new RoleAssignment(c.TenantId, user.Id, Role.UnitOfficer, units[obligated[i]], false, now));
            }

            var (token, plain) = AccessToken.Issue(user, "bench-storm", now, TimeSpan.FromDays(1));
            db.AccessTokens.Add(token);
            var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 4 }) { BaseAddress = c.Host.Address, Timeout = TimeSpan.FromMinutes(5) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", plain);
            officers.Add(new Officer(obligated[i], models.TryGetValue(obligated[i], out var model) ? model : null, client));
        }

        await db.SaveChangesAsync();
        return officers;
    }
}
