using System.Data.Common;
using System.Net.Http.Headers;
using DanVan.Features.Accounts;
using DanVan.Features.Generate;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench;

/// <summary>What the workloads need from a generated dataset: signed-in clients, the scoped users' units, the movement, a few ids.</summary>
internal sealed class BenchContext : IDisposable
{
    private BenchContext(BenchHost host, BenchOptions options, QueryCounter queries)
    {
        Host = host;
        Options = options;
        Queries = queries;
    }

    public BenchHost Host { get; }
    public BenchOptions Options { get; }
    public QueryCounter Queries { get; }
    public HttpClient Anonymous { get; private set; } = null!;
    public HttpClient OneUnit { get; private set; } = null!;
    public HttpClient ManyUnits { get; private set; } = null!;
    public HttpClient Officer { get; private set; } = null!;
    public Guid TenantId { get; private set; }
    public Guid OneUnitId { get; private set; }
    public string ManyUnitsPath { get; private set; } = "";
    public int ManyUnitsCount { get; private set; }
    public Guid MovementId { get; private set; }
    public int MovementYear { get; private set; }
    /// <summary>The generated assessment round of the first tenant (its communes and wards), its criteria set and its size.</summary>
    public Guid RoundId { get; private set; }
    public Guid CriteriaSetId { get; private set; }
    public int RoundUnits { get; private set; }
    public IReadOnlyList<Guid> ModelIds { get; private set; } = [];
    public IReadOnlyList<Guid> CommuneIds { get; private set; } = [];

    public static async Task<BenchContext> CreateAsync(BenchHost host, BenchOptions options, QueryCounter queries)
    {
        var context = new BenchContext(host, options, queries);
        await context.LoadAsync();
        return context;
    }

    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }

        return command;
    }

    public void Dispose()
    {
        Anonymous.Dispose();
        OneUnit.Dispose();
        ManyUnits.Dispose();
        Officer.Dispose();
    }

    private async Task LoadAsync()
    {
        var code = GeneratedUsers.TenantCode(0, Options.Size.Tenants);
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Code == code);
        TenantId = tenant.Id;
        var one = await db.RoleAssignments.AsNoTracking().Where(a => a.TenantId == TenantId)
            .Join(db.Users.Where(u => u.UserName == GeneratedUsers.OneUnit(code)), a => a.UserId, u => u.Id, (a, _) => a.UnitId).SingleAsync();
        OneUnitId = one;
        ManyUnitsPath = await db.RoleAssignments.AsNoTracking().Where(a => a.TenantId == TenantId)
            .Join(db.Users.Where(u => u.UserName == GeneratedUsers.ManyUnits(code)), a => a.UserId, u => u.Id, (a, _) => a.UnitPath).SingleAsync();
        ManyUnitsCount = await db.Units.CountAsync(u => u.TenantId == TenantId && u.Path.StartsWith(ManyUnitsPath));
        var movement = await db.Movements.AsNoTracking().Where(m => m.TenantId == TenantId).Select(m => new { m.Id, m.Year }).SingleAsync();
        (MovementId, MovementYear) = (movement.Id, movement.Year);
        var round = await db.AssessmentRounds.AsNoTracking().Where(r => r.TenantId == TenantId).OrderBy(r => r.Year).Select(r => new { r.Id, r.CriteriaSetId }).FirstAsync();
        (RoundId, CriteriaSetId) = (round.Id, round.CriteriaSetId);
        RoundUnits = await db.UnitAssessments.CountAsync(a => a.RoundId == RoundId);
        ModelIds = await db.DvkModels.AsNoTracking().Where(m => m.TenantId == TenantId).OrderBy(m => m.Id).Select(m => m.Id).Take(500).ToListAsync();
        CommuneIds = await db.PlanObligations.AsNoTracking().Where(o => o.MovementId == MovementId).OrderBy(o => o.UnitId).Select(o => o.UnitId).Take(200).ToListAsync();

        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        async Task<HttpClient> ClientFor(string userName)
        {
            var user = await db.Users.SingleAsync(u => u.UserName == userName);
            var (token, plain) = AccessToken.Issue(user, "bench", now, TimeSpan.FromDays(1));
            db.AccessTokens.Add(token);
            await db.SaveChangesAsync();
            var client = NewClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", plain);
            return client;
        }

        Anonymous = NewClient();
        OneUnit = await ClientFor(GeneratedUsers.OneUnit(code));
        ManyUnits = await ClientFor(GeneratedUsers.ManyUnits(code));
        Officer = await ClientFor(GeneratedUsers.Officer(code));
    }

    private HttpClient NewClient() => new(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = Host.Address,
        Timeout = TimeSpan.FromMinutes(10),
    };
}
