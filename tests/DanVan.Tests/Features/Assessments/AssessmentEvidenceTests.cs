using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DanVan.Features.Assessments;
using DanVan.Features.Models;
using DanVan.Features.Registrations;
using DanVan.Tests.Security;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Features.Assessments;

/// <summary>
/// Evidence of a self-assessment (issue 13 §3): files checked by their bytes, links to the unit's own records offered with
/// the fact they prove, only while the unit may edit; a required-evidence criterion is satisfied by a file or a link;
/// downloads only within scope; nothing half-saved on a refusal.
/// </summary>
public sealed class AssessmentEvidenceTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_commune_proves_its_points_with_files_and_its_own_records_while_it_may_edit(Provider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        using var province = await app.ClientForAsync("tdkt.snv");
        using var officer = await app.ClientForAsync("thidua.xa001");
        using var head = await app.ClientForAsync("chutich.xa001");
        using var outsider = await app.ClientForAsync("thidua.syt");
        var (xa001, xa002) = (await app.UnitIdAsync("XA001"), await app.UnitIdAsync("XA002"));
        var set = await (await province.PostJsonAsync("/api/v1/assessment/criteria-sets", AssessmentFlowTests.Set(2026))).ReadAsync<CriteriaSetDto>(HttpStatusCode.Created);
        var round = await (await province.PostJsonAsync("/api/v1/assessment/rounds", new
        {
            criteriaSetId = set.Id, name = "Đợt thử minh chứng", selfAssessmentDue = "2026-11-20", appraisalDue = "2026-12-10", appealWorkingDays = 5,
            participants = new[] { new { unitId = xa001 }, new { unitId = xa002 } },
        })).ReadAsync<RoundDto>(HttpStatusCode.Created);
        var ids = await app.WithDbAsync(db => db.UnitAssessments.Where(a => a.RoundId == round.Id).ToDictionaryAsync(a => a.UnitId, a => a.Id));
        var url = $"/api/v1/assessment/units/{ids[xa001]}";
        async Task<int> CountAsync() => await app.WithDbAsync(db => db.AssessmentEvidence.CountAsync(e => e.AssessmentId == ids[xa001]));

        // A file that is not what its name says, and an unknown criterion, are refused; nothing is saved.
        (await (await UploadAsync(officer, url, "1.2", Encoding.UTF8.GetBytes("<html>không phải PDF</html>"), "bien-ban.pdf"))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldContain("“bien-ban.pdf” không phải là");
        (await (await UploadAsync(officer, url, "9.9", Png, "anh.png")).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail.ShouldBe("Tiêu chí “9.9” không có trong bộ tiêu chí áp dụng cho đơn vị.");
        (await CountAsync()).ShouldBe(0);

        // Only the unit's own officer adds evidence: not the appraisers, not a department outside its line (which does not even see it).
        await (await UploadAsync(province, url, "1.2", Png, "anh.png")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await UploadAsync(outsider, url, "1.2", Png, "anh.png")).ProblemAsync(HttpStatusCode.NotFound);

        // A photo for 1.2: it appears on the ledger row, in the history, and downloads for the appraisers.
        var withFile = await (await UploadAsync(officer, url, "1.2", Png, "hoi-nghi.png")).ReadAsync<AssessmentDto>();
        var file = withFile.Ledger.Single(r => r.Code == "1.2").Attached.ShouldHaveSingleItem();
        (file.Kind, file.Label, file.Href).ShouldBe((EvidenceKind.File, "hoi-nghi.png", $"{url}/evidence/{file.Id}"));
        withFile.History[^1].Label.ShouldBe("Thêm minh chứng");
        using (var download = await province.GetAsync(file.Href))
        {
            download.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Png);
        }

        (await outsider.GetAsync(file.Href)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The records DanVan offers are the unit's own, of the round's year, each with the fact it proves: here a plan the
        // commune issued on time for a movement and a model recognised this year (and a model of the neighbour commune).
        var foreign = await app.WithDbAsync(async db =>
        {
            var plan = await db.AddDocumentAsync(xa001, "77/KH-UBND", new DateOnly(2026, 10, 30));
            await db.AddMovementAsync(xa001, plan, [xa001], launched: true, filed: true);
            await db.AddModelAsync(xa001, ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Recognise);
            return await db.AddModelAsync(xa002, ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Recognise);
        });
        var offered = await (await officer.GetAsync($"{url}/evidence/suggestions")).ReadAsync<List<SuggestedEvidence>>();
        var own = await app.WithDbAsync(async db => new
        {
            Plans = await db.PlanObligations.Where(o => o.UnitId == xa001 && o.PlanIssuedOn != null && o.PlanIssuedOn.Value.Year == 2026).Select(o => o.Id).ToListAsync(),
            Models = await db.DvkModels.Where(m => m.UnitId == xa001).Where(DvkModel.RecognisedIn(2026)).Select(m => m.Id).ToListAsync(),
            Registrations = await db.Registrations.Where(r => r.UnitId == xa001 && r.Year == 2026 && r.Status == RegistrationStatus.Approved)
                .Select(r => r.Id).ToListAsync(),
        });
        offered.Where(s => s.Kind == EvidenceKind.Plan).Select(s => s.RecordId).ShouldBe(own.Plans, ignoreOrder: true);
        offered.Where(s => s.Kind == EvidenceKind.Model).Select(s => s.RecordId).ShouldBe(own.Models, ignoreOrder: true);
        offered.Where(s => s.Kind == EvidenceKind.Registration).Select(s => s.RecordId).ShouldBe(own.Registrations, ignoreOrder: true);
        offered.ShouldContain(e => e.Kind == EvidenceKind.Plan && e.Fact.Contains("77/KH-UBND") && e.Fact.Contains("— ban hành đúng hạn (hạn "));
        offered.ShouldContain(e => e.Kind == EvidenceKind.Model && e.Fact.StartsWith("Mô hình “Mô hình thử nghiệm” được công nhận năm 2026 theo Quyết định"));
        offered.ShouldAllBe(s => s.Fact.Length > 20 && s.Href.StartsWith('/'));

        // A model recognised in an earlier year and still in force in the round's year says so (not "recognised in 2026").
        var older = await app.WithDbAsync(async db =>
        {
            var model = await db.AddModelAsync(xa001, ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Recognise);
            await db.DvkModels.Where(m => m.Id == model).ExecuteUpdateAsync(s => s.SetProperty(m => m.RecognisedYear, 2024));
            return model;
        });
        var since = (await (await officer.GetAsync($"{url}/evidence/suggestions")).ReadAsync<List<SuggestedEvidence>>()).Single(e => e.RecordId == older);
        since.Fact.ShouldStartWith("Mô hình “Mô hình thử nghiệm” được công nhận từ năm 2024 theo Quyết định");
        since.Fact.ShouldEndWith(", còn hiệu lực năm 2026");
        since.Fact.ShouldNotContain("công nhận năm");

        // Linking one: shown with its fact; the same record twice is a conflict; another unit's record cannot be linked.
        var pick = offered[0];
        var linked = await (await officer.PostJsonAsync($"{url}/evidence/link", new { criterion = "1.1", kind = pick.Kind.ToString(), recordId = pick.RecordId }))
            .ReadAsync<AssessmentDto>();
        var link = linked.Ledger.Single(r => r.Code == "1.1").Attached.ShouldHaveSingleItem();
        (link.Label, link.Href).ShouldBe((pick.Fact, pick.Href));
        await (await officer.PostJsonAsync($"{url}/evidence/link", new { criterion = "1.1", kind = pick.Kind.ToString(), recordId = pick.RecordId }))
            .ProblemAsync(HttpStatusCode.Conflict);
        (await (await officer.PostJsonAsync($"{url}/evidence/link", new { criterion = "1.1", kind = "Model", recordId = foreign }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe(AssessmentErrors.EvidenceNotSuggested.Message);

        // Removing keeps the history; the count goes back.
        var removed = await (await officer.DeleteAsync($"{url}/evidence/{link.Id}")).ReadAsync<AssessmentDto>();
        removed.Ledger.Single(r => r.Code == "1.1").Attached.ShouldBeEmpty();
        removed.History[^1].Label.ShouldBe("Gỡ minh chứng");
        removed.History[^1].Note.ShouldBe(pick.Fact);
        (await CountAsync()).ShouldBe(1);

        // 1.2 requires evidence: the uploaded file is enough (no text evidence given); once sent, nothing can be added or removed.
        await (await officer.PutJsonAsync($"{url}/self", new
        {
            scores = new object[]
            {
                new { code = "1.1", points = 25 }, new { code = "1.2", points = 30 }, new { code = "2.1", points = 28 },
                new { code = "2.2", met = true }, new { code = "3.1", points = 0 },
            },
        })).ReadAsync<AssessmentDto>();
        (await (await head.PostJsonAsync($"{url}/submit", new { })).ReadAsync<AssessmentDto>()).Status.ShouldBe(AssessmentStatus.Submitted);
        (await (await UploadAsync(officer, url, "1.1", Png, "anh.png")).ProblemAsync(HttpStatusCode.Conflict)).Detail.ShouldBe(AssessmentErrors.NotEditable.Message);
        await (await officer.DeleteAsync($"{url}/evidence/{file.Id}")).ProblemAsync(HttpStatusCode.Conflict);
        (await CountAsync()).ShouldBe(1);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, string criterion, byte[] bytes, string name)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "application/pdf");
        form.Add(content, "file", name);
        form.Add(new StringContent(criterion), "criterion");
        return await client.PostAsync($"{url}/evidence", form);
    }
}
