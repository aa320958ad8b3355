using System.Net;
using DanVan.Features.People;
using DanVan.Features.Units;
using DanVan.Infrastructure.Web;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Units;

public sealed class MoveUnitTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Moving_a_unit_into_itself_or_its_own_descendant_is_refused_and_changes_nothing(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("qtv.tinh");
        var stp = await app.UnitIdAsync("STP");
        var division = await app.UnitIdAsync("STP.P1");
        var before = await SubtreeAsync(app, stp);

        foreach (var target in new[] { division, stp })
        {
            var problem = await (await client.PostJsonAsync($"/api/v1/units/{stp}/move", new { newParentId = target }))
                .ProblemAsync(HttpStatusCode.BadRequest);
            problem.Detail!.ShouldStartWith("Không thể chuyển đơn vị vào chính nó");
            problem.Code.ShouldBe("unit.move_into_subtree");
        }

        (await SubtreeAsync(app, stp)).ShouldBe(before);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Moving_a_unit_re_prefixes_its_subtree_and_its_scoped_users_keep_their_view(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var admin = await app.ClientForAsync("qtv.tinh");
        using var officer = await app.ClientForAsync("thidua.stp"); // scoped to Sở Tư pháp and below
        var stp = await app.UnitIdAsync("STP");
        var snv = await app.UnitIdAsync("SNV");
        var unitsBefore = await VisibleUnitsAsync(officer, stp);
        var peopleBefore = await VisiblePeopleAsync(officer, stp);
        var subtreeBefore = await SubtreeAsync(app, stp);
        unitsBefore.Count.ShouldBe(subtreeBefore.Count);
        unitsBefore.Count.ShouldBeGreaterThan(2);
        peopleBefore.ShouldNotBeEmpty();

        var moved = await (await admin.PostJsonAsync($"/api/v1/units/{stp}/move", new { newParentId = snv })).ReadAsync<UnitDto>();

        moved.ParentId.ShouldBe(snv);
        var (snvPath, snvDepth) = await app.WithDbAsync(async db =>
            await db.Units.Where(u => u.Id == snv).Select(u => new ValueTuple<string, int>(u.Path, u.Depth)).SingleAsync());
        var newStpPath = snvPath + stp.ToString("N") + "/";
        var subtreeAfter = await SubtreeAsync(app, stp);
        subtreeAfter.Keys.ShouldBe(subtreeBefore.Keys, ignoreOrder: true);
        var oldStpPath = subtreeBefore[stp].Path;
        foreach (var (id, (path, depth)) in subtreeAfter)
        {
            path.ShouldBe(newStpPath + subtreeBefore[id].Path[oldStpPath.Length..]);
            depth.ShouldBe(subtreeBefore[id].Depth + (snvDepth + 1 - subtreeBefore[stp].Depth));
        }

        var assignmentPaths = await app.WithDbAsync(db => db.RoleAssignments.Where(a => a.UnitId == stp).Select(a => a.UnitPath).ToListAsync());
        assignmentPaths.ShouldNotBeEmpty();
        assignmentPaths.ShouldAllBe(p => p == newStpPath);

        (await VisibleUnitsAsync(officer, stp)).ShouldBe(unitsBefore, ignoreOrder: true);
        (await VisiblePeopleAsync(officer, stp)).ShouldBe(peopleBefore, ignoreOrder: true);
        (await officer.GetAsync($"/api/v1/units/{snv}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static Task<Dictionary<Guid, (string Path, int Depth)>> SubtreeAsync(TestApp app, Guid rootId) => app.WithDbAsync(async db =>
    {
        var rootPath = await db.Units.Where(u => u.Id == rootId).Select(u => u.Path).SingleAsync();
        var ids = rootPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Last();
        ids.ShouldBe(rootId.ToString("N"));
        var rows = await db.Units.AsNoTracking().Where(u => u.Path.Contains(ids)).Select(u => new { u.Id, u.Path, u.Depth }).ToListAsync();
        return rows.ToDictionary(r => r.Id, r => (r.Path, r.Depth));
    });

    private static async Task<List<Guid>> VisibleUnitsAsync(HttpClient client, Guid root) =>
        (await (await client.GetAsync($"/api/v1/units?unitId={root}&limit=200")).ReadAsync<Page<UnitDto>>()).Items.Select(u => u.Id).ToList();

    private static async Task<List<Guid>> VisiblePeopleAsync(HttpClient client, Guid root) =>
        (await (await client.GetAsync($"/api/v1/people?unitId={root}&limit=200")).ReadAsync<Page<PersonDto>>()).Items.Select(p => p.Id).ToList();
}
