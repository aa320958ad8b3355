using System.Net;
using DanVan.Features.Units;
using DanVan.Infrastructure.Excel;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Excel;

public sealed class ImportUnitsTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string Import = "/api/v1/units/import";

    private static byte[] Units(params object?[][] rows) => XlsxFiles.Sheet(UnitsExcel.Columns, rows);

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_parent_may_be_a_unit_declared_on_an_earlier_row(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("qtv.tinh");

        using var response = await client.UploadAsync(Import, Units(
            ["STP.P9", "Phòng Thử nghiệm", "PTN", "DIV", "STP", "01/07/2025"],
            ["STP.P9.T1", "Tổ Một", null, "DIV", "STP.P9", null],
            ["stp.p9.t2", "Tổ Hai", null, "psu", "stp.p9.t1", "2025-08-01"]));

        (await response.ImportedAsync()).Imported.ShouldBe(3);
        var units = await app.WithDbAsync(db => db.Units.AsNoTracking().Include(u => u.Kind)
            .Where(u => u.Code == "STP" || u.Code.StartsWith("STP.P9")).ToDictionaryAsync(u => u.Code));
        var (stp, p9, t1, t2) = (units["STP"], units["STP.P9"], units["STP.P9.T1"], units["STP.P9.T2"]);
        p9.ParentId.ShouldBe(stp.Id);
        t1.ParentId.ShouldBe(p9.Id);
        t2.ParentId.ShouldBe(t1.Id);
        t2.Path.ShouldBe(stp.Path + Unit.PathSegment(p9.Id) + Unit.PathSegment(t1.Id) + Unit.PathSegment(t2.Id));
        t2.Depth.ShouldBe(stp.Depth + 3);
        t2.Kind!.Code.ShouldBe("PSU");
        t2.ValidFrom.ShouldBe(new DateOnly(2025, 8, 1));
        p9.ShortName.ShouldBe("PTN");
        p9.ValidFrom.ShouldBe(new DateOnly(2025, 7, 1));
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_large_file_is_saved_in_batches_with_parents_from_an_earlier_batch(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("qtv.tinh");
        var rows = Enumerable.Range(1, 2_500).Select(i => new object?[] { $"STP.L{i}", $"Tổ lớn {i}", null, "DIV", "STP", null })
            .Append(["STP.L1.CON", "Tổ con của dòng 2", null, "PSU", "STP.L1", null]).ToArray();

        using var response = await client.UploadAsync(Import, Units(rows));

        (await response.ImportedAsync()).Imported.ShouldBe(2_501);
        var child = await app.WithDbAsync(db => db.Units.Include(u => u.Parent).Include(u => u.Kind).SingleAsync(u => u.Code == "STP.L1.CON"));
        child.Parent!.Code.ShouldBe("STP.L1");
        child.Kind!.Code.ShouldBe("PSU");
        (await app.WithDbAsync(db => db.UnitKinds.CountAsync(k => k.Code == "DIV"))).ShouldBe(1);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_file_with_bad_rows_saves_nothing_and_says_why_for_each(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("qtv.tinh");
        var before = await app.WithDbAsync(db => db.Units.CountAsync());

        using var response = await client.UploadAsync(Import, Units(
            ["STP.X1", "Tổ X", null, "DIV", "STP.X2", null],
            ["STP.X2", "Phòng X", null, "DIV", "STP", null],
            ["STP.P1", "Trùng mã đã có", null, "DIV", "STP", null],
            ["STP.X3", "Phòng Y", null, "KHONGCO", "STP", null],
            ["stp.x2", "Trùng dòng 3", null, "DIV", "STP", null],
            ["STP.X4", "Phòng Z", null, "DIV", "STP", "31/02/2025"],
            ["STP X5", null, null, null, "KHONG.TON.TAI", null]));

        var errors = (await response.RejectedAsync()).Errors;
        errors.Select(e => e.Row).Distinct().ShouldBe([2, 4, 5, 6, 7, 8]);
        errors.Single(e => e.Row == 2).ShouldBe(new ExcelApi.RowError(2, "Mã đơn vị cấp trên",
            "Đơn vị cấp trên “STP.X2” phải được khai báo ở một dòng phía trên (hiện ở dòng 3)."));
        errors.Single(e => e.Row == 4).Message.ShouldBe("Mã đơn vị “STP.P1” đã tồn tại.");
        errors.Single(e => e.Row == 5).Column.ShouldBe("Mã loại đơn vị");
        errors.Single(e => e.Row == 6).Message.ShouldBe("Mã đơn vị “STP.X2” bị trùng với dòng 3.");
        errors.Single(e => e.Row == 7).Column.ShouldBe("Hiệu lực từ ngày");
        errors.Where(e => e.Row == 8).Select(e => e.Column).ShouldBe(["Mã đơn vị", "Tên đơn vị", "Mã loại đơn vị", "Mã đơn vị cấp trên"], ignoreOrder: true);
        (await app.WithDbAsync(db => db.Units.CountAsync())).ShouldBe(before);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_unit_officer_may_not_add_units(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");

        using var response = await client.UploadAsync(Import, Units(
            ["STP.P9", "Phòng Thử nghiệm", null, "DIV", "STP", null],
            ["SYT.P9", "Phòng khác", null, "DIV", "SYT", null]));

        // A unit officer holds no right to change units anywhere: refused before the file is read or parsed.
        (await response.ProblemAsync(HttpStatusCode.Forbidden)).Detail.ShouldBe("Bạn không có quyền thực hiện thao tác này.");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_export_edited_with_new_codes_imports_again_under_the_same_parents(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("qtv.tinh");
        var stp = await app.UnitIdAsync("STP");

        var exported = await client.DownloadAsync($"/api/v1/units/export.xlsx?unitId={stp}", "danh-sach-don-vi-");

        var rows = (await XlsxReader.ReadAsync(new MemoryStream(exported), UnitsExcel.Columns, CancellationToken.None)).Value!;
        rows[0].Cells.ShouldBe(["STP", "Sở Tư pháp", "STP", "DEPT", "UBND", null]);
        rows.Select(r => r[UnitsExcel.Code]).ShouldBe(["STP", "STP.DV1", "STP.P1", "STP.P2"], ignoreOrder: true);
        var copies = rows.Skip(1).Select(r => new object?[]
            { r[0] + ".B", r[1] + " (bản sao)", r[2], r[3], r[4], r[5] }).ToArray();
        using var again = await client.UploadAsync(Import, Units(copies));
        (await again.ImportedAsync()).Imported.ShouldBe(3);
        (await app.WithDbAsync(db => db.Units.CountAsync(u => u.ParentId == stp && u.Code.EndsWith(".B")))).ShouldBe(3);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_template_offers_the_tenant_unit_kinds(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("qtv.tinh");

        var template = await client.DownloadAsync("/api/v1/units/template.xlsx", "mau-nhap-don-vi");

        var lists = XlsxFiles.AllCells(template, UnitsExcel.ListsSheetName);
        lists.ShouldContain("DIV");
        lists.ShouldContain("PSU");
        lists.ShouldContain("STP");
        XlsxFiles.FirstSheetXml(template).ShouldContain($"'{UnitsExcel.ListsSheetName}'!$A$2");
    }
}
