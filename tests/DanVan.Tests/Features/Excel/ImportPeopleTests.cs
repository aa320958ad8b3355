using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using DanVan.Features.People;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Excel;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Excel;

public sealed class ImportPeopleTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string Import = "/api/v1/people/import";

    private static byte[] People(params object?[][] rows) => XlsxFiles.Sheet(PeopleExcel.Columns, rows);

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_file_with_bad_rows_saves_nothing_and_lists_every_bad_row_with_its_reason(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var before = await app.WithDbAsync(db => db.People.CountAsync());
        var file = People(
            ["Nguyễn Văn Một", "Nam", 1980, "Chuyên viên", "Công chức", "STP.P1", "Kinh", "Không"],
            [null, "Nữ", 1990, null, "Viên chức", "STP.DV1", null, null],
            ["Trần Thị Hai", "Nữ", 1985, null, "Công chức", "STP.P2", null, null],
            ["Lê Văn Ba", "Nam", 1975, null, "Cán bộ", "SYT", null, null],
            ["Phạm Văn Bốn", "Nam", 1970, null, "Cán bộ", "STP", null, "Có"]);

        using var response = await client.UploadAsync(Import, file);

        var problem = await response.RejectedAsync();
        problem.RowsRead.ShouldBe(5);
        problem.Errors.Select(e => e.Row).ShouldBe([3, 5]);
        problem.Errors[0].Column.ShouldBe("Họ và tên");
        problem.Errors[0].Message.ShouldBe("Vui lòng nhập họ và tên.");
        problem.Errors[1].Column.ShouldBe("Mã đơn vị");
        problem.Errors[1].Message.ShouldBe("Không tìm thấy đơn vị “SYT” hoặc bạn không có quyền xem.");
        (await app.WithDbAsync(db => db.People.CountAsync())).ShouldBe(before);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_bad_cell_is_reported_against_its_column(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var file = People(
            ["Nguyễn Văn <script>", "Khác", 2099, null, "Giám đốc", "STP.P1", null, "Có lẽ"],
            ["=cmd|' /C calc'!A0", "Nam", "năm tám mươi", null, "Cán bộ", "STP.P1", new string('K', 51), null]);

        using var response = await client.UploadAsync(Import, file);

        var errors = (await response.RejectedAsync()).Errors;
        errors.Where(e => e.Row == 2).Select(e => e.Column).ShouldBe(["Họ và tên", "Giới tính", "Năm sinh", "Đối tượng", "Đảng viên"], ignoreOrder: true);
        errors.Single(e => e.Row == 2 && e.Column == "Năm sinh").Message.ShouldBe("Năm sinh không được lớn hơn năm hiện tại.");
        errors.Single(e => e.Row == 2 && e.Column == "Giới tính").Message.ShouldBe("Giới tính phải là “Nam” hoặc “Nữ”.");
        errors.Where(e => e.Row == 3).Select(e => e.Column).ShouldBe(["Họ và tên", "Năm sinh", "Dân tộc"], ignoreOrder: true);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_user_who_may_only_view_people_is_refused_before_the_file_is_read(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("tdkt.snv");

        using var response = await client.UploadAsync(Import, People(["Nguyễn Văn Một", "Nam", 1980, null, "Công chức", "STP", null, null]));

        (await response.ProblemAsync(HttpStatusCode.Forbidden)).Detail.ShouldBe("Bạn không có quyền thực hiện thao tác này.");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_good_file_is_imported_whole_in_NFC(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var decomposed = "Hoàng Thị Ngọc Diệp".Normalize(NormalizationForm.FormD);
        var file = People(
            [decomposed, "nữ", 1988, "Phó Trưởng phòng", "công chức", "stp.p1", "Tày", "Có"],
            ["Võ Văn Khải", "Nam", null, null, "Viên chức", "STP.DV1", null, null],
            ["Đinh Quang Huy", "NAM", 1979, "Giám đốc Trung tâm", "Viên chức", "STP.DV1", "Kinh", "Không"]);

        using var response = await client.UploadAsync(Import, file);

        var report = await response.ImportedAsync();
        report.RowsRead.ShouldBe(3);
        report.Imported.ShouldBe(3);
        var diep = await app.WithDbAsync(db => db.People.Include(p => p.Unit).SingleAsync(p => p.FullName == "Hoàng Thị Ngọc Diệp"));
        diep.Unit!.Code.ShouldBe("STP.P1");
        diep.Gender.ShouldBe(Gender.Female);
        diep.StaffCategory.ShouldBe(StaffCategory.CivilServant);
        diep.BirthYear.ShouldBe(1988);
        diep.Ethnicity.ShouldBe("Tày");
        diep.IsPartyMember.ShouldBe(true);
        (await app.WithDbAsync(db => db.People.CountAsync(p => p.Unit!.Code == "STP.DV1" && (p.FullName == "Võ Văn Khải" || p.FullName == "Đinh Quang Huy"))))
            .ShouldBe(2);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_large_file_is_checked_across_its_chunks_then_written_whole_with_one_chained_audit_entry_per_person(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var codes = new[] { "STP.P1", "STP.P2", "STP.DV1" };
        static string Tag(int i) => string.Concat(i.ToString(CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0'))); // names hold letters only
        object?[] Row(int i) => [$"Người Nhập {Tag(i)}", i % 2 == 0 ? "Nam" : "Nữ", 1960 + (i % 40), "Chuyên viên", "Công chức", codes[i % 3], "Kinh", i % 5 == 0 ? "Có" : null];
        const int count = 12_345; // more than two read chunks and two write batches
        var rows = Enumerable.Range(0, count).Select(Row).ToArray();
        var badAt = new[] { 3, 5_001, 10_002, count - 1 }; // indexes in both chunks and in the last, short one
        var bad = rows.Select((r, i) => badAt.Contains(i) ? (object?[])[r[0], "Khác", r[2], r[3], r[4], i == 5_001 ? "KHONGCO" : r[5], r[6], r[7]] : r).ToArray();
        var peopleBefore = await app.WithDbAsync(db => db.People.CountAsync());

        using (var rejected = await client.UploadAsync(Import, People(bad)))
        {
            var problem = await rejected.RejectedAsync();
            problem.RowsRead.ShouldBe(count);
            problem.Errors.Select(e => e.Row).Distinct().ShouldBe(badAt.Select(i => i + 2)); // Excel row = index + 2 (header is row 1)
            problem.Errors.Count(e => e.Column == "Mã đơn vị").ShouldBe(1);
        }

        (await app.WithDbAsync(db => db.People.CountAsync())).ShouldBe(peopleBefore);
        var auditBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(Person)));

        using (var accepted = await client.UploadAsync(Import, People(rows)))
        {
            var report = await accepted.ImportedAsync();
            report.RowsRead.ShouldBe(count);
            report.Imported.ShouldBe(count);
        }

        (await app.WithDbAsync(db => db.People.CountAsync(p => p.FullName.StartsWith("Người Nhập ")))).ShouldBe(count);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(Person)))).ShouldBe(auditBefore + count);
        AuditLog.Verify(await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).ToListAsync())).ShouldBeNull();

        // The imported row is audited, stamped and searchable exactly as a person created through the API.
        var sameAsRowTen = new // row 10 of the file: Nam, 1970, Chuyên viên, Công chức, STP.P2, Kinh, Có
        {
            fullName = "Người Tạo Bằng Biểu Mẫu", gender = "Male", birthYear = 1970, position = "Chuyên viên",
            staffCategory = "CivilServant", unitId = await app.UnitIdAsync("STP.P2"), ethnicity = "Kinh", isPartyMember = true,
        };
        using (var created = await client.PostJsonAsync("/api/v1/people", sameAsRowTen))
        {
            created.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var imported = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.FullName == "Người Nhập ba"));
        imported.CreatedAt.ShouldNotBe(default);
        imported.FullNameFolded.ShouldBe("nguoi nhap ba");
        var formed = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.FullName == "Người Tạo Bằng Biểu Mẫu"));
        var importedAudit = await AuditOfAsync(app, imported.Id);
        var formedAudit = await AuditOfAsync(app, formed.Id);
        importedAudit.Action.ShouldBe(formedAudit.Action);
        importedAudit.UserName.ShouldBe("thidua.stp");
        importedAudit.TenantId.ShouldBe(imported.TenantId);
        Fields(importedAudit.Changes).ShouldBe(Fields(formedAudit.Changes)); // same fields, same order, same value formats
        using (var search = await client.GetAsync("/api/v1/people?q=nguoi nhap ba&limit=50"))
        {
            search.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await search.Content.ReadAsStringAsync()).ShouldContain(imported.Id.ToString());
        }
    }

    private static Task<AuditEntry> AuditOfAsync(TestApp app, Guid personId) => app.WithDbAsync(db =>
        db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == nameof(Person) && a.EntityId == personId.ToString()));

    /// <summary>An audit entry's (field, old, new) in its order, the values that differ between the two people masked.</summary>
    private static string[] Fields(string? changes) =>
        JsonDocument.Parse(changes!).RootElement.EnumerateArray().Select(c =>
        {
            var field = c.GetProperty("F").GetString()!;
            return field is "Id" or "FullName" or "FullNameFolded" ? field : $"{field}: {c.GetProperty("O")} → {c.GetProperty("N")}";
        }).ToArray();

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_export_is_in_the_template_layout_and_imports_again(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var stp = await app.UnitIdAsync("STP");
        using (var first = await client.UploadAsync(Import, People(["Nguyễn Thị Hoa", "Nữ", 1990, "=1+2", "Công chức", "STP.P2", "Kinh", "Có"])))
        {
            await first.ImportedAsync();
        }

        var before = await app.WithDbAsync(db => db.People.CountAsync(p => p.Unit!.Path.StartsWith(db.Units.Single(u => u.Id == stp).Path)));

        var exported = await client.DownloadAsync($"/api/v1/people/export.xlsx?unitId={stp}", "danh-sach-can-bo-");

        var rows = (await XlsxReader.ReadAsync(new MemoryStream(exported), PeopleExcel.Columns, CancellationToken.None)).Value!;
        rows.Count.ShouldBe(before);
        rows.ShouldContain(r => r.Cells.SequenceEqual(new[] { "Nguyễn Thị Hoa", "Nữ", "1990", "=1+2", "Công chức", "STP.P2", "Kinh", "Có" }));
        using var again = await client.UploadAsync(Import, exported);
        (await again.ImportedAsync()).Imported.ShouldBe(before);
        (await app.WithDbAsync(db => db.People.CountAsync(p => p.FullName == "Nguyễn Thị Hoa" && p.Position == "=1+2"))).ShouldBe(2);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Hostile_or_oversized_uploads_are_refused_with_a_Vietnamese_problem(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");

        using (var empty = await client.UploadAsync(Import, []))
        {
            (await empty.ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldStartWith("Tệp rỗng");
        }

        using (var png = await client.UploadAsync(Import, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "anh.xlsx"))
        {
            (await png.ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldStartWith("Tệp không phải định dạng Excel .xlsx");
        }

        using (var bomb = await client.UploadAsync(Import, XlsxFiles.ZipBomb(120)))
        {
            (await bomb.ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("excel.suspicious");
        }

        using (var missing = await client.UploadAsync(Import, XlsxFiles.Sheet([new("Họ và tên*"), new("Giới tính*")], ["An", "Nam"])))
        {
            var problem = await missing.ProblemAsync(HttpStatusCode.BadRequest);
            problem.Detail.ShouldStartWith("Thiếu cột bắt buộc");
            problem.Detail!.ShouldContain("“Mã đơn vị*”");
        }

        using (var huge = await client.UploadAsync(Import, new byte[XlsxReader.MaxBytes + 1]))
        {
            (await huge.ProblemAsync(HttpStatusCode.RequestEntityTooLarge)).Detail!.ShouldContain("20 MB");
        }

        using (var noFile = await client.PostAsync(Import, new MultipartFormDataContent { { new StringContent("x"), "khac" } }))
        {
            Vietnamese.LooksVietnamese((await noFile.ProblemAsync(HttpStatusCode.BadRequest)).Detail).ShouldBeTrue();
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_browser_session_must_send_the_antiforgery_token_a_bearer_client_need_not(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var browser = app.CreateClient();
        using (var login = await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["Input.UserName"] = "thidua.stp",
                   ["Input.Password"] = TestApp.DemoPassword,
                   ["__RequestVerificationToken"] = await AntiforgeryTokenAsync(browser, "/Account/Login"),
               })))
        {
            login.StatusCode.ShouldBe(HttpStatusCode.Redirect, await login.Content.ReadAsStringAsync());
        }

        var file = People(["Nguyễn Văn Một", "Nam", 1980, null, "Công chức", "STP.P1", null, null]);
        using (var forged = await browser.UploadAsync(Import, file))
        {
            (await forged.ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("antiforgery");
        }

        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(file), ExcelHttp.FormField, "danh-sach.xlsx" },
            { new StringContent(await AntiforgeryTokenAsync(browser, "/Account/Manage/ChangePassword")), "__RequestVerificationToken" },
        };
        using var genuine = await browser.PostAsync(Import, form);
        (await genuine.ImportedAsync()).Imported.ShouldBe(1);
    }

    [Fact]
    public async Task The_excel_endpoints_are_in_the_OpenAPI_document()
    {
        await using var app = await TestApp.StartAsync(Provider.Sqlite, pg, seedDemo: false);
        using var client = app.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        foreach (var path in new[] { "/api/v1/people/import", "/api/v1/people/export.xlsx", "/api/v1/people/template.xlsx",
                     "/api/v1/units/import", "/api/v1/units/export.xlsx", "/api/v1/units/template.xlsx" })
        {
            document.ShouldContain($"\"{path}\"");
        }
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        match.Success.ShouldBeTrue($"no antiforgery token on {page}");
        return match.Groups[1].Value;
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_template_lists_only_the_units_whose_people_the_user_manages(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");

        var template = await client.DownloadAsync("/api/v1/people/template.xlsx", "mau-nhap-can-bo");

        var cells = XlsxFiles.AllCells(template, PeopleExcel.ListsSheetName);
        cells.ShouldContain("STP.P1");
        cells.ShouldNotContain("SYT");
        (await XlsxReader.ReadAsync(new MemoryStream(template), PeopleExcel.Columns, CancellationToken.None)).Error!.Code.ShouldBe("excel.no_rows");
    }
}
