using System.Net;
using DanVan.Features.Assessments;
using DanVan.Features.Clusters;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Features.Excel;
using DanVan.Tests.Features.Models;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Assessments;

/// <summary>
/// The results of a known small round (issue 13 §5): rank distributions per unit kind, per emulation cluster and year over
/// year (last year's decided ranks next to this year's proposal), and the ranking as an Excel file in the province's layout.
/// </summary>
public sealed class ResultsAndExportTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static readonly string[] Ranks =
        ["Hoàn thành xuất sắc", "Hoàn thành tốt", "Hoàn thành", "Không hoàn thành", Ledger.NotEligibleLabel, GetResults.NoResultLabel];

    /// <summary>One unit's walk: its own points, the appraisers' (null: left as a draft), whether the prerequisite is met, the superior's points.</summary>
    private sealed record Walk(string Code, decimal Self, decimal? Appraised, bool Met = true, decimal Superior = 0);

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_results_count_ranks_per_kind_cluster_and_year_and_the_export_lays_out_the_ranking(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var province = await app.ClientForAsync("tdkt.snv");
        using var officer = await app.ClientForAsync("thidua.xa001");

        // Last year: decided — XA001 "Hoàn thành tốt", XA002 never sent its self-assessment.
        var lastYear = await RoundAsync(app, 2098, null, new Walk("XA001", 75, 75), new Walk("XA002", 0, null));
        var decision = await app.DecisionIdAsync();
        await (await province.PostJsonAsync($"/api/v1/assessment/rounds/{lastYear}/decide", new { decisionDocumentId = decision })).ReadAsync<RoundDto>();

        // This year, still open: two units tie at the top (over the 50 % cap), a department ranks third, one fails the
        // prerequisite whatever its points, one is still a draft.
        var round = await RoundAsync(app, 2099, 50,
            new Walk("XA001", 85, 84, Superior: 9), new Walk("XA002", 83, 83, Superior: 10), new Walk("STP", 70, 70, Superior: 5),
            new Walk("XA003", 80, 75, Met: false, Superior: 5), new Walk("XA004", 0, null));
        var cluster = await app.WithDbAsync(async db =>
        {
            var tenantId = await db.Units.Where(u => u.Code == "XA001").Select(u => u.TenantId).SingleAsync();
            var by = new Actor(Guid.Empty, "kiểm thử", DateTime.UtcNow);
            var c = EmulationCluster.Create(tenantId, 2099, ClusterKind.Cluster, "Cụm thi đua số 1", null, by);
            c.AddMember(await db.Units.Where(u => u.Code == "XA001").Select(u => u.Id).SingleAsync(), by).ShouldBeNull();
            c.AddMember(await db.Units.Where(u => u.Code == "XA003").Select(u => u.Id).SingleAsync(), by).ShouldBeNull();
            db.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
        var (commune, department) = await app.WithDbAsync(async db => (
            await db.Units.Where(u => u.Code == "XA001").Join(db.UnitKinds, u => u.KindId, k => k.Id, (u, k) => k.Name).SingleAsync(),
            await db.Units.Where(u => u.Code == "STP").Join(db.UnitKinds, u => u.KindId, k => k.Id, (u, k) => k.Name).SingleAsync()));

        var results = await (await province.GetAsync($"/api/v1/assessment/rounds/{round}/results")).ReadAsync<ResultsDto>();
        results.Ranks.ShouldBe(Ranks);
        results.Units.ShouldBe(5);
        results.Basis.ShouldBe("Đề xuất (chưa có quyết định công nhận)");
        results.ByKind.Single(k => k.Label == commune).Counts.ShouldBe([2, 0, 0, 0, 1, 1]);
        results.ByKind.Single(k => k.Label == department).Counts.ShouldBe([0, 1, 0, 0, 0, 0]);
        var inCluster = results.ByCluster.ShouldHaveSingleItem();
        inCluster.ClusterId.ShouldBe(cluster);
        inCluster.Counts.ShouldBe([1, 0, 0, 0, 1, 0]);
        inCluster.Ranking.Rows.Select(r => (r.UnitCode, r.Position, r.Tied)).ShouldBe([("XA001", (int?)1, false), ("XA003", null, false)]);
        results.ByYear.Select(y => (y.Year, y.Proposed, y.Total)).ShouldBe([(2098, false, 2), (2099, true, 5)]);
        results.ByYear[0].Counts.ShouldBe([0, 1, 0, 0, 0, 1]);
        results.ByYear[0].Basis.ShouldStartWith("Theo Quyết định");
        results.ByYear[1].Counts.ShouldBe([2, 1, 0, 0, 1, 1]);
        results.Ranking.CapWarning.ShouldNotBeNull();

        // A commune's officer sees its own unit only, in every figure.
        var own = await (await officer.GetAsync($"/api/v1/assessment/rounds/{round}/results")).ReadAsync<ResultsDto>();
        own.Units.ShouldBe(1);
        own.ByKind.ShouldHaveSingleItem().Counts.ShouldBe([1, 0, 0, 0, 0, 0]);
        own.ByYear.Select(y => y.Total).ShouldBe([1, 1]);

        // The Excel file: title lines, then STT · Đơn vị · … · Ghi chú, rows in ranking order.
        var sheet = await SheetAsync(province, $"/api/v1/assessment/rounds/{round}/ranking.xlsx");
        sheet[0][0].ShouldBe($"BẢNG XẾP LOẠI: {"Đợt thử 2099".ToUpper(VietnameseText.Culture)}");
        sheet[1][0].ShouldBe("Năm 2099 · Toàn tỉnh");
        sheet[2][0].ShouldBe("Bộ tiêu chí: Bộ tiêu chí thử 2099 — Quyết định số 99/2099/QĐ-UBND");
        sheet[3][0].ShouldBe("Kết quả xếp loại đề xuất (chưa có quyết định công nhận)");
        var header = sheet.FindIndex(r => r[0] == "STT");
        sheet[header].Take(9).ShouldBe(["STT", "Đơn vị", "Loại đơn vị", "Cụm/khối", "Điểm tự chấm", "Điểm thẩm định", "Chênh lệch", "Xếp loại", "Ghi chú"]);
        var rows = sheet.Skip(header + 1).Where(r => r[0] is { } s && int.TryParse(s, out _)).ToList();
        var names = await app.WithDbAsync(db => db.Units.Where(u => u.Code.StartsWith("XA00") || u.Code == "STP").ToDictionaryAsync(u => u.Name, u => u.Code));
        rows.Select(r => names[r[1]!]).ShouldBe(["XA001", "XA002", "STP", "XA003", "XA004"]);
        rows[0].Take(9).ShouldBe(["1", rows[0][1], commune, "Cụm thi đua số 1", "85", "93", "1", "Hoàn thành xuất sắc",
            "Đồng hạng 1; Số đơn vị đạt “Hoàn thành xuất sắc” vượt tỷ lệ tối đa 50% (1 đơn vị)"]);
        rows[2].Skip(4).Take(5).ShouldBe(["70", "75", "0", "Hoàn thành tốt", null]);
        rows[3][7].ShouldBe(Ledger.NotEligibleLabel);
        rows[3][8].ShouldBe("Không đạt tiêu chí điều kiện 2");
        rows[4].Skip(5).Take(4).ShouldBe([null, "0", "Chưa nộp", "Đang tự chấm"]);
        sheet.Skip(header + 1).Any(r => r[0]?.StartsWith("2 đơn vị đạt mức “Hoàn thành xuất sắc”, vượt tỷ lệ tối đa 50%", StringComparison.Ordinal) == true).ShouldBeTrue();

        // The same filter as the ranking: within the cluster, XA001 is first alone.
        var clustered = await SheetAsync(province, $"/api/v1/assessment/rounds/{round}/ranking.xlsx?clusterId={cluster}");
        clustered[1][0].ShouldBe("Năm 2099 · Cụm thi đua Cụm thi đua số 1");
        var clusterRows = clustered.Skip(clustered.FindIndex(r => r[0] == "STT") + 1).Where(r => r[0] is { } s && int.TryParse(s, out _)).ToList();
        clusterRows.Select(r => names[r[1]!]).ShouldBe(["XA001", "XA003"]);
        (clusterRows[0][8] ?? "").ShouldNotContain("Đồng hạng");

        // A decided round cites its decision; the commune's officer gets its own row only; an unknown round is a 404.
        (await SheetAsync(province, $"/api/v1/assessment/rounds/{lastYear}/ranking.xlsx"))[3][0].ShouldStartWith("Kết quả xếp loại theo Quyết định");
        var mine = await SheetAsync(officer, $"/api/v1/assessment/rounds/{round}/ranking.xlsx");
        mine.Skip(mine.FindIndex(r => r[0] == "STT") + 1).Count(r => r[0] is { } s && int.TryParse(s, out _)).ShouldBe(1);
        await (await province.GetAsync($"/api/v1/assessment/rounds/{Guid.NewGuid()}/ranking.xlsx")).ProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<List<string?[]>> SheetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return XlsxFiles.ReadSheet(await response.Content.ReadAsByteArrayAsync(), ExportRanking.SheetName);
    }

    /// <summary>A round of its own year (criteria "1" scored out of 90 and prerequisite "2", 10 points for the superior, default bands).</summary>
    private static Task<Guid> RoundAsync(TestApp app, int year, int? cap, params Walk[] walks) => app.WithDbAsync(async db =>
    {
        var codes = walks.Select(w => w.Code).ToList();
        var units = await db.Units.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code);
        var tenantId = units[walks[0].Code].TenantId;
        var set = CriteriaSet.Create(tenantId, year, 1, $"Bộ tiêu chí thử {year}", $"Quyết định số 99/{year}/QĐ-UBND", null, 10, cap,
            [new CriterionSpec("I", "1", "Kết quả công tác dân vận", null, 90, CriterionKind.Scored, false, null),
             new CriterionSpec("I", "2", "Không để xảy ra khiếu kiện đông người", null, 0, CriterionKind.Prerequisite, false, null)], CriteriaSet.DefaultBands).Value!;
        var today = VnTime.Today(db.Time);
        var (selfDue, appealUntil) = (today.AddDays(60), today.AddDays(90));
        var round = AssessmentRound.Create(tenantId, set, $"Đợt thử {year}", selfDue, appealUntil, 5, walks.Select(w => (units[w.Code].Id, false, (Guid?)null)).ToList()).Value!;
        set.Freeze(DateTime.UtcNow);
        var by = new Actor(Guid.Empty, "kiểm thử", DateTime.UtcNow);
        db.AddRange(set, round);
        foreach (var w in walks)
        {
            var a = new UnitAssessment(tenantId, round.Id, units[w.Code].Id, units[w.Code].KindId);
            if (w.Appraised is { } appraised)
            {
                a.SaveSelf(set, [new("1", w.Self, null, null, null), new("2", null, true, null, null)], today, selfDue, by).ShouldBeNull();
                a.Submit(set, today, selfDue, by).ShouldBeNull();
                a.SaveAppraisal(set, [new("1", appraised, null, appraised == w.Self ? null : "Thiếu số liệu"), new("2", null, w.Met, w.Met ? null : "Có khiếu kiện đông người")],
                    w.Superior, null, by).ShouldBeNull();
                a.FinishAppraisal(set, appealUntil, by).ShouldBeNull();
            }

            db.Add(a);
        }

        await db.SaveChangesAsync();
        return round.Id;
    });
}
