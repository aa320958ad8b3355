using System.Text.RegularExpressions;
using DanVan.E2E.Infrastructure;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DanVan.E2E;

/// <summary>A commune registers a model and takes it to a proposal; the reviewer recognises it; another unit replicates it; coverage shows it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ModelLifecycleTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task A_communes_model_is_recognised_replicated_and_counted_in_coverage()
    {
        var app = fixture.App;
        var xa001 = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "XA001").Select(u => u.Id).SingleAsync());
        var stp = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "STP").Select(u => u.Id).SingleAsync());
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
        foreach (var (action, status) in new[] { ("Register", "Đã đăng ký"), ("StartImplementing", "Đang triển khai"), ("Propose", "Đề nghị công nhận") })
        {
            await page.Locator($"#action-{action}").ClickAsync();
            await Assertions.Expect(page.Locator("#model-status")).ToHaveTextAsync(status);
        }

        await Screenshots.SaveAsync(page, "70-model-proposed");
        var modelUrl = page.Url;
        await Ui.LogoutAsync(page);

        await Ui.LoginAsync(page, "bandanvan", TestApp.DemoPassword);
        await page.GotoAsync(modelUrl);
        await page.Locator("#level-Recognise").SelectOptionAsync("Provincial");
        await page.Locator("#action-Recognise").ClickAsync();
        await Assertions.Expect(page.Locator("#model-status")).ToHaveTextAsync("Đã công nhận");
        await Assertions.Expect(page.Locator("#model-history")).ToContainTextAsync("bandanvan");
        await Assertions.Expect(page.Locator("#model-edit")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "71-model-recognised");
        await Ui.LogoutAsync(page);

        await Ui.LoginAsync(page, "thidua.stp", TestApp.DemoPassword);
        await page.GotoAsync(modelUrl);
        await page.Locator("#model-replicate").ClickAsync();
        await Assertions.Expect(page.Locator("#model-origin")).ToContainTextAsync("Loa phát thanh");
        await page.Locator("#model-name").FillAsync("Loa phát thanh pháp luật Sở Tư pháp");
        await page.Locator("#model-unit").SelectOptionAsync(stp.ToString());
        await page.Locator("#model-save").ClickAsync();
        await Assertions.Expect(page.Locator("#model-lineage")).ToContainTextAsync("Loa phát thanh kết nối Nhân dân xã Ba Hải");
        await Screenshots.SaveAsync(page, "72-model-replicated");
        await page.GotoAsync("/Models?sort=spread&q=loa%20phat%20thanh");
        await Assertions.Expect(page.Locator("#models-grid")).ToContainTextAsync("Loa phát thanh kết nối Nhân dân xã Ba Hải");
        await Screenshots.SaveAsync(page, "73-model-library");
        await Ui.LogoutAsync(page);

        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);
        await page.GotoAsync("/Movements?status=Launched");
        await page.Locator("#movements-table a").First.ClickAsync();
        await page.Locator("#coverage-link").ClickAsync();
        await Assertions.Expect(page.Locator("#units-without-model")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#units-without-model [data-unit='XA001']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#coverage-table tr[data-unit='XA001']")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Models/Coverage/"));
        await Screenshots.SaveAsync(page, "74-model-coverage");
        session.Probe.ShouldBeClean();
    }
}
