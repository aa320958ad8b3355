using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DanVan.Features.Documents;
using DanVan.Features.Models;
using DanVan.Features.People;
using DanVan.Tests.Features.People;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security;

/// <summary>
/// Lost updates are refused (ADR 0013): a reader gets the row's version (ETag / DTO / hidden field) and sends it back;
/// an edit or transition based on an older version is a Vietnamese 409 <c>stale</c> and saves nothing.
/// </summary>
public sealed partial class LostUpdateTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string StaleText = "đã được người khác sửa lúc";

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_person_edited_with_an_old_If_Match_is_refused_and_unchanged(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var stp = await app.UnitIdAsync("STP");
        using var client = await app.ClientForAsync("thidua.stp");
        var created = await (await client.PostJsonAsync("/api/v1/people", PersonRequests.Valid("Trần Thị Bích", stp))).ReadAsync<PersonDto>(HttpStatusCode.Created);

        using var read = await client.GetAsync($"/api/v1/people/{created.Id}");
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        var etag = read.Headers.ETag!.Tag;
        etag.ShouldBe($"\"{created.Version}\"");

        // The first officer saves with the version they read: accepted, and the answer carries the next version.
        using var first = await PutAsync(client, $"/api/v1/people/{created.Id}", PersonRequests.Valid("Trần Thị Bích Ngọc", stp), etag);
        var saved = await first.ReadAsync<PersonDto>();
        saved.Version.ShouldBe(created.Version + 1);
        first.Headers.ETag!.Tag.ShouldBe($"\"{saved.Version}\"");

        // The second officer read the same version: refused, in Vietnamese, with the time of the change that won.
        using var second = await PutAsync(client, $"/api/v1/people/{created.Id}", PersonRequests.Valid("Trần Bích", stp), etag);
        var problem = await second.ProblemAsync(HttpStatusCode.Conflict);
        problem.Code.ShouldBe("stale");
        problem.Detail!.ShouldContain(StaleText);
        problem.Detail!.ShouldContain("tải lại");
        (await app.WithDbAsync(db => db.People.Where(p => p.Id == created.Id).Select(p => new { p.FullName, p.Version }).SingleAsync()))
            .ShouldBe(new { FullName = "Trần Thị Bích Ngọc", saved.Version });

        // If-Match is optional ("*" or none: the current version); a malformed one is a 400 naming the header.
        using var any = await PutAsync(client, $"/api/v1/people/{created.Id}", PersonRequests.Valid("Trần Thị Bích Ngọc Anh", stp), "*");
        any.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var bad = await PutAsync(client, $"/api/v1/people/{created.Id}", PersonRequests.Valid("Trần Bích", stp), "\"abc\"");
        (await bad.ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldContain("If-Match");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_document_edited_with_an_old_If_Match_is_refused_and_unchanged(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var stp = await app.UnitIdAsync("STP");
        using var officer = await app.ClientForAsync("thidua.stp");
        object Doc(string title) => new { number = "31/KH-STP", type = "Plan", issuerUnitId = stp, issueDate = "2026-03-01", title };
        var created = await (await officer.PostJsonAsync("/api/v1/documents", Doc("Kế hoạch thử"))).ReadAsync<DocumentDto>(HttpStatusCode.Created);
        using var read = await officer.GetAsync($"/api/v1/documents/{created.Id}");
        var etag = read.Headers.ETag!.Tag;

        using var first = await PutAsync(officer, $"/api/v1/documents/{created.Id}", Doc("Kế hoạch đã sửa"), etag);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var second = await PutAsync(officer, $"/api/v1/documents/{created.Id}", Doc("Kế hoạch sửa lần hai"), etag);
        (await second.ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("stale");
        (await app.WithDbAsync(db => db.Documents.Where(d => d.Id == created.Id).Select(d => d.Title).SingleAsync())).ShouldBe("Kế hoạch đã sửa");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_model_transition_based_on_an_old_version_is_refused_and_leaves_no_history(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var xa001 = await app.UnitIdAsync("XA001");
        var modelId = await app.WithDbAsync(db => db.AddModelAsync(xa001, ModelAction.Register));
        using var owner = await app.ClientForAsync("thidua.xa001");
        using var read = await owner.GetAsync($"/api/v1/models/{modelId}");
        var model = await read.ReadAsync<ModelDto>();
        var etag = read.Headers.ETag!.Tag;
        etag.ShouldBe($"\"{model.Version}\"");

        // Someone else edits the content meanwhile.
        using var edit = await owner.PutJsonAsync($"/api/v1/models/{modelId}", new
        {
            name = "Mô hình đã sửa", field = model.Field.ToString(), level = model.Level.ToString(), unitId = xa001, year = model.Year,
        });
        edit.StatusCode.ShouldBe(HttpStatusCode.OK, await edit.Content.ReadAsStringAsync());

        using var stale = await PostAsync(owner, $"/api/v1/models/{modelId}/transitions", new { action = "StartImplementing" }, etag);
        (await stale.ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("stale");
        (await app.WithDbAsync(db => db.ModelEvents.CountAsync(e => e.ModelId == modelId && e.Action == ModelAction.StartImplementing))).ShouldBe(0);

        using var fresh = await PostAsync(owner, $"/api/v1/models/{modelId}/transitions", new { action = "StartImplementing" }, edit.Headers.ETag!.Tag);
        (await fresh.ReadAsync<ModelDto>()).Status.ShouldBe(ModelStatus.Implementing);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Two_sessions_edit_one_person_and_the_second_is_told_in_place_keeping_their_input(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var stp = await app.UnitIdAsync("STP");
        var personId = await app.CreatePersonAsync(stp, "Lê Văn Hùng");
        using var a = await app.SignedInAsync("thidua.stp");
        using var b = await app.SignedInAsync("thidua.stp");
        var url = $"/People/Edit/{personId}";
        var formA = await OpenFormAsync(a, url);
        var formB = await OpenFormAsync(b, url);
        formA.Version.ShouldBe(formB.Version);

        using (var saved = await a.PostAsync(url, Form(formA, "Lê Văn Hùng Anh", stp)))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using var refused = await b.PostAsync(url, Form(formB, "Lê Hùng", stp));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        html.ShouldContain(StaleText);
        html.ShouldContain("value=\"Lê Hùng\"", customMessage: "the second officer's input is kept on the form");
        (await app.WithDbAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.FullName).SingleAsync())).ShouldBe("Lê Văn Hùng Anh");
    }

    private static FormUrlEncodedContent Form((string Token, string Version) form, string fullName, Guid unitId) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = form.Token,
        ["Version"] = form.Version,
        ["Input.FullName"] = fullName,
        ["Input.Gender"] = "Male",
        ["Input.BirthYear"] = "1980",
        ["Input.StaffCategory"] = "CivilServant",
        ["Input.UnitId"] = unitId.ToString(),
    });

    private static async Task<(string Token, string Version)> OpenFormAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var token = WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);
        var version = VersionField().Match(html);
        version.Success.ShouldBeTrue("the edit form carries the version it was opened at");
        return (token, version.Groups[1].Value);
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string url, object body, string ifMatch) =>
        SendAsync(client, HttpMethod.Put, url, body, ifMatch);

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body, string ifMatch) =>
        SendAsync(client, HttpMethod.Post, url, body, ifMatch);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, object body, string ifMatch)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, options: Api.Json) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
