using System.Net;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using DanVan.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Security;

/// <summary>
/// A grant is bounded by the granter's own reach (ADR 0002, amendment): the granter must administer every unit the
/// grant covers, with a role at least as powerful as the one granted, and never widens their own grants. As tables:
/// the granter's grant × the requested grant → allowed, or refused with a Vietnamese message and nothing saved.
/// </summary>
public sealed class GrantReachTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    /// <summary>The granter's grants: (role, unit code, include sub-units); "ROOT" is the province itself.</summary>
    private sealed record Granter(string Name, (Role Role, string Unit, bool Sub)[] Grants);

    private static readonly Granter DeptOnly = new("qtv.stp.rieng", [(Role.TenantAdmin, "STP", false)]);
    private static readonly Granter Dept = new("qtv.stp", [(Role.TenantAdmin, "STP", true)]);
    private static readonly Granter Province = new("qtv.tinh.moi", [(Role.TenantAdmin, "ROOT", true)]);

    /// <summary>Sees the subtree as a Viewer, but administers STP alone: the Viewer grant gives no right to grant.</summary>
    private static readonly Granter DeptOnlyViewingBelow = new("qtv.stp.xem", [(Role.TenantAdmin, "STP", false), (Role.Viewer, "STP", true)]);

    /// <summary>(granter, requested role, unit, include sub-units, to the granter themself, allowed).</summary>
    private static readonly (Granter Granter, Role Role, string Unit, bool Sub, bool Self, bool Allowed)[] Assign =
    [
        (DeptOnly, Role.Viewer, "STP", false, false, true),
        (DeptOnly, Role.Viewer, "STP", true, false, false),
        (DeptOnly, Role.TenantAdmin, "STP", true, false, false),
        (DeptOnly, Role.UnitOfficer, "STP.P1", false, false, false),
        (DeptOnly, Role.TenantAdmin, "STP", false, true, false),
        (DeptOnly, Role.TenantAdmin, "STP", true, true, false),
        (DeptOnlyViewingBelow, Role.Viewer, "STP", true, false, false),
        (DeptOnlyViewingBelow, Role.Viewer, "STP.P1", false, false, false),
        (Dept, Role.Viewer, "STP", true, false, true),
        (Dept, Role.TenantAdmin, "STP.P1", true, false, true),
        (Dept, Role.TenantAdmin, "STP", true, false, true),
        (Dept, Role.SystemAdmin, "STP.P1", false, false, false),
        (Dept, Role.Viewer, "SYT", false, false, false),
        (Dept, Role.Viewer, "ROOT", false, false, false),
        (Dept, Role.Viewer, "STP.P1", true, true, false),
        (Province, Role.TenantAdmin, "ROOT", true, false, true),
        (Province, Role.SystemAdmin, "ROOT", true, false, false),
        (Province, Role.SystemAdmin, "STP", false, false, false),
    ];

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Assigning_a_role_is_bounded_by_the_granters_own_reach_and_role(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var units = await UnitsAsync(app);
        var failures = new List<string>();
        foreach (var (c, i) in Assign.Select((c, i) => (c, i)))
        {
            var me = await GranterAsync(app, units, c.Granter, $"g{i}");
            var target = c.Self ? me.UserId : await app.CreateUserAsync($"dich{i}", Role.Viewer, units["SYT"], includeDescendants: false);
            var before = await CountAssignmentsAsync(app, target);
            var result = await InScopeAsync(app, (db, _) => AssignRole.HandleAsync(db, me, target,
                new AssignmentInput { Role = c.Role, UnitId = units[c.Unit], IncludeDescendants = c.Sub }, default));
            var after = await CountAssignmentsAsync(app, target);
            var row = $"#{i} {c.Granter.Name} → {c.Role} @ {c.Unit}{(c.Sub ? "+" : "")}{(c.Self ? " (self)" : "")}";
            Check(failures, row, c.Allowed, result.Error, after - before);
        }

        failures.ShouldBeEmpty(string.Join("\n", failures));
    }

    private static readonly (Granter Granter, Role Role, string Unit, bool Sub, bool Allowed)[] Remove =
    [
        (DeptOnly, Role.Viewer, "STP", false, true),
        (DeptOnly, Role.Viewer, "STP", true, false),
        (DeptOnly, Role.TenantAdmin, "STP", true, false),
        (Dept, Role.Viewer, "STP", true, true),
        (Dept, Role.TenantAdmin, "STP", true, true),
        (Dept, Role.TenantAdmin, "ROOT", true, false),
        (Province, Role.SystemAdmin, "STP", false, false),
    ];

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Removing_a_role_is_bounded_by_the_removers_own_reach_and_role(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var units = await UnitsAsync(app);
        var failures = new List<string>();
        foreach (var (c, i) in Remove.Select((c, i) => (c, i)))
        {
            var me = await GranterAsync(app, units, c.Granter, $"r{i}");
            var target = await app.CreateUserAsync($"go{i}", c.Role, units[c.Unit], c.Sub);
            var assignment = await app.WithDbAsync(db => db.RoleAssignments.Where(a => a.UserId == target).Select(a => a.Id).SingleAsync());
            var result = await InScopeAsync(app, (db, _) => RemoveAssignment.HandleAsync(db, me, assignment, default));
            var removed = 1 - await CountAssignmentsAsync(app, target);
            Check(failures, $"#{i} {c.Granter.Name} removes {c.Role} @ {c.Unit}{(c.Sub ? "+" : "")}", c.Allowed, result.Error, removed);
        }

        failures.ShouldBeEmpty(string.Join("\n", failures));
    }

    private static readonly (Granter Granter, Role Role, string Unit, bool Sub, bool Allowed)[] Disable =
    [
        (DeptOnly, Role.Viewer, "STP", false, true),
        (DeptOnly, Role.Viewer, "STP", true, false),
        (DeptOnly, Role.TenantAdmin, "STP", true, false),
        (Dept, Role.Viewer, "STP", true, true),
        (Dept, Role.TenantAdmin, "STP.P1", true, true),
        (Dept, Role.Viewer, "ROOT", false, false),
    ];

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Disabling_an_account_needs_the_reach_of_every_grant_it_holds(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var units = await UnitsAsync(app);
        var failures = new List<string>();
        foreach (var (c, i) in Disable.Select((c, i) => (c, i)))
        {
            var me = await GranterAsync(app, units, c.Granter, $"d{i}");
            var target = await app.CreateUserAsync($"tat{i}", c.Role, units[c.Unit], c.Sub);
            var result = await InScopeAsync(app, (db, sp) =>
                SetUserDisabled.HandleAsync(db, sp.GetRequiredService<UserManager<AppUser>>(), me, target, true, default));
            var disabled = await app.WithDbAsync(db => db.Users.Where(u => u.Id == target).Select(u => u.IsDisabled).SingleAsync());
            Check(failures, $"#{i} {c.Granter.Name} disables {c.Role} @ {c.Unit}{(c.Sub ? "+" : "")}", c.Allowed, result.Error, disabled ? 1 : 0);
        }

        failures.ShouldBeEmpty(string.Join("\n", failures));
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Creating_an_account_with_a_wider_reach_than_ones_own_is_refused_and_no_account_is_left(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var units = await UnitsAsync(app);
        var me = await GranterAsync(app, units, DeptOnly, "c");
        var input = new UserInput
        {
            UserName = "rong.hon", FullName = "Nguyễn Văn Rộng", Password = "Mat-khau-du-dai-1", Role = Role.Viewer,
            UnitId = units["STP"], IncludeDescendants = true,
        };
        var result = await InScopeAsync(app, (db, sp) => CreateUser.HandleAsync(db, sp.GetRequiredService<UserManager<AppUser>>(), me, input, default));
        result.Error.ShouldNotBeNull().Kind.ShouldBe(ErrorKind.Forbidden);
        Vietnamese.LooksVietnamese(result.Error.Message).ShouldBeTrue(result.Error.Message);
        (await app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "rong.hon"))).ShouldBeFalse();

        input.IncludeDescendants = false;
        var narrow = await InScopeAsync(app, (db, sp) => CreateUser.HandleAsync(db, sp.GetRequiredService<UserManager<AppUser>>(), me, input, default));
        narrow.Error.ShouldBeNull();
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_admin_pages_refuse_a_wider_grant_with_the_message_and_save_nothing(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var units = await UnitsAsync(app);
        var me = await GranterAsync(app, units, DeptOnly, "p");
        var target = await app.CreateUserAsync("dich.trang", Role.Viewer, units["STP"], includeDescendants: false);
        using var client = await app.SignedInAsync(me.UserName);

        // Assigning on the account's page: the same grant with sub-units is refused, without it allowed.
        foreach (var (id, sub, allowed, message) in new[] { (target, true, false, "phạm vi"), (me.UserId, false, false, "chính mình"), (target, false, true, "") })
        {
            var before = await CountAssignmentsAsync(app, id);
            var token = await CookieSession.FormTokenAsync(client, $"/Admin/Users/Details/{id}");
            using var response = await client.PostAsync($"/Admin/Users/Details/{id}?handler=Assign", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Assign.Role"] = allowed ? nameof(Role.UnitOfficer) : nameof(Role.Viewer), ["Assign.UnitId"] = units["STP"].ToString(),
                ["Assign.IncludeDescendants"] = sub ? "true" : "false", ["__RequestVerificationToken"] = token,
            }));
            var after = await CountAssignmentsAsync(app, id);
            if (allowed)
            {
                response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
                after.ShouldBe(before + 1);
                continue;
            }

            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{id} {sub}");
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            html.ShouldContain(message, Case.Sensitive, "the refusal names the rule");
            after.ShouldBe(before);
        }

        // Creating an account with the subtree from the create page.
        var createToken = await CookieSession.FormTokenAsync(client, "/Admin/Users/Create");
        using var create = await client.PostAsync("/Admin/Users/Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "rong.trang", ["Input.FullName"] = "Trần Thị Rộng", ["Input.Password"] = "Mat-khau-du-dai-1",
            ["Input.Role"] = nameof(Role.Viewer), ["Input.UnitId"] = units["STP"].ToString(), ["Input.IncludeDescendants"] = "true",
            ["__RequestVerificationToken"] = createToken,
        }));
        create.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await create.Content.ReadAsStringAsync()).ShouldContain("phạm vi");
        (await app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "rong.trang"))).ShouldBeFalse();
    }

    private static void Check(List<string> failures, string row, bool allowed, AppError? error, int saved)
    {
        if (allowed && (error is not null || saved != 1))
        {
            failures.Add($"{row}: expected allowed, got {error?.Code ?? "no error"} with {saved} saved");
        }
        else if (!allowed && (error is null || error.Kind is not (ErrorKind.Forbidden or ErrorKind.NotFound)
                               || !Vietnamese.LooksVietnamese(error.Message) || saved != 0))
        {
            failures.Add($"{row}: expected refused with a Vietnamese message and nothing saved, got {error?.Code ?? "no error"} with {saved} saved");
        }
    }

    private static Task<Dictionary<string, Guid>> UnitsAsync(TestApp app) => app.WithDbAsync(async db =>
    {
        var tenant = await db.Units.Where(u => u.Code == "STP").Select(u => u.TenantId).SingleAsync();
        var units = await db.Units.Where(u => u.TenantId == tenant && (u.Code == "STP" || u.Code == "STP.P1" || u.Code == "SYT"))
            .ToDictionaryAsync(u => u.Code, u => u.Id);
        units["ROOT"] = await db.Units.Where(u => u.TenantId == tenant && u.ParentId == null).Select(u => u.Id).SingleAsync();
        return units;
    });

    private static async Task<CurrentUser> GranterAsync(TestApp app, Dictionary<string, Guid> units, Granter granter, string suffix)
    {
        var name = $"{granter.Name}.{suffix}";
        var (first, rest) = (granter.Grants[0], granter.Grants[1..]);
        var id = await app.CreateUserAsync(name, first.Role, units[first.Unit], first.Sub);
        await app.WithDbAsync(async db =>
        {
            foreach (var g in rest)
            {
                var unit = await db.Units.SingleAsync(u => u.Id == units[g.Unit]);
                db.RoleAssignments.Add(new RoleAssignment(unit.TenantId, id, g.Role, unit, g.Sub, DateTime.UtcNow));
            }

            await db.SaveChangesAsync();
        });
        var tenant = await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.TenantId).SingleAsync());
        return new CurrentUser(id, tenant, name);
    }

    private static Task<int> CountAssignmentsAsync(TestApp app, Guid userId) =>
        app.WithDbAsync(db => db.RoleAssignments.CountAsync(a => a.UserId == userId));

    private static async Task<T> InScopeAsync<T>(TestApp app, Func<AppDbContext, IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider);
    }
}
