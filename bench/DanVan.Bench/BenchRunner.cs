using System.Diagnostics;
using DanVan.Features.Generate;
using DanVan.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench;

/// <summary>One run: dataset (generated or reused) → app on loopback Kestrel → every workload with its baseline → table + JSON.</summary>
internal static class BenchRunner
{
    public static async Task<int> RunAsync(BenchOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        PgCluster? cluster = null;
        try
        {
            string connectionString;
            if (options.Provider == DatabaseProvider.Postgres)
            {
                if (options.PostgresConnection is { } given)
                {
                    connectionString = given;
                }
                else
                {
                    if (!PgCluster.BinariesPresent)
                    {
                        await Console.Error.WriteLineAsync($"Không có PostgreSQL 15 trong {PgCluster.BinDirectory}: dùng --pg \"chuỗi kết nối\" hoặc đặt DANVAN_TEST_PG_BIN.");
                        return 3;
                    }

                    output.WriteLine("Khởi động một cụm PostgreSQL 15 tạm thời…");
                    cluster = await PgCluster.StartAsync();
                    connectionString = cluster.ConnectionString($"bench_{options.Size.Name.ToLowerInvariant()}");
                }
            }
            else
            {
                Directory.CreateDirectory(options.DataDirectory);
                var file = Path.Combine(options.DataDirectory, $"{options.Size.Name}-seed{options.Seed}{(options.Smoke ? "-smoke" : "")}.db");
                if (options.Regenerate || options.Smoke)
                {
                    SqliteConnection.ClearAllPools();
                    foreach (var f in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
                    {
                        File.Delete(f);
                    }
                }

                connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString();
            }

            return await RunOnAsync(options, connectionString, output);
        }
        finally
        {
            if (cluster is not null)
            {
                await cluster.DisposeAsync();
            }
        }
    }

    private static async Task<int> RunOnAsync(BenchOptions options, string connectionString, TextWriter output)
    {
        using var queries = new QueryCounter();
        await using var host = new BenchHost(options.Provider, connectionString, options.DataDirectory);
        host.Start();
        output.WriteLine($"Ứng dụng chạy tại {host.Address} ({options.Provider}, bộ dữ liệu {options.Size.Name}).");

        GenerateDataset.Result? generated = null;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            if (!await scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.AnyAsync())
            {
                generated = await GenerateDataset.GenerateAsync(host.Services, options.Size, options.Seed, force: false, output);
            }
            else
            {
                output.WriteLine("Dùng lại bộ dữ liệu đã sinh trong cơ sở dữ liệu này.");
            }
        }

        using var context = await BenchContext.CreateAsync(host, options, queries);
        var results = new List<WorkloadResult>();
        if (options.Runs("lists"))
        {
            results.AddRange(await ListWorkloads.RunAsync(context));
        }

        if (options.Runs("coverage"))
        {
            results.Add(await CoverageWorkload.RunAsync(context));
        }

        if (options.Runs("ranking"))
        {
            results.AddRange(await RankingWorkload.RunAsync(context));
        }

        if (options.Runs("eligibility"))
        {
            results.AddRange(await EligibilityWorkload.RunAsync(context));
        }

        if (options.Runs("load"))
        {
            results.AddRange(await LoadWorkloads.RunAsync(context));
        }

        if (options.Runs("storm"))
        {
            results.Add(await DeadlineStorm.RunAsync(context));
        }

        if (options.Runs("export"))
        {
            results.Add(await ExportWorkload.RunAsync(context));
        }

        if (options.Runs("import"))
        {
            results.AddRange(await ImportWorkload.RunAsync(context));
        }

        if (options.Runs("board"))
        {
            results.AddRange(await BoardWorkload.RunAsync(context));
        }

        Report.Print(results, output);
        using var process = Process.GetCurrentProcess();
        var path = Report.Write(options, new
        {
            Date = TimeProvider.System.GetUtcNow(),
            Size = options.Size.Name,
            Provider = options.Provider.ToString(),
            options.Seed,
            options.Smoke,
            options.Iterations,
            options.Workers,
            options.Seconds,
            ImportRows = options.Runs("import") ? options.ImportRows : (int?)null,
            Viewers = options.Runs("board") ? options.Viewers : (int?)null,
            Submits = options.Runs("board") ? options.Submits : (int?)null,
            Machine = new { Environment.ProcessorCount, Os = Environment.OSVersion.ToString(), Runtime = Environment.Version.ToString() },
            ScopedUnits = new { One = 1, Many = context.ManyUnitsCount },
            Generation = generated is null ? null : new
            {
                generated.Rows,
                Seconds = Math.Round(generated.Elapsed.TotalSeconds, 2),
                RowsPerSecond = Math.Round(generated.Rows / Math.Max(generated.Elapsed.TotalSeconds, 1e-6)),
                Tables = generated.Tables.Where(t => t.Value.Rows > 0).ToDictionary(t => t.Key, t => new
                {
                    t.Value.Rows,
                    RowsPerSecond = Math.Round(t.Value.Rows / Math.Max(t.Value.Elapsed.TotalSeconds, 1e-6)),
                }),
            },
            PeakWorkingSetMb = process.PeakWorkingSet64 / (1024 * 1024),
            GcHeapMb = GC.GetGCMemoryInfo().HeapSizeBytes / (1024 * 1024),
            Workloads = results,
        });
        output.WriteLine($"Kết quả: {path}  ({results.Count(r => r.Pass)}/{results.Count} đạt mục tiêu)");
        return 0;
    }
}
