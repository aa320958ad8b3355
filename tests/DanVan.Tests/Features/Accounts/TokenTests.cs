using System.Net;
using System.Net.Http.Headers;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Audit;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Accounts;

public sealed class TokenTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Me_describes_the_signed_in_user_their_tenant_and_assignments(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("thidua.stp");

        var me = await (await client.GetAsync("/api/v1/me")).ReadAsync<AccountsApi.MeDto>();

        me.UserName.ShouldBe("thidua.stp");
        me.TenantName.ShouldBe("Tỉnh Sông Trà (dữ liệu mẫu)");
        me.TwoFactorEnabled.ShouldBeFalse();
        var assignment = me.Assignments.ShouldHaveSingleItem();
        assignment.Role.ShouldBe(Role.UnitOfficer);
        assignment.UnitName.ShouldBe("Sở Tư pháp");
        assignment.IncludeDescendants.ShouldBeTrue();
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_request_without_credentials_is_answered_401_with_problem_details_in_vietnamese(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, seedDemo: false);
        using var client = app.CreateClient();

        foreach (var url in new[] { "/api/v1/me", "/api/v1/people", "/api/v1/units", $"/api/v1/units/{Guid.NewGuid()}" })
        {
            using var response = await client.GetAsync(url);
            var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
            Vietnamese.LooksVietnamese(problem.Detail).ShouldBeTrue(problem.Detail);
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Garbage_expired_and_revoked_tokens_are_all_refused_with_401(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("xem");
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Garbage.
        using var anonymous = app.CreateClient();
        foreach (var garbage in new[] { "dvk_" + new string('0', 64), "nonsense", "dvk_" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", garbage);
            await (await anonymous.SendAsync(request)).ProblemAsync(HttpStatusCode.Unauthorized);
        }

        // Expired: issued 40 days ago for 30 days.
        var expired = await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "xem");
            var (token, plain) = AccessToken.Issue(user, "old", DateTime.UtcNow.AddDays(-40), TimeSpan.FromDays(30));
            db.AccessTokens.Add(token);
            await db.SaveChangesAsync();
            return plain;
        });
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me"))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", expired);
            await (await anonymous.SendAsync(request)).ProblemAsync(HttpStatusCode.Unauthorized);
        }

        // Revoked: the token revokes itself, and is refused from then on.
        var tokens = await (await client.GetAsync("/api/v1/tokens")).ReadAsync<List<AccountsApi.TokenDto>>();
        var current = tokens.Single(t => t.Name == "test" && t.RevokedAt is null);
        var revoked = await (await client.DeleteAsync($"/api/v1/tokens/{current.Id}")).ReadAsync<AccountsApi.TokenDto>();
        revoked.RevokedAt.ShouldNotBeNull();
        await (await client.GetAsync("/api/v1/me")).ProblemAsync(HttpStatusCode.Unauthorized);

        // Known tokens refused (expired, revoked) are audited; unknown strings are not, so garbage cannot flood the log.
        var rejections = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.TokenRejected));
        rejections.ShouldBe(2);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_wrong_password_or_unknown_user_gets_the_same_vietnamese_400(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = app.CreateClient();

        var wrongPassword = await (await client.PostJsonAsync("/api/v1/tokens", new { username = "xem", password = "Sai-mat-khau-1" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var unknownUser = await (await client.PostJsonAsync("/api/v1/tokens", new { username = "khong.ton.tai", password = "Sai-mat-khau-1" }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        wrongPassword.Code.ShouldBe("auth.bad_credentials");
        wrongPassword.Detail.ShouldNotBeNull().ShouldStartWith("Tên đăng nhập hoặc mật khẩu không đúng.");
        unknownUser.Code.ShouldBe(wrongPassword.Code);
        unknownUser.Detail.ShouldBe(wrongPassword.Detail);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = app.CreateClient();

        for (var i = 1; i <= 5; i++)
        {
            await (await client.PostJsonAsync("/api/v1/tokens", new { username = "hoidong1", password = $"Sai-mat-khau-{i}" }))
                .ProblemAsync(HttpStatusCode.BadRequest);
        }

        // Locked (for this address, ADR 0009), with the same answer as a wrong password: the lockout reveals nothing.
        var right = await (await client.PostJsonAsync("/api/v1/tokens", new { username = "hoidong1", password = TestApp.DemoPassword }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        right.Code.ShouldBe("auth.bad_credentials");
        Vietnamese.LooksVietnamese(right.Detail).ShouldBeTrue(right.Detail);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.LockedOut && a.UserName == "hoidong1")))
            .ShouldBeGreaterThanOrEqualTo(1);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_administrator_without_two_factor_sign_in_gets_no_token(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = app.CreateClient();

        var problem = await (await client.PostJsonAsync("/api/v1/tokens", new { username = "admin", password = TestApp.AdminPassword }))
            .ProblemAsync(HttpStatusCode.Forbidden);

        problem.Code.ShouldBe("auth.mfa_setup_required");
        Vietnamese.LooksVietnamese(problem.Detail).ShouldBeTrue(problem.Detail);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_administrator_with_totp_gets_a_token_but_not_with_a_wrong_code(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);

        using var admin = await app.ClientForAsync("admin"); // switches TOTP on and sends the current code
        var me = await (await admin.GetAsync("/api/v1/me")).ReadAsync<AccountsApi.MeDto>();
        me.TwoFactorEnabled.ShouldBeTrue();
        me.Assignments.ShouldContain(a => a.Role == Role.SystemAdmin);

        using var anonymous = app.CreateClient();
        var wrong = await (await anonymous.PostJsonAsync("/api/v1/tokens", new { username = "admin", password = TestApp.AdminPassword, totp = "000000" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var missing = await (await anonymous.PostJsonAsync("/api/v1/tokens", new { username = "admin", password = TestApp.AdminPassword }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        wrong.Code.ShouldBe("auth.totp_required");
        missing.Code.ShouldBe("auth.totp_required");
    }
}
