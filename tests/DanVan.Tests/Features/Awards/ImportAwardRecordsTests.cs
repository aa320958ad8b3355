using System.Net;
using DanVan.Features.Awards;
using DanVan.Tests.Features.Excel;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Awards;

public sealed class ImportAwardRecordsTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string Import = "/api/v1/award-records/import";
    private const string Holder = "Họ và tên / Tên tập thể";
    private const string Unit = "Đơn vị";
    private const string Award = "Danh hiệu/Hình thức khen thưởng";

    private static byte[] Book(params object?[][] rows) => XlsxFiles.Sheet(AwardRecordsExcel.Columns, rows);

    private static async Task<(Guid Unit, Guid An)> OfficeAsync(TestApp app)
    {
        var unit = await app.CreateUnitAsync(await app.UnitIdAsync("STP"),
            await app.WithDbAsync(db => db.UnitKinds.Where(k => k.Code == "DIV").Select(k => k.Id).SingleAsync()), "STP.NK", "Phòng Nhập khen thưởng");
        var an = await app.CreatePersonAsync(unit, "Ngô Văn An");
        await app.CreatePersonAsync(unit, "Lê Thị Trùng");
        await app.CreatePersonAsync(unit, "Lê Thị Trùng");
        return (unit, an);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_book_with_bad_rows_saves_nothing_and_names_each_row_and_column(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var (unit, an) = await OfficeAsync(app);
        await app.CreatePersonAsync(await app.UnitIdAsync("SYT"), "Vũ Văn Ngoài");
        var certificate = await app.WithDbAsync(db => db.AwardKinds.Where(k => k.Code == "giay-khen" && db.Units.Any(u => u.Id == unit && u.TenantId == k.TenantId))
            .Select(k => k.Id).SingleAsync());
        using var earlier = await client.PostJsonAsync("/api/v1/award-records", new
        {
            awardKindId = certificate, subject = "Individual", personId = an, year = 2022, decisionNumber = "3/QĐ-STP", decisionDate = "2022-12-20",
        });
        earlier.StatusCode.ShouldBe(HttpStatusCode.Created);
        var before = await app.WithDbAsync(db => db.AwardRecords.CountAsync());

        using var response = await client.UploadAsync(Import, Book(
            [1, "Ngô Văn An", "STP.NK", "Danh hiệu không có", 2024, null, "1/QĐ", "20/12/2024", null],
            [2, "Không Có Thật", "STP.NK", "Lao động tiên tiến", 2024, null, "1/QĐ", "20/12/2024", null],
            [3, "Lê Thị Trùng", "Phòng Nhập khen thưởng", "Lao động tiên tiến", 2024, null, "1/QĐ", "20/12/2024", null],
            [4, "Vũ Văn Ngoài", "SYT", "Lao động tiên tiến", 2024, null, "1/QĐ", "20/12/2024", null],
            [5, "Ngô Văn An", "STP.NK", "lao-dong-tien-tien", 20244, null, "1/QĐ", "20/12/2024", null],
            [6, "Ngô Văn An", "STP.NK", "Chiến sĩ thi đua cơ sở", 2024, null, "2/QĐ", "31/02/2024", null],
            [7, "Ngô Văn An", "STP.NK", "LAO ĐỘNG TIÊN TIẾN", 2023, "thường xuyên", "3/QĐ", "20/12/2023", null],
            [8, "ngo van an", "STP.NK", "Lao dong tien tien", 2023, null, "4/QĐ", "21/12/2023", null],
            [9, "Ngô Văn An", "STP.NK", "Giấy khen", 2022, null, "5/QĐ", "22/12/2022", null],
            [10, "Ngô Văn An", "STP.NK", "Giấy khen", 2021, "Linh tinh", "6/QĐ", "22/12/2021", null]));

        var problem = await response.RejectedAsync();
        problem.Errors.Select(e => (e.Row, e.Column)).ShouldBe([(2, Award), (3, Holder), (4, Holder), (5, Unit), (6, "Năm thành tích"),
            (7, "Ngày quyết định"), (9, Holder), (10, Holder), (11, "Loại hình")]);
        problem.Errors[0].Message.ShouldStartWith("“Danh hiệu không có” không có trong danh mục");
        problem.Errors[1].Message.ShouldBe("Không tìm thấy “Không Có Thật” trong đơn vị “Phòng Nhập khen thưởng”; kiểm tra họ tên, đơn vị công tác hiện tại, "
            + "hoặc ghi tên tập thể đúng như tên đơn vị.");
        problem.Errors[2].Message.ShouldStartWith("Đơn vị “Phòng Nhập khen thưởng” có 2 người tên “Lê Thị Trùng”");
        problem.Errors[3].Message.ShouldBe("Không tìm thấy đơn vị “SYT” hoặc bạn không có quyền xem.");
        problem.Errors[6].Message.ShouldBe("“Ngô Văn An” – “Lao động tiên tiến” năm 2023 đã có ở dòng 8; mỗi danh hiệu, hình thức một dòng mỗi năm.");
        problem.Errors[7].Message.ShouldStartWith("“Ngô Văn An” đã có “Giấy khen” năm 2022 trong sổ khen thưởng (quyết định số 3/QĐ-STP)");
        (await app.WithDbAsync(db => db.AwardRecords.CountAsync())).ShouldBe(before);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_filled_template_imports_people_and_collectives_and_the_export_gives_it_back(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var (unit, an) = await OfficeAsync(app);

        var template = await client.DownloadAsync("/api/v1/award-records/export.xlsx?template=true", "mau-so-khen-thuong");
        XlsxFiles.ReadSheet(template, AwardRecordsExcel.SheetName).Count.ShouldBe(1); // the header only
        var guide = XlsxFiles.AllCells(template, AwardRecordsExcel.GuideSheetName);
        guide.ShouldContain("Chiến sĩ thi đua cơ sở");
        guide.ShouldContain("tap-the-lao-dong-tien-tien");

        var filled = Book(
            [1, "Ngô Văn An", "STP.NK", "Chiến sĩ thi đua cơ sở", 2024, null, "7/QĐ-STP", "20/12/2024", "Sáng kiến cấp cơ sở"],
            [2, "Phòng Nhập khen thưởng", "STP.NK", "Tập thể lao động tiên tiến", 2024, null, "8/QĐ-STP", 45646, null],
            [3, "Ngô Văn An", "Phòng Nhập khen thưởng", "giay khen", 2023, "Chuyên đề", "9/QĐ-STP", "15/06/2023", null]);
        var report = await (await client.UploadAsync(Import, filled, "so-khen-thuong-cu.xlsx")).ImportedAsync();
        (report.RowsRead, report.Imported).ShouldBe((3, 3));
        var saved = await app.WithDbAsync(db => db.AwardRecords.AsNoTracking().Where(r => r.SourceFile == "so-khen-thuong-cu.xlsx").OrderBy(r => r.SourceRow)
            .Select(r => new { r.Subject, r.PersonId, r.UnitId, r.Year, r.Type, r.DecisionDate, r.SourceRow }).ToListAsync());
        saved.Select(r => (r.Subject, r.PersonId, r.Type, r.DecisionDate, r.SourceRow)).ShouldBe([
            (AwardSubject.Individual, (Guid?)an, CommendationType.Regular, new DateOnly(2024, 12, 20), (int?)2),
            (AwardSubject.Collective, null, CommendationType.Regular, new DateOnly(2024, 12, 20), 3),
            (AwardSubject.Individual, an, CommendationType.Thematic, new DateOnly(2023, 6, 15), 4)]);

        var exported = await client.DownloadAsync($"/api/v1/award-records/export.xlsx?unitId={unit}", "so-khen-thuong");
        var rows = XlsxFiles.ReadSheet(exported, AwardRecordsExcel.SheetName);
        rows.Skip(1).Select(r => (r[1], r[3], r[4], r[5], r[7])).ShouldBe([
            ("Ngô Văn An", "Chiến sĩ thi đua cơ sở", "2024", "Thường xuyên", "20/12/2024"),
            ("Ngô Văn An", "Giấy khen", "2023", "Chuyên đề", "15/06/2023"),
            ("Phòng Nhập khen thưởng", "Tập thể lao động tiên tiến", "2024", "Thường xuyên", "20/12/2024")], ignoreOrder: true);

        var again = await (await client.UploadAsync(Import, exported)).RejectedAsync(); // every row is already in the register
        again.Errors.Count.ShouldBe(3);
    }
}
