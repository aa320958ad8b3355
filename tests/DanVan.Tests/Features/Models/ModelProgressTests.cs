using System.Net;
using System.Net.Http.Headers;
using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Features.Models;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Models;

/// <summary>Progress with indicators and photos, the reviewers' scores, and a batch recognised by one decision.</summary>
public sealed class ModelProgressTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Progress_evidence_scores_and_a_recognition_decision(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var xa001 = await app.UnitIdAsync("XA001");
        using var commune = await app.ClientForAsync("thidua.xa001");
        using var reviewer = await app.ClientForAsync("bandanvan");
        var a = await NewModelAsync(commune, xa001, "Tổ tự quản an ninh trật tự khu dân cư");
        var b = await NewModelAsync(commune, xa001, "Dân vận khéo trong hiến đất làm đường giao thông nông thôn");

        var timeline = await (await commune.PostJsonAsync($"/api/v1/models/{a}/progress", new
        {
            reportedOn = "2026-05-01", narrative = "Thành lập 12 tổ tự quản; 340 hộ tham gia.",
            indicators = new Dictionary<string, decimal> { ["households"] = 340, ["participants"] = 1200 },
        })).ReadAsync<ModelTimeline>();
        timeline.Reports.ShouldHaveSingleItem().Indicators["households"].ShouldBe(340);
        (await (await commune.PostJsonAsync($"/api/v1/models/{a}/progress", new
        {
            reportedOn = "2026-06-01", narrative = "x", indicators = new Dictionary<string, decimal> { ["khong_co"] = 1 },
        })).ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe("Chỉ tiêu “khong_co” không có trong danh mục.");
        (await (await commune.PostJsonAsync($"/api/v1/models/{a}/progress", new
        {
            reportedOn = "2026-06-01", narrative = "x", indicators = new Dictionary<string, decimal> { ["households"] = -5 },
        })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("model.indicator_value");

        // Evidence: a real PNG is kept and served only as a download; a "photo" that is HTML is refused.
        var photo = await (await UploadAsync(commune, a, Png, "anh.png", "image/png", timeline.Reports[0].Id)).ReadAsync<EvidenceDto>();
        photo.ContentType.ShouldBe("image/png");
        (await (await UploadAsync(commune, a, "<svg onload=alert(1)>"u8.ToArray(), "anh.png", "image/png", null)).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail!.ShouldContain("kiểm tra theo nội dung tệp");
        using (var download = await reviewer.GetAsync($"/api/v1/models/{a}/evidence/{photo.Id}"))
        {
            download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
            (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Png);
        }

        // Scores only for proposed models, 1–10, by the reviewing body.
        await (await reviewer.PostJsonAsync($"/api/v1/models/{a}/reviews", Scores(8))).ProblemAsync(HttpStatusCode.Conflict);
        foreach (var id in new[] { a, b })
        {
            await (await commune.PostJsonAsync($"/api/v1/models/{id}/transitions", new { action = "Propose" })).ReadAsync<ModelDto>();
        }

        await (await commune.PostJsonAsync($"/api/v1/models/{a}/reviews", Scores(10))).ProblemAsync(HttpStatusCode.Forbidden);
        (await (await reviewer.PostJsonAsync($"/api/v1/models/{a}/reviews", Scores(11))).ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe("Điểm tiêu chí “Trung thực” phải từ 1 đến 10.");
        var reviewed = await (await reviewer.PostJsonAsync($"/api/v1/models/{a}/reviews", Scores(8))).ReadAsync<ModelTimeline>();
        reviewed.Reviews.ShouldHaveSingleItem().Total.ShouldBe(32);

        // Scoring again replaces the reviewer's current score; the first one stays in the history.
        reviewed = await (await reviewer.PostJsonAsync($"/api/v1/models/{a}/reviews", Scores(9))).ReadAsync<ModelTimeline>();
        reviewed.Reviews.ShouldHaveSingleItem().Total.ShouldBe(36);
        reviewed.ReviewHistory.Select(r => (r.Total, r.IsCurrent)).ShouldBe([(32, false), (36, true)]);
        reviewed.MaxTotal.ShouldBe(40);

        // The reviewing body's desk lists both proposals with their scores; the commune reviews nothing.
        var queue = await (await reviewer.GetAsync("/api/v1/models/recognition-queue?q=dan%20van%20kheo%20hien%20dat")).ReadAsync<RecognitionQueue.Queue>();
        queue.Items.Select(i => i.Id).ShouldContain(b);
        queue.Items.Select(i => i.Id).ShouldNotContain(a);
        queue = await (await reviewer.GetAsync("/api/v1/models/recognition-queue")).ReadAsync<RecognitionQueue.Queue>();
        var desk = queue.Items.Where(i => i.Id == a || i.Id == b).ToDictionary(i => i.Id);
        (desk[a].Reviews, desk[a].AverageTotal, desk[a].AverageMax, desk[b].Reviews, desk[b].AverageTotal).ShouldBe((1, 36d, 40d, 0, (double?)null));
        (await (await commune.GetAsync("/api/v1/models/recognition-queue")).ReadAsync<RecognitionQueue.Queue>()).Items.ShouldBeEmpty();

        // One decision: a recognised, b not. A bad list changes nothing.
        using var officer = await app.ClientForAsync("tdkt.snv");
        var ubnd = await app.UnitIdAsync("UBND");
        var decision = await (await officer.PostJsonAsync("/api/v1/documents", new
        {
            number = "88/QĐ-UBND", type = "Decision", issuerUnitId = ubnd, issueDate = "2026-11-20", title = "Công nhận mô hình “Dân vận khéo” năm 2026",
        })).ReadAsync<DocumentDto>(HttpStatusCode.Created);
        // A commune's own council (a reviewer role assigned at the commune) reviews its models, but recognises at grassroots level only.
        await app.CreateUserAsync("hoidong.xa001", Role.MobilizationReviewer, xa001);
        using var council = await app.ClientForAsync("hoidong.xa001");
        (await (await council.GetAsync("/api/v1/models/recognition-queue")).ReadAsync<RecognitionQueue.Queue>()).Items.Select(i => i.Id).ShouldBe([a, b], ignoreOrder: true);
        (await (await council.PostJsonAsync("/api/v1/models/recognitions", new { decisionId = decision.Id, level = "Provincial", recognisedIds = new[] { a } }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("model.level_reserved");
        (await (await council.PostJsonAsync($"/api/v1/models/{a}/transitions", new { action = "Recognise", level = "Provincial", decisionId = decision.Id }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("model.level_reserved");
        await (await reviewer.PostJsonAsync("/api/v1/models/recognitions", new { decisionId = decision.Id, level = "Grassroots", recognisedIds = new[] { a, b }, rejectedIds = new[] { b } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var draft = await NewModelAsync(commune, xa001, "Mô hình còn dự thảo", register: false);
        await (await reviewer.PostJsonAsync("/api/v1/models/recognitions", new { decisionId = decision.Id, level = "Grassroots", recognisedIds = new[] { a, draft } }))
            .ProblemAsync(HttpStatusCode.Conflict);
        (await app.WithDbAsync(db => db.DvkModels.Where(m => m.Id == a).Select(m => m.Status).SingleAsync())).ShouldBe(ModelStatus.Proposed);
        (await (await reviewer.PostJsonAsync("/api/v1/models/recognitions", new { decisionId = decision.Id, level = "Grassroots", recognisedIds = new[] { a }, rejectedIds = new[] { b } }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("model.reason"); // a model not recognised is told why
        (await (await reviewer.PostJsonAsync("/api/v1/models/recognitions", new
            {
                decisionId = decision.Id, level = "Grassroots", recognisedIds = new[] { a }, rejectedIds = new[] { b }, reason = "Chưa có kết quả đo đếm được",
            }))
            .ReadAsync<int>()).ShouldBe(2);
        var recognised = await (await commune.GetAsync($"/api/v1/models/{a}")).ReadAsync<ModelDto>();
        recognised.Status.ShouldBe(ModelStatus.Recognised);
        recognised.RecognitionNumber.ShouldBe("88/QĐ-UBND");
        var notRecognised = await (await commune.GetAsync($"/api/v1/models/{b}")).ReadAsync<ModelDto>();
        notRecognised.Status.ShouldBe(ModelStatus.NotRecognised);
        notRecognised.History[^1].Note.ShouldBe("Chưa có kết quả đo đếm được");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_model_page_saves_a_report_and_its_photo_together_or_not_at_all(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var xa001 = await app.UnitIdAsync("XA001");
        using var api = await app.ClientForAsync("thidua.xa001");
        var id = await NewModelAsync(api, xa001, "Đối thoại với Nhân dân mỗi tháng một lần");
        using var page = await app.SignedInAsync("thidua.xa001");
        var url = $"/Models/Details/{id}";

        async Task<HttpResponseMessage> ReportAsync(string households, byte[]? photo)
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent(await CookieSession.FormTokenAsync(page, url)), "__RequestVerificationToken" },
                { new StringContent("2026-05-10"), "progress.ReportedOn" },
                { new StringContent("Tổ chức 3 buổi đối thoại, giải quyết 9 kiến nghị."), "progress.Narrative" },
                { new StringContent(households), "progress.Values[households]" },
            };
            if (photo is not null)
            {
                var file = new ByteArrayContent(photo);
                file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
                form.Add(file, "photo", "anh.png");
            }

            return await page.PostAsync(url + "?handler=Progress", form);
        }

        async Task<(int Reports, int Files)> CountAsync() => await app.WithDbAsync(async db =>
            (await db.ModelProgress.CountAsync(p => p.ModelId == id), await db.ModelEvidence.CountAsync(e => e.ModelId == id)));

        // A "photo" that is really HTML: the report is refused with the file, nothing saved.
        using (var refused = await ReportAsync("120", "<html><script>alert(1)</script></html>"u8.ToArray()))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("kiểm tra theo nội dung tệp");
        }

        (await CountAsync()).ShouldBe((0, 0));
        using (var bad = await ReportAsync("mười", Png))
        {
            WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()).ShouldContain("phải là số không âm");
        }

        (await CountAsync()).ShouldBe((0, 0));
        using (var saved = await ReportAsync("120", Png))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await CountAsync()).ShouldBe((1, 1));
        var timeline = await (await api.GetAsync($"/api/v1/models/{id}/timeline")).ReadAsync<ModelTimeline>();
        var report = timeline.Reports.ShouldHaveSingleItem();
        (report.Indicators["households"], report.Evidence.ShouldHaveSingleItem().FileName).ShouldBe((120m, "anh.png"));
    }

    private static object Scores(int score) => new { scores = new { truthful = score, effective = score, sustainable = score, replicable = score }, comments = "Hiệu quả rõ" };

    private static async Task<Guid> NewModelAsync(HttpClient client, Guid unit, string name, bool register = true)
    {
        var model = await (await client.PostJsonAsync("/api/v1/models", new { name, field = "DefenceSecurity", unitId = unit })).ReadAsync<ModelDto>(HttpStatusCode.Created);
        if (register)
        {
            await (await client.PostJsonAsync($"/api/v1/models/{model.Id}/transitions", new { action = "Register" })).ReadAsync<ModelDto>();
            await (await client.PostJsonAsync($"/api/v1/models/{model.Id}/transitions", new { action = "StartImplementing" })).ReadAsync<ModelDto>();
        }

        return model.Id;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid model, byte[] bytes, string name, string type, Guid? progressId)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(content, "file", name);
        return await client.PostAsync($"/api/v1/models/{model}/evidence{(progressId is null ? "" : $"?progressId={progressId}")}", form);
    }
}
