using System.Net;
using System.Text;
using DanVan.Features.People;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.People;

public sealed class CreatePersonTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_name_sent_decomposed_is_stored_composed(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var stp = await app.UnitIdAsync("STP");
        const string name = "Nguyễn Thị Ánh Tuyết";

        var created = await (await client.PostJsonAsync("/api/v1/people", PersonRequests.Valid(name.Normalize(NormalizationForm.FormD), stp)))
            .ReadAsync<PersonDto>(HttpStatusCode.Created);

        created.FullName.ShouldBe(name);
        var stored = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == created.Id));
        stored.FullName.ShouldBe(name);
        stored.FullName.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
        stored.FullNameFolded.ShouldBe("nguyen thi anh tuyet");
        stored.UnitId.ShouldBe(stp);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Markup_in_a_name_is_refused_and_nothing_is_saved(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var stp = await app.UnitIdAsync("STP");
        var before = await app.WithDbAsync(db => db.People.CountAsync());

        foreach (var name in new[] { "<script>alert(1)</script>", "Lan<img src=x onerror=alert(1)>", "\"><b>Hoa</b>" })
        {
            var problem = await (await client.PostJsonAsync("/api/v1/people", PersonRequests.Valid(name, stp))).ProblemAsync(HttpStatusCode.BadRequest);
            problem.Errors!.ShouldContainKey("FullName");
            problem.Errors!["FullName"].ShouldContain("Họ và tên chỉ gồm chữ cái, khoảng trắng và các ký tự . ' -");
        }

        (await app.WithDbAsync(db => db.People.CountAsync())).ShouldBe(before);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_sql_looking_name_is_refused_or_stored_as_plain_text_and_the_table_survives(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var stp = await app.UnitIdAsync("STP");
        var before = await app.WithDbAsync(db => db.People.CountAsync());

        foreach (var name in new[] { "Robert'); DROP TABLE People;--", "O'Brien' OR '1'='1" })
        {
            using var response = await client.PostJsonAsync("/api/v1/people", PersonRequests.Valid(name, stp));
            if (response.StatusCode == HttpStatusCode.Created)
            {
                var created = await response.ReadAsync<PersonDto>(HttpStatusCode.Created);
                (await app.WithDbAsync(db => db.People.Where(p => p.Id == created.Id).Select(p => p.FullName).SingleAsync())).ShouldBe(name);
                before++;
            }
            else
            {
                await response.ProblemAsync(HttpStatusCode.BadRequest);
            }
        }

        (await app.WithDbAsync(db => db.People.CountAsync())).ShouldBe(before, "the People table is still there, unchanged");
        (await client.GetAsync("/api/v1/people?q=robert")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_over_long_name_is_refused_in_vietnamese(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");
        var stp = await app.UnitIdAsync("STP");

        var problem = await (await client.PostJsonAsync("/api/v1/people", PersonRequests.Valid("Nguyễn " + new string('a', Person.FullNameMax), stp)))
            .ProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors!["FullName"].ShouldContain($"Họ và tên không được dài quá {Person.FullNameMax} ký tự.");
        problem.Title.ShouldBe("Dữ liệu không hợp lệ");
    }
}
