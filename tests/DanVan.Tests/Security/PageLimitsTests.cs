using System.Net;
using DanVan.Features.Movements;
using DanVan.Features.Registrations;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security;

/// <summary>The page paths refuse what the API refuses: an over-long note or commitment is a Vietnamese error and nothing is saved.</summary>
public sealed class PageLimitsTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Over_long_launch_notes_and_commitments_are_refused_on_the_page_and_the_API(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var (ubnd, xa001) = (await app.UnitIdAsync("UBND"), await app.UnitIdAsync("XA001"));
        using var officer = await app.ClientForAsync("tdkt.snv");
        var plan = await app.WithDbAsync(db => db.AddDocumentAsync(ubnd, "79/KH-UBND", new DateOnly(2026, 3, 1)));
        var draft = await (await officer.PostJsonAsync("/api/v1/movements", new
        {
            name = "Phong trào thử độ dài", year = 2026, form = "Thematic", launchingUnitId = ubnd, planDocumentId = plan,
            startsOn = "2026-03-02", planDeadline = "2099-03-20", registrationDeadline = "2099-04-30",
            participants = new[] { new { unitId = xa001, includeDescendants = false } },
        })).ReadAsync<MovementDto>(HttpStatusCode.Created);
        var longNote = new string('x', MovementEvent.NoteMax + 1);

        (await (await officer.PostJsonAsync($"/api/v1/movements/{draft.Id}/launch", new { note = longNote })).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail.ShouldBe($"Ghi chú không được dài quá {MovementEvent.NoteMax} ký tự.");
        using var page = await app.SignedInAsync("tdkt.snv");
        var html = await PostFormAsync(page, $"/Movements/Details/{draft.Id}", "Launch", new() { ["Note"] = longNote });
        html.ShouldContain($"Ghi chú không được dài quá {MovementEvent.NoteMax} ký tự.");
        (await app.WithDbAsync(db => db.Movements.Where(m => m.Id == draft.Id).Select(m => m.Status).SingleAsync())).ShouldBe(MovementStatus.Draft);
        (await app.WithDbAsync(db => db.PlanObligations.CountAsync(o => o.MovementId == draft.Id))).ShouldBe(0);

        (await officer.PostJsonAsync($"/api/v1/movements/{draft.Id}/launch", new { note = "Phát động" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        html = await PostFormAsync(page, $"/Movements/Details/{draft.Id}", "Close", new() { ["Note"] = longNote });
        html.ShouldContain($"Ghi chú không được dài quá {MovementEvent.NoteMax} ký tự.");
        (await app.WithDbAsync(db => db.Movements.Where(m => m.Id == draft.Id).Select(m => m.Status).SingleAsync())).ShouldBe(MovementStatus.Launched);

        var longCommitments = new string('c', Registration.CommitmentsMax + 1);
        using var commune = await app.ClientForAsync("thidua.xa001");
        (await (await commune.PutJsonAsync($"/api/v1/movements/{draft.Id}/registrations/{xa001}", new { titles = new[] { "TTLDXS" }, commitments = longCommitments }))
            .ProblemAsync(HttpStatusCode.BadRequest)).AllText.ShouldContain($"không được dài quá {Registration.CommitmentsMax} ký tự");
        using var communePage = await app.SignedInAsync("thidua.xa001");
        html = await PostFormAsync(communePage, $"/Registrations/Edit/{draft.Id}?unitId={xa001}", null,
            new() { ["Titles"] = "TTLDXS", ["Commitments"] = longCommitments, ["UnitId"] = xa001.ToString() });
        html.ShouldContain($"Nội dung cam kết không được dài quá {Registration.CommitmentsMax} ký tự.");
        (await app.WithDbAsync(db => db.Registrations.CountAsync(r => r.MovementId == draft.Id))).ShouldBe(0);
    }

    private static async Task<string> PostFormAsync(HttpClient client, string url, string? handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await CookieSession.FormTokenAsync(client, url);
        var target = handler is null ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler;
        using var response = await client.PostAsync(target, new FormUrlEncodedContent(fields));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, target);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
