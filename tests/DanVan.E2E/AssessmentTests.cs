using DanVan.E2E.Infrastructure;
using DanVan.Features.Assessments;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DanVan.E2E;

/// <summary>
/// Issue 13 in the browser: a commune scores itself with evidence, its head approves; the appraisal team lowers a
/// criterion (a reason is required); the commune appeals; the appraiser who scored may not answer, another does, and
/// the answer changes the rank — the verdict on the page says why each time.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AssessmentTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task A_commune_self_assesses_is_appraised_appeals_and_the_answer_changes_its_rank()
    {
        var app = fixture.App;
        var id = await app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == "XA001");
            var set = CriteriaSet.Create(unit.TenantId, 2040, 1, "Bộ tiêu chí thử nghiệm 2040", "Quyết định số 07/2023/QĐ-UBND", null, 10, null,
            [
                new CriterionSpec("I. Lãnh đạo", "1", "Xây dựng mô hình “Dân vận khéo”", null, 50, CriterionKind.Scored, true, null),
                new CriterionSpec("II. Kết quả", "2", "Cải cách hành chính", null, 40, CriterionKind.Scored, false, null),
                new CriterionSpec("III. Điều kiện", "3", "Không có khiếu kiện đông người", null, 0, CriterionKind.Prerequisite, false, null),
            ], CriteriaSet.DefaultBands).Value!;
            var today = VnTime.Today(db.Time);
            var round = AssessmentRound.Create(unit.TenantId, set, "Đợt thử nghiệm 2040", today.AddDays(10), today.AddDays(20), 5, [(unit.Id, false, null)]).Value!;
            set.Freeze(DateTime.UtcNow);
            var assessment = new UnitAssessment(unit.TenantId, round.Id, unit.Id, unit.KindId);
            db.AddRange(set, round, assessment);
            await db.SaveChangesAsync();
            return assessment.Id;
        });
        var url = $"/Assessments/Unit/{id}";
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;

        // The commune's officer scores itself; its head finds the evidence missing, adds it and sends the assessment.
        await Ui.LoginAsync(page, "thidua.xa001", TestApp.DemoPassword);
        await page.GotoAsync(url);
        await page.Locator("#self-1").FillAsync("48");
        await page.Locator("#text-1").FillAsync("Mô hình “Loa kết nối” được công nhận cấp cơ sở");
        await page.Locator("#self-2").FillAsync("38");
        await page.Locator("#self-3").SelectOptionAsync("true");
        await page.Locator("#save-self").ClickAsync();
        await Assertions.Expect(page.Locator("#verdict-explanation")).ToContainTextAsync("đơn vị tự chấm 86/100 điểm");
        await Assertions.Expect(page.Locator("#submit-self")).ToHaveCountAsync(0); // the officer cannot send it
        await Ui.LogoutAsync(page);

        await Ui.LoginAsync(page, "chutich.xa001", TestApp.DemoPassword);
        await page.GotoAsync(url);
        await page.Locator("#submit-self").ClickAsync();
        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("Tiêu chí 1 bắt buộc có minh chứng.");
        await Assertions.Expect(page.Locator("#evidence-required-1")).ToHaveTextAsync("Bắt buộc có minh chứng.");
        await Assertions.Expect(page.Locator("#no-suggestions")).ToContainTextAsync("năm 2040"); // nothing of the unit's in that year to offer
        // A file that is not what its name says is refused; the real PDF is attached to criterion 1 and shown on its row.
        await page.Locator("#evidence-criterion").SelectOptionAsync("1");
        await page.Locator("#evidence-file").SetInputFilesAsync(new FilePayload { Name = "qd-1520.pdf", MimeType = "application/pdf", Buffer = "<html></html>"u8.ToArray() });
        await page.Locator("#upload-evidence").ClickAsync();
        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("“qd-1520.pdf” không phải là");
        await page.Locator("#evidence-criterion").SelectOptionAsync("1");
        await page.Locator("#evidence-file").SetInputFilesAsync(new FilePayload
        {
            Name = "qd-1520.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray(),
        });
        await page.Locator("#upload-evidence").ClickAsync();
        await Assertions.Expect(page.Locator("#attached-1")).ToContainTextAsync("qd-1520.pdf");
        await Screenshots.SaveAsync(page, "79-assessment-evidence");
        await page.Locator("#submit-self").ClickAsync();
        await Assertions.Expect(page.Locator("#assessment-status")).ToHaveTextAsync("Đã nộp, chờ thẩm định");
        await Ui.LogoutAsync(page);

        // The province appraises: a lower score without a reason is refused; with one, the verdict explains the rank.
        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);
        await page.GotoAsync(url);
        await page.Locator("#appraised-1").FillAsync("40");
        await page.Locator("#superior").FillAsync("9");
        await page.Locator("#finish-appraisal").ClickAsync();
        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("Tiêu chí 1: điểm thẩm định khác điểm tự chấm nên phải ghi lý do.");
        await page.Locator("#text-1").FillAsync("Mô hình mới triển khai ở 2/5 thôn");
        await page.Locator("#finish-appraisal").ClickAsync();
        await Assertions.Expect(page.Locator("#verdict-explanation")).ToContainTextAsync(
            "Hoàn thành tốt — 87/100 điểm; còn thiếu 3 điểm để đạt Hoàn thành xuất sắc; trừ nhiều nhất: 1 Xây dựng mô hình “Dân vận khéo” (-8: Mô hình mới triển khai ở 2/5 thôn)");
        await Assertions.Expect(page.Locator("#row-1")).ToContainTextAsync("-8");
        await Screenshots.SaveAsync(page, "80-assessment-appraised");
        await Ui.LogoutAsync(page);

        // The head appeals criterion 1.
        await Ui.LoginAsync(page, "chutich.xa001", TestApp.DemoPassword);
        await page.GotoAsync(url);
        await page.Locator("#appeal-box summary").ClickAsync();
        await page.Locator("#appeal-0").FillAsync("Mô hình đã có kết quả ở cả 5 thôn, biên bản kiểm tra ngày 15/11 kèm theo");
        await page.Locator("#file-appeal").ClickAsync();
        await Assertions.Expect(page.Locator("#assessment-status")).ToHaveTextAsync("Đang kiến nghị");
        await Ui.LogoutAsync(page);

        // The appraiser who scored it may not answer; the Party board's reviewer does, and the rank changes.
        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);
        await page.GotoAsync(url);
        await page.Locator("#appraised-1").FillAsync("47");
        await page.Locator("#text-1").FillAsync("Đồng ý");
        await page.Locator("#answer-appeal").ClickAsync();
        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("người đã chấm thẩm định không tự trả lời kiến nghị");
        await Ui.LogoutAsync(page);
        await Ui.LoginAsync(page, "bandanvan", TestApp.DemoPassword);
        await page.GotoAsync(url);
        await page.Locator("#appraised-1").FillAsync("47");
        await page.Locator("#text-1").FillAsync("Biên bản kiểm tra xác nhận kết quả ở 5 thôn; trừ 1 điểm vì chưa có số liệu hộ tham gia");
        await page.Locator("#answer-appeal").ClickAsync();
        await Assertions.Expect(page.Locator("#verdict")).ToContainTextAsync("Hoàn thành xuất sắc — 94/100 điểm");
        await Assertions.Expect(page.Locator("#history")).ToContainTextAsync("Trả lời kiến nghị (tiêu chí 1)");
        await Screenshots.SaveAsync(page, "81-assessment-appeal-answered");
    }

    [BrowserFact]
    public async Task The_results_page_charts_this_years_proposed_ranks_next_to_last_years_decided_ones_and_exports_the_ranking()
    {
        var app = fixture.App;
        // The demo's round of this year (other tests of this app open rounds of far years).
        var round = await app.WithDbAsync(db =>
        {
            var year = VnTime.Today(db.Time).Year;
            return db.AssessmentRounds.Where(r => r.Status == RoundStatus.Open && r.Year == year).Select(r => r.Id).FirstAsync();
        });
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);

        // From the round page to its results: the ranks are marked as proposed, last year's as decided.
        await page.GotoAsync($"/Assessments/Round/{round}");
        await page.Locator("#round-results").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Kết quả xếp loại năm");
        await Assertions.Expect(page.Locator("#results-basis")).ToHaveTextAsync("Đề xuất (chưa có quyết định công nhận)");
        await Assertions.Expect(page.Locator("#by-year tbody tr").Last).ToContainTextAsync("(đề xuất)");
        await Assertions.Expect(page.Locator("#by-year tbody tr").First).ToContainTextAsync("(theo quyết định) — Theo Quyết định");

        // Every chart is drawn and has its table of figures; each cluster opens on its own ranking.
        foreach (var chart in new[] { "#kind-chart", "#cluster-chart", "#year-chart" })
        {
            await Assertions.Expect(page.Locator(chart)).ToBeVisibleAsync();
            (await page.Locator(chart).EvaluateAsync<bool>("c => c.width > 0 && typeof Chart !== 'undefined' && !!Chart.getChart(c)")).ShouldBeTrue(chart);
        }

        await Assertions.Expect(page.Locator("#by-kind thead")).ToContainTextAsync("Hoàn thành xuất sắc");
        var first = page.Locator("details[data-cluster]").First;
        await first.Locator("summary").ClickAsync();
        await Assertions.Expect(first.Locator("table tbody tr").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "82-assessment-results");

        // The Excel file, from the page's own button with the user's cookie.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-ranking").ClickAsync());
        download.SuggestedFilename.ShouldStartWith("bang-xep-loai-");
        (await File.ReadAllBytesAsync((await download.PathAsync())!)).Take(2).ShouldBe("PK"u8.ToArray());

        // On a phone the charts keep to the screen's width.
        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await Screenshots.SaveAsync(page, "83-assessment-results-phone");
    }

    /// <summary>
    /// The province writes a criteria set in the browser: rows added and moved keep what was typed, a broken rule is shown next
    /// to its field, the saved set exports; a set a round used is read-only with the reason, and its copy is the way to edit.
    /// </summary>
    [BrowserFact]
    public async Task The_province_edits_a_criteria_set_in_the_browser_and_a_used_one_only_by_copying_it()
    {
        var app = fixture.App;
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);
        await page.GotoAsync("/Assessments");
        await page.Locator("#new-set").ClickAsync();
        await page.Locator("#Input_Name").FillAsync("Bộ tiêu chí soạn trên trình duyệt");
        await page.Locator("#Input_Citation").FillAsync("Quyết định số 07/2023/QĐ-UBND của UBND tỉnh");
        var regulation = await app.WithDbAsync(db => db.Documents.Where(d => d.Type == DanVan.Features.Documents.DocumentType.Decision)
            .OrderByDescending(d => d.IssueDate).Select(d => new { d.Id, d.Number }).FirstAsync());
        await page.Locator("#regulation").SelectOptionAsync(regulation.Id.ToString()); // the register's document, picked in the editor
        await page.Locator("#Input_Groups_0__Name").FillAsync("I. Lãnh đạo, chỉ đạo");
        await page.Locator("#Input_Groups_0__Criteria_0__Code").FillAsync("1.1");
        await page.Locator("#Input_Groups_0__Criteria_0__Name").FillAsync("Ban hành kế hoạch công tác dân vận");
        await page.Locator("#max-0-0").FillAsync("60");
        await page.Locator("#add-criterion-0").ClickAsync();
        await page.Locator("#Input_Groups_0__Criteria_1__Code").FillAsync("1.2");
        await page.Locator("#Input_Groups_0__Criteria_1__Name").FillAsync("Không để xảy ra khiếu kiện đông người");
        await page.Locator("#kind-0-1").SelectOptionAsync("Prerequisite");
        await page.Locator("#max-0-1").FillAsync("10");
        await page.Locator("#add-group").ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Groups_0__Criteria_0__Name")).ToHaveValueAsync("Ban hành kế hoạch công tác dân vận"); // typed values survive
        await page.Locator("#Input_Groups_1__Name").FillAsync("II. Điểm trừ");
        await page.Locator("#Input_Groups_1__Criteria_0__Code").FillAsync("2.1");
        await page.Locator("#Input_Groups_1__Criteria_0__Name").FillAsync("Báo cáo chậm");
        await page.Locator("#max-1-0").FillAsync("5");
        await page.Locator("#kind-1-0").SelectOptionAsync("Penalty");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chuyển tiêu chí 1.2 lên" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Groups_0__Criteria_0__Code")).ToHaveValueAsync("1.2");

        // The set's own rule, shown next to the criterion's field; corrected, the set is saved.
        await page.Locator("#save-set").ClickAsync();
        await Assertions.Expect(page.Locator("#error-0-0-MaxPoints")).ToHaveTextAsync("Tiêu chí 1.2 là tiêu chí điều kiện (đạt/không đạt) nên điểm tối đa phải là 0.");
        await Screenshots.SaveAsync(page, "85-criteria-set-editor-error");
        await page.Locator("#max-0-0").FillAsync("0");
        await page.Locator("#save-set").ClickAsync();
        await Assertions.Expect(page.Locator("#set-state")).ToHaveTextAsync("Chưa dùng, sửa được");
        await Assertions.Expect(page.Locator("#set-facts")).ToContainTextAsync("Mọi đơn vị 60");
        var saved = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        var codes = await app.WithDbAsync(db => db.CriteriaSets.Where(s => s.Id == Guid.Parse(saved)).SelectMany(s => s.Criteria).OrderBy(c => c.Seq)
            .Select(c => c.Code).ToListAsync());
        codes.ShouldBe(["1.2", "1.1", "2.1"]);
        (await app.WithDbAsync(db => db.CriteriaSets.Where(s => s.Id == Guid.Parse(saved)).Select(s => s.RegulationDocumentId).SingleAsync())).ShouldBe(regulation.Id);
        await Assertions.Expect(page.Locator("#set-facts")).ToContainTextAsync(regulation.Number);
        await page.SetViewportSizeAsync(390, 844);
        await Screenshots.SaveAsync(page, "86-criteria-set-editor-phone");
        await page.SetViewportSizeAsync(1280, 900);

        // A set a round used: read-only, the reason, and the copy to edit.
        var frozen = await app.WithDbAsync(db => db.AssessmentRounds.OrderByDescending(r => r.Year).Select(r => r.CriteriaSetId).FirstAsync());
        await page.GotoAsync($"/Assessments/CriteriaSet/{frozen}");
        await Assertions.Expect(page.Locator("#frozen-reason")).ToContainTextAsync("sao chép để sửa");
        await Assertions.Expect(page.Locator("#set-form")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "87-criteria-set-frozen");
        await page.Locator("#copy-year").FillAsync("2097");
        await page.Locator("#copy-set").ClickAsync();
        await Assertions.Expect(page.Locator("#set-state")).ToHaveTextAsync("Chưa dùng, sửa được");
        await Assertions.Expect(page.Locator("#set-form")).ToHaveCountAsync(1);
    }
}
