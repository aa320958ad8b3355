using System.Net;
using System.Text.RegularExpressions;
using DanVan.Features.Accounts;
using DanVan.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Security;

/// <summary>Sign-in answers that reveal nothing (ASVS 5.0 V6.3), lockout nobody else can trigger, common passwords refused.</summary>
public sealed partial class SignInHardeningTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string Attacker = "203.0.113.66";
    private const string Owner = "198.51.100.7";

    [GeneratedRegex("<div class=\"text-danger[^\"]*\"[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex ValidationSummary();

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unknown_and_locked_out_accounts_get_the_same_answer_as_a_wrong_password_and_cost_one_hash(Provider provider)
    {
        var hasher = new CountingHasher();
        await using var app = await TestApp.StartAsync(provider, pg, services: s =>
        {
            ClientAddress.Register(s);
            s.AddSingleton<IPasswordHasher<AppUser>>(hasher);
        });
        using var client = app.CreateClient();

        var wrong = await (await TokenAsync(client, Attacker, "hoidong1", "Sai-mat-khau-1")).ProblemAsync(HttpStatusCode.BadRequest);
        hasher.Verifications = 0;
        var unknown = await (await TokenAsync(client, Attacker, "khong-ton-tai", "Sai-mat-khau-1")).ProblemAsync(HttpStatusCode.BadRequest);
        hasher.Verifications.ShouldBe(1, "an unknown name costs a password hash, like a known one");
        for (var i = 2; i <= 5; i++)
        {
            await (await TokenAsync(client, Attacker, "hoidong1", $"Sai-mat-khau-{i}")).ProblemAsync(HttpStatusCode.BadRequest);
        }

        hasher.Verifications = 0;
        var locked = await (await TokenAsync(client, Attacker, "hoidong1", TestApp.DemoPassword)).ProblemAsync(HttpStatusCode.BadRequest);
        hasher.Verifications.ShouldBe(1, "a locked account costs a password hash too");

        foreach (var answer in new[] { unknown, locked })
        {
            answer.Code.ShouldBe(wrong.Code);
            answer.Title.ShouldBe(wrong.Title);
            answer.Detail.ShouldBe(wrong.Detail);
        }

        Vietnamese.LooksVietnamese(wrong.Detail).ShouldBeTrue(wrong.Detail);

        // The sign-in page: the same sentence for an unknown name and for the locked account with its right password.
        var unknownPage = await LoginPageErrorAsync(client, Attacker, "khong-ton-tai", "Sai-mat-khau-1");
        (await LoginPageErrorAsync(client, Attacker, "hoidong1", TestApp.DemoPassword)).ShouldBe(unknownPage);
        (await LoginPageErrorAsync(client, Attacker, "hoidong1", "Sai-mat-khau-9")).ShouldBe(unknownPage);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Wrong_passwords_from_one_address_do_not_lock_the_owner_out_from_another(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, services: ClientAddress.Register);
        using var client = app.CreateClient();
        for (var i = 1; i <= 8; i++)
        {
            await (await TokenAsync(client, Attacker, "hoidong1", $"Sai-mat-khau-{i}")).ProblemAsync(HttpStatusCode.BadRequest);
        }

        // Locked for the address that guessed, even with the right password…
        await (await TokenAsync(client, Attacker, "hoidong1", TestApp.DemoPassword)).ProblemAsync(HttpStatusCode.BadRequest);

        // …but not for the owner elsewhere, on the API and on the sign-in page.
        using var own = await TokenAsync(client, Owner, "hoidong1", TestApp.DemoPassword);
        own.StatusCode.ShouldBe(HttpStatusCode.OK, await own.Content.ReadAsStringAsync());
        using var browser = app.CreateClient();
        using var login = await PostLoginAsync(browser, Owner, "hoidong1", TestApp.DemoPassword);
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_common_password_is_refused_with_a_Vietnamese_message_wherever_a_password_is_set(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByNameAsync("xem"))!;
        foreach (var common in new[] { "Password123", "Matkhau@123", "Admin@12345", "Abc@123456789", "Qwerty123456", "Anhyeuem123", "Vietnam@2026" })
        {
            var result = await users.ChangePasswordAsync(user, TestApp.DemoPassword, common);
            result.Succeeded.ShouldBeFalse(common);
            result.Errors.Select(e => e.Description).ShouldContain(d => d.Contains("quá phổ biến"), common);
        }

        (await users.ChangePasswordAsync(user, TestApp.DemoPassword, "Sông Trà chảy 7 dòng")).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData("password1234", true)]
    [InlineData("PASSWORD1234", true)]
    [InlineData("matkhau123456", true)]
    [InlineData("Abc@12345678", true)]
    [InlineData("1234567890", true)]
    [InlineData("Danvan@2025", true)]
    [InlineData("Hoa sen trên hồ 19", false)]
    [InlineData("q8#Lm-2vT!zr", false)]
    public void The_common_password_list_recognises_well_known_patterns_whatever_the_case(string password, bool common) =>
        CommonPasswords.Contains(password).ShouldBe(common);

    [Fact]
    public void The_common_password_list_has_a_few_thousand_entries() =>
        CommonPasswords.Count.ShouldBeInRange(2_000, 50_000);

    private static Task<HttpResponseMessage> TokenAsync(HttpClient client, string from, string userName, string password) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/tokens")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { username = userName, password }),
        }.From(from));

    private static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string from, string userName, string password)
    {
        var token = await CookieSession.FormTokenAsync(client, "/Account/Login");
        return await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = userName, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
            }),
        }.From(from));
    }

    private static async Task<string> LoginPageErrorAsync(HttpClient client, string from, string userName, string password)
    {
        using var response = await PostLoginAsync(client, from, userName, password);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return ValidationSummary().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value.Trim();
    }

    private sealed class CountingHasher : PasswordHasher<AppUser>
    {
        public int Verifications { get; set; }

        public override PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
