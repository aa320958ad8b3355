using System.Net;
using DanVan.Features.Contests;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Contests;

/// <summary>
/// The contest's configuration in the browser (issue 17 §1): a new contest starts from the seed-004 shape; a part is
/// added and a round removed by the form's own buttons without losing what was typed; a criteria line that cannot be
/// read is a message at its place and nothing is saved; the saved draft is the same configuration the API would make;
/// editing starts from the saved values, refuses a stale form, and an open contest's rules cannot be edited.
/// </summary>
public sealed class ContestEditPageTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string Page = "/Contests/Edit";

    private static async Task<(HttpStatusCode Status, string Html, string? Location)> PostAsync(HttpClient client, string url, List<KeyValuePair<string, string>> form)
    {
        using var response = await client.PostAsync(url, new FormUrlEncodedContent(form));
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), response.Headers.Location?.OriginalString);
    }

    private static async Task<List<KeyValuePair<string, string>>> FormAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return HtmlForm.Fields(await response.Content.ReadAsStringAsync(), "contest-form");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_organiser_creates_a_contest_in_the_browser_reshaping_rounds_and_parts_and_every_refusal_saves_nothing(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var page = await app.SignedInAsync("tdkt.snv");
        var (plan, snv, communeKinds) = await app.WithDbAsync(async db => (
            await db.Documents.Where(d => d.Number == DanVan.Features.Demo.DemoContests.PlanNumber).Select(d => d.Id).SingleAsync(),
            await db.Units.Where(u => u.Code == "SNV").Select(u => u.Id).SingleAsync(),
            (await db.UnitKinds.Where(k => ContestTemplate.CommuneKindCodes.Contains(k.Code)).Select(k => k.Id).ToListAsync()).Select(k => k.ToString()).ToList()));
        var before = await app.WithDbAsync(db => db.Contests.CountAsync());

        // The new form: seed 004's two rounds, the commune kinds ticked, the plan chosen from the link's parameter.
        var form = await FormAsync(page, $"{Page}?planDocumentId={plan}");
        form.Value("Input.PlanDocumentId").ShouldBe(plan.ToString());
        form.Value("Rounds[0].Name").ShouldBe("Vòng sơ khảo");
        form.Value("Rounds[1].Kind").ShouldBe(nameof(RoundKind.Final));
        form.Value("Rounds[0].Parts[1].Criteria").ShouldBe("Nội dung, đúng pháp luật | 25\nSát thực tiễn địa phương | 10\nPhong cách trình bày | 5");
        form.Where(f => f.Key == "Kinds").Select(f => f.Value).Order().ShouldBe(communeKinds.Order());
        form.Set("Input.OrganisingUnitId", snv.ToString()).Set("Input.Name", "Hội thi “Dân vận khéo” cấp xã ");

        // A fourth part in round 1 (what was typed stays), then round 2 removed.
        var added = await PostAsync(page, $"{Page}?handler=AddPart&round=0", form);
        added.Status.ShouldBe(HttpStatusCode.OK);
        form = HtmlForm.Fields(added.Html, "contest-form");
        form.Value("Input.Name").ShouldBe("Hội thi “Dân vận khéo” cấp xã", "kept (trimmed at the edge)");
        form.Value("Rounds[0].Parts[3].Name").ShouldBe("");
        form.Set("Rounds[0].Parts[3].Name", "Hùng biện").Set("Rounds[0].Parts[3].MaxPoints", "10");
        var removed = HtmlForm.Fields((await PostAsync(page, $"{Page}?handler=RemoveRound&round=1", form)).Html, "contest-form");
        removed.Any(f => f.Key.StartsWith("Rounds[1]", StringComparison.Ordinal)).ShouldBeFalse();
        removed.Value("Rounds[0].Parts[3].Name").ShouldBe("Hùng biện");
        (await app.WithDbAsync(db => db.Contests.CountAsync())).ShouldBe(before, "reshaping the form saves nothing");

        // Removing part 1 renumbers the tie-break ("2, 3" → "1, 2": the same parts as before).
        var shifted = HtmlForm.Fields((await PostAsync(page, $"{Page}?handler=RemovePart&round=0&part=0", removed.ToList())).Html, "contest-form");
        shifted.Value("Rounds[0].Parts[0].Name").ShouldBe("Xử lý tình huống");
        shifted.Value("Rounds[0].TieBreak").ShouldBe("1, 2");
        removed.Value("Rounds[0].TieBreak").ShouldBe("2, 3");

        // A criteria line without its points: the message names the round, part and line; nothing saved.
        removed.Set("Rounds[0].Parts[3].Criteria", "Nội dung 10");
        var unreadable = await PostAsync(page, Page, removed);
        unreadable.Status.ShouldBe(HttpStatusCode.OK);
        unreadable.Html.ShouldContain("Vòng 1, phần thi 4: mỗi dòng tiêu chí ghi “Tên tiêu chí | điểm tối đa”");
        unreadable.Html.ShouldContain("(dòng “Nội dung 10”)");

        // The only round left is the last: it sends nobody on; the rules' own message when it still says "top 2 per cluster".
        removed.Set("Rounds[0].Parts[3].Criteria", "Nội dung | 6\nPhong cách | 4");
        var advancing = await PostAsync(page, Page, removed);
        advancing.Status.ShouldBe(HttpStatusCode.OK);
        advancing.Html.ShouldContain(ContestErrors.AdvancementOnLast("Vòng 1").Message);
        (await app.WithDbAsync(db => db.Contests.CountAsync())).ShouldBe(before, "a refused form saves nothing");

        removed.Set("Rounds[0].Advancement", nameof(Advancement.None)).Set("Rounds[0].Kind", nameof(RoundKind.Final)).Set("Rounds[0].TieBreak", "4, 2");
        var saved = await PostAsync(page, Page, removed);
        saved.Status.ShouldBe(HttpStatusCode.Redirect, saved.Html);
        var id = Guid.Parse(saved.Location!.Split('/')[^1]);
        var contest = await app.WithDbAsync(db => db.Contests.AsSplitQuery().Include(c => c.Eligible).Include(c => c.Rounds).ThenInclude(r => r.Parts).ThenInclude(p => p.Criteria)
            .SingleAsync(c => c.Id == id));
        contest.Status.ShouldBe(ContestStatus.Draft);
        contest.Name.ShouldBe("Hội thi “Dân vận khéo” cấp xã");
        contest.OrganisingUnitId.ShouldBe(snv);
        contest.Eligible.Select(e => e.KindId.ToString()!).Order().ShouldBe(communeKinds.Order());
        var round = contest.Rounds.ShouldHaveSingleItem();
        round.Parts.Count.ShouldBe(4);
        var speech = round.Parts.Single(p => p.Seq == 4);
        (speech.Name, speech.MaxPoints).ShouldBe(("Hùng biện", 10m));
        speech.Criteria.OrderBy(k => k.Seq).Select(k => (k.Name, k.MaxPoints)).ShouldBe([("Nội dung", 6m), ("Phong cách", 4m)]);
        round.TieBreak.Select(p => p.Seq).ShouldBe([4, 2]);

        // Editing starts from the saved values; a form opened before someone else's save is refused.
        var edit = await FormAsync(page, $"{Page}/{id}");
        edit.Value("Rounds[0].Parts[3].Criteria").ShouldBe("Nội dung | 6\nPhong cách | 4");
        edit.Value("Rounds[0].TieBreak").ShouldBe("4, 2");
        edit.Value("ClustersText").ShouldBe(string.Join("\n", ContestTemplate.Sample(DateOnly.MinValue).Clusters!));
        var renamed = await PostAsync(page, $"{Page}/{id}", edit.ToList().Set("Input.Name", "Hội thi cấp xã (sửa)"));
        renamed.Status.ShouldBe(HttpStatusCode.Redirect, renamed.Html);
        (await app.WithDbAsync(db => db.Contests.Where(c => c.Id == id).Select(c => c.Name).SingleAsync())).ShouldBe("Hội thi cấp xã (sửa)");
        var stale = await PostAsync(page, $"{Page}/{id}", edit.Set("Input.Name", "Bản cũ"));
        stale.Status.ShouldBe(HttpStatusCode.OK);
        stale.Html.ShouldContain("được người khác sửa");
        (await app.WithDbAsync(db => db.Contests.Where(c => c.Id == id).Select(c => c.Name).SingleAsync())).ShouldBe("Hội thi cấp xã (sửa)");

        // Eligibility set through the API in a shape the form cannot say (two units, one without its subtree) is shown and kept as it is.
        using var api = await app.ClientForAsync("tdkt.snv");
        var custom = await ContestData.InputAsync(app);
        var (xa1, xa2) = (await ContestData.CommuneAsync(app, "XA001"), await ContestData.CommuneAsync(app, "XA002"));
        custom.Eligible = [new() { UnitId = xa1.Unit, IncludeDescendants = false }, new() { UnitId = xa2.Unit, IncludeDescendants = true }];
        var made = await (await api.PostJsonAsync("/api/v1/contests", custom)).ReadAsync<ContestDto>(HttpStatusCode.Created);
        using (var kept = await page.GetAsync($"{Page}/{made.Id}"))
        {
            WebUtility.HtmlDecode(await kept.Content.ReadAsStringAsync()).ShouldContain("cấu hình qua API, giữ nguyên");
        }

        var keptForm = await FormAsync(page, $"{Page}/{made.Id}");
        (await PostAsync(page, $"{Page}/{made.Id}", keptForm.Set("Input.Name", "Hội thi giữ đối tượng"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.ContestEligibleUnits.Where(e => e.ContestId == made.Id).Select(e => new { e.UnitId, e.IncludeDescendants }).ToListAsync()))
            .Select(e => (e.UnitId, e.IncludeDescendants)).ShouldBe([(xa1.Unit, false), (xa2.Unit, true)], ignoreOrder: true);

        // Published: the rules are fixed, the edit page sends the organiser back to the contest with the reason.
        (await api.PostAsync($"/api/v1/contests/{id}/open", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var closed = await page.GetAsync($"{Page}/{id}");
        closed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        closed.Headers.Location!.OriginalString.ShouldBe($"/Contests/Details/{id}");
        WebUtility.HtmlDecode(await page.GetStringAsync($"/Contests/Details/{id}")).ShouldContain(ContestErrors.RulesFixed.Message);
    }
}
