using DanVan.Features.Reports;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;

namespace DanVan.Features.Demo;

/// <summary>
/// Report campaigns (issue 16 §1): the annual "Dân vận khéo" results report form (models recognised and plans due/on time
/// computed from DanVan's data, a sum, narrative fields) and the 2026 campaign Sở Nội vụ launched to the departments and
/// communes, its deadline three days ago: Sở Tư pháp's report and a few communes' accepted, Sở Y tế's and Xã 001's
/// returned with a reason on one field, Xã 002's submitted and waiting for review, the rest missing.
/// </summary>
internal static class DemoReports
{
    public const string FormCode = "DVK-KQ";

    public static readonly ReportField.Spec[] Lines =
    [
        new("I. Mô hình, điển hình “Dân vận khéo”", "1", "Tổng số mô hình “Dân vận khéo” của đơn vị", FieldKind.Number, "mô hình", true, ["1.1", "1.2"], null),
        new("I. Mô hình, điển hình “Dân vận khéo”", "1.1", "Mô hình được công nhận trong năm", FieldKind.Number, "mô hình", true, null, ComputedSource.ModelsRecognised),
        new("I. Mô hình, điển hình “Dân vận khéo”", "1.2", "Mô hình đang triển khai, chưa công nhận", FieldKind.Number, "mô hình", true, null, null),
        new("I. Mô hình, điển hình “Dân vận khéo”", "2", "Tập thể, cá nhân điển hình được khen thưởng", FieldKind.Number, "tập thể, cá nhân", false, null, null),
        new("II. Triển khai kế hoạch", "3.1", "Kế hoạch thực hiện phong trào phải ban hành trong năm", FieldKind.Number, "kế hoạch", true, null, ComputedSource.PlansRequired),
        new("II. Triển khai kế hoạch", "3.2", "Kế hoạch ban hành đúng hạn", FieldKind.Number, "kế hoạch", true, null, ComputedSource.PlansOnTime),
        new("III. Đánh giá chung", "4", "Kết quả nổi bật", FieldKind.Text, null, true, null, null),
        new("III. Đánh giá chung", "5", "Tồn tại, hạn chế", FieldKind.Text, null, false, null, null),
        new("III. Đánh giá chung", "6", "Kiến nghị, đề xuất", FieldKind.Text, null, false, null, null),
    ];

    public static async Task SeedAsync(AppDbContext db, Guid tenantId, Unit snv, IReadOnlyList<Unit> departments, IReadOnlyList<Unit> communes, Actor by)
    {
        var today = VnTime.Today(db.Time);
        var form = ReportForm.Create(tenantId, FormCode, 1, "Báo cáo kết quả thực hiện phong trào thi đua “Dân vận khéo” năm", Lines).Value!;
        var launched = today.AddDays(-24);
        var campaign = ReportCampaign.Launch(tenantId, form.Id, snv.Id, "Báo cáo kết quả phong trào “Dân vận khéo” năm 2026", 2026, today.AddDays(-3), null, false,
            launched, by).Value!;
        db.AddRange(form, campaign);
        db.ReportRecipients.Add(new ReportRecipient(tenantId, campaign.Id, departments[0].ParentId!.Value, true, departments[0].KindId));
        db.ReportRecipients.Add(new ReportRecipient(tenantId, campaign.Id, communes[0].ParentId!.Value, true, communes[0].KindId));
        var fields = form.Fields.ToList();
        var depts = departments.Where(d => d.Id != snv.Id && d.KindId == departments[0].KindId).Select(d => (Unit: d, Commune: -1));
        var units = depts.Concat(communes.Where(c => c.KindId == communes[0].KindId).Select((c, n) => (Unit: c, Commune: n))).ToList();
        for (var i = 0; i < units.Count; i++)
        {
            var (unit, commune) = units[i];
            var s = new ReportSubmission(tenantId, campaign.Id, unit.Id);
            db.ReportSubmissions.Add(s);
            var isCommune = commune >= 0;
            var state = unit.Code switch
            {
                "STP" => ReportState.Accepted,
                "SYT" => ReportState.Returned,
                "XA001" => ReportState.Returned,
                "XA002" => ReportState.Submitted,
                _ when isCommune && commune is >= 2 and < 12 => ReportState.Accepted,
                _ when !isCommune && i % 3 == 0 => ReportState.Accepted,
                _ => ReportState.Open,
            };
            if (state == ReportState.Open)
            {
                continue;
            }

            var computed = await ComputedIndicators.ForAsync(db, fields, unit.Id, 2026, CancellationToken.None);
            var implementing = 1 + (i % 4);
            var recognised = computed["1.1"];
            var entries = new List<ReportSubmission.Entry>
            {
                new("1", (recognised + implementing).ToString(System.Globalization.CultureInfo.InvariantCulture), null),
                new("1.1", recognised.ToString(System.Globalization.CultureInfo.InvariantCulture), null),
                new("1.2", implementing.ToString(System.Globalization.CultureInfo.InvariantCulture), null),
                new("2", (i % 5).ToString(System.Globalization.CultureInfo.InvariantCulture), null),
                new("3.1", computed["3.1"].ToString(System.Globalization.CultureInfo.InvariantCulture), null),
                new("3.2", computed["3.2"].ToString(System.Globalization.CultureInfo.InvariantCulture), null),
                new("4", $"{unit.Name} triển khai phong trào “Dân vận khéo” gắn với nhiệm vụ chính trị của đơn vị; các mô hình phát huy hiệu quả.", null),
                new("6", "Đề nghị tỉnh tiếp tục hỗ trợ kinh phí nhân rộng mô hình.", null),
            };
            var submitter = by with { At = by.At.AddDays(-10 + (i % 8)) };
            s.Fill(fields, entries, computed, submitter).ShouldBeNull("demo report filled");
            s.Submit(fields, launched.AddDays(5 + (i % 20)), submitter).ShouldBeNull("demo report submitted");
            var reviewed = by with { At = submitter.At.AddDays(1) };
            var check = state switch
            {
                ReportState.Accepted => s.Accept(reviewed),
                ReportState.Returned => s.Return(fields, new Dictionary<string, string?>
                {
                    ["1.2"] = "Đề nghị ghi rõ tên từng mô hình đang triển khai trong phần đánh giá.",
                }, reviewed),
                _ => null,
            };
            check.ShouldBeNull("demo review");
        }

        await db.SaveChangesAsync();
    }
}
