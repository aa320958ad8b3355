using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using DanVan.Tests.Infrastructure;

namespace DanVan.Tests.Faults;

/// <summary>
/// kill -9 of the real server process in the middle of bursts of writes, ten times on each database: after each
/// restart every write that was acknowledged (2xx) is there, and at the end the audit chain verifies and every data
/// invariant holds (the <c>verify-audit</c> and <c>check-invariants</c> verbs of the same binary).
/// </summary>
[LongRunning]
public sealed class CrashTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    // Ten kills per database: each lands at a random moment of a burst of six writers; twenty doubled the CI time for no new finding.
    private const int Kills = 10;
    private const int Writers = 6;

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Killing_the_server_during_bursts_of_writes_loses_nothing_acknowledged(Provider provider)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("danvan-crash-").FullName;
        var cs = await TestApp.NewDatabaseAsync(provider, pg, dataDirectory, seedDemo: true);
        await using var server = new ServerProcess(provider, cs, dataDirectory);
        var acknowledged = new List<(string Kind, string Id)>();
        var random = new Random(20261204);
        var ubnd = await UnitIdAsync(provider, cs, "UBND");
        var stp = await UnitIdAsync(provider, cs, "STP");
        try
        {
            // Tokens are rows like any other: issued once, they must survive every kill as well.
            await server.StartAsync();
            var officerToken = await server.IssueTokenAsync("tdkt.snv");
            var stpToken = await server.IssueTokenAsync("thidua.stp");
            server.Set("DANVAN_Database__MigrateOnStart", "false"); // migrated by the first start: the restarts are about recovery
            var lastRound = new List<(string Kind, string Id)>();
            for (var round = 0; round < Kills; round++)
            {
                if (round > 0)
                {
                    await server.StartAsync();
                }

                using var officer = server.ClientWith(officerToken);
                using var stpOfficer = server.ClientWith(stpToken);

                // The writes acknowledged before the last kill are all there (the earlier ones were checked after
                // their own restart, and all of them are checked again at the end).
                await AllPresentAsync(officer, lastRound, $"after restart {round}");

                using var stop = new CancellationTokenSource();
                var written = new ConcurrentBag<(string Kind, string Id)>();
                var writers = Enumerable.Range(0, Writers).Select(w => WriteUntilKilledAsync(officer, stpOfficer, round, w, ubnd, stp, written, stop.Token)).ToList();
                // Kill mid-burst, once a few writes of this round were acknowledged (a loaded machine answers slowly).
                var target = 1 + random.Next(12);
                for (var waited = 0; written.Count < target && waited < 600 && writers.Any(w => !w.IsCompleted); waited++)
                {
                    await Task.Delay(50);
                }

                await Task.Delay(random.Next(0, 150));
                await server.KillAsync(); // requests in flight die with the process
                await stop.CancelAsync();
                await Task.WhenAll(writers);
                lastRound = [.. written];
                acknowledged.AddRange(written);
            }

            await server.StartAsync();
            using (var officer = server.ClientWith(officerToken))
            {
                await AllPresentAsync(officer, acknowledged, "at the end");
                using var ready = await officer.GetAsync("/health/ready");
                ready.StatusCode.ShouldBe(HttpStatusCode.OK);
            }

            await server.KillAsync();
            acknowledged.Count.ShouldBeGreaterThan(Kills, "the bursts wrote something between the kills");
            var audit = await server.RunVerbAsync("verify-audit");
            audit.ExitCode.ShouldBe(0, audit.Output);
            var invariants = await server.RunVerbAsync("check-invariants");
            invariants.ExitCode.ShouldBe(0, invariants.Output);
        }
        finally
        {
            await server.KillAsync();
            if (provider == Provider.Postgres)
            {
                await pg.DropDatabaseAsync(cs);
            }

            PostgresServer.TryDelete(dataDirectory);
        }
    }

    /// <summary>
    /// One writer until the server dies, recording each 2xx with its id: documents of the provincial committee (the
    /// commendation officer) and people of Sở Tư pháp (its emulation officer), alternately.
    /// </summary>
    private static async Task WriteUntilKilledAsync(HttpClient officer, HttpClient stpOfficer, int round, int writer, string ubnd, string stp,
        ConcurrentBag<(string Kind, string Id)> acknowledged, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var (kind, url, body) = (i % 2 == 0)
                ? ("documents", "/api/v1/documents", (object)new
                {
                    number = $"{1000 + (round * 1000) + (writer * 100) + i}/KH-UBND", type = "Plan", issuerUnitId = ubnd,
                    issueDate = "2026-03-02", title = $"Kế hoạch thử sự cố {round}-{writer}-{i}",
                })
                : ("people", "/api/v1/people", new
                {
                    fullName = $"Người Thử {Letters(round)} {Letters(writer)} {Letters(i)}", gender = "Female", birthYear = 1985, position = "Chuyên viên",
                    staffCategory = "CivilServant", unitId = stp, ethnicity = "Kinh", isPartyMember = false,
                });
            try
            {
                using var response = await (kind == "documents" ? officer : stpOfficer).PostJsonAsync(url, body);
                if (response.IsSuccessStatusCode)
                {
                    using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(CancellationToken.None));
                    acknowledged.Add((kind, json.RootElement.GetProperty("id").GetString()!));
                }
                else if ((int)response.StatusCode < 500)
                {
                    throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or JsonException)
            {
                // The server died under this request (or its answer was cut): not acknowledged, so it may or may not be there.
                return;
            }
        }
    }

    private static async Task AllPresentAsync(HttpClient client, IEnumerable<(string Kind, string Id)> acknowledged, string when)
    {
        var missing = new List<string>();
        foreach (var (kind, id) in acknowledged)
        {
            using var response = await client.GetAsync($"/api/v1/{kind}/{id}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                missing.Add($"{kind}/{id}: {(int)response.StatusCode}");
            }
        }

        missing.ShouldBeEmpty($"acknowledged writes missing {when}");
    }

    /// <summary>Digits as letters (a person's name has no digits): 102 → "Bac".</summary>
    private static string Letters(int n) =>
        string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select((c, k) => k == 0 ? char.ToUpperInvariant((char)('a' + c - '0')) : (char)('a' + c - '0')));

    /// <summary>A unit's id read straight from the database (the server may be down).</summary>
    internal static async Task<string> UnitIdAsync(Provider provider, string connectionString, string code)
    {
        var id = await ScalarAsync(provider, connectionString, "SELECT \"Id\" FROM \"Units\" WHERE \"Code\" = @value", code)
                 ?? throw new InvalidOperationException($"No unit {code}.");
        return Guid.Parse(id.ToString()!).ToString();
    }

    /// <summary>One value read straight from the database, outside the app (one parameter, <c>@value</c>).</summary>
    internal static async Task<object?> ScalarAsync(Provider provider, string connectionString, string sql, object value)
    {
        await using System.Data.Common.DbConnection connection = provider == Provider.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnection(connectionString)
            : new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "value";
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return await command.ExecuteScalarAsync();
    }
}
