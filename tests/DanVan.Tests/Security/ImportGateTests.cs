using System.Net;
using DanVan.Tests.Infrastructure;

namespace DanVan.Tests.Security;

/// <summary>An Excel import by an account that may not import anywhere is refused before the file is read or parsed.</summary>
public sealed class ImportGateTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_viewer_posting_any_file_to_an_import_gets_403_not_a_parse_error(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var viewer = await app.ClientForAsync("xem");
        foreach (var url in new[] { "/api/v1/people/import", "/api/v1/units/import", "/api/v1/award-records/import" })
        {
            using var content = new MultipartFormDataContent { { new ByteArrayContent("PK\u0003\u0004 not really a workbook"u8.ToArray()), "file", "tep.xlsx" } };
            using var response = await viewer.PostAsync(url, content);
            (await response.ProblemAsync(HttpStatusCode.Forbidden)).Detail.ShouldBe("Bạn không có quyền thực hiện thao tác này.", url);
        }
    }
}
