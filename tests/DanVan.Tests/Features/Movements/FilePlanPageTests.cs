using System.Net;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Movements;

/// <summary>
/// The plan page's "Văn bản đã có trong sổ": it lists the unit's own registered plans only, narrows them by a word, and
/// filing a chosen one passes the same server checks as the API (another unit's plan is refused, nothing saved).
/// </summary>
public sealed class FilePlanPageTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_commune_files_one_of_its_registered_plans_from_the_page_and_never_another_units(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var xa001 = await app.UnitIdAsync("XA001");
        var ward = await app.WithDbAsync(db => db.RoleAssignments.Where(a => db.Users.Any(u => u.Id == a.UserId && u.UserName == "thidua.phuong01"))
            .Select(a => a.UnitId).SingleAsync());
        var ubnd = await app.UnitIdAsync("UBND");
        var today = await app.WithDbAsync(db => Task.FromResult(VnTime.Today(db.Time)));
        var (movement, own, foreign) = await app.WithDbAsync(async db =>
        {
            var plan = await db.AddDocumentAsync(ubnd, "94/KH-UBND", today.AddDays(-20));
            var movement = await db.AddMovementAsync(ubnd, plan, [xa001, ward], launched: true);
            var own = await db.AddDocumentAsync(xa001, "31/KH-UBND", today.AddDays(-1));
            var foreign = await db.AddDocumentAsync(ward, "32/KH-UBND", today.AddDays(-1));
            return (movement, own, foreign);
        });

        using var client = await app.SignedInAsync("thidua.xa001");
        var url = $"/Movements/FilePlan/{movement}?unitId={xa001}";
        var html = await client.GetStringAsync(url);
        html.ShouldContain("id=\"plan-existing\"");
        html.ShouldContain($"value=\"{own}\"");
        html.ShouldNotContain($"value=\"{foreign}\"");
        (await client.GetStringAsync(url + "&q=31")).ShouldContain($"value=\"{own}\"");
        (await client.GetStringAsync(url + "&q=khongcovanban")).ShouldNotContain($"value=\"{own}\"");

        // Another unit's plan, posted by hand: refused with the API's message, the obligation stays open.
        var token = await CookieSession.FormTokenAsync(client, url);
        using var refused = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.DocumentId"] = foreign.ToString(),
            ["__RequestVerificationToken"] = token,
        }));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain(MovementErrors.PlanNotOfUnit.Message);
        (await app.WithDbAsync(db => db.PlanObligations.SingleAsync(o => o.MovementId == movement && o.UnitId == xa001))).PlanDocumentId.ShouldBeNull();

        // Its own plan: filed, on time, linked to the movement's plan.
        using var filed = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.DocumentId"] = own.ToString(),
            ["__RequestVerificationToken"] = token,
        }));
        filed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var obligation = await app.WithDbAsync(db => db.PlanObligations.SingleAsync(o => o.MovementId == movement && o.UnitId == xa001));
        obligation.PlanDocumentId.ShouldBe(own);
        obligation.StatusOn(today).ShouldBe(PlanStatus.OnTime);
    }
}
