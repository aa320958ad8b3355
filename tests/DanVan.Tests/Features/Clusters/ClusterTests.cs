using System.Net;
using DanVan.Features.Clusters;
using DanVan.Features.Units;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Clusters;

public sealed class ClusterTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static async Task<ClusterDto> CreateAsync(HttpClient client, int year, string kind, string name) =>
        await (await client.PostJsonAsync("/api/v1/clusters", new { year, kind, name })).ReadAsync<ClusterDto>(HttpStatusCode.Created);

    private static async Task<ClusterDto> AddAsync(HttpClient client, Guid cluster, Guid unitId) =>
        await (await client.PostJsonAsync($"/api/v1/clusters/{cluster}/members", new { unitId })).ReadAsync<ClusterDto>();

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_province_forms_a_cluster_with_a_leader_and_a_deputy_and_removing_a_member_needs_a_reason(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var province = await app.ClientForAsync("tdkt.snv");
        var (a, b, c) = (await app.UnitIdAsync("XA001"), await app.UnitIdAsync("XA002"), await app.UnitIdAsync("XA003"));
        var cluster = await CreateAsync(province, 2027, "Cluster", "Cụm thi đua thử số 1");
        foreach (var unit in new[] { a, b, c })
        {
            cluster = await AddAsync(province, cluster.Id, unit);
        }

        using var outsider = await province.PutJsonAsync($"/api/v1/clusters/{cluster.Id}/leader",
            new { leaderUnitId = await app.UnitIdAsync("XA004"), deputyUnitId = b });
        (await outsider.ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe("Đơn vị trưởng và phó cụm, khối phải là thành viên của cụm, khối.");
        cluster = await (await province.PutJsonAsync($"/api/v1/clusters/{cluster.Id}/leader", new { leaderUnitId = a, deputyUnitId = b })).ReadAsync<ClusterDto>();
        cluster.Members.Select(m => (m.UnitId, m.IsLeader, m.IsDeputy)).ShouldBe([(a, true, false), (b, false, true), (c, false, false)]);
        using var noReason = await province.PutJsonAsync($"/api/v1/clusters/{cluster.Id}/leader", new { leaderUnitId = c, deputyUnitId = b });
        (await noReason.ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe("Vui lòng nhập lý do thay đổi đơn vị trưởng/phó cụm, khối.");

        using var withoutReason = await province.DeleteAsync($"/api/v1/clusters/{cluster.Id}/members/{c}");
        (await withoutReason.ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe("Vui lòng nhập lý do rút đơn vị khỏi cụm, khối.");
        using var leader = await province.DeleteAsync($"/api/v1/clusters/{cluster.Id}/members/{a}?reason=Chuyển cụm");
        (await leader.ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("cluster.leader_leaves");
        var after = await (await province.DeleteAsync($"/api/v1/clusters/{cluster.Id}/members/{c}?reason={Uri.EscapeDataString("Chuyển sang cụm số 2")}"))
            .ReadAsync<ClusterDto>();
        after.Members.Select(m => m.UnitId).ShouldBe([a, b]);
        after.History[0].ShouldSatisfyAllConditions(e => e.ActionLabel.ShouldBe("Rút đơn vị"), e => e.Note.ShouldBe("Chuyển sang cụm số 2"));

        var ofB = await app.WithDbAsync(db => DanVan.Features.Clusters.Clusters.OfUnitAsync(db, b, 2027));
        var found = ofB.ShouldHaveSingleItem();
        (found.ClusterId, found.IsDeputy, found.LeaderUnitId).ShouldBe((cluster.Id, true, (Guid?)a));
        (await app.WithDbAsync(db => DanVan.Features.Clusters.Clusters.OfUnitAsync(db, c, 2027))).ShouldBeEmpty();
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_unit_belongs_to_at_most_one_cluster_and_one_bloc_a_year_and_unit_officers_cannot_form_clusters(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var province = await app.ClientForAsync("tdkt.snv");
        var stp = await app.UnitIdAsync("STP");
        var first = await CreateAsync(province, 2027, "Bloc", "Khối thử nội chính");
        var second = await CreateAsync(province, 2027, "Bloc", "Khối thử kinh tế");
        var cluster = await CreateAsync(province, 2027, "Cluster", "Cụm thử có sở");
        await AddAsync(province, first.Id, stp);

        using var twice = await province.PostJsonAsync($"/api/v1/clusters/{second.Id}/members", new { unitId = stp });
        (await twice.ProblemAsync(HttpStatusCode.Conflict)).Detail.ShouldBe(
            "Đơn vị “Sở Tư pháp” đã thuộc “Khối thử nội chính” năm này; mỗi đơn vị chỉ thuộc một khối thi đua mỗi năm.");
        await AddAsync(province, cluster.Id, stp); // another kind: allowed
        var of = await app.WithDbAsync(db => DanVan.Features.Clusters.Clusters.OfUnitAsync(db, stp, 2027));
        of.Select(c => c.Kind).ShouldBe([ClusterKind.Cluster, ClusterKind.Bloc]);

        using var officer = await app.ClientForAsync("thidua.stp");
        await (await officer.PostJsonAsync("/api/v1/clusters", new { year = 2027, kind = "Cluster", name = "Cụm tự lập" })).ProblemAsync(HttpStatusCode.Forbidden);
        (await (await officer.GetAsync("/api/v1/clusters?year=2027")).ReadAsync<List<ClusterSummary>>()).Count.ShouldBe(3);
        using var missing = await province.PostJsonAsync("/api/v1/clusters", new { year = 2027 });
        (await missing.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["Kind", "Name"], ignoreOrder: true);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Copying_a_year_carries_the_groups_and_replaces_a_merged_commune_by_its_successor(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var province = await app.ClientForAsync("tdkt.snv");
        var (old, successor) = await app.WithDbAsync(async db => await db.UnitSuccessions.Where(s => s.Kind == SuccessionKind.Merge)
            .OrderBy(s => s.Id).Select(s => new ValueTuple<Guid, Guid>(s.PredecessorId, s.SuccessorId)).FirstAsync());
        var other = await app.UnitIdAsync("STP"); // active since before 2024 (the new communes begin on 1/7/2025)
        var source = await CreateAsync(province, 2024, "Cluster", "Cụm thử 2024");
        await AddAsync(province, source.Id, old);
        await AddAsync(province, source.Id, other);
        await (await province.PutJsonAsync($"/api/v1/clusters/{source.Id}/leader", new { leaderUnitId = old, deputyUnitId = other })).ReadAsync<ClusterDto>();

        var listed = await (await province.GetAsync($"/api/v1/clusters/{source.Id}")).ReadAsync<ClusterDto>();
        var merged = listed.Members.Single(m => m.UnitId == old);
        merged.IsActive.ShouldBeFalse();
        merged.SuccessorNames.ShouldBe(await app.WithDbAsync(db => db.Units.Where(u => u.Id == successor).Select(u => u.Name).SingleAsync()));

        var copied = await (await province.PostJsonAsync("/api/v1/clusters/copy", new { fromYear = 2024, toYear = 2027 })).ReadAsync<CopyClusters.Copied>();
        copied.Clusters.ShouldBe(1);
        var copy = (await (await province.GetAsync("/api/v1/clusters?year=2027")).ReadAsync<List<ClusterSummary>>()).Single(c => c.Name == "Cụm thử 2024");
        var detail = await (await province.GetAsync($"/api/v1/clusters/{copy.Id}")).ReadAsync<ClusterDto>();
        detail.Members.Select(m => m.UnitId).ShouldBe([successor, other], ignoreOrder: true);
        (detail.LeaderUnitId, detail.DeputyUnitId).ShouldBe(((Guid?)successor, (Guid?)other));

        using var again = await province.PostJsonAsync("/api/v1/clusters/copy", new { fromYear = 2024, toYear = 2027 });
        (await again.ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("cluster.target_not_empty");

        // The successor finds the 2024 group through its predecessor (the assessment ranks it there).
        var ofSuccessor = await app.WithDbAsync(db => DanVan.Features.Clusters.Clusters.OfUnitAsync(db, successor, 2024));
        (ofSuccessor.ShouldHaveSingleItem().ClusterId, ofSuccessor[0].ThroughUnitId, ofSuccessor[0].IsLeader).ShouldBe((source.Id, old, true));
    }
}
