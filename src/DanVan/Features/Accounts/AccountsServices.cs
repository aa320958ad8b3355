using System.Threading.RateLimiting;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DanVan.Features.Accounts;

public static class AccountsServices
{
    public const string SmartScheme = "DanVan";
    public const string LoginRateLimit = "login";
    public const string SignedInAtItem = "danvan.signin";
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(8);

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, SmartScheme, o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? AccessTokenAuthentication.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthentication>(AccessTokenAuthentication.SchemeName, null)
            .AddIdentityCookies();

        services.AddIdentityCore<AppUser>(o =>
            {
                // Per account and address: SignInGuard (5 in 15 min); this per-account lockout is only the backstop (ADR 0009).
                o.Lockout.MaxFailedAccessAttempts = SignInGuard.AccountBackstop;
                o.Lockout.DefaultLockoutTimeSpan = SignInGuard.Lockout;
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = AppUser.PasswordMin;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = true; // "confirmed" = not disabled, see EnabledUserConfirmation
                o.Tokens.AuthenticatorTokenProvider = OneTimeTotpProvider.Name;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserStore<DanVanUserStore>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeTotpProvider>(OneTimeTotpProvider.Name)
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<DanVanClaimsFactory>()
            .AddErrorDescriber<VietnameseIdentityErrors>();
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section)
            .Validate(o => o.MfaRoles() is not null).ValidateOnStart();
        services.AddSingleton<MfaPolicy>();
        services.AddSingleton<SignInGuard>();
        services.AddScoped<IUserConfirmation<AppUser>, EnabledUserConfirmation>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme)
            .Configure<IOptions<SecurityOptions>, IHostEnvironment>((o, security, env) =>
                HostCookie.Apply(o.Cookie, "danvan.2fa", security.Value.HttpsOnly(env)));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SecurityOptions>, IHostEnvironment>((o, security, env) =>
                HostCookie.Apply(o.Cookie, "danvan.auth", security.Value.HttpsOnly(env)));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ExpireTimeSpan = IdleTimeout;
            o.SlidingExpiration = true;
            o.Events.OnSigningIn = ctx =>
            {
                // Kept through sliding renewals and security-stamp refreshes: the start of the absolute 8 h limit.
                var now = ctx.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                ctx.Properties.Items.TryAdd(SignedInAtItem, now.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = async ctx =>
            {
                var time = ctx.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
                if (ctx.Properties.Items.TryGetValue(SignedInAtItem, out var at)
                    && DateTime.TryParse(at, System.Globalization.CultureInfo.InvariantCulture,
                        System.Globalization.DateTimeStyles.RoundtripKind, out var signedIn)
                    && time.GetUtcNow().UtcDateTime - signedIn > AbsoluteTimeout)
                {
                    ctx.RejectPrincipal();
                    await ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await SecurityStampValidator.ValidatePrincipalAsync(ctx);
            };
        });

        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddTransient<IStartupFilter, AccessAudit>(); // audits page-policy denials and out-of-scope 404s
        // The account pages' own permissions; every other feature states its pages' in its AddX().
        services.RequirePermissionForFolder(Permission.ManageUsers, "/Accounts/Users");
        services.RequirePermissionForFolder(Permission.ViewAudit, "/Admin/Audit");
        services.RequirePermissionForFolder(Permission.ManageUsers, "/Admin/Jobs");
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(SmartScheme).RequireAuthenticatedUser()
                .RequireClaim(DanVanClaims.TenantId).Build())
            .AddPolicies();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per client IP, sign-in attempts only (showing the form is free).
            o.AddPolicy(LoginRateLimit, ctx => HttpMethods.IsGet(ctx.Request.Method)
                ? RateLimitPartition.GetNoLimiter("get")
                : RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    private static AuthorizationBuilder AddPolicies(this AuthorizationBuilder builder)
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            builder.AddPolicy(PermissionRequirement.PolicyName(permission), p => p
                .AddAuthenticationSchemes(SmartScheme).RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(permission)));
        }

        return builder;
    }

    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Headers.ContainsKey("HX-Request"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
