using System.Net;
using System.Text.RegularExpressions;
using DanVan.Features.Reports;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Shared;

/// <summary>A step's confirmation ("Đã lưu …") is printed once, by the layout, on the page the step redirects to — not again by the page.</summary>
public sealed partial class PageMessageTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_saved_reports_confirmation_is_shown_once_and_only_on_the_next_page(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var commune = await app.UnitIdAsync("XA001");
        var id = await app.WithDbAsync(db => db.ReportSubmissions.Where(s => s.UnitId == commune && s.State == ReportState.Returned).Select(s => s.Id).SingleAsync());
        using var xa = await app.SignedInAsync("thidua.xa001");
        var page = $"/Reports/Submission/{id}";
        var token = await CookieSession.FormTokenAsync(xa, page);
        var version = Version().Match(await (await xa.GetAsync(page)).Content.ReadAsStringAsync()).Groups[1].Value;
        using var api = await app.ClientForAsync("thidua.xa001");
        var report = await (await api.GetAsync($"/api/v1/reports/submissions/{id}")).ReadAsync<SubmissionDto>();
        var form = new Dictionary<string, string> { ["Version"] = version, ["__RequestVerificationToken"] = token };
        foreach (var line in report.Lines)
        {
            form[$"Values[{line.Code}]"] = line.Value ?? "";
            form[$"Reasons[{line.Code}]"] = line.CorrectionReason ?? "";
        }

        using var saved = await xa.PostAsync($"{page}?handler=Save", new FormUrlEncodedContent(form));
        var refused = saved.StatusCode == HttpStatusCode.Redirect ? "" : WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync());
        refused.ShouldNotContain("text-danger");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var next = WebUtility.HtmlDecode(await (await xa.GetAsync(saved.Headers.Location!.ToString())).Content.ReadAsStringAsync());
        Regex.Count(next, "Đã lưu số liệu\\.").ShouldBe(1);
        Regex.Count(next, "id=\"message\"").ShouldBe(1);
        var again = WebUtility.HtmlDecode(await (await xa.GetAsync(page)).Content.ReadAsStringAsync());
        again.ShouldNotContain("Đã lưu số liệu.");
    }

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex Version();
}
