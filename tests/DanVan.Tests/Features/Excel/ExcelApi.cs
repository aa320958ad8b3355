using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DanVan.Infrastructure.Excel;
using DanVan.Tests.Infrastructure;

namespace DanVan.Tests.Features.Excel;

/// <summary>Uploading and downloading workbooks through the API, and reading its answers.</summary>
internal static class ExcelApi
{
    public sealed record Report(int RowsRead, int Imported, List<RowError> Errors, bool Succeeded);

    public sealed record RowError(int Row, string? Column, string Message);

    public sealed record RowsProblem(int Status, string Title, string Detail, string Code, int RowsRead, int Imported, List<RowError> Errors);

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string url, byte[] file, string fileName = "danh-sach.xlsx")
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(ExcelHttp.ContentType);
        form.Add(part, ExcelHttp.FormField, fileName);
        return await client.PostAsync(url, form);
    }

    public static async Task<Report> ImportedAsync(this HttpResponseMessage response)
    {
        var report = await response.ReadAsync<Report>();
        report.Succeeded.ShouldBeTrue();
        report.Errors.ShouldBeEmpty();
        return report;
    }

    public static async Task<RowsProblem> RejectedAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonSerializer.Deserialize<RowsProblem>(body, Api.Json)!;
        problem.Code.ShouldBe("import.invalid_rows");
        problem.Imported.ShouldBe(0);
        Vietnamese.LooksVietnamese(problem.Title).ShouldBeTrue(problem.Title);
        Vietnamese.LooksVietnamese(problem.Detail).ShouldBeTrue(problem.Detail);
        problem.Errors.ShouldAllBe(e => Vietnamese.LooksVietnamese(e.Message));
        return problem;
    }

    public static async Task<byte[]> DownloadAsync(this HttpClient client, string url, string fileNamePrefix)
    {
        using var response = await client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(bytes));
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ExcelHttp.ContentType);
        response.Content.Headers.ContentDisposition?.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition?.FileName?.Trim('"').ShouldStartWith(fileNamePrefix);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        return bytes;
    }
}
