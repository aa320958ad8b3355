using System.Net;
using System.Text;
using System.Text.Json;
using DanVan.Infrastructure.Web;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security;

/// <summary>Every enum in a request is checked at the edge: an undefined value is a 400 naming the field, never a stored row.</summary>
public sealed class EnumDomainTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static readonly JsonSerializerOptions Strict = new() { Converters = { new StrictEnumJsonConverter() } };

    public static TheoryData<Type> AppEnums()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(Program).Assembly.GetTypes().Where(t => t.IsEnum && t.Namespace?.StartsWith("DanVan", StringComparison.Ordinal) == true))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AppEnums))]
    public void Every_enum_of_the_app_reads_its_defined_names_and_numbers_and_refuses_the_rest(Type type)
    {
        foreach (var value in Enum.GetValues(type))
        {
            JsonSerializer.Deserialize($"\"{value}\"", type, Strict).ShouldBe(value);
            JsonSerializer.Deserialize($"\"{value.ToString()!.ToLowerInvariant()}\"", type, Strict).ShouldBe(value);
            JsonSerializer.Deserialize(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture), type, Strict).ShouldBe(value);
            JsonSerializer.Serialize(value, type, Strict).ShouldBe($"\"{value}\"");
        }

        var undefined = Enumerable.Range(-1, 1000).First(n => !Enum.IsDefined(type, Enum.ToObject(type, n)));
        foreach (var json in new[] { undefined.ToString(System.Globalization.CultureInfo.InvariantCulture), $"\"{undefined}\"", "\"Bogus\"", "\"\"", "true", "1.5" })
        {
            Should.Throw<JsonException>(() => JsonSerializer.Deserialize(json, type, Strict), $"{type.Name} {json}");
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_undefined_enum_number_in_a_body_is_a_400_naming_the_field_and_the_register_keeps_working(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("thidua.stp");
        var stp = await app.UnitIdAsync("STP");
        var before = await app.WithDbAsync(db => db.Documents.CountAsync());

        foreach (var (status, field) in new[] { ("9", "status"), ("-1", "status"), ("\"9\"", "status") })
        {
            var body = $$"""{"number":"31/KH-STP","type":"Plan","issuerUnitId":"{{stp}}","issueDate":"2026-03-01","title":"Kế hoạch","status":{{status}}}""";
            using var response = await officer.PostAsync("/api/v1/documents", new StringContent(body, Encoding.UTF8, "application/json"));
            var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
            problem.Title.ShouldBe("Dữ liệu không hợp lệ");
            problem.Detail.ShouldNotBeNull().ShouldContain($"“{field}”", Case.Sensitive, body);
        }

        var typeAsNumber = $$"""{"number":"31/KH-STP","type":99,"issuerUnitId":"{{stp}}","issueDate":"2026-03-01","title":"Kế hoạch"}""";
        using (var response = await officer.PostAsync("/api/v1/documents", new StringContent(typeAsNumber, Encoding.UTF8, "application/json")))
        {
            (await response.ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldNotBeNull().ShouldContain("“type”");
        }

        (await app.WithDbAsync(db => db.Documents.CountAsync())).ShouldBe(before);
        using var reader = await app.ClientForAsync("xem");
        using var page = await reader.GetAsync("/Documents");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Movement_items_of_an_undefined_kind_cannot_slip_past_the_per_kind_limit(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        var ubnd = await app.UnitIdAsync("UBND");
        var before = await app.WithDbAsync(db => db.Movements.CountAsync());
        var items = string.Join(",", Enumerable.Range(0, 150).Select(i => $$"""{"kind":{{100 + i}},"text":"Nội dung {{i}}"}"""));
        var body = $$"""{"name":"Phong trào thử","year":2026,"form":"Thematic","launchingUnitId":"{{ubnd}}","startsOn":"2026-05-01","planDeadline":"2026-05-10","participants":[{"unitId":"{{ubnd}}","includeDescendants":true}],"items":[{{items}}]}""";

        using var response = await officer.PostAsync("/api/v1/movements", new StringContent(body, Encoding.UTF8, "application/json"));
        (await response.ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldNotBeNull().ShouldContain("kind");
        (await app.WithDbAsync(db => db.Movements.CountAsync())).ShouldBe(before);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_undefined_enum_number_in_a_query_is_a_400_naming_the_parameter(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        foreach (var (url, parameter) in new[]
                 {
                     ("/api/v1/documents?status=9", "status"), ("/api/v1/documents?type=77", "type"), ("/api/v1/models?level=9", "level"),
                     ("/api/v1/models?field=42", "field"), ("/api/v1/movements?status=-3", "status"),
                 })
        {
            using var response = await officer.GetAsync(url);
            (await response.ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldNotBeNull().ShouldContain($"“{parameter}”", Case.Sensitive, url);
        }

        using var named = await officer.GetAsync("/api/v1/documents?status=InForce");
        named.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_undefined_enum_in_a_form_post_is_a_Vietnamese_error_on_the_page_and_saves_nothing(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.SignedInAsync("thidua.stp");
        var stp = await app.UnitIdAsync("STP");
        var before = await app.WithDbAsync(db => db.Documents.CountAsync());
        var token = await CookieSession.FormTokenAsync(client, "/Documents/Create");
        using var response = await client.PostAsync("/Documents/Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Number"] = "32/KH-STP", ["Input.Type"] = "99", ["Input.IssuerUnitId"] = stp.ToString(), ["Input.OwnerUnitId"] = stp.ToString(),
            ["Input.IssueDate"] = "2026-03-01", ["Input.Title"] = "Kế hoạch", ["Input.Status"] = "9", ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("không hợp lệ");
        html.ShouldNotContain("is not valid");
        (await app.WithDbAsync(db => db.Documents.CountAsync())).ShouldBe(before);
    }
}
