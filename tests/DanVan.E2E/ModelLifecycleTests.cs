using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.E2E.Infrastructure;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DanVan.E2E;

/// <summary>
/// A commune registers a model, reports progress with a photo and proposes it; the reviewer scores it and recognises it
/// in a batch under a decision, then publishes it; another commune replicates it; coverage and the public page show it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ModelLifecycleTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task A_communes_model_reports_progress_is_scored_recognised_published_replicated_and_counted()
    {
        var app = fixture.App;
        var xa001 = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "XA001").Select(u => u.Id).SingleAsync());
        var ward = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "PHUONG01").Select(u => u.Id).SingleAsync());
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await Ui.LoginAsync(page, "thidua.xa001", TestApp.DemoPassword);
        await page.GotoAsync("/Models/Edit");
        await page.Locator("#model-name").FillAsync("Loa phát thanh kết nối Nhân dân xã Ba Hải");
        await page.Locator("#model-field").SelectOptionAsync("PoliticalSystem");
        await page.Locator("#model-unit").SelectOptionAsync(xa001.ToString());
        await page.Locator("#model-save").ClickAsync();
        await Assertions.Expect(page.Locator("#model-status")).ToHaveTextAsync("Dự thảo");
        foreach (var (action, status) in new[] { ("Register", "Đã đăng ký"), ("StartImplementing", "Đang triển khai") })
        {
            await page.Locator($"#action-{action}").ClickAsync();
            await Assertions.Expect(page.Locator("#model-status")).ToHaveTextAsync(status);
        }

        // Progress with a photo: a bad value is refused in Vietnamese, nothing saved; then the real report.
        await page.Locator("#progress-narrative").FillAsync("Lắp 12 cụm loa tại 6 thôn; tổ chức 4 buổi đối thoại với Nhân dân.");
        await page.Locator("#indicator-households").FillAsync("-5");
        await page.Locator("#indicator-households").EvaluateAsync("e => e.removeAttribute('min')");
        await page.Locator("#progress-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("không âm");
        await Assertions.Expect(page.Locator("#progress-empty")).ToBeVisibleAsync();
        await page.Locator("#indicator-households").FillAsync("420");
        await page.Locator("#indicator-complaints_resolved").FillAsync("17");
        await page.Locator("#progress-photo").SetInputFilesAsync(new FilePayload { Name = "loa-thon-3.png", MimeType = "image/png", Buffer = DanVan.Features.Demo.DemoPhotos.Png(480, 300) });
        await page.Locator("#progress-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#progress-list")).ToContainTextAsync("Lắp 12 cụm loa");
        await Assertions.Expect(page.Locator("#progress-list")).ToContainTextAsync("420");
        await Assertions.Expect(page.Locator("#progress-list img")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#chart-households")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#evidence-list")).ToContainTextAsync("loa-thon-3.png");
        await Screenshots.SaveAsync(page, "70-model-progress");
        await page.Locator("#action-Propose").ClickAsync();
        await Assertions.Expect(page.Locator("#model-status")).ToHaveTextAsync("Đề nghị công nhận");
        var modelUrl = page.Url;
        var modelId = modelUrl[(modelUrl.LastIndexOf('/') + 1)..];
        await Ui.LogoutAsync(page);

        // The reviewing body scores it (out of range refused), then recognises it with others in one decision.
        await Ui.LoginAsync(page, "bandanvan", TestApp.DemoPassword);
        await page.GotoAsync(modelUrl);
        await Assertions.Expect(page.Locator("#model-edit")).ToHaveCountAsync(0);
        // The form asks the province's rubric in force: the default four qualities, each 1–10, with guidance under each box.
        await Assertions.Expect(page.Locator("#review-form label[for='score-truthful']")).ToHaveTextAsync("Trung thực (1–10)");
        await Assertions.Expect(page.Locator("#score-truthful-help")).ToContainTextAsync("minh chứng");
        foreach (var (code, score) in new[] { ("truthful", "9"), ("effective", "8"), ("sustainable", "8"), ("replicable", "11") })
        {
            await page.Locator($"#score-{code}").FillAsync(score);
        }

        await page.Locator("#score-replicable").EvaluateAsync("e => e.removeAttribute('max')");
        await page.Locator("#review-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("Điểm tiêu chí “Khả năng nhân rộng” phải từ 1 đến 10.");
        await page.Locator("#score-replicable").FillAsync("9");
        await page.Locator("#review-comments").FillAsync("Cách làm đơn giản, ít tốn kém, dễ nhân rộng.");
        await page.Locator("#review-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#reviews-average")).ToHaveTextAsync("34");
        await Assertions.Expect(page.Locator("#reviews-list")).ToContainTextAsync("34 / 40");
        await Screenshots.SaveAsync(page, "71-model-scored");

        // The rubric page: the version in force and its history; the province's body publishes a later version (a citation is required).
        await page.GotoAsync("/Models/Rubric");
        await Assertions.Expect(page.Locator("#rubric-criteria li")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#rubric-max")).ToHaveTextAsync("40");
        await Assertions.Expect(page.Locator("#rubric-criteria li[data-code='truthful']")).ToContainTextAsync("Trung thực — từ 1 đến 10 điểm");
        await Assertions.Expect(page.Locator("#rubric-criteria li[data-code='truthful'] div")).ToHaveTextAsync("Mô hình có thật, kết quả đúng như báo cáo, có minh chứng.");
        await page.Locator("#rubric-effective").FillAsync(DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#c-3-max").FillAsync("20");
        await page.Locator("#c-4-code").FillAsync("ung-dung-so");
        await page.Locator("#c-4-name").FillAsync("Ứng dụng chuyển đổi số");
        await page.Locator("#c-4-max").FillAsync("5");
        await page.Locator("#rubric-citation").EvaluateAsync("e => e.removeAttribute('required')");
        await page.Locator("#rubric-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("Vui lòng ghi căn cứ");
        await Assertions.Expect(page.Locator("#c-4-name")).ToHaveValueAsync("Ứng dụng chuyển đổi số"); // the input is kept
        await page.Locator("#rubric-citation").FillAsync("Hướng dẫn số 12-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về công nhận mô hình “Dân vận khéo”");
        var cited = await page.Locator("#rubric-document option").Nth(1).TextContentAsync(); // the register's newest citable document
        await page.Locator("#rubric-document").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#rubric-submit").ClickAsync();
        var citedNumber = cited!.Split(" số ")[1].Split(' ')[0];
        await Assertions.Expect(page.Locator("#rubric-versions li[data-version='2']")).ToContainTextAsync($"văn bản số {citedNumber} trong sổ văn bản");
        await Assertions.Expect(page.Locator("#rubric-versions li[data-version='2']")).ToContainTextAsync("chưa đến ngày áp dụng");
        await Assertions.Expect(page.Locator("#rubric-versions li[data-version='2']")).ToContainTextAsync("5 tiêu chí, tối đa 55 điểm");
        await Assertions.Expect(page.Locator("#rubric-max")).ToHaveTextAsync("40"); // version 1 stays in force until then
        await Screenshots.SaveAsync(page, "78-model-rubric");

        await page.GotoAsync("/Models");
        await page.Locator("#recognition-link").ClickAsync();
        await page.Locator("#queue-q").FillAsync("loa phat thanh ba hai");
        await page.Locator("#queue-search").ClickAsync();
        await Assertions.Expect(page.Locator($"#queue tr[data-model-id='{modelId}']")).ToContainTextAsync("34");
        await page.Locator($"#r-{modelId}").CheckAsync();
        await page.Locator("#decision").EvaluateAsync("e => e.removeAttribute('required')");
        await page.Locator("#recognition-submit").ClickAsync(); // no decision chosen: refused
        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("quyết định");
        // The demo's recognition decision of this year (the register offers the newest first; the demo also holds last year's ranking decision).
        var recognition = await page.Locator("#decision option", new() { HasTextString = "1520/QĐ-UBND" }).GetAttributeAsync("value");
        await page.Locator("#decision").SelectOptionAsync(recognition!);
        await page.Locator("#level").SelectOptionAsync("Provincial");
        await Screenshots.SaveAsync(page, "72-model-batch-recognition");
        await page.Locator("#recognition-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#queue tr[data-model-id='" + modelId + "']")).ToHaveCountAsync(0);
        await page.GotoAsync(modelUrl);
        await Assertions.Expect(page.Locator("#model-status")).ToHaveTextAsync("Đã công nhận");
        await Assertions.Expect(page.Locator("#model-decision")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#model-history")).ToContainTextAsync("bandanvan");
        await page.Locator("#model-publish").ClickAsync();
        await Assertions.Expect(page.Locator("#model-published")).ToContainTextAsync("Đã công bố");
        await Screenshots.SaveAsync(page, "73-model-recognised");
        await Ui.LogoutAsync(page);

        await Ui.LoginAsync(page, "thidua.phuong01", TestApp.DemoPassword);
        await page.GotoAsync(modelUrl);
        await page.Locator("#model-replicate").ClickAsync();
        await Assertions.Expect(page.Locator("#model-origin")).ToContainTextAsync("Loa phát thanh");
        await page.Locator("#model-name").FillAsync("Loa phát thanh kết nối Nhân dân phường");
        await page.Locator("#model-unit").SelectOptionAsync(ward.ToString());
        await page.Locator("#model-save").ClickAsync();
        await Assertions.Expect(page.Locator("#model-lineage")).ToContainTextAsync("Loa phát thanh kết nối Nhân dân xã Ba Hải");
        await Screenshots.SaveAsync(page, "74-model-replicated");
        await page.GotoAsync("/Models?sort=spread&q=loa%20phat%20thanh");
        await Assertions.Expect(page.Locator("#models-grid")).ToContainTextAsync("Loa phát thanh kết nối Nhân dân xã Ba Hải");
        await Assertions.Expect(page.Locator($"#models-grid [data-model-id='{modelId}'] img")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "75-model-library");
        await Ui.LogoutAsync(page);

        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);
        await page.GotoAsync("/Movements?status=Launched");
        await page.Locator("#movements-table a").First.ClickAsync();
        await page.Locator("#coverage-link").ClickAsync();
        await Assertions.Expect(page.Locator("#units-without-model")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#units-without-model [data-unit='XA001']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#coverage-table tr[data-unit='XA001']")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Models/Coverage/"));
        await Screenshots.SaveAsync(page, "76-model-coverage");
        await Ui.LogoutAsync(page);

        // The public, without signing in: the published model with its photo.
        await page.GotoAsync("/Public/Models?q=loa%20phat%20thanh%20ba%20hai");
        await Assertions.Expect(page.Locator($"#public-models [data-model-id='{modelId}'] img")).ToBeVisibleAsync();
        await page.Locator($"#public-models [data-model-id='{modelId}'] a").ClickAsync();
        await Assertions.Expect(page.Locator("#public-name")).ToHaveTextAsync("Loa phát thanh kết nối Nhân dân xã Ba Hải");
        await Assertions.Expect(page.Locator("img[alt^='Ảnh mô hình']")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "77-model-public");
        session.Probe.ShouldBeClean();
    }
}
