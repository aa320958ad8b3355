using System.Net;
using System.Net.Http.Headers;
using DanVan.Features.Calendar;
using DanVan.Features.Movements;
using DanVan.Features.Reports;
using DanVan.Features.Work;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Reports;

/// <summary>
/// Report campaigns through the API (issue 16 §1): Sở Nội vụ defines a form with a computed figure and a sum, launches a
/// campaign with a deadline in working days; a commune fills it (pre-filled figure, corrected only with a reason), submits;
/// Sở Nội vụ returns it with a reason on a field, the commune fixes and resubmits, the change is shown; of two reviewers at
/// once one wins; the accepted report locks; the roll-up counts the rate by the plan obligation rule and each total drills
/// down to its units. Bad input leaves nothing saved.
/// </summary>
public sealed class ReportCampaignFlowTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static object Line(string section, string code, string label, string kind = "Number", bool required = true, string[]? sumOf = null,
        string? source = null) => new { section, code, label, kind, unit = kind == "Number" ? "mô hình" : null, required, sumOf, source };

    private static readonly object[] Lines =
    [
        Line("I. Kết quả", "1", "Tổng số mô hình", sumOf: ["1.1", "1.2"]),
        Line("I. Kết quả", "1.1", "Mô hình được công nhận trong năm", source: "ModelsRecognised"),
        Line("I. Kết quả", "1.2", "Mô hình khác"),
        Line("II. Đánh giá", "2", "Đánh giá chung", kind: "Text"),
    ];

    private static HttpRequestMessage WithVersion(HttpMethod method, string url, int version, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return request;
    }

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body, Api.Json), System.Text.Encoding.UTF8, "application/json");

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_campaign_runs_from_form_to_accepted_reports_with_returns_reasons_and_a_drillable_roll_up(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        var snvUnit = await app.UnitIdAsync("SNV");
        var commune = await app.UnitIdAsync("XA001");
        var justice = await app.UnitIdAsync("STP");
        var today = await app.WithDbAsync(db => Task.FromResult(VnTime.Today(db.Time)));

        // The form: bad lines are refused, nothing saved.
        (await (await snv.PostJsonAsync("/api/v1/reports/forms", new { code = "KQ", name = "Kết quả", fields = Array.Empty<object>() }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("report.no_fields");
        (await (await snv.PostJsonAsync("/api/v1/reports/forms", new { code = "KQ", name = "Kết quả", fields = new[] { Lines[2], Lines[2] } }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("report.duplicate_code");
        (await (await snv.PostJsonAsync("/api/v1/reports/forms", new { code = "KQ", name = "Kết quả", fields = new[] { Line("II", "2", "Đánh giá", "Text", sumOf: ["1"]) } }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("report.text_computed");
        (await (await snv.PostJsonAsync("/api/v1/reports/forms", new { code = "KQ", name = "Kết quả", fields = new[] { Line("I", "1", "Tổng", sumOf: ["9"]) } }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("report.bad_sum");
        (await app.WithDbAsync(db => db.ReportForms.CountAsync(f => f.Code == "KQ"))).ShouldBe(0);

        var form = await (await snv.PostJsonAsync("/api/v1/reports/forms", new { code = "KQ", name = "Báo cáo kết quả Dân vận khéo", fields = Lines }))
            .ReadAsync<ReportFormDto>();
        form.Revision.ShouldBe(1);
        form.Fields.Select(f => f.Code).ShouldBe(["1", "1.1", "1.2", "2"]);
        form.Fields[0].SumOf.ShouldBe(["1.1", "1.2"]);
        form.Fields[1].SourceLabel.ShouldNotBeNull();

        // A commune's officer does not define forms.
        using var xa = await app.ClientForAsync("thidua.xa001");
        (await xa.PostJsonAsync("/api/v1/reports/forms", new { code = "KQ2", name = "x", fields = Lines })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The campaign: bad deadlines and recipients are refused; 10 working days on the tenant's calendar.
        object Campaign(object? due = null, int? days = null, object[]? recipients = null) => new
        {
            formId = form.Id, unitId = snvUnit, name = "Báo cáo kết quả Dân vận khéo năm 2026", year = 2026, dueOn = due, workingDays = days,
            recipients = recipients ?? [new { unitId = commune, includeDescendants = false }, new { unitId = justice, includeDescendants = false }],
        };
        (await (await snv.PostJsonAsync("/api/v1/reports/campaigns", Campaign())).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("report.due");
        (await (await snv.PostJsonAsync("/api/v1/reports/campaigns", Campaign(today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("report.due_past");
        (await (await snv.PostJsonAsync("/api/v1/reports/campaigns", Campaign(days: 0))).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("report.days");
        (await (await snv.PostJsonAsync("/api/v1/reports/campaigns", Campaign(days: 10, recipients: [])))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("report.no_recipients");
        (await (await snv.PostJsonAsync("/api/v1/reports/campaigns", Campaign(days: 10, recipients: [new { unitId = snvUnit, includeDescendants = false }])))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("report.no_recipients"); // the launching unit never reports to itself
        (await (await snv.PostJsonAsync("/api/v1/reports/campaigns", Campaign(days: 10, recipients: [new { unitId = commune, includeDescendants = true, kindId = Guid.CreateVersion7() }])))
            .ProblemAsync(HttpStatusCode.NotFound)).Detail!.ShouldContain("loại đơn vị"); // a kind of no tenant (or another's) is refused, not stored
        (await app.WithDbAsync(db => db.ReportCampaigns.CountAsync(c => c.FormId == form.Id))).ShouldBe(0);
        (await xa.PostJsonAsync("/api/v1/reports/campaigns", Campaign(days: 10))).StatusCode.ShouldBe(HttpStatusCode.NotFound); // Sở Nội vụ is outside its view
        (await xa.PostJsonAsync("/api/v1/reports/campaigns", new { formId = form.Id, unitId = commune, name = "Đợt của xã", year = 2026, workingDays = 5,
            recipients = new[] { new { unitId = commune, includeDescendants = true } } })).StatusCode.ShouldBe(HttpStatusCode.Forbidden); // its own unit: no ManageReports

        var campaign = await (await snv.PostJsonAsync("/api/v1/reports/campaigns", Campaign(days: 10))).ReadAsync<CampaignDto>(HttpStatusCode.Created);
        var tenantId = await app.WithDbAsync(db => db.Units.Where(u => u.Id == commune).Select(u => u.TenantId).SingleAsync());
        campaign.DueOn.ShouldBe((await app.WithDbAsync(db => new WorkingDays(db).AddWorkingDaysAsync(tenantId, today, 10))).Date);
        campaign.Expected.ShouldBe(2);
        campaign.Pending.ShouldBe(2);
        campaign.CanReview.ShouldBeTrue();

        // The commune sees its report on its work list, the computed figure pre-filled.
        var work = (await (await xa.GetAsync("/api/v1/me/work?pageSize=100")).ReadAsync<GetMyWork.WorkList>()).Items
            .Where(i => i.Kind == ReportsWork.Kind && i.Title.Contains(campaign.Name, StringComparison.Ordinal)).ToList();
        work.Count.ShouldBe(1);
        var submissionId = Guid.Parse(work[0].Link.Split('/')[^1]);
        var recognised = await app.WithDbAsync(db => ComputedIndicators.CountAsync(db, ComputedSource.ModelsRecognised, commune, 2026, CancellationToken.None));
        var report = await (await xa.GetAsync($"/api/v1/reports/submissions/{submissionId}")).ReadAsync<SubmissionDto>();
        report.CanFill.ShouldBeTrue();
        report.CanReview.ShouldBeFalse();
        report.Lines[1].Computed.ShouldBe(recognised);
        report.Lines[1].Value.ShouldBe(recognised.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var url = $"/api/v1/reports/submissions/{submissionId}";

        // Bad values: nothing saved.
        var pre = recognised.ToString(System.Globalization.CultureInfo.InvariantCulture);
        (await (await xa.PutJsonAsync(url, new { values = new[] { new { code = "1.2", value = "năm" } } })).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("report.not_a_count");
        (await (await xa.PutJsonAsync(url, new { values = new[] { new { code = "1.2", value = "-1" } } })).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("report.not_a_count");
        (await (await xa.PutJsonAsync(url, new { values = new[] { new { code = "9", value = "1" } } })).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("report.unknown_field");
        (await (await xa.PutJsonAsync(url, new { values = new[] { new { code = "1.1", value = (recognised + 2).ToString(System.Globalization.CultureInfo.InvariantCulture) } } }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("report.correction_reason");
        (await (await xa.PostJsonAsync(url + "/submit", new { values = new[] { new { code = "1.1", value = pre }, new { code = "1.2", value = "2" } } }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("report.required");
        (await (await xa.PostJsonAsync(url + "/submit", new { values = new object[]
            {
                new { code = "1", value = "99" }, new { code = "1.1", value = pre }, new { code = "1.2", value = "2" }, new { code = "2", value = "Tốt" },
            } })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("report.sum_mismatch");
        (await app.WithDbAsync(db => db.ReportValues.CountAsync(v => v.SubmissionId == submissionId))).ShouldBe(0);

        // Corrected with a reason, then submitted; the commune cannot review its own report.
        var corrected = recognised + 1;
        var submitted = await (await xa.PostJsonAsync(url + "/submit", new { values = new object[]
        {
            new { code = "1", value = (corrected + 2).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new { code = "1.1", value = corrected.ToString(System.Globalization.CultureInfo.InvariantCulture), reason = "Một mô hình công nhận tháng 12 chưa nhập vào hệ thống" },
            new { code = "1.2", value = "2" }, new { code = "2", value = "Các mô hình phát huy hiệu quả." },
        } })).ReadAsync<SubmissionDto>();
        submitted.State.ShouldBe(ReportState.Submitted);
        submitted.Status.ShouldBe(PlanStatus.OnTime);
        submitted.Lines[1].CorrectionReason.ShouldBe("Một mô hình công nhận tháng 12 chưa nhập vào hệ thống");
        (await (await xa.PutJsonAsync(url, new { values = Array.Empty<object>() })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("report.submitted");
        (await xa.PostJsonAsync(url + "/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Returned: a reason is required, on a field of the form; it shows in place and the unit is notified.
        (await (await snv.PostJsonAsync(url + "/return", new { reasons = new Dictionary<string, string> { ["1.2"] = " " } })).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("report.return_reason");
        (await (await snv.PostJsonAsync(url + "/return", new { reasons = new Dictionary<string, string> { ["9"] = "?" } })).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("report.unknown_field");
        var returned = await (await snv.PostJsonAsync(url + "/return", new { reasons = new Dictionary<string, string> { ["1.2"] = "Ghi rõ tên hai mô hình khác." } }))
            .ReadAsync<SubmissionDto>();
        returned.State.ShouldBe(ReportState.Returned);
        (await app.WithDbAsync(db => db.Jobs.CountAsync(j => j.Key.StartsWith("notify:report-returned:" + submissionId)))).ShouldBe(1);
        var seen = await (await xa.GetAsync(url)).ReadAsync<SubmissionDto>();
        seen.Lines.Single(l => l.Code == "1.2").ReturnReason.ShouldBe("Ghi rõ tên hai mô hình khác.");
        seen.Lines.ShouldAllBe(l => !l.ChangedSinceReturn);

        // Resubmitted with a change: the change is shown against the returned value; still on time (the first submission counts).
        var again = await (await xa.PostJsonAsync(url + "/submit", new { values = new object[]
        {
            new { code = "1", value = (corrected + 3).ToString(System.Globalization.CultureInfo.InvariantCulture) }, new { code = "1.2", value = "3" },
        } })).ReadAsync<SubmissionDto>();
        again.State.ShouldBe(ReportState.Submitted);
        again.Lines.Where(l => l.ChangedSinceReturn).Select(l => l.Code).ShouldBe(["1", "1.2"]);
        again.Lines.Single(l => l.Code == "1.2").ReturnedValue.ShouldBe("2");

        // Two reviewers at once: one wins, the other gets the Vietnamese 409.
        var version = again.Version;
        (await snv.SendAsync(WithVersion(HttpMethod.Post, url + "/accept", version))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await (await snv.SendAsync(WithVersion(HttpMethod.Post, url + "/return", version, new { reasons = new Dictionary<string, string> { ["1"] = "Sai" } })))
            .ProblemAsync(HttpStatusCode.Conflict);
        stale.Code.ShouldBe("stale");
        (await (await snv.PostJsonAsync(url + "/accept", new { })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("report.locked");
        (await (await xa.PutJsonAsync(url, new { values = Array.Empty<object>() })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("report.locked");

        // The roll-up: the rate by the plan obligation rule; the totals over accepted reports drill down to their units.
        var rollUp = await (await snv.GetAsync($"/api/v1/reports/campaigns/{campaign.Id}")).ReadAsync<RollUpDto>();
        rollUp.Campaign.Expected.ShouldBe(2);
        rollUp.Campaign.Received.ShouldBe(1);
        rollUp.Campaign.OnTime.ShouldBe(1);
        rollUp.Campaign.Pending.ShouldBe(1);
        rollUp.Campaign.Accepted.ShouldBe(1);
        rollUp.Totals.Single(t => t.Code == "1.2").Total.ShouldBe(3);
        var drill = await (await snv.GetAsync($"/api/v1/reports/campaigns/{campaign.Id}/indicators/1.2")).ReadAsync<DrillDownDto>();
        drill.Total.ShouldBe(3);
        var row = drill.Rows.Single(r => r.UnitId == commune);
        row.Value.ShouldBe(3);
        row.Counted.ShouldBeTrue();
        row.State.ShouldBe(ReportState.Accepted);
        row.AcceptedByName.ShouldBe("tdkt.snv");
        drill.Rows.Single(r => r.UnitId == justice).Counted.ShouldBeFalse();
        (await snv.GetAsync($"/api/v1/reports/campaigns/{campaign.Id}/indicators/2")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // Past the deadline, the unit that has not reported is missing.
        await app.WithDbAsync(db => db.ReportCampaigns.Where(c => c.Id == campaign.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.DueOn, today.AddDays(-1))));
        var late = await (await snv.GetAsync($"/api/v1/reports/campaigns/{campaign.Id}")).ReadAsync<RollUpDto>();
        late.Campaign.OnTime.ShouldBe(0);
        late.Campaign.Late.ShouldBe(1); // submitted today, after a deadline now past
        late.Campaign.Missing.ShouldBe(1);
        late.Campaign.Pending.ShouldBe(0);

        // The commune sees only its own report in the roll-up; another commune sees neither the campaign nor the report.
        (await (await xa.GetAsync($"/api/v1/reports/campaigns/{campaign.Id}")).ReadAsync<RollUpDto>()).Units.Select(u => u.UnitId).ShouldBe([commune]);
        await app.CreateUserAsync("thidua.khac", DanVan.Features.Accounts.Role.UnitOfficer, await app.UnitIdAsync("XA002"));
        using var other = await app.ClientForAsync("thidua.khac");
        (await other.GetAsync($"/api/v1/reports/campaigns/{campaign.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The used form version is frozen: saving the form again makes version 2.
        var next = await (await snv.PostJsonAsync("/api/v1/reports/forms", new { code = "KQ", name = "Báo cáo kết quả (sửa)", fields = Lines[1..] }))
            .ReadAsync<ReportFormDto>();
        next.Revision.ShouldBe(2);
        var first = await (await snv.GetAsync($"/api/v1/reports/forms/{form.Id}")).ReadAsync<ReportFormDto>();
        first.Frozen.ShouldBeTrue();
        first.Name.ShouldBe("Báo cáo kết quả Dân vận khéo");
        first.Fields.Count.ShouldBe(4);
    }
}
