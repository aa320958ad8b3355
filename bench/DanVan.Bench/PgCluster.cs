using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DanVan.Bench;

/// <summary>
/// A throwaway PostgreSQL 15 cluster for one bench run (as tests/DanVan.Tests PostgresServer does): initdb in a temp
/// directory (as user postgres when root), a free loopback port, trust auth, fsync off — a benchmark of the app, not of disks.
/// </summary>
internal sealed class PgCluster : IAsyncDisposable
{
    public static readonly string BinDirectory =
        Environment.GetEnvironmentVariable("DANVAN_TEST_PG_BIN") is { Length: > 0 } bin ? bin : "/usr/lib/postgresql/15/bin";

    private readonly string directory;
    private readonly int port;

    private PgCluster(string directory, int port)
    {
        this.directory = directory;
        this.port = port;
    }

    public static bool BinariesPresent => new[] { "initdb", "pg_ctl", "postgres" }.All(b => File.Exists(Path.Combine(BinDirectory, b)));

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = port, Username = "postgres", Database = database, Pooling = true, MaxPoolSize = 200,
        Timeout = 30, CommandTimeout = 600,
    }.ToString();

    public static async Task<PgCluster> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("danvan-bench-pg-").FullName;
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", ["postgres:postgres", directory], asPostgres: false);
        }

        var data = Path.Combine(directory, "data");
        await RunAsync(Path.Combine(BinDirectory, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "-N"], asPostgres: true);
        var port = FreePort();
        var options = $"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories='{directory}' -c fsync=off " +
                      "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=256MB -c work_mem=16MB";
        await RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", data, "-l", Path.Combine(directory, "server.log"), "-o", options, "-w", "-t", "60", "start"],
            asPostgres: true);
        return new PgCluster(directory, port);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", Path.Combine(directory, "data"), "-m", "immediate", "-w", "stop"], asPostgres: true);
        }
        finally
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static async Task RunAsync(string file, string[] arguments, bool asPostgres)
    {
        var runAsPostgres = asPostgres && Environment.UserName == "root";
        var start = new ProcessStartInfo(runAsPostgres ? "runuser" : file)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var a in (runAsPostgres ? new[] { "-u", "postgres", "--", file } : []).Concat(arguments))
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} exited with {process.ExitCode}: {await stderr}{await stdout}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
