using System.Net;
using System.Text;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security;

public sealed class BadInputTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unreadable_bodies_and_wrong_types_get_a_Vietnamese_400_and_save_nothing(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var before = await app.WithDbAsync(db => db.People.CountAsync());

        foreach (var (body, field) in new[]
                 {
                     ("{bad json", (string?)null),
                     ("{\"fullName\":\"Lê Văn A\",\"gender\":\"Bogus\",\"staffCategory\":\"CivilServant\"}", "gender"),
                     ("{\"fullName\":\"Lê Văn A\",\"gender\":\"Male\",\"staffCategory\":\"CivilServant\",\"unitId\":\"khong-phai-guid\"}", "unitId"),
                     ("{\"fullName\":\"Lê Văn A\",\"gender\":\"Male\",\"staffCategory\":\"CivilServant\",\"birthYear\":\"năm\"}", "birthYear"),
                 })
        {
            using var response = await client.PostAsync("/api/v1/people/", new StringContent(body, Encoding.UTF8, "application/json"));
            var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
            problem.Title.ShouldBe("Dữ liệu không hợp lệ", body);
            if (field is not null)
            {
                problem.Detail.ShouldNotBeNull().ShouldContain(field, Case.Sensitive, body);
            }
        }

        using var badCursor = await client.GetAsync("/api/v1/people/?cursor=%%%");
        (await badCursor.ProblemAsync(HttpStatusCode.BadRequest)).AllText.ShouldContain("cursor");
        using var badGuid = await client.GetAsync("/api/v1/people/?unitId=abc");
        var badGuidProblem = await badGuid.ProblemAsync(HttpStatusCode.BadRequest);
        badGuidProblem.Title.ShouldBe("Dữ liệu không hợp lệ");
        badGuidProblem.Detail.ShouldNotBeNull().ShouldContain("unitId"); // the field named, as for a bad JSON field
        using var badLimit = await client.GetAsync("/api/v1/people/?limit=mười");
        (await badLimit.ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldNotBeNull().ShouldContain("limit");

        (await app.WithDbAsync(db => db.People.CountAsync())).ShouldBe(before);
    }
}
