using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace DanVan.Infrastructure.Backup;

/// <summary>
/// Runs pg_dump / pg_restore for the configured database. The connection details go in PG* environment variables,
/// never on the command line, where any user of the machine could read the password (<c>ps</c>).
/// </summary>
internal static class PostgresTools
{
    /// <summary><c>Backup:PostgresBin</c> if set, else the first on PATH, else the newest /usr/lib/postgresql/*/bin.</summary>
    public static string? Find(IConfiguration configuration, string tool)
    {
        if (configuration["Backup:PostgresBin"] is { Length: > 0 } configured)
        {
            var path = Path.Combine(configured, tool);
            return File.Exists(path) ? path : null;
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(dir, tool);
            if (File.Exists(path))
            {
                return path;
            }
        }

        const string root = "/usr/lib/postgresql";
        return Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0,
                    Path: Path.Combine(d, "bin", tool)))
                .Where(x => File.Exists(x.Path))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Path)
                .FirstOrDefault()
            : null;
    }

    /// <summary>Runs the tool; returns its exit code and standard error.</summary>
    public static async Task<(int ExitCode, string Error)> RunAsync(string tool, string connectionString, IEnumerable<string> arguments,
        CancellationToken ct)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (key, value) in Variables(connectionString))
        {
            if (value is null)
            {
                start.Environment.Remove(key); // not inherited from the caller's environment either
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        await stdout;
        return (process.ExitCode, (await stderr).Trim());
    }

    private static Dictionary<string, string?> Variables(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return new Dictionary<string, string?>
        {
            ["PGHOST"] = b.Host,
            ["PGPORT"] = b.Port.ToString(CultureInfo.InvariantCulture),
            ["PGDATABASE"] = b.Database,
            ["PGUSER"] = b.Username,
            ["PGPASSWORD"] = b.Password,
            ["PGPASSFILE"] = b.Passfile,
            ["PGSSLMODE"] = b.SslMode switch
            {
                SslMode.Disable => "disable",
                SslMode.Allow => "allow",
                SslMode.Require => "require",
                SslMode.VerifyCA => "verify-ca",
                SslMode.VerifyFull => "verify-full",
                _ => "prefer",
            },
            ["PGCONNECT_TIMEOUT"] = b.Timeout.ToString(CultureInfo.InvariantCulture),
            ["PGAPPNAME"] = "danvan-backup",
        };
    }
}
