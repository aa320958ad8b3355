using DanVan.E2E.Infrastructure;
using DanVan.Features.Nominations;
using DanVan.Features.People;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DanVan.E2E;

/// <summary>
/// Issue 14 in the browser: a commune officer starts from "who qualifies", proposes two people and the commune itself,
/// writes the reports, attaches the council minutes and sends the dossier; Sở Nội vụ returns one nominee with a reason;
/// the commune sees the reason in place and on its work list, fixes it, sees what changed and sends it again; Sở Nội vụ
/// accepts it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NominationFlowTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Hoa = "Nguyễn Thị Hoa Đề Xuất";
    private const string Binh = "Trần Văn Bình Đề Xuất";
    private const string Commune = "UBND xã Ba Hải";
    private const string Reason = "Chưa có bản đánh giá, xếp loại năm 2025 của bà Hoa; đề nghị bổ sung vào báo cáo.";

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    [BrowserFact]
    public async Task A_commune_proposes_from_who_qualifies_is_returned_one_nominee_fixes_it_and_is_accepted()
    {
        var app = fixture.App;
        // A round of this year still open for units (the demo's 2025 round is past its deadline), offering the Bằng khen; two people of XA001.
        var (roundId, kindId, xa001) = await app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == "XA001");
            var kind = await db.AwardKinds.SingleAsync(k => k.TenantId == unit.TenantId && k.Code == "bang-khen-chu-tich-tinh");
            var today = VnTime.Today(db.Time);
            var round = NominationRound.Create(unit.TenantId, today.Year, $"Xét khen thưởng tổng kết năm {today.Year}", RoundKind.Annual, today,
                new ResolvedDeadline(today.AddDays(10), null, false), new ResolvedDeadline(today.AddDays(25), null, false), [(kind.Id, null)]).Value!;
            db.NominationRounds.Add(round);
            foreach (var name in new[] { Hoa, Binh })
            {
                db.People.Add(Person.Create(unit.TenantId, unit.Id, new PersonDetails(name, name == Hoa ? Gender.Female : Gender.Male, 1984, "Chuyên viên",
                    StaffCategory.CivilServant, "Kinh", true)));
            }

            await db.SaveChangesAsync();
            return (round.Id, kind.Id, unit.Id);
        });
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;

        // Who qualifies: Hoa cannot be told yet (no rating), so she may be proposed; "Đề nghị" creates the commune's dossier first.
        await Ui.LoginAsync(page, "thidua.xa001", TestApp.DemoPassword);
        await page.GotoAsync($"/Eligibility/Qualifies?awardKindId={kindId}&subject=Individual&unitId={xa001}&q={Uri.EscapeDataString("nguyen thi hoa de xuat")}");
        var row = page.Locator("#qualifies tbody tr").Filter(new() { HasText = Hoa });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "88-nomination-who-qualifies");
        await SubmitAsync(page, row.Locator("[data-propose]"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Hồ sơ đề nghị khen thưởng — {Commune}");
        await Assertions.Expect(page.Locator("main > .alert-success[role=status]")).ToHaveTextAsync("Đã lập hồ sơ đề nghị khen thưởng.");
        await Assertions.Expect(page.Locator("#PersonId option:checked")).ToHaveTextAsync(Hoa); // pre-selected from the row
        await SubmitAsync(page, page.Locator("#add"));
        await Assertions.Expect(page.Locator("main > .alert-success[role=status]")).ToContainTextAsync("Đã thêm vào hồ sơ");
        var dossierUrl = page.Url;

        // Bình from who qualifies again, now a link straight into the dossier; the commune itself from the dossier's own form.
        await page.GotoAsync($"/Eligibility/Qualifies?awardKindId={kindId}&subject=Individual&unitId={xa001}&q={Uri.EscapeDataString("tran van binh de xuat")}");
        await page.Locator("#qualifies tbody tr").Filter(new() { HasText = Binh }).Locator("a[data-propose]").ClickAsync();
        await Assertions.Expect(page.Locator("#PersonId option:checked")).ToHaveTextAsync(Binh);
        await SubmitAsync(page, page.Locator("#add"));
        await Assertions.Expect(page.Locator("main > .alert-success[role=status]")).ToContainTextAsync("Đã thêm vào hồ sơ");
        await page.Locator("#PersonId").SelectOptionAsync("");
        await page.Locator("#UnitId").SelectOptionAsync(new SelectOptionValue { Label = Commune });
        await SubmitAsync(page, page.Locator("#add"));
        await Assertions.Expect(page.Locator("#nominees-heading")).ToHaveTextAsync("Cá nhân, tập thể được đề nghị (3)");

        // Sending an incomplete dossier is refused naming what is missing; each report, then the council minutes.
        await SubmitAsync(page, page.Locator("#submit"));
        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("Hồ sơ chưa đủ thành phần");
        foreach (var name in new[] { Hoa, Binh, Commune })
        {
            var card = page.Locator("article.nominee").Filter(new() { Has = page.Locator("h3", new() { HasText = name }) });
            await card.Locator("textarea.narrative").FillAsync($"{name} hoàn thành xuất sắc nhiệm vụ, đi đầu phong trào “Dân vận khéo”.");
            await SubmitAsync(page, card.GetByRole(AriaRole.Button, new() { Name = "Lưu báo cáo" }));
            await Assertions.Expect(page.Locator("main > .alert-success[role=status]")).ToHaveTextAsync("Đã lưu báo cáo thành tích.");
        }

        await page.Locator("#Document").SelectOptionAsync("CouncilMinutes");
        await page.Locator("#Upload").SetInputFilesAsync(new FilePayload { Name = "bien-ban-hoi-dong.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await SubmitAsync(page, page.Locator("#attach button[type=submit]"));
        await Assertions.Expect(page.Locator("main > .alert-success[role=status]")).ToHaveTextAsync("Đã đính kèm tệp.");
        await Assertions.Expect(page.Locator("#complete")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "89-nomination-dossier-complete");
        await SubmitAsync(page, page.Locator("#submit"));
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Đã gửi, chờ xử lý");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Tờ trình số");
        await Ui.LogoutAsync(page);

        // Sở Nội vụ: the dossier waits on its work list; it returns Hoa with a reason.
        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);
        await Assertions.Expect(await WorkItemAsync(page, $"/Nominations/Round/{roundId}?status=Submitted")).ToContainTextAsync("Xét 1 hồ sơ");
        await page.GotoAsync(dossierUrl);
        await page.Locator("#item-0-nominee").SelectOptionAsync(new SelectOptionValue { Label = Hoa });
        await page.Locator("#item-0-req").SelectOptionAsync("Rule:PersonRating");
        await page.Locator("#item-0-reason").FillAsync(Reason);
        await Screenshots.SaveAsync(page, "90-nomination-return-form");
        await SubmitAsync(page, page.Locator("#send-back"));
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Bị trả lại");
        await Ui.LogoutAsync(page);

        // The commune: the reason on its work list and in place, on Hoa's card; it fixes the report and sees what changed.
        await Ui.LoginAsync(page, "thidua.xa001", TestApp.DemoPassword);
        var item = await WorkItemAsync(page, new Uri(dossierUrl).AbsolutePath);
        await Assertions.Expect(item).ToContainTextAsync("Bổ sung hồ sơ đề nghị khen thưởng bị trả lại");
        await Assertions.Expect(item).ToContainTextAsync($"{Hoa}: {Reason}");
        await Screenshots.SaveAsync(page, "91-nomination-work-list");
        await item.Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("#return-notice")).ToContainTextAsync(Reason);
        var hoa = page.Locator("article.nominee").Filter(new() { Has = page.Locator("h3", new() { HasText = Hoa }) });
        await Assertions.Expect(hoa.Locator(".return-item")).ToContainTextAsync(Reason);
        await Screenshots.SaveAsync(page, "92-nomination-returned");
        await hoa.Locator("textarea.narrative").FillAsync("Hoàn thành xuất sắc nhiệm vụ; năm 2025 được đánh giá, xếp loại Hoàn thành xuất sắc nhiệm vụ (bản đánh giá kèm theo).");
        await SubmitAsync(page, hoa.GetByRole(AriaRole.Button, new() { Name = "Lưu báo cáo" }));
        await Assertions.Expect(page.Locator("#changes")).ToContainTextAsync("Báo cáo thành tích");
        await Assertions.Expect(page.Locator("#changes")).ToContainTextAsync("bản đánh giá kèm theo");
        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await Screenshots.SaveAsync(page, "93-nomination-changes-phone", maxHeight: 1200);
        await page.SetViewportSizeAsync(1280, 900);
        await SubmitAsync(page, page.Locator("#submit"));
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Đã gửi, chờ xử lý");
        await Ui.LogoutAsync(page);

        // Sở Nội vụ sees what changed since the first submission and accepts.
        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);
        await page.GotoAsync(dossierUrl);
        await Assertions.Expect(page.Locator("#changes")).ToContainTextAsync("bản đánh giá kèm theo");
        await SubmitAsync(page, page.Locator("#accept"));
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Sở Nội vụ đã tiếp nhận");
        await Assertions.Expect(page.Locator("#history")).ToContainTextAsync(Reason);
        await Screenshots.SaveAsync(page, "94-nomination-accepted");
    }

    /// <summary>Clicks a button that posts a form and waits for the page that answers (the old one is marked, and must be gone).</summary>
    private static async Task SubmitAsync(IPage page, ILocator button)
    {
        await page.EvaluateAsync("() => document.body.setAttribute('data-before-submit', '1')");
        await button.ClickAsync();
        await Assertions.Expect(page.Locator("body[data-before-submit]")).ToHaveCountAsync(0);
    }

    /// <summary>The work list item linking to <paramref name="link"/>: on the home page, else on the pages of /Work.</summary>
    private static async Task<ILocator> WorkItemAsync(IPage page, string link)
    {
        await page.GotoAsync("/");
        for (var p = 1; ; p++)
        {
            var item = page.Locator("#work-list li").Filter(new() { Has = page.Locator($"a[href=\"{link}\"]") });
            if (await item.CountAsync() > 0 || p > 10)
            {
                return item;
            }

            await page.GotoAsync($"/Work?p={p}");
        }
    }
}
