using System.Net;
using System.Net.Http.Headers;
using DanVan.Features.Nominations;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Features.Nominations;

/// <summary>
/// A round through the API (issue 14 §3): Sở Nội vụ opens a round; a commune proposes two people and itself (each with a
/// stored proof sheet), completes the dossier and sends it; Sở Nội vụ returns one nominee with a reason, the commune fixes
/// it and sends again (what changed is shown), Sở Nội vụ accepts. Refusals in between, in Vietnamese.
/// </summary>
public sealed class NominationFlowTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    internal const string Rounds = "/api/v1/nominations/rounds";
    internal const string Dossiers = "/api/v1/nominations/dossiers";
    internal const string Award = "bang-khen-chu-tich-tinh";

    internal static Task<Guid> KindAsync(TestApp app, string code) =>
        app.WithDbAsync(db => db.AwardKinds.Where(k => k.Code == code && db.Units.Any(u => u.Code == "STP" && u.TenantId == k.TenantId))
            .Select(k => k.Id).SingleAsync());

    internal static object Round(Guid kind, object? unitDue = null, string opensOn = "2026-11-02") => new
    {
        year = 2026, name = "Xét khen thưởng tổng kết năm 2026", kind = "Annual", opensOn,
        unitDue = unitDue ?? new { workingDays = 10 }, superiorDue = new { date = "2026-12-31" },
        offers = new[] { new { awardKindId = kind, quotaNote = "Theo hướng dẫn của Sở Nội vụ" } },
    };

    internal static async Task<HttpResponseMessage> AttachAsync(HttpClient client, Guid dossier, string document, Guid? nominee = null)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(MovementData.Pdf);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(content, "file", "bien-ban-hop.pdf");
        form.Add(new StringContent(document), "document");
        if (nominee is { } n)
        {
            form.Add(new StringContent(n.ToString()), "nomineeId");
        }

        return await client.PostAsync($"{Dossiers}/{dossier}/attachments", form);
    }

    /// <summary>An open round offering the Bằng khen, and a commune dossier with one person in it, complete and ready to send.</summary>
    internal static async Task<(Guid Round, DossierDto Dossier)> ReadyDossierAsync(TestApp app, HttpClient province, HttpClient officer, string unitCode = "XA001")
    {
        var kind = await KindAsync(app, Award);
        var round = await (await province.PostJsonAsync(Rounds, Round(kind))).ReadAsync<RoundDto>(HttpStatusCode.Created);
        return (round.Id, await ReadyDossierAsync(app, officer, round.Id, kind, unitCode));
    }

    /// <summary>A unit's dossier in the round with one person in it, complete and ready to send.</summary>
    internal static async Task<DossierDto> ReadyDossierAsync(TestApp app, HttpClient officer, Guid roundId, Guid kind, string unitCode)
    {
        var unit = await app.UnitIdAsync(unitCode);
        var dossier = await (await officer.PostJsonAsync($"{Rounds}/{roundId}/dossiers", new { unitId = unit })).ReadAsync<DossierDto>(HttpStatusCode.Created);
        var person = await app.CreatePersonAsync(unit, $"Nguyễn Thị Sẵn Sàng {unitCode}");
        dossier = await (await officer.PostJsonAsync($"{Dossiers}/{dossier.Id}/nominees", new { personId = person, awardKindId = kind, year = 2026 }))
            .ReadAsync<DossierDto>();
        dossier = await (await officer.PutJsonAsync($"{Dossiers}/{dossier.Id}/nominees/{dossier.Nominees[0].Id}/report",
            new { narrative = "Hoàn thành xuất sắc nhiệm vụ" })).ReadAsync<DossierDto>();
        return await (await AttachAsync(officer, dossier.Id, "CouncilMinutes")).ReadAsync<DossierDto>();
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_commune_proposes_is_returned_one_nominee_resubmits_with_the_change_shown_and_is_accepted(Provider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        using var province = await app.ClientForAsync("tdkt.snv");
        using var officer = await app.ClientForAsync("thidua.xa001");
        using var other = await app.ClientForAsync("thidua.stp");
        var kind = await KindAsync(app, Award);
        var xa001 = await app.UnitIdAsync("XA001");

        // The round: only Sở Nội vụ opens it; 10 working days from Monday 2/11/2026 is Monday 16/11, provisional on an unconfirmed calendar.
        await (await officer.PostJsonAsync(Rounds, Round(kind))).ProblemAsync(HttpStatusCode.Forbidden);
        (await (await province.PostJsonAsync(Rounds, Round(kind, new { date = "2026-11-20", workingDays = 5 }))).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail.ShouldBe(NominationErrors.DeadlineShape.Message);
        var round = await (await province.PostJsonAsync(Rounds, Round(kind))).ReadAsync<RoundDto>(HttpStatusCode.Created);
        round.UnitDue.Date.ShouldBe(new DateOnly(2026, 11, 16));
        round.UnitDue.Text.ShouldContain("tạm tính");
        round.SuperiorDue.Text.ShouldBe("31/12/2026");
        round.Offers.ShouldHaveSingleItem().Name.ShouldBe("Bằng khen của Chủ tịch UBND tỉnh");

        // The dossier: the commune's draft, unseen by another unit.
        var dossier = await (await officer.PostJsonAsync($"{Rounds}/{round.Id}/dossiers", new { unitId = xa001 })).ReadAsync<DossierDto>(HttpStatusCode.Created);
        await (await officer.PostJsonAsync($"{Rounds}/{round.Id}/dossiers", new { unitId = xa001 })).ProblemAsync(HttpStatusCode.Conflict);
        await (await other.GetAsync($"{Dossiers}/{dossier.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await province.GetAsync($"{Dossiers}/{dossier.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        var url = $"{Dossiers}/{dossier.Id}";

        // Nominees: two people and the commune, each with a stored proof sheet; outside the commune is a 404; twice is a 409.
        var (lan, minh) = (await app.CreatePersonAsync(xa001, "Trần Thị Lan Đề Nghị"), await app.CreatePersonAsync(xa001, "Lê Văn Minh Đề Nghị"));
        var stranger = await app.CreatePersonAsync(await app.UnitIdAsync("XA002"), "Phạm Văn Xã Khác");
        foreach (var body in new object[]
                 {
                     new { personId = lan, awardKindId = kind, year = 2026 }, new { personId = minh, awardKindId = kind, year = 2026 },
                     new { unitId = xa001, awardKindId = kind, year = 2026 },
                 })
        {
            dossier = await (await officer.PostJsonAsync($"{url}/nominees", body)).ReadAsync<DossierDto>();
        }

        await (await officer.PostJsonAsync($"{url}/nominees", new { personId = stranger, awardKindId = kind, year = 2026 })).ProblemAsync(HttpStatusCode.NotFound);
        (await (await officer.PostJsonAsync($"{url}/nominees", new { personId = lan, awardKindId = kind, year = 2026 })).ProblemAsync(HttpStatusCode.Conflict))
            .Detail.ShouldBe("Trần Thị Lan Đề Nghị đã được đề nghị danh hiệu, hình thức này cho cùng năm thành tích.");
        (await (await officer.PostJsonAsync($"{url}/nominees", new { personId = lan, awardKindId = kind, year = 2027 })).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail.ShouldBe(NominationErrors.BadYear.Message);
        dossier.Nominees.Count.ShouldBe(3);
        dossier.Nominees.ShouldAllBe(n => n.Checks.Count > 0);
        var stored = await app.WithDbAsync(db => db.NomineeChecks.CountAsync(c => db.DossierNominees.Any(n => n.Id == c.NomineeId && n.DossierId == dossier.Id)));
        stored.ShouldBe(dossier.Nominees.Sum(n => n.Checks.Count));
        var lanId = dossier.Nominees.Single(n => n.SubjectId == lan).Id;
        var proof = await (await officer.GetAsync($"{url}/nominees/{lanId}/proof")).ReadAsync<ProofSheetDto>();
        proof.Stored.Checks.Count.ShouldBe(proof.Fresh!.Checks.Count);
        proof.Changes.ShouldBeEmpty();

        // Completeness: the report and the council minutes are missing; sending is refused naming them.
        var incomplete = await (await officer.PostJsonAsync($"{url}/submit", new { })).ProblemAsync(HttpStatusCode.BadRequest);
        incomplete.Detail!.ShouldStartWith("Hồ sơ chưa đủ thành phần: ");
        incomplete.Detail.ShouldContain("Trần Thị Lan Đề Nghị — thiếu Báo cáo thành tích");
        incomplete.Detail.ShouldContain("thiếu Biên bản họp Hội đồng Thi đua – Khen thưởng cấp trình");
        foreach (var n in dossier.Nominees)
        {
            dossier = await (await officer.PutJsonAsync($"{url}/nominees/{n.Id}/report", new
            {
                position = n.Report.Position, achievements = n.Report.Achievements, narrative = $"Thành tích năm 2026 của {n.Name}",
            })).ReadAsync<DossierDto>();
        }

        dossier = await (await AttachAsync(officer, dossier.Id, "CouncilMinutes")).ReadAsync<DossierDto>();
        dossier.Missing.ShouldBeEmpty();

        // Sent: numbered in the commune's document book, held by Sở Nội vụ's level; no longer editable by the commune.
        dossier = await (await officer.PostJsonAsync($"{url}/submit", new { })).ReadAsync<DossierDto>();
        (dossier.Status, dossier.SubmissionNumber, dossier.HeldBy).ShouldBe((DossierStatus.Submitted, "01/TTr-UBND", "Tỉnh Sông Trà (dữ liệu mẫu)"));
        (await (await officer.PutJsonAsync($"{url}/nominees/{lanId}/report", new { narrative = "x" })).ProblemAsync(HttpStatusCode.Conflict))
            .Detail.ShouldBe(NominationErrors.NotEditable.Message);
        await (await officer.PostJsonAsync($"{url}/accept", new { })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await other.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
        (await (await province.GetAsync(url)).ReadAsync<DossierDto>()).Can.Act.ShouldBeTrue();

        // Returned: a reason is required; one nominee, a rule, shown in place.
        (await (await province.PostJsonAsync($"{url}/return", new { items = new[] { new { nomineeId = lanId, requirement = "Other", reason = " " } } }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe(NominationErrors.ReturnReasonRequired.Message);
        const string reason = "Chưa có kết quả xếp loại năm 2025 của bà Lan; đề nghị bổ sung bản đánh giá, xếp loại.";
        dossier = await (await province.PostJsonAsync($"{url}/return", new
        {
            items = new[] { new { nomineeId = lanId, requirement = "Rule", ruleKind = "PersonRating", reason } },
        })).ReadAsync<DossierDto>();
        dossier.Status.ShouldBe(DossierStatus.Returned);
        var item = (await (await officer.GetAsync(url)).ReadAsync<DossierDto>()).ReturnItems.ShouldHaveSingleItem();
        (item.Nominee, item.RequirementLabel, item.Reason, item.Open).ShouldBe(("Trần Thị Lan Đề Nghị", "Xếp loại chất lượng của cá nhân", reason, true));
        await (await province.PostJsonAsync($"{url}/accept", new { })).ProblemAsync(HttpStatusCode.Conflict);

        // Fixed and sent again: the level sees what changed since the first submission; the number is kept.
        dossier = await (await officer.PutJsonAsync($"{url}/nominees/{lanId}/report", new { narrative = "Thành tích năm 2026; kèm bản xếp loại năm 2025" }))
            .ReadAsync<DossierDto>();
        dossier.Changes.ShouldContain(c => c.Nominee == "Trần Thị Lan Đề Nghị" && c.Change == "Báo cáo thành tích");
        dossier = await (await officer.PostJsonAsync($"{url}/submit", new { })).ReadAsync<DossierDto>();
        (dossier.Submissions, dossier.SubmissionNumber).ShouldBe((2, "01/TTr-UBND"));
        var seen = await (await province.GetAsync(url)).ReadAsync<DossierDto>();
        seen.Changes.ShouldContain(c => c.Change == "Báo cáo thành tích" && c.After == "Thành tích năm 2026; kèm bản xếp loại năm 2025");
        seen.ReturnItems.ShouldHaveSingleItem().Open.ShouldBeFalse();

        // Accepted at Sở Nội vụ; withdrawing is then refused; every step is in the history.
        dossier = await (await province.PostJsonAsync($"{url}/accept", new { note = "Đủ hồ sơ" })).ReadAsync<DossierDto>();
        dossier.Status.ShouldBe(DossierStatus.Accepted);
        (await (await officer.PostJsonAsync($"{url}/withdraw", new { })).ProblemAsync(HttpStatusCode.Conflict)).Detail.ShouldBe(NominationErrors.CannotWithdraw.Message);
        dossier.History.Count(h => h.Action == DossierAction.Submitted).ShouldBe(2);
        dossier.History.ShouldContain(h => h.Action == DossierAction.Returned && h.Note!.EndsWith(reason, StringComparison.Ordinal));
        dossier.History.ShouldContain(h => h.Action == DossierAction.Accepted && h.Note == "Đủ hồ sơ");
        var counts = (await (await province.GetAsync($"{Rounds}/{round.Id}")).ReadAsync<RoundDto>()).Counts;
        counts.Single(c => c.Status == DossierStatus.Accepted).Count.ShouldBe(1);
        var listed = await (await province.GetAsync($"{Rounds}/{round.Id}/dossiers?status=Accepted")).ReadAsync<DanVan.Infrastructure.Web.Page<DossierRow>>();
        (listed.Items.ShouldHaveSingleItem().UnitName, listed.Items[0].Nominees, listed.Items[0].HeldBy).ShouldBe(("UBND xã Ba Hải", 3, "Tỉnh Sông Trà (dữ liệu mẫu)"));
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_late_dossier_is_refused_with_the_date_and_can_be_withdrawn(Provider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        using var province = await app.ClientForAsync("tdkt.snv");
        using var officer = await app.ClientForAsync("thidua.xa001");
        var (_, dossier) = await ReadyDossierAsync(app, province, officer);
        clock.Advance(TimeSpan.FromDays(20)); // past Monday 16/11
        (await (await officer.PostJsonAsync($"{Dossiers}/{dossier.Id}/submit", new { })).ProblemAsync(HttpStatusCode.Conflict))
            .Detail.ShouldBe("Đã quá hạn gửi hồ sơ của cấp này (hạn cuối 16/11/2026).");
        (await app.WithDbAsync(db => db.Dossiers.SingleAsync(d => d.Id == dossier.Id))).SubmissionNumber.ShouldBeNull("the refused submission took no number");
        var withdrawn = await (await officer.PostJsonAsync($"{Dossiers}/{dossier.Id}/withdraw", new { note = "Không kịp hạn" })).ReadAsync<DossierDto>();
        withdrawn.Status.ShouldBe(DossierStatus.Withdrawn);
        withdrawn.History[0].Note.ShouldBe("Không kịp hạn");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Simultaneous_accept_and_return_of_one_dossier_have_exactly_one_winner(Provider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        using var province = await app.ClientForAsync("tdkt.snv");
        using var officer = await app.ClientForAsync("thidua.xa001");
        var (roundId, dossier) = await ReadyDossierAsync(app, province, officer);
        await (await officer.PostJsonAsync($"{Dossiers}/{dossier.Id}/submit", new { })).ReadAsync<DossierDto>();

        using var start = new ManualResetEventSlim(false);
        var tasks = Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return i % 2 == 0
                ? await province.PostJsonAsync($"{Dossiers}/{dossier.Id}/accept", new { })
                : await province.PostJsonAsync($"{Dossiers}/{dossier.Id}/return", new { items = new[] { new { requirement = "Other", reason = "Bổ sung" } } });
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(tasks);
        var statuses = string.Join(", ", results.Select(r => (int)r.StatusCode));
        results.Count(r => r.IsSuccessStatusCode).ShouldBe(1, statuses);
        results.Where(r => !r.IsSuccessStatusCode).ShouldAllBe(r => r.StatusCode == HttpStatusCode.Conflict, statuses);
        var saved = await app.WithDbAsync(db => db.DossierEvents.CountAsync(e => e.DossierId == dossier.Id
            && (e.Action == DossierAction.Accepted || e.Action == DossierAction.Returned)));
        saved.ShouldBe(1);
        foreach (var r in results)
        {
            r.Dispose();
        }

        // Bulk accept is all or nothing, each dossier checked as one accept would be.
        using var stp = await app.ClientForAsync("thidua.stp");
        var second = await ReadyDossierAsync(app, stp, roundId, await KindAsync(app, Award), "STP");
        await (await stp.PostJsonAsync($"{Dossiers}/{second.Id}/submit", new { })).ReadAsync<DossierDto>();
        var bulk = $"{Rounds}/{roundId}/accept";
        if ((await app.WithDbAsync(db => db.Dossiers.SingleAsync(d => d.Id == dossier.Id))).Status == DossierStatus.Accepted)
        {
            (await (await province.PostJsonAsync(bulk, new { dossierIds = new[] { second.Id, dossier.Id } })).ProblemAsync(HttpStatusCode.Conflict))
                .Detail.ShouldBe("UBND xã Ba Hải: " + NominationErrors.NotSubmitted.Message);
            (await app.WithDbAsync(db => db.Dossiers.SingleAsync(d => d.Id == second.Id))).Status.ShouldBe(DossierStatus.Submitted, "nothing half-saved");
            await (await province.PostJsonAsync(bulk, new { dossierIds = new[] { second.Id } })).ReadAsync<AcceptDossiers.Accepted>();
        }
        else
        {
            await (await officer.PostJsonAsync($"{Dossiers}/{dossier.Id}/submit", new { })).ReadAsync<DossierDto>();
            await (await province.PostJsonAsync(bulk, new { dossierIds = new[] { second.Id, dossier.Id } })).ReadAsync<AcceptDossiers.Accepted>();
        }

        (await app.WithDbAsync(db => db.Dossiers.CountAsync(d => d.RoundId == roundId && d.Status == DossierStatus.Accepted))).ShouldBe(2);
    }
}
