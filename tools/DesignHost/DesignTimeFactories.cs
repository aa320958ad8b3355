using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVan.DesignHost;

public sealed class SqliteFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options, new AuditActor(), TimeProvider.System, new FileStore("design-files"));
}

public sealed class PostgresFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=danvan_design").Options, new AuditActor(), TimeProvider.System, new FileStore("design-files"));
}
