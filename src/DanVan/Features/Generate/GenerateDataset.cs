using System.Diagnostics;
using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Generate;

/// <summary>
/// The <c>generate --size XS|S|M|L [--seed 42] [--force]</c> verb: a deterministic benchmark dataset written into the
/// configured database (migrated first) with bulk inserts. Refuses a database that already holds data unless --force,
/// which deletes and recreates the whole database.
/// </summary>
public static class GenerateDataset
{
    /// <summary>Every generated account's password (the benchmark uses access tokens, not this).</summary>
    public const string Password = "DanVan-Bench-2026";

    /// <summary>The fixed "today" of every generated dataset, so that deadlines and statuses do not depend on the day it runs.</summary>
    public static readonly DateTime Now = new(2026, 5, 15, 3, 0, 0, DateTimeKind.Utc);

    public sealed record Result(DatasetSize Size, int Seed, long Rows, TimeSpan Elapsed, IReadOnlyDictionary<string, (long Rows, TimeSpan Elapsed)> Tables);

    /// <summary>Parses the verb's arguments, writes the dataset and prints rows and rows/s per table. Returns the exit code.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var size = DatasetSize.Parse(Option(args, "--size") ?? "S");
        if (size is null || !int.TryParse(Option(args, "--seed") ?? "42", CultureInfo.InvariantCulture, out var seed))
        {
            await Console.Error.WriteLineAsync("Cách dùng: generate --size XS|S|M|L [--seed 42] [--force]");
            return 2;
        }

        var result = await GenerateAsync(services, size, seed, args.Contains("--force"), output);
        return result is null ? 1 : 0;
    }

    public static async Task<Result?> GenerateAsync(IServiceProvider services, DatasetSize size, int seed, bool force, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(size);
        ArgumentNullException.ThrowIfNull(output);
        await using (var check = services.CreateAsyncScope())
        {
            var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
            if (force)
            {
                await db.Database.EnsureDeletedAsync();
            }

            await db.Database.MigrateAsync();
            if (await db.Tenants.AnyAsync())
            {
                await Console.Error.WriteLineAsync("Cơ sở dữ liệu đã có dữ liệu; không sinh dữ liệu vào đó. Dùng --force để XÓA TOÀN BỘ cơ sở dữ liệu rồi sinh lại.");
                return null;
            }
        }

        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var watch = Stopwatch.StartNew();
        var rng = new Random(seed);
        var today = DateOnly.FromDateTime(Now.AddHours(7));
        var passwordHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);
        Dictionary<string, (long Rows, TimeSpan Elapsed)> tables;
        await using (var writer = await BulkWriter.OpenAsync(context, new StableIds(seed), Now))
        {
            for (var i = 0; i < size.Tenants; i++)
            {
                var tenant = await GenerateTenant.RunAsync(writer, size, i, rng, Now, passwordHash);
                await GenerateCampaign.RunAsync(writer, size, tenant, rng, Now, today);
                await GenerateAssessments.RunAsync(writer, tenant, seed, i, Now, today);
                await GenerateAwards.RunAsync(writer, tenant, seed, i, Now, today);
            }

            var written = Stopwatch.StartNew();
            await writer.CompleteAsync();
            tables = writer.Stats;
            tables["(commit + ANALYZE)"] = (0, written.Elapsed);
        }

        var rows = tables.Values.Sum(t => t.Rows);
        var result = new Result(size, seed, rows, watch.Elapsed, tables);
        Print(result, output);
        return result;
    }

    private static void Print(Result r, TextWriter output)
    {
        output.WriteLine($"Đã sinh bộ dữ liệu {r.Size.Name} (seed {r.Seed}) trong {r.Elapsed.TotalSeconds:F1} s:");
        output.WriteLine($"{"Bảng",-28}{"Số dòng",12}{"Giây",10}{"Dòng/giây",14}");
        foreach (var (table, (rows, elapsed)) in r.Tables.OrderByDescending(t => t.Value.Rows))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{table,-28}{rows,12:N0}{elapsed.TotalSeconds,10:F2}{(rows == 0 ? "" : (rows / Math.Max(elapsed.TotalSeconds, 1e-6)).ToString("N0", CultureInfo.InvariantCulture)),14}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"Tổng",-28}{r.Rows,12:N0}{r.Elapsed.TotalSeconds,10:F2}{r.Rows / Math.Max(r.Elapsed.TotalSeconds, 1e-6),14:N0}"));
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
