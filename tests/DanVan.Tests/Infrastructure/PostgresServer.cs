using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DanVan.Tests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL 15 cluster for the whole run: initdb in a temp dir (as user postgres when running as
/// root), a free 127.0.0.1 port, trust auth, fsync off. Each test gets its own database in it. Every collection's
/// fixture is a handle on that one cluster (started by the first, stopped when the test process exits), so the demo
/// template is seeded once per run, not once per collection (CI time); a fault test that stops or fills its
/// cluster makes one of its own with <see cref="OwnClusterAsync"/>.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>/usr/lib/postgresql/15/bin, or DANVAN_TEST_PG_BIN (a machine whose PostgreSQL 15 lives elsewhere).</summary>
    public static readonly string BinDirectory =
        Environment.GetEnvironmentVariable("DANVAN_TEST_PG_BIN") is { Length: > 0 } bin ? bin : "/usr/lib/postgresql/15/bin";
    private const string SeededTemplate = "danvan_seeded";

    private static readonly SemaphoreSlim SharedGate = new(1, 1);
    private static PostgresServer? shared;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, SemaphoreSlim> Gates = new();
    private readonly string? parentDirectory;
    private readonly bool durable;
    private readonly bool handle;
    private PostgresServer? cluster;
    private string? dataDirectory;
    private int port;
    private bool seededTemplateReady;

    /// <summary>xUnit's fixture: a handle on the run's one cluster, in the temp folder, fast and not crash-safe (fsync off).</summary>
    public PostgresServer()
    {
        handle = true;
    }

    private PostgresServer(bool own)
    {
        handle = !own;
    }

    /// <summary>
    /// A cluster of a fault test's own, under <paramref name="parentDirectory"/> (e.g. a small tmpfs): crash-safe like a
    /// production server (fsync, synchronous commit, full-page writes on) with 1 MB WAL segments, so that a full disk
    /// is met by the WAL as well as by the tables.
    /// </summary>
    internal PostgresServer(string parentDirectory)
    {
        this.parentDirectory = parentDirectory;
        durable = true;
    }

    /// <summary>A started cluster of a fault test's own (fast, like the shared one), for a test that stops it; the test disposes it.</summary>
    internal static async Task<PostgresServer> OwnClusterAsync()
    {
        var own = new PostgresServer(own: true);
        await own.InitializeAsync();
        return own;
    }

    public bool Available => Cluster.available;

    public string? UnavailableReason => Cluster.unavailableReason;

    private bool available;
    private string? unavailableReason;

    /// <summary>The cluster this object stands for: the run's shared one for a fixture, itself otherwise.</summary>
    private PostgresServer Cluster => handle ? cluster ?? throw new InvalidOperationException("The PostgreSQL fixture is not initialised.") : this;

    /// <summary>Why the PostgreSQL binaries cannot be used here, or null when they can.</summary>
    public static string? MissingBinariesReason { get; } = FindMissingBinaries();

    /// <summary>The reason to skip PostgreSQL cases: binaries missing and not on CI (where they must fail instead).</summary>
    public static string? SkipReason => MissingBinariesReason is { } reason && !IsCi ? reason : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public string ConnectionString(string database)
    {
        EnsureAvailable();
        return new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Cluster.port,
            Username = "postgres",
            Database = database,
            Pooling = true,
            IncludeErrorDetail = true,
            Timeout = 30,
            CommandTimeout = 60,
        }.ToString();
    }

    /// <summary>A new empty database; returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync() => CreateDatabaseAsync(template: null);

    /// <summary>A new database copied from the migrated and demo-seeded template (built once, by the app itself).</summary>
    internal Task<string> CreateSeededDatabaseAsync(Func<string, Task> seed) => handle ? Cluster.CreateSeededDatabaseAsync(seed) : CreateSeededOwnAsync(seed);

    private async Task<string> CreateSeededOwnAsync(Func<string, Task> seed)
    {
        EnsureAvailable();
        await Gate.WaitAsync();
        try
        {
            if (!seededTemplateReady)
            {
                await ExecuteAsync($"DROP DATABASE IF EXISTS \"{SeededTemplate}\" WITH (FORCE)"); // a failed earlier attempt
                await ExecuteAsync($"CREATE DATABASE \"{SeededTemplate}\"");
                var cs = ConnectionString(SeededTemplate);
                await seed(cs);
                using (var connection = new NpgsqlConnection(cs))
                {
                    NpgsqlConnection.ClearPool(connection);
                }

                seededTemplateReady = true;
            }
        }
        finally
        {
            Gate.Release();
        }

        return await CreateDatabaseAsync(SeededTemplate);
    }

    /// <summary>Drops a test's database once its app is gone (keeps the cluster small over a long run).</summary>
    internal async Task DropDatabaseAsync(string connectionString)
    {
        if (handle)
        {
            await Cluster.DropDatabaseAsync(connectionString);
            return;
        }

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        if (!Available || name is null || name == SeededTemplate)
        {
            return;
        }

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        try
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // Best effort: the whole cluster goes at the end of the run anyway.
        }
    }

    public async Task InitializeAsync()
    {
        if (handle)
        {
            cluster = await SharedAsync();
            return;
        }

        if (MissingBinariesReason is { } missing)
        {
            unavailableReason = missing;
            return;
        }

        try
        {
            await StartClusterAsync();
            available = true;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            unavailableReason = $"Không khởi động được PostgreSQL 15 tạm thời (PostgreSQL could not be started): {e.Message}";
        }
    }

    /// <summary>The run's cluster, started on first use and stopped (immediately, its files removed) when the process exits.</summary>
    private static async Task<PostgresServer> SharedAsync()
    {
        await SharedGate.WaitAsync();
        try
        {
            if (shared is null)
            {
                var started = new PostgresServer(own: true);
                await started.InitializeAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => started.StopAtExit();
                shared = started;
            }

            return shared;
        }
        finally
        {
            SharedGate.Release();
        }
    }

    private void StopAtExit()
    {
        if (dataDirectory is null)
        {
            return;
        }

        try
        {
            using var stop = Process.Start(StartInfo(Path.Combine(BinDirectory, "pg_ctl"), ["-D", DataPath, "-m", "immediate", "-w", "stop"], asPostgres: true));
            stop?.WaitForExit(TimeSpan.FromSeconds(20));
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // The process is ending: nothing else to do.
        }

        TryDelete(dataDirectory);
    }

    public async Task DisposeAsync()
    {
        if (handle)
        {
            return; // the shared cluster outlives each collection (StopAtExit)
        }

        NpgsqlConnection.ClearAllPools();
        if (dataDirectory is null)
        {
            return;
        }

        try
        {
            await RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", DataPath, "-m", "immediate", "-w", "stop"], asPostgres: true);
        }
        finally
        {
            TryDelete(dataDirectory);
        }
    }

    internal void EnsureAvailable()
    {
        if (handle)
        {
            Cluster.EnsureAvailable();
            return;
        }

        if (!Available)
        {
            throw new InvalidOperationException(UnavailableReason ?? "PostgreSQL is not available.");
        }
    }

    private string DataPath => Path.Combine(dataDirectory!, "data");

    /// <summary>This cluster's CREATE DATABASE … TEMPLATE and template seeding, one at a time (another cluster's do not wait).</summary>
    private SemaphoreSlim Gate => Gates.GetOrAdd(port, _ => new SemaphoreSlim(1, 1));

    private async Task<string> CreateDatabaseAsync(string? template)
    {
        if (handle)
        {
            return await Cluster.CreateDatabaseAsync(template);
        }

        EnsureAvailable();
        var name = "t_" + Guid.NewGuid().ToString("N");
        await Gate.WaitAsync(); // CREATE DATABASE … TEMPLATE refuses while another copy of the template is running
        try
        {
            await ExecuteAsync(template is null
                ? $"CREATE DATABASE \"{name}\""
                : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        }
        finally
        {
            Gate.Release();
        }

        return ConnectionString(name);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task StartClusterAsync()
    {
        dataDirectory = parentDirectory is null
            ? Directory.CreateTempSubdirectory("danvan-pg-").FullName
            : Directory.CreateDirectory(Path.Combine(parentDirectory, "danvan-pg")).FullName;
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", ["postgres:postgres", dataDirectory], asPostgres: false);
        }

        await RunAsync(Path.Combine(BinDirectory, "initdb"),
            ["-D", DataPath, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "-N", .. (durable ? new[] { "--wal-segsize=1" } : [])],
            asPostgres: true);
        port = FreePort();
        await StartAsync();
    }

    /// <summary>Stops the server (a fault test's outage: <c>pg_ctl stop -m fast</c>, clients disconnected); the data stays.</summary>
    internal Task StopAsync() =>
        RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", DataPath, "-m", "fast", "-w", "-t", "60", "stop"], asPostgres: true);

    /// <summary>Whether the postmaster is running (a full disk can make PostgreSQL stop itself).</summary>
    internal async Task<bool> IsRunningAsync()
    {
        try
        {
            await RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", DataPath, "status"], asPostgres: true);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The server's log, for a fault test's output.</summary>
    internal string ServerLog => dataDirectory is null || !File.Exists(Path.Combine(dataDirectory, "server.log")) ? "" : File.ReadAllText(Path.Combine(dataDirectory, "server.log"));

    /// <summary>Starts the cluster (again) on its port.</summary>
    internal Task StartAsync()
    {
        var options = $"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories='{dataDirectory}' " +
                      (durable
                          ? "-c min_wal_size=2MB -c max_wal_size=16MB -c max_connections=100 -c shared_buffers=16MB"
                          : "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=64MB");
        return RunAsync(Path.Combine(BinDirectory, "pg_ctl"),
            ["-D", DataPath, "-l", Path.Combine(dataDirectory!, "server.log"), "-o", options, "-w", "-t", "60", "start"], asPostgres: true);
    }

    private static async Task RunAsync(string file, string[] arguments, bool asPostgres)
    {
        using var process = Process.Start(StartInfo(file, arguments, asPostgres)) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} exited with {process.ExitCode}: {await stderr}{await stdout}");
        }
    }

    private static ProcessStartInfo StartInfo(string file, string[] arguments, bool asPostgres)
    {
        var runAsPostgres = asPostgres && Environment.UserName == "root";
        var start = new ProcessStartInfo(runAsPostgres ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (runAsPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindMissingBinaries()
    {
        var missing = new[] { "initdb", "pg_ctl", "postgres" }.Where(b => !File.Exists(Path.Combine(BinDirectory, b))).ToList();
        return missing.Count == 0
            ? null
            : $"PostgreSQL 15 không có trên máy này: thiếu {string.Join(", ", missing)} trong {BinDirectory} " +
              "(apt-get install postgresql-15, hoặc đặt DANVAN_TEST_PG_BIN). Các trường hợp PostgreSQL được bỏ qua; " +
              "với CI=true chúng bị tính là lỗi. / PostgreSQL 15 binaries missing: PostgreSQL cases are skipped, or fail when CI=true.";
    }

    internal static void TryDelete(string directory)
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
