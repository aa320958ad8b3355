using DanVan.Features.Ratings;
using DanVan.Tests.Features.Excel;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Ratings;

public sealed class ImportRatingsTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string Import = "/api/v1/ratings/import";

    private static byte[] Ratings(params object?[][] rows) => XlsxFiles.Sheet(RatingsExcel.Columns, rows);

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_file_with_one_bad_row_saves_nothing_and_names_the_row_and_the_field(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var office = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "STP.P1").Select(u => u.Name).SingleAsync());
        await app.CreatePersonAsync(await app.UnitIdAsync("STP.P1"), "Hoàng Thị Nhập");
        await app.CreatePersonAsync(await app.UnitIdAsync("SYT"), "Vũ Văn Ngoài");
        var before = await app.WithDbAsync(db => db.PersonRatings.CountAsync());

        using var response = await client.UploadAsync(Import, Ratings(
            [1, "Hoàng Thị Nhập", "Chuyên viên", office, 2025, "Hoàn thành tốt nhiệm vụ", null, null],
            [2, "Hoàng Thị Nhập", null, "STP.P1", 2024, "giỏi", null, null],
            [3, "Không Có Thật", null, "STP.P1", 2025, "Xuất sắc", null, null],
            [4, "Vũ Văn Ngoài", null, "SYT", 2025, "Tốt", null, null]));

        var problem = await response.RejectedAsync();
        problem.Errors.Select(e => (e.Row, e.Column)).ShouldBe([(3, "Xếp loại"), (4, "Họ và tên"), (5, "Đơn vị")]);
        problem.Errors[0].Message.ShouldStartWith("Xếp loại “giỏi” không hợp lệ");
        problem.Errors[1].Message.ShouldBe($"Không tìm thấy “Không Có Thật” trong đơn vị “{office}”; kiểm tra họ tên hoặc đơn vị công tác hiện tại.");
        problem.Errors[2].Message.ShouldBe("Không tìm thấy đơn vị “SYT” hoặc bạn không có quyền xem.");
        (await app.WithDbAsync(db => db.PersonRatings.CountAsync())).ShouldBe(before);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_exported_list_filled_in_imports_again_and_a_changed_rating_needs_the_reason_column(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var unit = await app.CreateUnitAsync(await app.UnitIdAsync("STP"), await app.WithDbAsync(db => db.UnitKinds.Where(k => k.Code == "DIV").Select(k => k.Id).SingleAsync()),
            "STP.XL", "Phòng Xếp loại thử");
        var an = await app.CreatePersonAsync(unit, "Ngô Văn An");
        var binh = await app.CreatePersonAsync(unit, "Đỗ Thị Bình");

        var exported = await client.DownloadAsync($"/api/v1/ratings/export.xlsx?year=2025&unitId={unit}", "xep-loai-can-bo-2025");
        var rows = XlsxFiles.ReadSheet(exported, RatingsExcel.SheetName);
        rows.Skip(1).Select(r => (r[1], r[3], r[4], r[5])).ShouldBe([("Đỗ Thị Bình", "Phòng Xếp loại thử", "2025", null), ("Ngô Văn An", "Phòng Xếp loại thử", "2025", null)]);

        var filled = Ratings([1, "Đỗ Thị Bình", null, "Phòng Xếp loại thử", 2025, "Hoàn thành xuất sắc nhiệm vụ", "Chiến sĩ thi đua cơ sở", null],
            [2, "Ngô Văn An", null, "Phòng Xếp loại thử", 2025, null, null, null]);
        var report = await (await client.UploadAsync(Import, filled, "xep-loai-2025.xlsx")).ImportedAsync();
        (report.RowsRead, report.Imported).ShouldBe((2, 1));
        var saved = await app.WithDbAsync(db => db.PersonRatings.AsNoTracking().SingleAsync(r => r.PersonId == binh));
        (saved.Level, saved.SourceFile, saved.SourceRow, saved.UnitId).ShouldBe((RatingLevel.Excellent, "xep-loai-2025.xlsx", 2, unit));
        (await app.WithDbAsync(db => db.PersonRatings.AnyAsync(r => r.PersonId == an))).ShouldBeFalse();

        var lowered = Ratings([1, "Đỗ Thị Bình", null, "STP.XL", 2025, "Hoàn thành tốt", null, null]);
        var refused = await (await client.UploadAsync(Import, lowered)).RejectedAsync();
        var error = refused.Errors.ShouldHaveSingleItem();
        (error.Row, error.Column).ShouldBe((2, "Lý do thay đổi"));
        (await app.WithDbAsync(db => db.PersonRatings.AsNoTracking().SingleAsync(r => r.PersonId == binh))).Level.ShouldBe(RatingLevel.Excellent);

        var withReason = Ratings([1, "Đỗ Thị Bình", null, "STP.XL", 2025, "Hoàn thành tốt", null, "Kết luận kiểm tra tháng 12"]);
        await (await client.UploadAsync(Import, withReason, "dieu-chinh.xlsx")).ImportedAsync();
        var history = await app.WithDbAsync(db => db.PersonRatingChanges.AsNoTracking().Where(c => c.PersonId == binh).OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync());
        history.Select(h => (h.From, h.To, h.Reason, h.SourceFile)).ShouldBe([
            ((RatingLevel?)null, RatingLevel.Excellent, (string?)null, "xep-loai-2025.xlsx"),
            (RatingLevel.Excellent, RatingLevel.Good, "Kết luận kiểm tra tháng 12", "dieu-chinh.xlsx")]);
    }
}
