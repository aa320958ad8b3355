using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using DanVan.Tests.Infrastructure;

namespace DanVan.Tests.Faults;

/// <summary>
/// The real DanVan binary as its own operating-system process (not the in-process test host), configured through
/// DANVAN_* environment variables as an operator would: a fault test can kill it with SIGKILL, start it again on the
/// same database and run its verbs (<c>verify-audit</c>, <c>check-invariants</c>).
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> environment;
    private readonly StringBuilder log = new();
    private Process? process;

    public ServerProcess(Provider provider, string connectionString, string dataDirectory, params (string Name, string Value)[] settings)
    {
        Port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}/");
        environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["DANVAN_Database__Provider"] = provider.ToString(),
            ["DANVAN_Database__ConnectionString"] = connectionString,
            ["DANVAN_Database__MigrateOnStart"] = "true",
            ["DANVAN_Database__SeedDemo"] = "false",
            ["DANVAN_DataDirectory"] = dataDirectory,
            ["DANVAN_ADMIN_PASSWORD"] = TestApp.AdminPassword,
            ["DANVAN_DEMO_PASSWORD"] = TestApp.DemoPassword,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "None",
        };
        foreach (var (name, value) in settings)
        {
            environment[name] = value;
        }
    }

    public int Port { get; }

    /// <summary>Sets (or replaces) one environment variable of the next start.</summary>
    public void Set(string name, string value) => environment[name] = value;

    public Uri BaseAddress { get; }

    /// <summary>What the processes wrote (for a failure message).</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>The built DanVan.dll of the same configuration as this test assembly.</summary>
    public static string Binary { get; } = FindBinary();

    /// <summary>Starts the server and waits until <c>/health/live</c> answers.</summary>
    public async Task StartAsync()
    {
        if (process is { HasExited: false })
        {
            throw new InvalidOperationException("The server is already running.");
        }

        process = Launch(["--urls", BaseAddress.ToString().TrimEnd('/')]);
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"DanVan exited with {process.ExitCode} while starting:\n{Log}");
            }

            try
            {
                using var live = await client.GetAsync("/health/live");
                if (live.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"DanVan did not answer /health/live within 90 s:\n{Log}");
    }

    /// <summary>kill -9: no shutdown hooks, no flushing — the process is gone mid-request.</summary>
    public async Task KillAsync()
    {
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    /// <summary>Runs a verb of the same binary on the same database; its exit code and output.</summary>
    public async Task<(int ExitCode, string Output)> RunVerbAsync(string verb)
    {
        using var verbProcess = Launch([verb]);
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await verbProcess.WaitForExitAsync(cts.Token);
        await Task.Delay(50); // the asynchronous output readers catch up
        return (verbProcess.ExitCode, Log);
    }

    /// <summary>Starts a verb of the same binary with its arguments and does not wait: the caller may kill it midway.</summary>
    public Process StartVerb(params string[] arguments) => Launch(arguments);

    /// <summary>A personal access token of <paramref name="userName"/> (no MFA roles), issued by the running server; it outlives restarts.</summary>
    public async Task<string> IssueTokenAsync(string userName)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await client.PostAsJsonAsync("/api/v1/tokens", new { username = userName, password = TestApp.DemoPassword, name = "fault test" });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"No token for {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<TokenResponse>(Api.Json))!.Token;
    }

    /// <summary>A client of the running server that sends <paramref name="token"/>.</summary>
    public HttpClient ClientWith(string token)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client of the running server with a new personal access token of <paramref name="userName"/>.</summary>
    public async Task<HttpClient> ClientForAsync(string userName) => ClientWith(await IssueTokenAsync(userName));

    public async ValueTask DisposeAsync() => await KillAsync();

    private Process Launch(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Binary)!,
        };
        start.ArgumentList.Add(Binary);
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("DANVAN_", StringComparison.Ordinal) && !k.StartsWith("DANVAN_TEST_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var started = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        started.OutputDataReceived += (_, e) => Append(e.Data);
        started.ErrorDataReceived += (_, e) => Append(e.Data);
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        return started;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.Length < 200_000)
            {
                log.AppendLine(line);
            }
        }
    }

    private static string FindBinary()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DanVan.slnx")))
            {
                var binary = Path.Combine(dir.FullName, "src", "DanVan", "bin", configuration, "net10.0", "DanVan.dll");
                return File.Exists(binary) ? binary : throw new FileNotFoundException($"Build the app first: {binary} is missing.");
            }
        }

        throw new DirectoryNotFoundException("DanVan.slnx not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record TokenResponse(string Token, DateTime ExpiresAt);
}
