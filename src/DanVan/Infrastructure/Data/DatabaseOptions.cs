namespace DanVan.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Section "Database" (env: DANVAN_DATABASE__PROVIDER, DANVAN_DATABASE__CONNECTIONSTRING).</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty for SQLite means "{DataDirectory}/danvan.db".</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start (single-machine mode). Production sets false and runs the migrate verb.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>
    /// SQLite: how many copies taken before start-up migrations (<c>{DataDirectory}/backups/pre-migration-*</c>, ADR 0019)
    /// are kept; older ones are deleted. 0 migrates without a copy (only right after a backup of your own).
    /// </summary>
    public int PreMigrationCopies { get; set; } = 3;

    /// <summary>Seed the demo province when the database is empty. Unset: yes, except in Production.</summary>
    public bool? SeedDemo { get; set; }

    /// <summary>
    /// Readiness (<c>/health/ready</c>) reports the data directory as full below this many free megabytes: the database
    /// (SQLite), its journal, the uploaded files and the audit checkpoints all live there.
    /// </summary>
    public int MinFreeMegabytes { get; set; } = 100;

    /// <summary>
    /// SQLite: how long a write waits for the file's write lock held by another program (a second instance, a verb, a
    /// sqlite3 shell) before it is refused with the Vietnamese 503 — SQLite's <c>busy_timeout</c> and the driver's
    /// retry (<c>Default Timeout</c>) both. This process's own writers queue for their turn up to twice as long.
    /// </summary>
    public int BusyTimeoutSeconds { get; set; } = 10;
}
