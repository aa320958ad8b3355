using System.Net;
using DanVan.Features.Models;
using DanVan.Infrastructure.Web;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Models;

/// <summary>Only published, recognised models are public; anonymous pages and API are cacheable; signed-in pages are not.</summary>
public sealed class PublicModelsTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_recognised_model_appears_publicly_only_once_published(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var xa001 = await app.UnitIdAsync("XA001");
        using var commune = await app.ClientForAsync("thidua.xa001");
        using var reviewer = await app.ClientForAsync("bandanvan");
        using var anonymous = app.CreateClient();

        var model = await (await commune.PostJsonAsync("/api/v1/models", new { name = "Tủ sách pháp luật lưu động xã Ba Hải", field = "PoliticalSystem", unitId = xa001 }))
            .ReadAsync<ModelDto>(HttpStatusCode.Created);
        await (await reviewer.PostJsonAsync($"/api/v1/models/{model.Id}/publish", new { published = true })).ProblemAsync(HttpStatusCode.Conflict);
        foreach (var action in new[] { "Register", "StartImplementing", "Propose" })
        {
            await (await commune.PostJsonAsync($"/api/v1/models/{model.Id}/transitions", new { action })).ReadAsync<ModelDto>();
        }

        await (await reviewer.PostJsonAsync($"/api/v1/models/{model.Id}/transitions", new { action = "Recognise", decisionId = await app.DecisionIdAsync() }))
            .ReadAsync<ModelDto>();
        await (await anonymous.GetAsync($"/api/v1/public/models/{model.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/Public/Models/Details/{model.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await (await commune.PostJsonAsync($"/api/v1/models/{model.Id}/publish", new { published = true })).ProblemAsync(HttpStatusCode.Forbidden);
        (await (await reviewer.PostJsonAsync($"/api/v1/models/{model.Id}/publish", new { published = true })).ReadAsync<ModelDto>()).IsPublished.ShouldBeTrue();

        using var one = await anonymous.GetAsync($"/api/v1/public/models/{model.Id}");
        var shown = await one.ReadAsync<PublicModelDto>();
        (shown.RecognisedYear, shown.RecognisedUntil, shown.RecognisedThisYear).ShouldBe((model.Year, model.Year, true)); // recognised for this year
        shown.UnitName.ShouldBe(await app.WithDbAsync(db => db.Units.Where(u => u.Id == xa001).Select(u => u.Name).SingleAsync()));
        one.Headers.CacheControl!.Public.ShouldBeTrue();
        var list = await (await anonymous.GetAsync("/api/v1/public/models?q=tu%20sach%20phap%20luat%20luu%20dong")).ReadAsync<Page<PublicModelItem>>();
        list.Items.ShouldHaveSingleItem().Id.ShouldBe(model.Id);


        using var page = await anonymous.GetAsync($"/Public/Models/Details/{model.Id}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Headers.CacheControl!.Public.ShouldBeTrue();
        var publicHtml = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        publicHtml.ShouldContain("Tủ sách pháp luật lưu động xã Ba Hải");
        publicHtml.ShouldContain($"công nhận năm {model.Year}");
        using var signedIn = await app.SignedInAsync("xem");
        using var privatePage = await signedIn.GetAsync($"/Public/Models/Details/{model.Id}");
        privatePage.Headers.CacheControl!.Public.ShouldBeFalse();
        privatePage.Headers.CacheControl.NoStore.ShouldBeTrue();

        // Anonymous answers come from the server's output cache: a change made behind the app's back is not seen…
        await app.WithDbAsync(db => db.DvkModels.Where(m => m.Id == model.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.Name, "Tên đổi ngoài ứng dụng")));
        (await (await anonymous.GetAsync("/api/v1/public/models?q=tu%20sach%20phap%20luat%20luu%20dong")).ReadAsync<Page<PublicModelItem>>())
            .Items.ShouldHaveSingleItem().Name.ShouldBe("Tủ sách pháp luật lưu động xã Ba Hải");
        using (var cachedPage = await anonymous.GetAsync($"/Public/Models/Details/{model.Id}"))
        {
            WebUtility.HtmlDecode(await cachedPage.Content.ReadAsStringAsync()).ShouldContain("Tủ sách pháp luật lưu động xã Ba Hải");
        }

        // …while a signed-in caller is never served from it.
        (await (await reviewer.GetAsync($"/api/v1/models/{model.Id}")).ReadAsync<ModelDto>()).Name.ShouldBe("Tên đổi ngoài ứng dụng");

        // Dropped from recognition: gone from the public pages.
        await (await reviewer.PostJsonAsync($"/api/v1/models/{model.Id}/transitions", new { action = "Drop", note = "Không còn duy trì" })).ReadAsync<ModelDto>();
        await (await anonymous.GetAsync($"/api/v1/public/models/{model.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        (await (await anonymous.GetAsync("/api/v1/public/models?q=tu%20sach%20phap%20luat%20luu%20dong")).ReadAsync<Page<PublicModelItem>>()).Items.ShouldBeEmpty();
    }
}
