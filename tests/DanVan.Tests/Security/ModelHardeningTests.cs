using System.Net;
using System.Net.Http.Headers;
using DanVan.Features.Accounts;
using DanVan.Features.Models;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using DanVan.Tests.Features.Models;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Infrastructure.Data;
using DanVan.Tests.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security;

/// <summary>
/// Security-review findings on the "Dân vận khéo" models: the level rule covers every act of the reviewing body; the
/// public site shows only content a reviewer has seen, and photos without their EXIF; random query strings cannot
/// get past the public output cache.
/// </summary>
public sealed class ModelHardeningTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    /// <summary>A real 16×8 baseline JPEG (cjpeg), no metadata but its JFIF header.</summary>
    internal static readonly byte[] Jpeg = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAQF/8QAGRAAAQUAAAAAAAAAAAAAAAAAAAMGIzGh/8QAFQEBAQAAAAAAAAAAAAAAAAAAAwT/xAAaEQACAgMAAAAAAAAAAAAAAAAAIQMFBAYi/9oADAMBAAIRAxEAPwCddqXHhnLtS48AJtXzpuWBf2M7Z//Z");

    public enum Act
    {
        Recognise,
        Reject,
        Reconfirm,
        Drop,
        Publish,
        Unpublish,
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Only_the_provinces_body_acts_on_a_provincial_model_whatever_the_act(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var xa001 = await app.UnitIdAsync("XA001");
        using var owner = await app.ClientForAsync("thidua.xa001");
        using var province = await app.ClientForAsync("bandanvan");
        await app.CreateUserAsync("hoidong.xa001", Role.MobilizationReviewer, xa001);
        using var council = await app.ClientForAsync("hoidong.xa001");
        using var councilPage = await app.SignedInAsync("hoidong.xa001");
        var year = await app.WithDbAsync(db => Task.FromResult(VnTime.Today(db.Time).Year));
        var decisionId = await app.DecisionIdAsync();

        var mismatches = new List<string>();
        foreach (var act in Enum.GetValues<Act>())
        {
            foreach (var level in Enum.GetValues<ModelLevel>())
            {
                foreach (var (who, reviewer) in new[] { ("tỉnh", province), ("hội đồng xã", council) })
                {
                    var allowed = who == "tỉnh" || level == ModelLevel.Grassroots;
                    var id = await ModelReadyForAsync(app, owner, province, xa001, act, level, year);
                    var before = await SnapshotAsync(app, id);

                    // The model's page and DTO offer the act only to those who may take it.
                    var dto = await (await reviewer.GetAsync($"/api/v1/models/{id}")).ReadAsync<ModelDto>();
                    var offered = act switch
                    {
                        Act.Publish or Act.Unpublish => dto.CanPublish,
                        _ => dto.Actions.Contains(Enum.Parse<ModelAction>(act.ToString())),
                    };
                    if (offered != allowed)
                    {
                        mismatches.Add($"{act} × {level} × {who}: offered {offered}, expected {allowed}");
                    }

                    if (who != "tỉnh")
                    {
                        var html = await (await councilPage.GetAsync($"/Models/Details/{id}")).Content.ReadAsStringAsync();
                        var button = act switch { Act.Publish or Act.Unpublish => "id=\"model-publish\"", _ => $"id=\"action-{act}\"" };
                        if (html.Contains(button, StringComparison.Ordinal) != allowed)
                        {
                            mismatches.Add($"{act} × {level} × {who}: page button shown {!allowed}, expected {allowed}");
                        }
                    }

                    using var response = await DoAsync(reviewer, id, act, decisionId);
                    var body = await response.Content.ReadAsStringAsync();
                    if (allowed && response.StatusCode != HttpStatusCode.OK)
                    {
                        mismatches.Add($"{act} × {level} × {who}: expected 200, got {(int)response.StatusCode} {body}");
                    }
                    else if (!allowed)
                    {
                        if (response.StatusCode != HttpStatusCode.BadRequest || !body.Contains("model.level_reserved", StringComparison.Ordinal)
                            || !body.Contains("cấp tỉnh", StringComparison.Ordinal))
                        {
                            mismatches.Add($"{act} × {level} × {who}: expected the level refusal, got {(int)response.StatusCode} {body}");
                        }

                        if (await SnapshotAsync(app, id) != before)
                        {
                            mismatches.Add($"{act} × {level} × {who}: a refused attempt changed the model or its history");
                        }
                    }
                }
            }
        }

        // The batch decision follows the same rule for the models it rejects.
        var provincial = await ModelReadyForAsync(app, owner, province, xa001, Act.Reject, ModelLevel.Provincial, year);
        var grassroots = await ModelReadyForAsync(app, owner, province, xa001, Act.Recognise, ModelLevel.Grassroots, year);
        var decision = await app.WithDbAsync(db => db.Documents.Where(d => db.Units.Any(u => u.Id == xa001 && u.TenantId == d.TenantId)).Select(d => d.Id).FirstAsync());
        using (var batch = await council.PostJsonAsync("/api/v1/models/recognitions",
                   new { decisionId = decision, level = "Grassroots", recognisedIds = new[] { grassroots }, rejectedIds = new[] { provincial } }))
        {
            var body = await batch.Content.ReadAsStringAsync();
            if (batch.StatusCode != HttpStatusCode.BadRequest || !body.Contains("model.level_reserved", StringComparison.Ordinal))
            {
                mismatches.Add($"batch rejecting a provincial model by a council: expected the level refusal, got {(int)batch.StatusCode} {body}");
            }
        }

        if ((await app.WithDbAsync(db => db.DvkModels.Where(m => m.Id == provincial || m.Id == grassroots).Select(m => m.Status).ToListAsync()))
            .Any(s => s != ModelStatus.Proposed))
        {
            mismatches.Add("the refused batch changed a model");
        }

        mismatches.ShouldBeEmpty();
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Content_added_after_publication_stays_off_the_public_site_until_a_reviewer_approves_it(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var xa001 = await app.UnitIdAsync("XA001");
        using var owner = await app.ClientForAsync("thidua.xa001");
        using var province = await app.ClientForAsync("bandanvan");
        using var anonymous = app.CreateClient();
        var id = await NewModelAsync(owner, xa001, "Chợ phiên nông sản sạch xã Ba Hải", ModelLevel.Grassroots);
        await ProposeAsync(owner, id);
        await (await owner.PostJsonAsync($"/api/v1/models/{id}/progress", new { reportedOn = "2026-03-01", narrative = "Phiên chợ đầu tiên có 40 hộ tham gia." }))
            .ReadAsync<ModelTimeline>();
        await (await province.PostJsonAsync($"/api/v1/models/{id}/transitions", new { action = "Recognise", decisionId = await app.DecisionIdAsync() })).ReadAsync<ModelDto>();
        await (await province.PostJsonAsync($"/api/v1/models/{id}/publish", new { published = true })).ReadAsync<ModelDto>();
        (await (await anonymous.GetAsync($"/api/v1/public/models/{id}")).ReadAsync<PublicModelDto>()).Progress.ShouldHaveSingleItem();

        // After publication the owner adds a note and a photo: nothing of it is public yet.
        await (await owner.PostJsonAsync($"/api/v1/models/{id}/progress", new { reportedOn = "2026-04-01", narrative = "Ghi chú mới chưa được thẩm định." }))
            .ReadAsync<ModelTimeline>();
        var photo = await (await UploadAsync(owner, id, Jpeg, "anh-moi.jpg", "image/jpeg")).ReadAsync<EvidenceDto>();
        var shown = await (await anonymous.GetAsync($"/api/v1/public/models/{id}")).ReadAsync<PublicModelDto>();
        shown.Progress.Select(p => p.Narrative).ShouldBe(["Phiên chợ đầu tiên có 40 hộ tham gia."]);
        shown.Photos.ShouldBeEmpty();
        await (await anonymous.GetAsync($"/api/v1/public/models/{id}/photos/{photo.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        var card = await (await anonymous.GetAsync("/api/v1/public/models?q=cho%20phien%20nong%20san%20sach")).ReadAsync<Page<PublicModelItem>>();
        card.Items.Single(i => i.Id == id).PhotoId.ShouldBeNull();
        var page = WebUtility.HtmlDecode(await (await anonymous.GetAsync($"/Public/Models/Details/{id}")).Content.ReadAsStringAsync());
        page.ShouldNotContain("Ghi chú mới chưa được thẩm định.");
        page.ShouldNotContain(photo.Id.ToString());

        // The reviewer sees what awaits review; the owner cannot approve it.
        var timeline = await (await province.GetAsync($"/api/v1/models/{id}/timeline")).ReadAsync<ModelTimeline>();
        timeline.Reports.Single(r => r.Narrative == "Ghi chú mới chưa được thẩm định.").AwaitsReview.ShouldBeTrue();
        timeline.Reports.Single(r => r.Narrative == "Phiên chợ đầu tiên có 40 hộ tham gia.").AwaitsReview.ShouldBeFalse();
        timeline.Evidence.ShouldHaveSingleItem().AwaitsReview.ShouldBeTrue();
        (await (await province.GetAsync($"/api/v1/models/{id}")).ReadAsync<ModelDto>()).AwaitingReview.ShouldBe(2);
        using var reviewerPage = await app.SignedInAsync("bandanvan");
        var reviewerHtml = WebUtility.HtmlDecode(await (await reviewerPage.GetAsync($"/Models/Details/{id}")).Content.ReadAsStringAsync());
        reviewerHtml.ShouldContain("Chờ duyệt công khai");
        reviewerHtml.ShouldContain("id=\"model-approve-content\"");
        await (await owner.PostJsonAsync($"/api/v1/models/{id}/publish", new { published = true })).ProblemAsync(HttpStatusCode.Forbidden);

        // Approved (published again): now it is public.
        (await (await province.PostJsonAsync($"/api/v1/models/{id}/publish", new { published = true })).ReadAsync<ModelDto>()).AwaitingReview.ShouldBe(0);
        shown = await (await anonymous.GetAsync($"/api/v1/public/models/{id}")).ReadAsync<PublicModelDto>();
        shown.Progress.Select(p => p.Narrative).ShouldBe(["Phiên chợ đầu tiên có 40 hộ tham gia.", "Ghi chú mới chưa được thẩm định."]);
        shown.Photos.ShouldBe([photo.Id]);
        using (var served = await anonymous.GetAsync($"/api/v1/public/models/{id}/photos/{photo.Id}"))
        {
            served.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        WebUtility.HtmlDecode(await (await anonymous.GetAsync($"/Public/Models/Details/{id}")).Content.ReadAsStringAsync())
            .ShouldContain("Ghi chú mới chưa được thẩm định.");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_uploaded_photo_is_stored_without_its_exif_gps_data(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var xa001 = await app.UnitIdAsync("XA001");
        using var owner = await app.ClientForAsync("thidua.xa001");
        var id = await NewModelAsync(owner, xa001, "Ảnh có toạ độ GPS", ModelLevel.Grassroots);
        var withGps = ImageMetadataTests.WithExifGps(Jpeg);
        withGps.AsSpan().IndexOf("Exif\0\0"u8).ShouldBeGreaterThan(0);

        var evidence = await (await UploadAsync(owner, id, withGps, "anh-gps.jpg", "image/jpeg")).ReadAsync<EvidenceDto>();
        var stored = await app.WithDbAsync(db => db.ModelEvidence.Where(e => e.Id == evidence.Id).Select(e => new { e.Size, e.Sha256 }).SingleAsync());
        var content = await File.ReadAllBytesAsync(await app.WithDbAsync(db => Task.FromResult(db.Files.PathOf(stored.Sha256))));
        content.AsSpan().IndexOf("Exif"u8).ShouldBe(-1);
        content.ShouldBe(Jpeg);
        stored.Size.ShouldBe(Jpeg.Length);
        stored.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Jpeg)));
        evidence.Size.ShouldBe(Jpeg.Length);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_random_query_string_does_not_get_past_the_public_output_cache(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var xa001 = await app.UnitIdAsync("XA001");
        using var owner = await app.ClientForAsync("thidua.xa001");
        using var province = await app.ClientForAsync("bandanvan");
        using var anonymous = app.CreateClient();
        var id = await NewModelAsync(owner, xa001, "Mô hình có ảnh công khai", ModelLevel.Grassroots);
        var photo = await (await UploadAsync(owner, id, Jpeg, "anh.jpg", "image/jpeg")).ReadAsync<EvidenceDto>();
        await ProposeAsync(owner, id);
        await (await province.PostJsonAsync($"/api/v1/models/{id}/transitions", new { action = "Recognise", decisionId = await app.DecisionIdAsync() })).ReadAsync<ModelDto>();
        await (await province.PostJsonAsync($"/api/v1/models/{id}/publish", new { published = true })).ReadAsync<ModelDto>();

        using var counter = new SqlCommandCounter(app);
        foreach (var url in new[]
                 {
                     $"/api/v1/public/models/{id}/photos/{photo.Id}", $"/api/v1/public/models/{id}", $"/Public/Models/Details/{id}",
                     "/api/v1/public/models", "/Public/Models",
                 })
        {
            using (var first = await anonymous.GetAsync($"{url}?x={Guid.NewGuid():N}"))
            {
                first.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            }

            HttpResponseMessage? second = null;
            var commands = await counter.DuringAsync(async () => second = await anonymous.GetAsync($"{url}?x={Guid.NewGuid():N}&utm_source={Guid.NewGuid():N}"));
            using (second)
            {
                second!.StatusCode.ShouldBe(HttpStatusCode.OK, url);
                commands.ShouldBeEmpty($"{url} with another random query string ran SQL instead of coming from the cache");
                second.Headers.Age.ShouldNotBeNull(url);
            }
        }

        // The list still varies on what it is asked: a search is not answered with the unfiltered page.
        var all = await (await anonymous.GetAsync("/api/v1/public/models?x=1")).ReadAsync<Page<PublicModelItem>>();
        var none = await (await anonymous.GetAsync("/api/v1/public/models?q=khong%20co%20mo%20hinh%20nao%20ten%20nhu%20vay")).ReadAsync<Page<PublicModelItem>>();
        all.Items.ShouldNotBeEmpty();
        none.Items.ShouldBeEmpty();
    }

    private static async Task<Guid> ModelReadyForAsync(TestApp app, HttpClient owner, HttpClient province, Guid unitId, Act act, ModelLevel level, int year)
    {
        var id = await NewModelAsync(owner, unitId, $"Mô hình {act} {level} {Guid.NewGuid():N}", level);
        await ProposeAsync(owner, id);
        if (act is Act.Recognise or Act.Reject)
        {
            return id;
        }

        await (await province.PostJsonAsync($"/api/v1/models/{id}/transitions", new { action = "Recognise", level = level.ToString(), decisionId = await app.DecisionIdAsync() }))
            .ReadAsync<ModelDto>();
        if (act == Act.Reconfirm)
        {
            await app.WithDbAsync(db => db.DvkModels.Where(m => m.Id == id).ExecuteUpdateAsync(u => u.SetProperty(m => m.ConfirmedYear, year - 1)));
        }
        else if (act == Act.Unpublish)
        {
            await (await province.PostJsonAsync($"/api/v1/models/{id}/publish", new { published = true })).ReadAsync<ModelDto>();
        }

        return id;
    }

    private static Task<HttpResponseMessage> DoAsync(HttpClient reviewer, Guid id, Act act, Guid decisionId) => act switch
    {
        Act.Publish => reviewer.PostJsonAsync($"/api/v1/models/{id}/publish", new { published = true }),
        Act.Unpublish => reviewer.PostJsonAsync($"/api/v1/models/{id}/publish", new { published = false, reason = "Nội dung cần cập nhật" }),
        _ => reviewer.PostJsonAsync($"/api/v1/models/{id}/transitions", new { action = act.ToString(), note = "Lý do thẩm định", decisionId }),
    };

    private static Task<string> SnapshotAsync(TestApp app, Guid id) => app.WithDbAsync(async db =>
    {
        var m = await db.DvkModels.AsNoTracking().SingleAsync(x => x.Id == id);
        var events = await db.ModelEvents.CountAsync(e => e.ModelId == id);
        return $"{m.Status}|{m.Level}|{m.IsPublished}|{m.PublishedAt:O}|{m.ConfirmedYear}|{m.RecognisedYear}|{m.RecognitionDocumentId}|{events}";
    });

    private static async Task<Guid> NewModelAsync(HttpClient owner, Guid unitId, string name, ModelLevel level) =>
        (await (await owner.PostJsonAsync("/api/v1/models", new { name, field = "Economy", unitId, level = level.ToString() }))
            .ReadAsync<ModelDto>(HttpStatusCode.Created)).Id;

    private static async Task ProposeAsync(HttpClient owner, Guid id)
    {
        foreach (var action in new[] { "Register", "StartImplementing", "Propose" })
        {
            await (await owner.PostJsonAsync($"/api/v1/models/{id}/transitions", new { action })).ReadAsync<ModelDto>();
        }
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid model, byte[] bytes, string name, string type)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(content, "file", name);
        return await client.PostAsync($"/api/v1/models/{model}/evidence", form);
    }
}
