using System.Net;
using System.Net.Http.Headers;
using DanVan.Features.Accounts;
using DanVan.Features.Assessments;
using DanVan.Features.Models;
using DanVan.Features.People;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Features.Assessments;
using DanVan.Tests.Features.Excel;
using DanVan.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Security;

/// <summary>
/// The permission table (QUALITY.md, ADR 0002/0003): every API endpoint and every page × every role × the relation
/// between the caller's unit and the target (own, child, parent, sibling, another tenant) plus anonymous callers.
/// Each caller holds exactly one role, assigned at Sở Tư pháp (STP) with its descendants. Default deny: a route
/// that is not in the table fails the coverage test.
/// </summary>
[LongRunning]
public sealed class PermissionTableTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    public enum Relation
    {
        Own,
        Child,
        Parent,
        Sibling,
        OtherTenant,
    }

    /// <summary>How an endpoint decides, as a function of the caller's role and the target's relation.</summary>
    private abstract record Rule
    {
        public abstract HttpStatusCode Expected(Role role, Relation relation);

        protected static bool Has(Role role, Permission p) => RolePermissions.For(role).Contains(p);

        protected static bool InScope(Relation r) => r is Relation.Own or Relation.Child;
    }

    /// <summary>Lists and pages that answer everyone signed in (results are filtered in SQL).</summary>
    private sealed record Everyone(HttpStatusCode Success = HttpStatusCode.OK) : Rule
    {
        public override HttpStatusCode Expected(Role role, Relation relation) => Success;
    }

    /// <summary>A unit-scoped object: 404 outside the view scope, 403 visible but not allowed, success otherwise.</summary>
    private sealed record Scoped(Permission View, Permission Action, HttpStatusCode Success = HttpStatusCode.OK) : Rule
    {
        public override HttpStatusCode Expected(Role role, Relation relation) =>
            !(InScope(relation) && Has(role, View)) ? HttpStatusCode.NotFound
            : Has(role, Action) ? Success : HttpStatusCode.Forbidden;
    }

    /// <summary>A page behind a "holds the permission somewhere" policy, then (optionally) a scoped check.</summary>
    private sealed record PagePolicy(Permission Policy, Rule? Then = null) : Rule
    {
        public override HttpStatusCode Expected(Role role, Relation relation) =>
            !Has(role, Policy) ? HttpStatusCode.Forbidden : Then?.Expected(role, relation) ?? HttpStatusCode.OK;
    }

    /// <summary>
    /// Excel import: a caller without the right anywhere is refused (403) before the file is read; rows for units the
    /// caller may not change are row errors (422), never partial saves.
    /// </summary>
    private sealed record ImportRows(Permission Action) : Rule
    {
        public override HttpStatusCode Expected(Role role, Relation relation) =>
            !Has(role, Action) ? HttpStatusCode.Forbidden : InScope(relation) ? HttpStatusCode.OK : HttpStatusCode.UnprocessableEntity;
    }

    /// <summary>
    /// An upload into one scoped object (a unit's report from its Excel): a caller without the right anywhere is refused
    /// (403) before the file is read; then as <see cref="Scoped"/> with View == Action — 404 outside the scope, success inside.
    /// </summary>
    private sealed record ImportInto(Permission Action, HttpStatusCode Success) : Rule
    {
        public override HttpStatusCode Expected(Role role, Relation relation) =>
            !Has(role, Action) ? HttpStatusCode.Forbidden : InScope(relation) ? Success : HttpStatusCode.NotFound;
    }

    /// <summary>Tenant-level objects (accounts, own tokens): another tenant's or another user's answer 404.</summary>
    private sealed record SameTenant(HttpStatusCode Success = HttpStatusCode.OK) : Rule
    {
        public override HttpStatusCode Expected(Role role, Relation relation) =>
            relation == Relation.OtherTenant ? HttpStatusCode.NotFound : Success;
    }

    /// <summary>
    /// A tenant-wide register (documents, launched movements): everyone holding <paramref name="View"/> reads every
    /// object of the tenant, another tenant's answers 404; acting needs <paramref name="Action"/> on the owning unit
    /// (403 when visible but outside that scope). With View == Action the rule is plain reading.
    /// </summary>
    private sealed record TenantWide(Permission View, Permission Action, HttpStatusCode Success = HttpStatusCode.OK) : Rule
    {
        public override HttpStatusCode Expected(Role role, Relation relation) =>
            relation == Relation.OtherTenant || !Has(role, View) ? HttpStatusCode.NotFound
            : View == Action || (InScope(relation) && Has(role, Action)) ? Success : HttpStatusCode.Forbidden;
    }

    /// <summary>
    /// The province's own work (criteria sets, assessment rounds): everyone holding <paramref name="View"/> in the tenant
    /// reads it; changing it needs the right at the province's root, which no caller here (assigned at STP) holds: 403.
    /// </summary>
    private sealed record ProvinceLevel(Permission View) : Rule
    {
        public override HttpStatusCode Expected(Role role, Relation relation) =>
            relation == Relation.OtherTenant || !Has(role, View) ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden;
    }

    /// <summary>Province-level data changed only with the right at the tenant's root: every caller here (assigned at STP) is refused; another tenant's object is unknown.</summary>
    private sealed record RootOnly : Rule
    {
        public override HttpStatusCode Expected(Role role, Relation relation) =>
            relation == Relation.OtherTenant ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden;
    }

    private sealed record OwnOnly : Rule
    {
        public override HttpStatusCode Expected(Role role, Relation relation) =>
            relation == Relation.Own ? HttpStatusCode.OK : HttpStatusCode.NotFound;
    }

    /// <summary>
    /// A sent dossier, acted on by the level holding it: seen by its unit's proposers and by the reviewers of a level it
    /// reached (404 otherwise); acted on only by a reviewer assigned at the holding unit — the caller's own (403 otherwise).
    /// </summary>
    private sealed record AtLevel(HttpStatusCode Success = HttpStatusCode.OK) : Rule
    {
        public override HttpStatusCode Expected(Role role, Relation relation) =>
            !(InScope(relation) && (Has(role, Permission.ReviewNominations) || Has(role, Permission.ProposeNominations))) ? HttpStatusCode.NotFound
            : relation == Relation.Own && Has(role, Permission.ReviewNominations) ? Success
            : HttpStatusCode.Forbidden;
    }

    /// <summary>
    /// A request for an opinion addressed to the target unit: answered by whoever holds ProposeNominations by an assignment at
    /// that very unit (the caller's own) — not an administrator's grant — and unknown (404) to everyone else, the level's reviewers included.
    /// </summary>
    private sealed record Consulted : Rule
    {
        public override HttpStatusCode Expected(Role role, Relation relation) =>
            relation == Relation.Own && Has(role, Permission.ProposeNominations) && role is not (Role.TenantAdmin or Role.SystemAdmin)
                ? HttpStatusCode.OK : HttpStatusCode.NotFound;
    }

    /// <summary>
    /// Voting is granted by membership, never by a role: no caller here sits on the council, so a caller who sees it (a
    /// manager) is refused as a non-member (403) and everyone else gets the 404.
    /// </summary>
    private sealed record MembersOnly : Rule
    {
        public override HttpStatusCode Expected(Role role, Relation relation) =>
            InScope(relation) && Has(role, Permission.ManageCouncil) ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound;
    }

    /// <summary>
    /// A background job started by someone else: the province's administrators see it (TenantAdmin, SystemAdmin), nobody
    /// else, and nobody another province's (404 either way, ADR 0003).
    /// </summary>
    private sealed record TenantAdmins : Rule
    {
        public override HttpStatusCode Expected(Role role, Relation relation) =>
            relation != Relation.OtherTenant && role is Role.TenantAdmin or Role.SystemAdmin ? HttpStatusCode.OK : HttpStatusCode.NotFound;
    }

    /// <summary>
    /// An object every holder of <paramref name="View"/> in the province sees, acted on for a unit of the caller's own
    /// (named in the body, not the object's): any holder of <paramref name="Action"/> succeeds wherever the object's unit is.
    /// </summary>
    private sealed record ForOwnUnit(Permission View, Permission Action, HttpStatusCode Success = HttpStatusCode.OK) : Rule
    {
        public override HttpStatusCode Expected(Role role, Relation relation) =>
            relation == Relation.OtherTenant || !Has(role, View) ? HttpStatusCode.NotFound : Has(role, Action) ? Success : HttpStatusCode.Forbidden;
    }

    /// <summary>
    /// Scoring is granted by a judge's seat, never by a role: no caller here judges, so one who sees the contest (ViewMovements in the
    /// province) is refused as a non-judge (403) and everyone else gets the contest's 404.
    /// </summary>
    private sealed record JudgesOnly : Rule
    {
        public override HttpStatusCode Expected(Role role, Relation relation) =>
            relation != Relation.OtherTenant && Has(role, Permission.ViewMovements) ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound;
    }

    /// <summary>Anonymous-only or special pages whose answer does not depend on the role.</summary>
    private sealed record Fixed(HttpStatusCode Status) : Rule
    {
        public override HttpStatusCode Expected(Role role, Relation relation) => Status;
    }

    /// <param name="PerCaller">The request names something of the caller's own (their token): never asked again by another role.</param>
    private sealed record Case(string Key, Rule Rule, bool Targeted, Func<World, Relation, Task<HttpRequestMessage>> Request,
        HttpStatusCode Anonymous, bool PerCaller = false);

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    /// <summary>A Giấy khen background (a 1-pixel PNG) for the unit, as the artwork upload takes it.</summary>
    private static MultipartFormDataContent ArtworkUpload(Guid unitId)
    {
        var png = new ByteArrayContent(Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        png.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent
        {
            { new StringContent(unitId.ToString()), "unitId" }, { new StringContent("Background"), "kind" }, { new StringContent("GiayKhen"), "layout" },
            { png, "file", "nen.png" },
        };
    }

    private static HttpRequestMessage Json(HttpMethod method, string url, object body) =>
        new(method, url) { Content = JsonContent(body) };

    private static StringContent JsonContent(object body) =>
        new StringContent(System.Text.Json.JsonSerializer.Serialize(body, Api.Json), System.Text.Encoding.UTF8, "application/json");

    private static HttpRequestMessage Upload(string url, byte[] file, string fileName = "danh-sach.xlsx",
        string contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(content, "file", fileName);
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
    }

    private const HttpStatusCode Login = HttpStatusCode.Redirect;

    /// <summary>The table. Keys are "METHOD /route" for API endpoints and "PAGE /Folder/Page" for Razor pages.</summary>
    private static readonly Case[] Table =
    [
        // ---- API: units
        new("GET /api/v1/units/", new Scoped(Permission.ViewUnits, Permission.ViewUnits), true,
            async (w, r) => Get($"/api/v1/units/?unitId={(await w.Unit(r)).Id}"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/units/{id:guid}", new Scoped(Permission.ViewUnits, Permission.ViewUnits), true,
            async (w, r) => Get($"/api/v1/units/{(await w.Unit(r)).Id}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/units/", new Scoped(Permission.ViewUnits, Permission.ManageUnits, HttpStatusCode.Created), true,
            async (w, r) => Json(HttpMethod.Post, "/api/v1/units/", new
            {
                code = w.NewCode(), name = "Phòng thử nghiệm", kindId = w.KindFor(r), parentId = (await w.Unit(r)).Id,
            }), HttpStatusCode.Unauthorized),
        new("PUT /api/v1/units/{id:guid}", new Scoped(Permission.ViewUnits, Permission.ManageUnits), true,
            async (w, r) =>
            {
                var fresh = await w.FreshUnit(r);
                return Json(HttpMethod.Put, $"/api/v1/units/{fresh.Id}", new { code = fresh.Code, name = "Tên mới", kindId = w.KindFor(r) });
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/units/{id:guid}/move", new Scoped(Permission.ViewUnits, Permission.ManageUnits), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/units/{(await w.FreshUnit(r)).Id}/move", new { newParentId = (await w.Unit(r)).Id }),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/units/merge", new Scoped(Permission.ViewUnits, Permission.ManageUnits), true,
            async (w, r) => Json(HttpMethod.Post, "/api/v1/units/merge", new
            {
                sourceIds = new[] { (await w.FreshUnit(r)).Id }, targetId = (await w.FreshUnit(r)).Id, effectiveOn = "2026-01-01",
            }), HttpStatusCode.Unauthorized),
        new("POST /api/v1/units/{id:guid}/dissolve", new Scoped(Permission.ViewUnits, Permission.ManageUnits), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/units/{(await w.FreshUnit(r)).Id}/dissolve", new
            {
                effectiveOn = "2026-01-01", basis = "15/NQ-HĐND", successorId = (await w.FreshUnit(r)).Id,
            }), HttpStatusCode.Unauthorized),
        new("POST /api/v1/units/{id:guid}/split", new Scoped(Permission.ViewUnits, Permission.ManageUnits), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/units/{(await w.FreshUnit(r)).Id}/split", new
            {
                effectiveOn = "2026-01-01", basis = "15/NQ-HĐND",
                parts = new[] { new { successorId = (await w.FreshUnit(r)).Id }, new { successorId = (await w.FreshUnit(r)).Id } },
            }), HttpStatusCode.Unauthorized),
        new("POST /api/v1/units/{id:guid}/transfer-part", new Scoped(Permission.ViewUnits, Permission.ManageUnits), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/units/{(await w.FreshUnit(r)).Id}/transfer-part", new
            {
                toId = (await w.FreshUnit(r)).Id, effectiveOn = "2026-01-01", basis = "15/NQ-HĐND", description = "Thôn Đông",
            }), HttpStatusCode.Unauthorized),
        // A fresh unit has no pending handover: the caller who may cancel one is told so (409) rather than refused.
        new("POST /api/v1/units/{id:guid}/pending-handover/cancel", new Scoped(Permission.ViewUnits, Permission.ManageUnits, HttpStatusCode.Conflict), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/units/{(await w.FreshUnit(r)).Id}/pending-handover/cancel", new { reason = "Quyết định bị thu hồi" }),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/units/{id:guid}/lineage", new Scoped(Permission.ViewUnits, Permission.ViewUnits), true,
            async (w, r) => Get($"/api/v1/units/{(await w.Unit(r)).Id}/lineage"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/unit-kinds", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/unit-kinds")), HttpStatusCode.Unauthorized),
        new("GET /api/v1/units/template.xlsx", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/units/template.xlsx")), HttpStatusCode.Unauthorized),
        new("GET /api/v1/units/export.xlsx", new Scoped(Permission.ViewUnits, Permission.ViewUnits), true,
            async (w, r) => Get($"/api/v1/units/export.xlsx?unitId={(await w.Unit(r)).Id}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/units/import", new ImportRows(Permission.ManageUnits), true,
            async (w, r) => Upload("/api/v1/units/import", XlsxFiles.Sheet(UnitsExcel.Columns,
                [w.NewCode(), "Phòng nhập từ Excel", null, "DIV", (await w.Unit(r)).Code, null])), HttpStatusCode.Unauthorized),

        // ---- API: people
        new("GET /api/v1/people/", new Scoped(Permission.ViewUnits, Permission.ViewUnits), true,
            async (w, r) => Get($"/api/v1/people/?unitId={(await w.Unit(r)).Id}"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/people/{id:guid}", new Scoped(Permission.ViewPeople, Permission.ViewPeople), true,
            async (w, r) => Get($"/api/v1/people/{await w.FreshPerson(r)}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/people/", new Scoped(Permission.ViewUnits, Permission.ManagePeople, HttpStatusCode.Created), true,
            async (w, r) => Json(HttpMethod.Post, "/api/v1/people/", Person((await w.Unit(r)).Id)), HttpStatusCode.Unauthorized),
        new("PUT /api/v1/people/{id:guid}", new Scoped(Permission.ViewPeople, Permission.ManagePeople), true,
            async (w, r) => Json(HttpMethod.Put, $"/api/v1/people/{await w.FreshPerson(r)}", Person(null)), HttpStatusCode.Unauthorized),
        new("POST /api/v1/people/{id:guid}/transfer", new Scoped(Permission.ViewPeople, Permission.ManagePeople), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/people/{await w.FreshPerson(r)}/transfer", new { toUnitId = (await w.FreshUnit(r)).Id }),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/people/template.xlsx", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/people/template.xlsx")), HttpStatusCode.Unauthorized),
        new("GET /api/v1/people/export.xlsx", new Scoped(Permission.ViewUnits, Permission.ViewUnits), true,
            async (w, r) => Get($"/api/v1/people/export.xlsx?unitId={(await w.Unit(r)).Id}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/people/import", new ImportRows(Permission.ManagePeople), true,
            async (w, r) => Upload("/api/v1/people/import", XlsxFiles.Sheet(PeopleExcel.Columns,
                ["Nguyễn Thị Thử", "Nữ", 1990, "Chuyên viên", "Công chức", (await w.Unit(r)).Code, null, null])), HttpStatusCode.Unauthorized),

        // ---- API: documents (a tenant-wide register; changes need ManageDocuments on the owner unit)
        // ---- API: models (the library is tenant-wide; the owner unit's officers change a model)
        new("GET /api/v1/models/", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/models/")), HttpStatusCode.Unauthorized),
        new("GET /api/v1/models/{id:guid}", new TenantWide(Permission.ViewModels, Permission.ViewModels), true,
            async (w, r) => Get($"/api/v1/models/{await w.Model(r)}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/models/", new Scoped(Permission.ViewUnits, Permission.ManageModels, HttpStatusCode.Created), true,
            async (w, r) => Json(HttpMethod.Post, "/api/v1/models/", new { name = "Mô hình mới", field = "Economy", unitId = (await w.Unit(r)).Id }),
            HttpStatusCode.Unauthorized),
        new("PUT /api/v1/models/{id:guid}", new TenantWide(Permission.ViewModels, Permission.ManageModels), true,
            async (w, r) => Json(HttpMethod.Put, $"/api/v1/models/{await w.Model(r)}", new { name = "Tên mới", field = "CultureSociety" }),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/models/{id:guid}/transitions", new TenantWide(Permission.ViewModels, Permission.ManageModels), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/models/{await w.Model(r)}/transitions", new { action = "Register" }),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/models/{id:guid}/timeline", new TenantWide(Permission.ViewModels, Permission.ViewModels), true,
            async (w, r) => Get($"/api/v1/models/{await w.Model(r)}/timeline"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/models/{id:guid}/progress", new TenantWide(Permission.ViewModels, Permission.ManageModels), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/models/{await w.Model(r, ModelAction.Register)}/progress",
                new { reportedOn = "2026-05-01", narrative = "Tiến độ", indicators = new Dictionary<string, decimal> { ["households"] = 10 } }),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/models/{id:guid}/evidence", new TenantWide(Permission.ViewModels, Permission.ManageModels), true,
            async (w, r) => Upload($"/api/v1/models/{await w.Model(r)}/evidence", MovementData.Pdf, "minh-chung.pdf", "application/pdf"),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/models/{id:guid}/evidence/{evidenceId:guid}", new TenantWide(Permission.ViewModels, Permission.ViewModels), true,
            async (w, r) =>
            {
                var (model, evidence) = await w.Evidence(r);
                return Get($"/api/v1/models/{model}/evidence/{evidence}");
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/models/{id:guid}/reviews", new TenantWide(Permission.ViewModels, Permission.ReviewModels), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/models/{await w.Model(r, ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose)}/reviews",
                new { scores = new { truthful = 8, effective = 8, sustainable = 8, replicable = 8 } }), HttpStatusCode.Unauthorized),
        new("GET /api/v1/models/recognition-queue", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/models/recognition-queue")),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/models/recognitions", new Scoped(Permission.ViewUnits, Permission.ReviewModels), true,
            async (w, r) => Json(HttpMethod.Post, "/api/v1/models/recognitions", new
            {
                decisionId = await w.Decision(r), level = "Grassroots",
                recognisedIds = new[] { await w.Model(r, ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose) },
            }), HttpStatusCode.Unauthorized),
        new("POST /api/v1/models/{id:guid}/publish", new TenantWide(Permission.ViewModels, Permission.ReviewModels), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/models/{(await w.Published(r)).Model}/publish", new { published = false, reason = "Tạm dừng công bố" }),
            HttpStatusCode.Unauthorized),
        // The province's rubric: everyone who sees models reads it; only the province's reviewing body (ReviewModels at the
        // root) publishes a version — every caller here is assigned at STP, so all are refused (ModelRubricTests has the body).
        new("GET /api/v1/models/rubric/", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/models/rubric")), HttpStatusCode.Unauthorized),
        new("GET /api/v1/models/rubric/versions", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/models/rubric/versions")),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/models/rubric/", new Fixed(HttpStatusCode.Forbidden), false, (_, _) => Task.FromResult(Json(HttpMethod.Post, "/api/v1/models/rubric",
            new { effectiveFrom = "2099-01-01", citation = "Hướng dẫn thử", criteria = new[] { new { code = "a", name = "Tiêu chí A", maxScore = 10 } } })),
            HttpStatusCode.Unauthorized),
        // ---- The working-day calendar (ADR 0020): everyone signed in reads it and counts with it; only ManageCalendar
        // (the province's administrator) changes it — held anywhere, the calendar is the province's.
        new("GET /api/v1/calendar/{year:int}", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/calendar/2026")), HttpStatusCode.Unauthorized),
        new("GET /api/v1/calendar/add", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/calendar/add?from=2026-04-28&days=5")),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/calendar/count", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/calendar/count?from=2026-04-28&to=2026-05-07")),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/calendar/{year:int}/entries", new PagePolicy(Permission.ManageCalendar), false,
            (w, _) => Task.FromResult(Json(HttpMethod.Post, "/api/v1/calendar/2026/entries",
                new { date = w.NewCalendarDate(), kind = "Holiday", name = "Ngày nghỉ thử", citation = "Thông báo thử" })), HttpStatusCode.Unauthorized),
        new("DELETE /api/v1/calendar/{year:int}/entries/{id:guid}", new PagePolicy(Permission.ManageCalendar), false,
            async (w, _) => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/calendar/2026/entries/{await w.CalendarEntry()}?reason=th%E1%BB%AD"),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/calendar/{year:int}/propose", new PagePolicy(Permission.ManageCalendar), false,
            (w, _) => Task.FromResult(Json(HttpMethod.Post, $"/api/v1/calendar/{w.NewCalendarYear()}/propose", new { })), HttpStatusCode.Unauthorized),
        new("POST /api/v1/calendar/{year:int}/confirm", new PagePolicy(Permission.ManageCalendar), false,
            async (w, _) => Json(HttpMethod.Post, $"/api/v1/calendar/{await w.ProposedCalendarYear()}/confirm", new { citation = "Đã đối chiếu" }),
            HttpStatusCode.Unauthorized),
        // ---- The award catalogue (ADR 0023): everyone holding ViewAwards in the province reads it and the prize calculator;
        // only ManageAwardCatalogue at the province's root changes it — every caller here (assigned at STP) is refused.
        new("GET /api/v1/awards/kinds", new PagePolicy(Permission.ViewAwards), false, (_, _) => Task.FromResult(Get("/api/v1/awards/kinds")),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/awards/kinds/{id:guid}", new PagePolicy(Permission.ViewAwards, new SameTenant()), true,
            async (w, r) => Get($"/api/v1/awards/kinds/{await w.AwardKind(r)}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/awards/kinds", new Fixed(HttpStatusCode.Forbidden), false, (_, _) => Task.FromResult(Json(HttpMethod.Post, "/api/v1/awards/kinds",
            new { code = "thu", name = "Thử", category = "Title", subjects = new[] { "Individual" },
                terms = new { effectiveFrom = "2027-01-01", authorities = new[] { "UnitHead" }, citation = "Thử" } })), HttpStatusCode.Unauthorized),
        new("POST /api/v1/awards/kinds/{id:guid}/versions", new RootOnly(), true, async (w, r) => Json(HttpMethod.Post,
            $"/api/v1/awards/kinds/{await w.AwardKind(r)}/versions", new { effectiveFrom = "2027-01-01", authorities = new[] { "UnitHead" }, citation = "Thử" }),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/awards/base-salaries", new PagePolicy(Permission.ViewAwards), false, (_, _) => Task.FromResult(Get("/api/v1/awards/base-salaries")),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/awards/base-salaries", new Fixed(HttpStatusCode.Forbidden), false, (_, _) => Task.FromResult(Json(HttpMethod.Post,
            "/api/v1/awards/base-salaries", new { effectiveFrom = "2027-07-01", amount = 2_530_000, citation = "Thử" })), HttpStatusCode.Unauthorized),
        new("GET /api/v1/awards/prize", new PagePolicy(Permission.ViewAwards, new SameTenant()), true,
            async (w, r) => Get($"/api/v1/awards/prize?awardKindId={await w.AwardKind(r)}&subject=Individual&date=2026-12-01"), HttpStatusCode.Unauthorized),
        // ---- Public (anonymous): published, recognised models of every province
        new("GET /api/v1/public/models/", new Fixed(HttpStatusCode.OK), false, (_, _) => Task.FromResult(Get("/api/v1/public/models/")), HttpStatusCode.OK),
        new("GET /api/v1/public/models/{id:guid}", new Fixed(HttpStatusCode.OK), true,
            async (w, r) => Get($"/api/v1/public/models/{(await w.Published(r)).Model}"), HttpStatusCode.OK),
        new("GET /api/v1/public/models/{id:guid}/photos/{photoId:guid}", new Fixed(HttpStatusCode.OK), true,
            async (w, r) =>
            {
                var (model, photo) = await w.Published(r);
                return Get($"/api/v1/public/models/{model}/photos/{photo}");
            }, HttpStatusCode.OK),
        new("PAGE /Public/Models/Index", new Fixed(HttpStatusCode.OK), false, (_, _) => Task.FromResult(Get("/Public/Models")), HttpStatusCode.OK),
        new("PAGE /Public/Models/Details", new Fixed(HttpStatusCode.OK), true,
            async (w, r) => Get($"/Public/Models/Details/{(await w.Published(r)).Model}"), HttpStatusCode.OK),
        new("GET /api/v1/movements/{id:guid}/coverage", new TenantWide(Permission.ViewMovements, Permission.ViewMovements), true,
            async (w, r) => Get($"/api/v1/movements/{await w.Launched(r)}/coverage"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/movements/{id:guid}/coverage.xlsx", new TenantWide(Permission.ViewMovements, Permission.ViewMovements), true,
            async (w, r) => Get($"/api/v1/movements/{await w.Launched(r)}/coverage.xlsx"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/documents/", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/documents/")), HttpStatusCode.Unauthorized),
        new("POST /api/v1/documents/extract", new Everyone(), false,
            (_, _) => Task.FromResult(Json(HttpMethod.Post, "/api/v1/documents/extract", new { text = PastedPlan })), HttpStatusCode.Unauthorized),
        new("GET /api/v1/documents/{id:guid}", new TenantWide(Permission.ViewDocuments, Permission.ViewDocuments), true,
            async (w, r) => Get($"/api/v1/documents/{await w.Document(r)}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/documents/", new Scoped(Permission.ViewUnits, Permission.ManageDocuments, HttpStatusCode.Created), true,
            async (w, r) => Json(HttpMethod.Post, "/api/v1/documents/", DocumentBody(w.NewNumber(), (await w.Unit(r)).Id)), HttpStatusCode.Unauthorized),
        new("PUT /api/v1/documents/{id:guid}", new TenantWide(Permission.ViewDocuments, Permission.ManageDocuments), true,
            async (w, r) => Json(HttpMethod.Put, $"/api/v1/documents/{await w.Document(r)}", DocumentBody(w.NewNumber(), null)), HttpStatusCode.Unauthorized),
        new("POST /api/v1/documents/{id:guid}/attachments", new TenantWide(Permission.ViewDocuments, Permission.ManageDocuments), true,
            async (w, r) => Upload($"/api/v1/documents/{await w.Document(r)}/attachments", MovementData.Pdf, "ke-hoach.pdf", "application/pdf"),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/documents/{id:guid}/attachments/{attachmentId:guid}", new TenantWide(Permission.ViewDocuments, Permission.ViewDocuments), true,
            async (w, r) =>
            {
                var (document, attachment) = await w.Attachment(r);
                return Get($"/api/v1/documents/{document}/attachments/{attachment}");
            }, HttpStatusCode.Unauthorized),

        // ---- API: movements (launched ones are tenant-wide; drafts only where the caller manages movements)
        new("GET /api/v1/movements/", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/movements/")), HttpStatusCode.Unauthorized),
        new("GET /api/v1/movements/{id:guid}", new TenantWide(Permission.ViewMovements, Permission.ViewMovements), true,
            async (w, r) => Get($"/api/v1/movements/{await w.Launched(r)}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/movements/", new Scoped(Permission.ViewUnits, Permission.ManageMovements, HttpStatusCode.Created), true,
            async (w, r) => Json(HttpMethod.Post, "/api/v1/movements/", MovementBody((await w.Unit(r)).Id, (await w.FreshUnit(r)).Id)),
            HttpStatusCode.Unauthorized),
        new("PUT /api/v1/movements/{id:guid}", new Scoped(Permission.ManageMovements, Permission.ManageMovements), true,
            async (w, r) =>
            {
                var (id, participant) = await w.Draft(r);
                return Json(HttpMethod.Put, $"/api/v1/movements/{id}", MovementBody((await w.Unit(r)).Id, participant));
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/movements/{id:guid}/launch", new Scoped(Permission.ManageMovements, Permission.ManageMovements), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/movements/{(await w.Draft(r)).Id}/launch", new { note = "Phát động" }),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/movements/{id:guid}/close", new TenantWide(Permission.ViewMovements, Permission.ManageMovements), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/movements/{await w.Launched(r)}/close", new { note = "Tổng kết" }),
            HttpStatusCode.Unauthorized),
        new("PUT /api/v1/movements/{id:guid}/reminders", new TenantWide(Permission.ViewMovements, Permission.ManageMovements), true,
            async (w, r) => Json(HttpMethod.Put, $"/api/v1/movements/{await w.Launched(r)}/reminders", new { reminderDays = 4, escalationDays = 3 }),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/movements/{id:guid}/compliance", new TenantWide(Permission.ViewMovements, Permission.ViewMovements), true,
            async (w, r) => Get($"/api/v1/movements/{await w.Launched(r)}/compliance"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/movements/{id:guid}/compliance.xlsx", new TenantWide(Permission.ViewMovements, Permission.ViewMovements), true,
            async (w, r) => Get($"/api/v1/movements/{await w.Launched(r)}/compliance.xlsx"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/movements/{id:guid}/plans", new Scoped(Permission.ViewUnits, Permission.FilePlans), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/movements/{await w.Obliged(r, filed: false)}/plans", new
            {
                unitId = (await w.Unit(r)).Id, number = w.NewNumber(), issueDate = "2026-03-02", title = "Triển khai phong trào thi đua thử nghiệm",
            }), HttpStatusCode.Unauthorized),
        new("DELETE /api/v1/movements/{id:guid}/plans/{unitId:guid}", new Scoped(Permission.ViewUnits, Permission.FilePlans), true,
            async (w, r) => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/movements/{await w.Obliged(r, filed: true)}/plans/{(await w.Unit(r)).Id}"),
            HttpStatusCode.Unauthorized),
        // Waivers and extensions are the movement managers' (ManageMovements on the launching unit, here the target unit itself).
        new("POST /api/v1/movements/{id:guid}/plans/{unitId:guid}/waive", new TenantWide(Permission.ViewMovements, Permission.ManageMovements), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/movements/{await w.SelfLaunched(r)}/plans/{(await w.Unit(r)).Id}/waive",
                new { reason = "Đơn vị không còn nhiệm vụ" }), HttpStatusCode.Unauthorized),
        // Nothing is waived on a fresh movement: a manager gets past authorisation to the state rule (409).
        new("POST /api/v1/movements/{id:guid}/plans/{unitId:guid}/lift-waiver",
            new TenantWide(Permission.ViewMovements, Permission.ManageMovements, HttpStatusCode.Conflict), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/movements/{await w.SelfLaunched(r)}/plans/{(await w.Unit(r)).Id}/lift-waiver",
                new { reason = "Miễn nhầm" }), HttpStatusCode.Unauthorized),
        new("POST /api/v1/movements/{id:guid}/plans/extend", new TenantWide(Permission.ViewMovements, Permission.ManageMovements), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/movements/{await w.SelfLaunched(r)}/plans/extend",
                new { unitIds = new[] { (await w.Unit(r)).Id }, until = "2099-12-31", reason = "Gia hạn thử" }), HttpStatusCode.Unauthorized),

        // ---- API: registrations (the movement is tenant-wide; a registration belongs to a participating unit)
        new("GET /api/v1/movements/{id:guid}/registrations/", new TenantWide(Permission.ViewMovements, Permission.ViewMovements), true,
            async (w, r) => Get($"/api/v1/movements/{await w.Launched(r)}/registrations/"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/movements/{id:guid}/registrations/export.xlsx", new TenantWide(Permission.ViewMovements, Permission.ViewMovements), true,
            async (w, r) => Get($"/api/v1/movements/{await w.Launched(r)}/registrations/export.xlsx"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/movements/{id:guid}/registrations/{unitId:guid}", new Scoped(Permission.ViewUnits, Permission.ViewUnits), true,
            async (w, r) => Get($"/api/v1/movements/{await w.Obliged(r, filed: false)}/registrations/{(await w.Unit(r)).Id}"), HttpStatusCode.Unauthorized),
        new("PUT /api/v1/movements/{id:guid}/registrations/{unitId:guid}", new Scoped(Permission.ViewUnits, Permission.ManageRegistrations), true,
            async (w, r) => Json(HttpMethod.Put, $"/api/v1/movements/{await w.Obliged(r, filed: false)}/registrations/{(await w.Unit(r)).Id}", new
            {
                titles = new[] { "TTLDXS" }, models = new[] { new { name = "Mô hình thử", field = "Economy" } }, commitments = "Cam kết hoàn thành kế hoạch",
            }), HttpStatusCode.Unauthorized),
        new("POST /api/v1/movements/{id:guid}/registrations/{unitId:guid}/people", new Scoped(Permission.ViewUnits, Permission.ManageRegistrations), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/movements/{await w.Obliged(r, filed: false)}/registrations/{(await w.Unit(r)).Id}/people",
                new { personIds = new[] { await w.FreshPerson(r) }, title = "LDTT" }), HttpStatusCode.Unauthorized),
        new("DELETE /api/v1/movements/{id:guid}/registrations/{unitId:guid}/people/{personId:guid}",
            new Scoped(Permission.ViewUnits, Permission.ManageRegistrations), true,
            async (w, r) =>
            {
                var (movement, unit, person) = await w.Registered(r);
                return new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/movements/{movement}/registrations/{unit}/people/{person}");
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/movements/{id:guid}/registrations/{unitId:guid}/approve", new Scoped(Permission.ViewUnits, Permission.ApproveRegistrations), true,
            async (w, r) =>
            {
                var (movement, unit, _) = await w.Registered(r);
                return new HttpRequestMessage(HttpMethod.Post, $"/api/v1/movements/{movement}/registrations/{unit}/approve");
            }, HttpStatusCode.Unauthorized),
        // Reopening needs ManageMovements on the launching unit: the movement here is launched by the target unit itself.
        new("POST /api/v1/movements/{id:guid}/registrations/{unitId:guid}/reopen", new Scoped(Permission.ViewUnits, Permission.ManageMovements), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/movements/{await w.SelfLaunched(r)}/registrations/{(await w.Unit(r)).Id}/reopen",
                new { until = YearAhead }), HttpStatusCode.Unauthorized),
        new("GET /api/v1/registration-titles", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/registration-titles")),
            HttpStatusCode.Unauthorized),

        // ---- API: assessment (the province's sets and rounds are tenant-wide; a unit's assessment is scoped to its unit)
        new("GET /api/v1/assessment/criteria-sets/", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/assessment/criteria-sets/")),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/assessment/criteria-sets/", new Fixed(HttpStatusCode.Forbidden), false, (_, _) => Task.FromResult(Json(HttpMethod.Post,
            "/api/v1/assessment/criteria-sets/", DanVan.Tests.Features.Assessments.AssessmentFlowTests.Set(2090))), HttpStatusCode.Unauthorized),
        new("GET /api/v1/assessment/criteria-sets/{id:guid}", new TenantWide(Permission.ViewAssessments, Permission.ViewAssessments), true,
            async (w, r) => Get($"/api/v1/assessment/criteria-sets/{(await w.Assessment(r)).Set}"), HttpStatusCode.Unauthorized),
        new("PUT /api/v1/assessment/criteria-sets/{id:guid}", new ProvinceLevel(Permission.ViewAssessments), true,
            async (w, r) => Json(HttpMethod.Put, $"/api/v1/assessment/criteria-sets/{(await w.Assessment(r)).Set}",
                DanVan.Tests.Features.Assessments.AssessmentFlowTests.Set(2090)), HttpStatusCode.Unauthorized),
        new("POST /api/v1/assessment/criteria-sets/{id:guid}/copy", new ProvinceLevel(Permission.ViewAssessments), true,
            async (w, r) => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/assessment/criteria-sets/{(await w.Assessment(r)).Set}/copy?year=2091"),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/assessment/criteria-sets/{id:guid}/xlsx", new TenantWide(Permission.ViewAssessments, Permission.ViewAssessments), true,
            async (w, r) => Get($"/api/v1/assessment/criteria-sets/{(await w.Assessment(r)).Set}/xlsx"), HttpStatusCode.Unauthorized),
        // Importing a set is the province's (ManageAssessments at the root): every caller here is refused before the file is read.
        new("POST /api/v1/assessment/criteria-sets/import", new Fixed(HttpStatusCode.Forbidden), false,
            (_, _) => Task.FromResult(Upload("/api/v1/assessment/criteria-sets/import", XlsxFiles.Sheet(CriteriaSetExcel.Columns, [null, "I"]))),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/assessment/rounds/", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/assessment/rounds/")), HttpStatusCode.Unauthorized),
        new("POST /api/v1/assessment/rounds/", new Fixed(HttpStatusCode.Forbidden), false, (_, _) => Task.FromResult(Json(HttpMethod.Post,
            "/api/v1/assessment/rounds/", new { criteriaSetId = Guid.NewGuid(), name = "Đợt thử", selfAssessmentDue = "2099-01-01", appraisalDue = "2099-02-01" })),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/assessment/rounds/{id:guid}", new TenantWide(Permission.ViewAssessments, Permission.ViewAssessments), true,
            async (w, r) => Get($"/api/v1/assessment/rounds/{(await w.Assessment(r)).Round}"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/assessment/rounds/{id:guid}/ranking", new TenantWide(Permission.ViewAssessments, Permission.ViewAssessments), true,
            async (w, r) => Get($"/api/v1/assessment/rounds/{(await w.Assessment(r)).Round}/ranking"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/assessment/rounds/{id:guid}/ranking.xlsx", new TenantWide(Permission.ViewAssessments, Permission.ViewAssessments), true,
            async (w, r) => Get($"/api/v1/assessment/rounds/{(await w.Assessment(r)).Round}/ranking.xlsx"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/assessment/rounds/{id:guid}/results", new TenantWide(Permission.ViewAssessments, Permission.ViewAssessments), true,
            async (w, r) => Get($"/api/v1/assessment/rounds/{(await w.Assessment(r)).Round}/results"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/assessment/rounds/{id:guid}/decide", new ProvinceLevel(Permission.ViewAssessments), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/assessment/rounds/{(await w.Assessment(r, AssessmentStatus.Appraised)).Round}/decide",
                new { decisionDocumentId = await w.Decision(r) }), HttpStatusCode.Unauthorized),
        new("GET /api/v1/assessment/units/{id:guid}", new Scoped(Permission.ViewAssessments, Permission.ViewAssessments), true,
            async (w, r) => Get($"/api/v1/assessment/units/{(await w.Assessment(r)).Assessment}"), HttpStatusCode.Unauthorized),
        new("PUT /api/v1/assessment/units/{id:guid}/self", new Scoped(Permission.ViewAssessments, Permission.SelfAssess), true,
            async (w, r) => Json(HttpMethod.Put, $"/api/v1/assessment/units/{(await w.Assessment(r)).Assessment}/self",
                new { scores = new[] { new { code = "1", points = 9 } } }), HttpStatusCode.Unauthorized),
        new("POST /api/v1/assessment/units/{id:guid}/submit", new Scoped(Permission.ViewAssessments, Permission.ApproveSelfAssessments), true,
            async (w, r) =>
            {
                var (_, _, id) = await w.Assessment(r);
                await w.SelfScored(id);
                return new HttpRequestMessage(HttpMethod.Post, $"/api/v1/assessment/units/{id}/submit");
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/assessment/units/{id:guid}/return", new Scoped(Permission.ViewAssessments, Permission.AppraiseAssessments), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/assessment/units/{(await w.Assessment(r, AssessmentStatus.Submitted)).Assessment}/return",
                new { note = "Bổ sung minh chứng" }), HttpStatusCode.Unauthorized),
        new("PUT /api/v1/assessment/units/{id:guid}/appraisal", new Scoped(Permission.ViewAssessments, Permission.AppraiseAssessments), true,
            async (w, r) => Json(HttpMethod.Put, $"/api/v1/assessment/units/{(await w.Assessment(r, AssessmentStatus.Submitted)).Assessment}/appraisal",
                new { scores = new[] { new { code = "1", points = 6, reason = "Thiếu số liệu" } } }), HttpStatusCode.Unauthorized),
        new("POST /api/v1/assessment/units/{id:guid}/appeal", new Scoped(Permission.ViewAssessments, Permission.ApproveSelfAssessments), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/assessment/units/{(await w.Assessment(r, AssessmentStatus.Appraised)).Assessment}/appeal",
                new { arguments = new Dictionary<string, string> { ["1"] = "Đã có minh chứng" } }), HttpStatusCode.Unauthorized),
        new("POST /api/v1/assessment/units/{id:guid}/appeal/answer", new Scoped(Permission.ViewAssessments, Permission.AppraiseAssessments), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/assessment/units/{(await w.Assessment(r, AssessmentStatus.Appealed)).Assessment}/appeal/answer",
                new { answers = new[] { new { code = "1", points = 8, reason = "Chấp nhận minh chứng bổ sung" } } }), HttpStatusCode.Unauthorized),
        new("GET /api/v1/assessment/units/{id:guid}/evidence/suggestions", new Scoped(Permission.ViewAssessments, Permission.SelfAssess), true,
            async (w, r) => Get($"/api/v1/assessment/units/{(await w.Assessment(r)).Assessment}/evidence/suggestions"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/assessment/units/{id:guid}/evidence", new Scoped(Permission.ViewAssessments, Permission.SelfAssess), true,
            async (w, r) =>
            {
                var upload = Upload($"/api/v1/assessment/units/{(await w.Assessment(r)).Assessment}/evidence", MovementData.Pdf, "minh-chung.pdf", "application/pdf");
                ((MultipartFormDataContent)upload.Content!).Add(new StringContent("1"), "criterion");
                return upload;
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/assessment/units/{id:guid}/evidence/link", new Scoped(Permission.ViewAssessments, Permission.SelfAssess, HttpStatusCode.BadRequest), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/assessment/units/{(await w.Assessment(r)).Assessment}/evidence/link",
                new { criterion = "1", kind = "Model", recordId = await w.Model(r) }), HttpStatusCode.Unauthorized),
        new("DELETE /api/v1/assessment/units/{id:guid}/evidence/{evidenceId:guid}", new Scoped(Permission.ViewAssessments, Permission.SelfAssess), true,
            async (w, r) =>
            {
                var (id, evidence) = await w.AssessmentEvidence(r);
                return new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/assessment/units/{id}/evidence/{evidence}");
            }, HttpStatusCode.Unauthorized),
        new("GET /api/v1/assessment/units/{id:guid}/evidence/{evidenceId:guid}", new Scoped(Permission.ViewAssessments, Permission.ViewAssessments), true,
            async (w, r) =>
            {
                var (id, evidence) = await w.AssessmentEvidence(r);
                return Get($"/api/v1/assessment/units/{id}/evidence/{evidence}");
            }, HttpStatusCode.Unauthorized),
        new("GET /api/v1/units/{id:guid}/ratings", new Scoped(Permission.ViewAssessments, Permission.ViewAssessments), true,
            async (w, r) => Get($"/api/v1/units/{(await w.Unit(r)).Id}/ratings"), HttpStatusCode.Unauthorized),
        // ---- API: staff ratings (people in the ViewPeople scope; entering needs ManageRatings on the person's unit)
        new("GET /api/v1/ratings/", new Scoped(Permission.ViewUnits, Permission.ViewUnits), true,
            async (w, r) => Get($"/api/v1/ratings/?year=2025&unitId={(await w.Unit(r)).Id}"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/ratings/export.xlsx", new Scoped(Permission.ViewUnits, Permission.ViewUnits), true,
            async (w, r) => Get($"/api/v1/ratings/export.xlsx?year=2025&unitId={(await w.Unit(r)).Id}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/ratings/import", new ImportRows(Permission.ManageRatings), true,
            async (w, r) => Upload("/api/v1/ratings/import", XlsxFiles.Sheet(DanVan.Features.Ratings.RatingsExcel.Columns,
                [1, await w.RatedPersonName(r), null, (await w.Unit(r)).Code, 2025, "Tốt", null, null])), HttpStatusCode.Unauthorized),
        // ---- API: the award register (entries visible with ViewAwards on their unit; writing needs ManageAwardRecords on the holder's unit)
        new("GET /api/v1/award-records/", new Scoped(Permission.ViewAwards, Permission.ViewAwards), true,
            async (w, r) => Get($"/api/v1/award-records/?unitId={(await w.Unit(r)).Id}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/award-records/", new Scoped(Permission.ViewPeople, Permission.ManageAwardRecords, HttpStatusCode.Created), true,
            async (w, r) => Json(HttpMethod.Post, "/api/v1/award-records/", new
            {
                awardKindId = await w.AwardKind("lao-dong-tien-tien"), subject = "Individual", personId = await w.FreshPerson(r), year = 2024,
                decisionNumber = "1/QĐ-THU", decisionDate = "2024-12-20",
            }), HttpStatusCode.Unauthorized),
        new("POST /api/v1/award-records/{id:guid}/withdrawal", new Scoped(Permission.ViewAwards, Permission.ManageAwardRecords), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/award-records/{await w.AwardRecord(r)}/withdrawal", new { reason = "Ghi nhầm năm thành tích." }),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/award-records/{id:guid}", new Scoped(Permission.ViewAwards, Permission.ViewAwards), true,
            async (w, r) => Get($"/api/v1/award-records/{await w.AwardRecord(r)}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/award-records/{id:guid}/correction", new Scoped(Permission.ViewAwards, Permission.ManageAwardRecords), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/award-records/{await w.AwardRecord(r)}/correction", new
            {
                awardKindId = await w.AwardKind(r), year = 2023, type = "Regular", decisionNumber = "1/QĐ-THU", decisionDate = "2024-12-20",
                reason = "Ghi nhầm năm thành tích.",
            }), HttpStatusCode.Unauthorized),
        new("GET /api/v1/award-records/export.xlsx", new Scoped(Permission.ViewAwards, Permission.ViewAwards), true,
            async (w, r) => Get($"/api/v1/award-records/export.xlsx?unitId={(await w.Unit(r)).Id}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/award-records/import", new ImportRows(Permission.ManageAwardRecords), true,
            async (w, r) => Upload("/api/v1/award-records/import", XlsxFiles.Sheet(DanVan.Features.Awards.AwardRecordsExcel.Columns,
                [1, await w.RatedPersonName(r), (await w.Unit(r)).Code, "Lao động tiên tiến", 2024, null, "1/QĐ-THU", "20/12/2024", null])),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/people/{id:guid}/awards", new Scoped(Permission.ViewPeople, Permission.ViewAwards), true,
            async (w, r) => Get($"/api/v1/people/{await w.FreshPerson(r)}/awards"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/units/{id:guid}/awards", new Scoped(Permission.ViewUnits, Permission.ViewAwards), true,
            async (w, r) => Get($"/api/v1/units/{(await w.Unit(r)).Id}/awards"), HttpStatusCode.Unauthorized),
        // ---- API: eligibility (a person's sheet shows ratings and disciplines: ViewPeople on the person, ViewAwards on the unit)
        new("GET /api/v1/eligibility/sheet", new Scoped(Permission.ViewPeople, Permission.ViewAwards), true, async (w, r) =>
            Get($"/api/v1/eligibility/sheet?awardKindId={await w.AwardKind("lao-dong-tien-tien")}&personId={await w.FreshPerson(r)}&year=2026&date=2026-12-20"),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/eligibility/qualifies", new Scoped(Permission.ViewAwards, Permission.ViewAwards), true, async (w, r) =>
            Get($"/api/v1/eligibility/qualifies?awardKindId={await w.AwardKind("lao-dong-tien-tien")}&unitId={(await w.Unit(r)).Id}&year=2026&date=2026-12-20"),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/eligibility/qualifies.xlsx", new Scoped(Permission.ViewAwards, Permission.ViewAwards), true, async (w, r) =>
            Get($"/api/v1/eligibility/qualifies.xlsx?awardKindId={await w.AwardKind("lao-dong-tien-tien")}&unitId={(await w.Unit(r)).Id}&year=2026&date=2026-12-20"),
            HttpStatusCode.Unauthorized),
        // ---- API: nominations (issue 14 §3). Rounds are the province's (opened and closed at the root only); a draft dossier is
        // its unit's (ProposeNominations); a sent one is acted on only by the level holding it — a reviewer assigned at exactly
        // that unit: here the caller's own unit (STP) holds the "own" dossier, a child unit the "child" one.
        new("GET /api/v1/nominations/rounds/", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/nominations/rounds/")), HttpStatusCode.Unauthorized),
        new("POST /api/v1/nominations/rounds/", new Fixed(HttpStatusCode.Forbidden), false, (_, _) => Task.FromResult(Json(HttpMethod.Post,
            "/api/v1/nominations/rounds/", new { year = 2026, name = "Đợt thử", unitDue = new { workingDays = 10 }, superiorDue = new { date = "2099-12-31" } })),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/nominations/rounds/{id:guid}", new TenantWide(Permission.ViewAwards, Permission.ViewAwards), true,
            async (w, r) => Get($"/api/v1/nominations/rounds/{(await w.NominationRound(r)).Round}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/nominations/rounds/{id:guid}/close", new ProvinceLevel(Permission.ViewAwards), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/nominations/rounds/{(await w.NominationRound(r)).Round}/close", new { }), HttpStatusCode.Unauthorized),
        new("GET /api/v1/nominations/rounds/{id:guid}/dossiers", new TenantWide(Permission.ViewAwards, Permission.ViewAwards), true,
            async (w, r) => Get($"/api/v1/nominations/rounds/{(await w.NominationRound(r)).Round}/dossiers"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/nominations/rounds/{id:guid}/dossiers", new Scoped(Permission.ViewUnits, Permission.ProposeNominations, HttpStatusCode.Created), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/nominations/rounds/{(await w.NominationRound(r)).Round}/dossiers", new { unitId = (await w.Unit(r)).Id }),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/nominations/rounds/{id:guid}/accept", new AtLevel(), true, async (w, r) =>
            {
                var held = await w.HeldDossier(r);
                return Json(HttpMethod.Post, $"/api/v1/nominations/rounds/{held.Round}/accept", new { dossierIds = new[] { held.Dossier } });
            }, HttpStatusCode.Unauthorized),
        new("GET /api/v1/nominations/dossiers/{id:guid}", new Scoped(Permission.ProposeNominations, Permission.ProposeNominations), true,
            async (w, r) => Get($"/api/v1/nominations/dossiers/{(await w.Dossier(r)).Dossier}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/nominations/dossiers/{id:guid}/nominees", new Scoped(Permission.ProposeNominations, Permission.ProposeNominations), true,
            async (w, r) =>
            {
                var d = await w.Dossier(r);
                return Json(HttpMethod.Post, $"/api/v1/nominations/dossiers/{d.Dossier}/nominees", new { personId = await w.FreshPerson(r), awardKindId = d.Kind, year = 2026 });
            }, HttpStatusCode.Unauthorized),
        new("DELETE /api/v1/nominations/dossiers/{id:guid}/nominees/{nomineeId:guid}", new Scoped(Permission.ProposeNominations, Permission.ProposeNominations), true,
            async (w, r) =>
            {
                var d = await w.Dossier(r, nominee: true);
                return new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/nominations/dossiers/{d.Dossier}/nominees/{d.Nominee}");
            }, HttpStatusCode.Unauthorized),
        new("PUT /api/v1/nominations/dossiers/{id:guid}/nominees/{nomineeId:guid}/report", new Scoped(Permission.ProposeNominations, Permission.ProposeNominations),
            true, async (w, r) =>
            {
                var d = await w.Dossier(r, nominee: true);
                return Json(HttpMethod.Put, $"/api/v1/nominations/dossiers/{d.Dossier}/nominees/{d.Nominee}/report", new { narrative = "Thành tích" });
            }, HttpStatusCode.Unauthorized),
        new("GET /api/v1/nominations/dossiers/{id:guid}/nominees/{nomineeId:guid}/proof", new Scoped(Permission.ProposeNominations, Permission.ProposeNominations),
            true, async (w, r) =>
            {
                var d = await w.Dossier(r, nominee: true);
                return Get($"/api/v1/nominations/dossiers/{d.Dossier}/nominees/{d.Nominee}/proof");
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/nominations/dossiers/{id:guid}/attachments", new Scoped(Permission.ProposeNominations, Permission.ProposeNominations), true,
            async (w, r) =>
            {
                var request = Upload($"/api/v1/nominations/dossiers/{(await w.Dossier(r)).Dossier}/attachments", MovementData.Pdf, "bien-ban.pdf", "application/pdf");
                ((MultipartFormDataContent)request.Content!).Add(new StringContent("CouncilMinutes"), "document");
                return request;
            }, HttpStatusCode.Unauthorized),
        new("GET /api/v1/nominations/dossiers/{id:guid}/attachments/{attachmentId:guid}", new Scoped(Permission.ProposeNominations, Permission.ProposeNominations),
            true, async (w, r) =>
            {
                var d = await w.Dossier(r, attachment: true);
                return Get($"/api/v1/nominations/dossiers/{d.Dossier}/attachments/{d.Attachment}");
            }, HttpStatusCode.Unauthorized),
        new("DELETE /api/v1/nominations/dossiers/{id:guid}/attachments/{attachmentId:guid}",
            new Scoped(Permission.ProposeNominations, Permission.ProposeNominations), true, async (w, r) =>
            {
                var d = await w.Dossier(r, attachment: true);
                return new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/nominations/dossiers/{d.Dossier}/attachments/{d.Attachment}");
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/nominations/dossiers/{id:guid}/submit", new Scoped(Permission.ProposeNominations, Permission.ProposeNominations), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/nominations/dossiers/{(await w.Dossier(r, nominee: true)).Dossier}/submit", new { }),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/nominations/dossiers/{id:guid}/withdraw", new Scoped(Permission.ProposeNominations, Permission.ProposeNominations), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/nominations/dossiers/{(await w.Dossier(r)).Dossier}/withdraw", new { note = "Thử" }),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/nominations/dossiers/{id:guid}/accept", new AtLevel(), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/nominations/dossiers/{(await w.HeldDossier(r)).Dossier}/accept", new { }), HttpStatusCode.Unauthorized),
        new("POST /api/v1/nominations/dossiers/{id:guid}/return", new AtLevel(), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/nominations/dossiers/{(await w.HeldDossier(r)).Dossier}/return",
                new { items = new[] { new { requirement = "Other", reason = "Bổ sung hồ sơ" } } }), HttpStatusCode.Unauthorized),
        // ---- API: report campaigns (issue 16 §1): forms are the province's; a unit's report is seen by its reporters and the campaign's
        // unit, filled by SubmitReports on its unit, reviewed by ManageReports on the campaign's unit; a campaign is launched at a unit holding ManageReports.
        new("GET /api/v1/reports/forms", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/reports/forms")), HttpStatusCode.Unauthorized),
        new("GET /api/v1/reports/forms/{id:guid}", new SameTenant(), true,
            async (w, r) => Get($"/api/v1/reports/forms/{(await w.Report(r)).Form}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/reports/forms", new PagePolicy(Permission.ManageReports), false,
            (w, _) => Task.FromResult(Json(HttpMethod.Post, "/api/v1/reports/forms", new { code = w.NewCode(), name = "Biểu mẫu thử", fields = DanVan.Tests.Features.Reports.ReportData.Lines })),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/reports/campaigns", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/reports/campaigns")), HttpStatusCode.Unauthorized),
        new("POST /api/v1/reports/campaigns", new Scoped(Permission.ViewUnits, Permission.ManageReports, HttpStatusCode.Created), true,
            async (w, r) => Json(HttpMethod.Post, "/api/v1/reports/campaigns", new
            {
                formId = (await w.Report(Relation.Own)).Form, unitId = (await w.Unit(r)).Id, name = "Đợt báo cáo thử", year = 2026, workingDays = 10,
                recipients = new[] { new { unitId = (await w.Unit(Relation.Own)).Id, includeDescendants = true } },
            }), HttpStatusCode.Unauthorized),
        new("GET /api/v1/reports/campaigns/{id:guid}", new Scoped(Permission.SubmitReports, Permission.SubmitReports), true,
            async (w, r) => Get($"/api/v1/reports/campaigns/{(await w.Report(r)).Campaign}"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/reports/campaigns/{id:guid}/xlsx", new Scoped(Permission.SubmitReports, Permission.SubmitReports), true,
            async (w, r) => Get($"/api/v1/reports/campaigns/{(await w.Report(r)).Campaign}/xlsx"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/reports/campaigns/{id:guid}/indicators/{code}", new Scoped(Permission.SubmitReports, Permission.SubmitReports), true,
            async (w, r) => Get($"/api/v1/reports/campaigns/{(await w.Report(r)).Campaign}/indicators/1"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/reports/submissions/{id:guid}", new Scoped(Permission.SubmitReports, Permission.SubmitReports), true,
            async (w, r) => Get($"/api/v1/reports/submissions/{(await w.Report(r)).Submission}"), HttpStatusCode.Unauthorized),
        new("PUT /api/v1/reports/submissions/{id:guid}", new Scoped(Permission.SubmitReports, Permission.SubmitReports), true,
            async (w, r) => Json(HttpMethod.Put, $"/api/v1/reports/submissions/{(await w.Report(r)).Submission}", new { values = new[] { new { code = "1", value = "4" } } }),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/reports/submissions/{id:guid}/submit", new Scoped(Permission.SubmitReports, Permission.SubmitReports), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/reports/submissions/{(await w.Report(r)).Submission}/submit", new { values = new[] { new { code = "1", value = "4" } } }),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/reports/submissions/{id:guid}/xlsx", new Scoped(Permission.SubmitReports, Permission.SubmitReports), true,
            async (w, r) => Get($"/api/v1/reports/submissions/{(await w.Report(r)).Submission}/xlsx"), HttpStatusCode.Unauthorized),
        // A file without the report's identification lines: 400 once the caller may fill the report (the round trip is in ReportExcelTests).
        new("POST /api/v1/reports/submissions/{id:guid}/import", new ImportInto(Permission.SubmitReports, HttpStatusCode.BadRequest), true,
            async (w, r) => Upload($"/api/v1/reports/submissions/{(await w.Report(r)).Submission}/import",
                XlsxFiles.Sheet(DanVan.Features.Reports.ReportExcel.Columns, ["1", "I", "Số mô hình", null, null, null, "4"])), HttpStatusCode.Unauthorized),
        new("POST /api/v1/reports/submissions/{id:guid}/accept", new Scoped(Permission.SubmitReports, Permission.ManageReports), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/reports/submissions/{(await w.ReportToReview(r)).Submission}/accept", new { }), HttpStatusCode.Unauthorized),
        new("POST /api/v1/reports/submissions/{id:guid}/return", new Scoped(Permission.SubmitReports, Permission.ManageReports), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/reports/submissions/{(await w.ReportToReview(r)).Submission}/return",
                new { reasons = new Dictionary<string, string> { ["1"] = "Ghi rõ tên mô hình." } }), HttpStatusCode.Unauthorized),

        // ---- API: consultations on a dossier (issue 14 §3): seen with the dossier; asked, answered and closed as silent by the level holding it.
        new("GET /api/v1/nominations/dossiers/{id:guid}/consultations", new Scoped(Permission.ProposeNominations, Permission.ProposeNominations), true,
            async (w, r) => Get($"/api/v1/nominations/dossiers/{(await w.Dossier(r)).Dossier}/consultations"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/nominations/dossiers/{id:guid}/consultations", new AtLevel(HttpStatusCode.Created), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/nominations/dossiers/{(await w.HeldDossier(r)).Dossier}/consultations",
                new { body = "Công an tỉnh", question = "Đề nghị cho ý kiến về việc chấp hành pháp luật." }), HttpStatusCode.Unauthorized),
        new("POST /api/v1/consultations/{id:guid}/answer", new AtLevel(), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/consultations/{await w.Consultation(r)}/answer", new { opinion = "Agree", answeredOn = DanVan.Infrastructure.Text.VnTime.Today(TimeProvider.System) }),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/consultations/addressed", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/consultations/addressed")),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/consultations/{id:guid}/reply", new Consulted(), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/consultations/{await w.AddressedConsultation(r)}/reply", new { opinion = "Agree" }),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/consultations/{id:guid}/silence", new AtLevel(), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/consultations/{await w.Consultation(r)}/silence", new { }), HttpStatusCode.Unauthorized),
        // ---- API: public notice and comment (issue 15 §2). Managed with ManageCouncil on the notice's unit; the public side is anonymous.
        new("GET /api/v1/notices/", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/notices/")), HttpStatusCode.Unauthorized),
        new("POST /api/v1/notices/", new Scoped(Permission.ViewUnits, Permission.ManageCouncil, HttpStatusCode.Created), true,
            async (w, r) => Json(HttpMethod.Post, "/api/v1/notices/", new
            {
                unitId = (await w.Unit(r)).Id, nomineeIds = new[] { await w.AcceptedNominee() },
                startsOn = VnTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }), HttpStatusCode.Unauthorized),
        new("GET /api/v1/notices/{id:guid}", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) => Get($"/api/v1/notices/{(await w.Notice(r)).Notice}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/notices/{id:guid}/publish", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/notices/{(await w.Notice(r, published: false)).Notice}/publish", new { }), HttpStatusCode.Unauthorized),
        new("GET /api/v1/notices/{id:guid}/comments", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) => Get($"/api/v1/notices/{(await w.Notice(r)).Notice}/comments"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/notices/comments/{id:guid}/disposition", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/notices/comments/{(await w.Notice(r)).Comment}/disposition", new { disposition = "NotRelated", reason = "Không liên quan" }),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/public/notices/", new Fixed(HttpStatusCode.OK), false, (_, _) => Task.FromResult(Get("/api/v1/public/notices/")), HttpStatusCode.OK),
        new("GET /api/v1/public/notices/{id:guid}", new Fixed(HttpStatusCode.OK), true,
            async (w, r) => Get($"/api/v1/public/notices/{(await w.Notice(r)).Notice}"), HttpStatusCode.OK),
        // A fresh notice each time: the per-address limit counts per notice, so the table's callers do not exhaust it.
        new("POST /api/v1/public/notices/{id:guid}/comments", new Fixed(HttpStatusCode.OK), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/public/notices/{(await w.Notice(r)).Notice}/comments", new { name = "Người Dân", contact = "0905123456", content = "Góp ý" }),
            HttpStatusCode.OK),
        new("GET /api/v1/public/notices/receipts/{code}", new Fixed(HttpStatusCode.OK), true,
            async (w, r) => Get($"/api/v1/public/notices/receipts/{(await w.Notice(r)).Receipt}"), HttpStatusCode.OK),
        // ---- API: the council (issue 15 §1). Seen and managed with ManageCouncil on the council's unit (or by its secretary,
        // and seen by its members — none of the callers here); ballots only from members.
        new("GET /api/v1/council/councils/", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/council/councils/")), HttpStatusCode.Unauthorized),
        new("POST /api/v1/council/councils/", new Scoped(Permission.ViewUnits, Permission.ManageCouncil, HttpStatusCode.Created), true,
            async (w, r) => Json(HttpMethod.Post, "/api/v1/council/councils/", new { unitId = (await w.Unit(r)).Id, name = "Hội đồng thử", termFrom = "2026-01-01", termTo = "2026-12-31" }),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/council/councils/{id:guid}", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) => Get($"/api/v1/council/councils/{(await w.Council(r)).Council}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/council/councils/{id:guid}/members", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/council/councils/{(await w.Council(r)).Council}/members", new { personId = await w.FreshPerson(r), role = "Member" }),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/council/councils/{id:guid}/sessions", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil, HttpStatusCode.Created), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/council/councils/{(await w.Council(r)).Council}/sessions", new { date = "2026-06-02", place = "Phòng họp" }),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/council/sessions/{id:guid}", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) => Get($"/api/v1/council/sessions/{(await w.Council(r)).Session}"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/council/sessions/{id:guid}/minutes.pdf", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) => Get($"/api/v1/council/sessions/{(await w.Council(r)).Session}/minutes.pdf"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/council/sessions/{id:guid}/minutes.docx", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) => Get($"/api/v1/council/sessions/{(await w.Council(r)).Session}/minutes.docx"), HttpStatusCode.Unauthorized),
        // The demo round's accepted dossiers propose provincial awards (the province's council) and Sở Y tế's own Giấy khen: none for these councils.
        new("POST /api/v1/council/sessions/{id:guid}/agenda", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil, HttpStatusCode.Conflict), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/council/sessions/{(await w.Council(r)).Session}/agenda", new { roundId = await w.DemoRound() }),
            HttpStatusCode.Unauthorized),
        new("PUT /api/v1/council/sessions/{id:guid}/agenda/order", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) =>
            {
                var c = await w.Council(r);
                return Json(HttpMethod.Put, $"/api/v1/council/sessions/{c.Session}/agenda/order", new { itemIds = new[] { c.Item } });
            }, HttpStatusCode.Unauthorized),
        new("PUT /api/v1/council/sessions/{id:guid}/attendance", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) =>
            {
                var c = await w.Council(r);
                return Json(HttpMethod.Put, $"/api/v1/council/sessions/{c.Session}/attendance", new { memberId = c.Member, status = "Absent" });
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/council/sessions/{id:guid}/open", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/council/sessions/{(await w.Council(r, DanVan.Features.Council.SessionState.Draft)).Session}/open", new { }),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/council/sessions/{id:guid}/close", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/council/sessions/{(await w.Council(r)).Session}/close", new { }), HttpStatusCode.Unauthorized),
        new("POST /api/v1/council/items/{id:guid}/conflicts", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) =>
            {
                var c = await w.Council(r);
                return Json(HttpMethod.Post, $"/api/v1/council/items/{c.Item}/conflicts", new { memberId = c.Member, reason = "Người thân của người được đề nghị" });
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/council/items/{id:guid}/open", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/council/items/{(await w.Council(r)).Item}/open", new { method = "Electronic" }), HttpStatusCode.Unauthorized),
        new("POST /api/v1/council/items/{id:guid}/close", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/council/items/{(await w.Council(r, item: DanVan.Features.Council.ItemState.Open)).Item}/close", new { }),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/council/items/{id:guid}/ballots", new MembersOnly(), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/council/items/{(await w.Council(r, item: DanVan.Features.Council.ItemState.Open)).Item}/ballots", new { choice = "Yes" }),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/council/items/{id:guid}/participation", new MembersOnly(), true,
            async (w, r) => Get($"/api/v1/council/items/{(await w.Council(r, item: DanVan.Features.Council.ItemState.Open)).Item}/participation"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/council/items/{id:guid}/written-opinions", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) =>
            {
                var c = await w.Council(r, item: DanVan.Features.Council.ItemState.Open);
                return Json(HttpMethod.Post, $"/api/v1/council/items/{c.Item}/written-opinions", new { memberId = c.AbsentMember, choice = "Yes" });
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/council/items/{id:guid}/paper-counts", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) => Json(HttpMethod.Post,
                $"/api/v1/council/items/{(await w.Council(r, item: DanVan.Features.Council.ItemState.Open, method: DanVan.Features.Council.VoteMethod.Paper)).Item}/paper-counts",
                new { issued = 1, returned = 1, valid = 1, yes = 1, no = 0, abstain = 0 }), HttpStatusCode.Unauthorized),
        new("GET /api/v1/council/items/{id:guid}/tally", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) => Get($"/api/v1/council/items/{(await w.Council(r, item: DanVan.Features.Council.ItemState.Closed)).Item}/tally"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/council/items/{id:guid}/receipts/{code}", new Scoped(Permission.ManageCouncil, Permission.ManageCouncil), true,
            async (w, r) =>
            {
                var c = await w.Council(r, item: DanVan.Features.Council.ItemState.Open);
                return Get($"/api/v1/council/items/{c.Item}/receipts/{c.Receipt}");
            }, HttpStatusCode.Unauthorized),
        new("GET /api/v1/decisions/", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/decisions/")), HttpStatusCode.Unauthorized),
        new("POST /api/v1/decisions/", new Scoped(Permission.ViewUnits, Permission.ManageAwardRecords, HttpStatusCode.Created), true,
            async (w, r) =>
            {
                var c = await w.PassedItem(r);
                return Json(HttpMethod.Post, "/api/v1/decisions/", new
                {
                    roundId = await w.RoundOfItem(c.Item), authority = "UnitHead", unitId = (await w.Unit(r)).Id, signerTitle = "Giám đốc", signerName = "Người Ký",
                });
            }, HttpStatusCode.Unauthorized),
        new("GET /api/v1/decisions/{id:guid}", new Scoped(Permission.ViewAwards, Permission.ViewAwards), true,
            async (w, r) => Get($"/api/v1/decisions/{(await w.AwardDecision(r)).Decision}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/decisions/{id:guid}/awardees/{awardeeId:guid}/remove", new Scoped(Permission.ViewAwards, Permission.ManageAwardRecords), true,
            async (w, r) =>
            {
                var d = await w.AwardDecision(r);
                return Json(HttpMethod.Post, $"/api/v1/decisions/{d.Decision}/awardees/{d.Awardee}/remove", new { reason = "Trùng quyết định khác" });
            }, HttpStatusCode.Unauthorized),
        new("GET /api/v1/decisions/{id:guid}/submission.docx", new Scoped(Permission.ViewAwards, Permission.ViewAwards), true,
            async (w, r) => Get($"/api/v1/decisions/{(await w.AwardDecision(r)).Decision}/submission.docx"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/decisions/{id:guid}/decision.docx", new Scoped(Permission.ViewAwards, Permission.ViewAwards), true,
            async (w, r) => Get($"/api/v1/decisions/{(await w.AwardDecision(r)).Decision}/decision.docx"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/decisions/{id:guid}/submission.pdf", new Scoped(Permission.ViewAwards, Permission.ViewAwards), true,
            async (w, r) => Get($"/api/v1/decisions/{(await w.AwardDecision(r)).Decision}/submission.pdf"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/decisions/{id:guid}/decision.pdf", new Scoped(Permission.ViewAwards, Permission.ViewAwards), true,
            async (w, r) => Get($"/api/v1/decisions/{(await w.AwardDecision(r)).Decision}/decision.pdf"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/decisions/{id:guid}/issue", new Scoped(Permission.ViewAwards, Permission.ManageAwardRecords), true,
            async (w, r) => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/decisions/{(await w.AwardDecision(r)).Decision}/issue")
            {
                Content = DanVan.Tests.Features.Decisions.DecisionFlowTests.Form(DanVan.Tests.Features.Decisions.DecisionFlowTests.SignedPdf, "qd.pdf"),
            }, HttpStatusCode.Unauthorized),
        new("GET /api/v1/certificates/decisions/{id:guid}", new Scoped(Permission.ViewAwards, Permission.ViewAwards), true,
            async (w, r) => Get($"/api/v1/certificates/decisions/{(await w.AwardDecision(r)).Decision}"), HttpStatusCode.Unauthorized),
        // A draft has no certificates to print: 409 once the caller may see it (printing itself is tested in CertificateFlowTests).
        new("GET /api/v1/certificates/decisions/{id:guid}/certificates.pdf", new Scoped(Permission.ViewAwards, Permission.ViewAwards, HttpStatusCode.Conflict), true,
            async (w, r) => Get($"/api/v1/certificates/decisions/{(await w.AwardDecision(r)).Decision}/certificates.pdf"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/certificates/decisions/{id:guid}/certificates.zip", new Scoped(Permission.ViewAwards, Permission.ViewAwards, HttpStatusCode.Conflict), true,
            async (w, r) => Get($"/api/v1/certificates/decisions/{(await w.AwardDecision(r)).Decision}/certificates.zip"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/certificates/decisions/{id:guid}/batches", new Scoped(Permission.ViewAwards, Permission.ViewAwards, HttpStatusCode.Conflict), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/certificates/decisions/{(await w.AwardDecision(r)).Decision}/batches", new { format = "Zip" }),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/certificates/artwork", new Scoped(Permission.ViewAwards, Permission.ViewAwards), true,
            async (w, r) => Get($"/api/v1/certificates/artwork?unitId={(await w.Unit(r)).Id}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/certificates/artwork", new Scoped(Permission.ViewAwards, Permission.ManageAwardRecords), true,
            async (w, r) => new HttpRequestMessage(HttpMethod.Post, "/api/v1/certificates/artwork") { Content = ArtworkUpload((await w.Unit(r)).Id) },
            HttpStatusCode.Unauthorized),
        new("DELETE /api/v1/certificates/artwork/{id:guid}", new Scoped(Permission.ViewAwards, Permission.ManageAwardRecords), true,
            async (w, r) => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/certificates/artwork/{await w.Artwork(r)}"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/certificates/artwork/{id:guid}/image", new Scoped(Permission.ViewAwards, Permission.ViewAwards), true,
            async (w, r) => Get($"/api/v1/certificates/artwork/{await w.Artwork(r)}/image"), HttpStatusCode.Unauthorized),
        // A superseded certificate is not printed: 409 once the caller may see it.
        new("GET /api/v1/certificates/{id:guid}/certificate.pdf", new Scoped(Permission.ViewAwards, Permission.ViewAwards, HttpStatusCode.Conflict), true,
            async (w, r) => Get($"/api/v1/certificates/{(await w.Certificate(r)).Superseded}/certificate.pdf"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/certificates/{id:guid}/reissue", new Scoped(Permission.ViewAwards, Permission.ManageAwardRecords), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/certificates/{(await w.Certificate(r)).Certificate}/reissue", new { reason = "Bị mất" }),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/certificates/revocations", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/certificates/revocations")),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/certificates/revocations", new Scoped(Permission.ViewAwards, Permission.ManageAwardRecords, HttpStatusCode.Created), true,
            async (w, r) => new HttpRequestMessage(HttpMethod.Post, "/api/v1/certificates/revocations")
            {
                Content = DanVan.Tests.Features.Certificates.CertificateFlowTests.Revocation((await w.Unit(r)).Id, [(await w.Certificate(r)).AwardRecord],
                    file: DanVan.Tests.Features.Decisions.DecisionFlowTests.SignedPdf),
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/certificates/recoveries/{id:guid}/recovered", new Scoped(Permission.ViewAwards, Permission.ManageAwardRecords), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/certificates/recoveries/{(await w.Certificate(r)).Recovery}/recovered", new { note = "Đã nộp lại" }),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/verify/{code}", new Fixed(HttpStatusCode.OK), false, (_, _) => Task.FromResult(Get($"/api/v1/verify/{DanVan.Features.Certificates.Certificate.NewCode()}")),
            HttpStatusCode.OK),
        new("GET /api/v1/people/{id:guid}/ratings", new Scoped(Permission.ViewPeople, Permission.ViewPeople), true,
            async (w, r) => Get($"/api/v1/people/{await w.FreshPerson(r)}/ratings"), HttpStatusCode.Unauthorized),
        new("PUT /api/v1/people/{id:guid}/ratings/{year:int}", new Scoped(Permission.ViewPeople, Permission.ManageRatings), true,
            async (w, r) => Json(HttpMethod.Put, $"/api/v1/people/{await w.FreshPerson(r)}/ratings/2025", new { level = "Good" }), HttpStatusCode.Unauthorized),
        new("GET /api/v1/people/{id:guid}/disciplines", new Scoped(Permission.ViewPeople, Permission.ViewPeople), true,
            async (w, r) => Get($"/api/v1/people/{await w.FreshPerson(r)}/disciplines"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/people/{id:guid}/disciplines", new Scoped(Permission.ViewPeople, Permission.ManageRatings), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/people/{await w.FreshPerson(r)}/disciplines",
                new { kind = "Reprimand", decisionNumber = "9/QĐ-THU", decisionDate = "2025-03-01", from = "2025-03-02" }), HttpStatusCode.Unauthorized),

        // ---- API: contests (issue 17): open contests are the province's (read by every holder of ViewMovements), drafts and
        // acceptance belong to ManageContests at the organising unit; a unit's team is registered with RegisterContestTeams on it.
        new("GET /api/v1/contests/", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/contests/")), HttpStatusCode.Unauthorized),
        new("GET /api/v1/contests/{id:guid}", new TenantWide(Permission.ViewMovements, Permission.ViewMovements), true,
            async (w, r) => Get($"/api/v1/contests/{(await w.Contest(r)).Contest}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/", new TenantWide(Permission.ViewMovements, Permission.ManageContests, HttpStatusCode.Created), true,
            async (w, r) => Json(HttpMethod.Post, "/api/v1/contests/", await w.ContestInput(r)), HttpStatusCode.Unauthorized),
        new("PUT /api/v1/contests/{id:guid}", new Scoped(Permission.ManageContests, Permission.ManageContests), true,
            async (w, r) => Json(HttpMethod.Put, $"/api/v1/contests/{(await w.Contest(r, open: false)).Contest}", await w.ContestInput(r)), HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/{id:guid}/open", new Scoped(Permission.ManageContests, Permission.ManageContests), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/contests/{(await w.Contest(r, open: false)).Contest}/open", new { }), HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/{id:guid}/teams", new ForOwnUnit(Permission.ViewMovements, Permission.RegisterContestTeams, HttpStatusCode.Created), true,
            async (w, r) =>
            {
                var (unit, person) = await w.ContestTeamUnit();
                return Json(HttpMethod.Post, $"/api/v1/contests/{(await w.Contest(r)).Contest}/teams",
                    new { unitId = unit, members = new[] { new { personId = person, role = "Captain" } } });
            }, HttpStatusCode.Unauthorized),
        new("GET /api/v1/contests/teams/{id:guid}", new TenantWide(Permission.ViewMovements, Permission.ViewMovements), true,
            async (w, r) => Get($"/api/v1/contests/teams/{(await w.Contest(r, team: DanVan.Features.Contests.TeamState.Registered)).Team}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/teams/{id:guid}/accept", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var made = await w.Contest(r, team: DanVan.Features.Contests.TeamState.Registered);
                return Json(HttpMethod.Post, $"/api/v1/contests/teams/{made.Team}/accept", new { clusterId = made.Cluster });
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/teams/{id:guid}/return", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/contests/teams/{(await w.Contest(r, team: DanVan.Features.Contests.TeamState.Registered)).Team}/return",
                new { reason = "Thiếu quyết định cử đội" }), HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/teams/{id:guid}/substitute", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var made = await w.Contest(r, team: DanVan.Features.Contests.TeamState.Accepted);
                return Json(HttpMethod.Post, $"/api/v1/contests/teams/{made.Team}/substitute",
                    new { outPersonId = made.Member, inPersonId = made.Newcomer, reason = "Ốm" });
            }, HttpStatusCode.Unauthorized),
        // Judging (issue 17 §3): the organiser (ManageContests at the organising unit) runs judges, paper sheets, attendance and closing; a
        // judge's own sheets are granted by their seat (no caller here has one); standings are the organiser's until the round closes.
        new("GET /api/v1/contests/{id:guid}/judges", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) => Get($"/api/v1/contests/{(await w.Contest(r)).Contest}/judges"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/{id:guid}/judges", new TenantWide(Permission.ViewMovements, Permission.ManageContests, HttpStatusCode.Created), true,
            async (w, r) =>
            {
                var made = await w.Contest(r);
                var round = await w.FirstRound(made.Contest);
                return Json(HttpMethod.Post, $"/api/v1/contests/{made.Contest}/judges", new { roundId = round, userId = await w.User(r), name = "Khách mời", organisation = "Báo thử" });
            }, HttpStatusCode.Unauthorized),
        new("DELETE /api/v1/contests/{id:guid}/judges/{judgeId:guid}", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var j = await w.Judging(r);
                return new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/contests/{j.Contest}/judges/{j.Judge}");
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/{id:guid}/judges/{judgeId:guid}/conflicts", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var j = await w.Judging(r);
                return Json(HttpMethod.Post, $"/api/v1/contests/{j.Contest}/judges/{j.Judge}/conflicts", new { teamId = j.Team, reason = "Người thân của đội trưởng" });
            }, HttpStatusCode.Unauthorized),
        new("GET /api/v1/contests/{id:guid}/sheets/mine", new JudgesOnly(), true,
            async (w, r) => Get($"/api/v1/contests/{(await w.Judging(r)).Contest}/sheets/mine"), HttpStatusCode.Unauthorized),
        new("PUT /api/v1/contests/{id:guid}/sheets/mine", new JudgesOnly(), true,
            async (w, r) =>
            {
                var j = await w.Judging(r);
                return Json(HttpMethod.Put, $"/api/v1/contests/{j.Contest}/sheets/mine", new { partId = j.Part, teamId = j.Team, points = j.Points });
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/{id:guid}/sheets/paper", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var j = await w.Judging(r);
                return Json(HttpMethod.Post, $"/api/v1/contests/{j.Contest}/sheets/paper", new { partId = j.Part, teamId = j.Team, judgeId = j.Judge, points = j.Points });
            }, HttpStatusCode.Unauthorized),
        new("GET /api/v1/contests/{id:guid}/sheets/{sheetId:guid}", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var j = await w.Judging(r, DanVan.Features.Contests.SheetSource.Judge);
                return Get($"/api/v1/contests/{j.Contest}/sheets/{j.Sheet}");
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/{id:guid}/sheets/{sheetId:guid}/confirm", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var j = await w.Judging(r, DanVan.Features.Contests.SheetSource.Paper);
                return Json(HttpMethod.Post, $"/api/v1/contests/{j.Contest}/sheets/{j.Sheet}/confirm", new { points = j.Points });
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/{id:guid}/sheets/{sheetId:guid}/correct", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var j = await w.Judging(r, DanVan.Features.Contests.SheetSource.Judge, close: true);
                return Json(HttpMethod.Post, $"/api/v1/contests/{j.Contest}/sheets/{j.Sheet}/correct", new { points = j.Points, reason = "Cộng nhầm" });
            }, HttpStatusCode.Unauthorized),
        new("GET /api/v1/contests/{id:guid}/parts/{partId:guid}/sheets", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var j = await w.Judging(r);
                return Get($"/api/v1/contests/{j.Contest}/parts/{j.Part}/sheets");
            }, HttpStatusCode.Unauthorized),
        new("PUT /api/v1/contests/{id:guid}/parts/{partId:guid}/attendance", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var j = await w.Judging(r);
                return Json(HttpMethod.Put, $"/api/v1/contests/{j.Contest}/parts/{j.Part}/attendance", new { teamId = j.Team, noShow = true });
            }, HttpStatusCode.Unauthorized),
        // The quiz desk (bank, paper, answers): the organiser's, like attendance; each write on a fresh contest.
        new("GET /api/v1/contests/{id:guid}/quiz", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) => Get($"/api/v1/contests/{(await w.Quiz(r)).Contest}/quiz"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/{id:guid}/questions", new TenantWide(Permission.ViewMovements, Permission.ManageContests, HttpStatusCode.Created), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/contests/{(await w.Quiz(r)).Contest}/questions",
                new { text = "Câu hỏi?", options = new[] { "Có", "Không" }, correct = "A", source = "Luật" }), HttpStatusCode.Unauthorized),
        new("GET /api/v1/contests/{id:guid}/questions.xlsx", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) => Get($"/api/v1/contests/{(await w.Quiz(r)).Contest}/questions.xlsx"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/{id:guid}/questions/import", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) => Upload($"/api/v1/contests/{(await w.Quiz(r)).Contest}/questions/import", XlsxFiles.Sheet(DanVan.Features.Contests.ContestBankExcel.Columns,
                [null, "Câu hỏi nhập từ Excel?", "Có", "Không", null, null, "A", "Luật"])), HttpStatusCode.Unauthorized),
        new("DELETE /api/v1/contests/{id:guid}/questions/{questionId:guid}", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var q = await w.Quiz(r);
                return new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/contests/{q.Contest}/questions/{q.Spare}");
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/{id:guid}/parts/{partId:guid}/paper", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var q = await w.Quiz(r);
                return Json(HttpMethod.Post, $"/api/v1/contests/{q.Contest}/parts/{q.Part}/paper", new { count = 2 });
            }, HttpStatusCode.Unauthorized),
        new("PUT /api/v1/contests/{id:guid}/parts/{partId:guid}/answers", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var q = await w.Quiz(r);
                return Json(HttpMethod.Put, $"/api/v1/contests/{q.Contest}/parts/{q.Part}/answers", new { teamId = q.Team, answers = "AB" });
            }, HttpStatusCode.Unauthorized),
        // The quiz on devices: the codes and the signal are the organiser's; a team's device needs only its code (the key itself).
        new("POST /api/v1/contests/{id:guid}/parts/{partId:guid}/quiz/seats", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var q = await w.Quiz(r);
                return new HttpRequestMessage(HttpMethod.Post, $"/api/v1/contests/{q.Contest}/parts/{q.Part}/quiz/seats");
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/{id:guid}/parts/{partId:guid}/quiz/start", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var q = await w.Quiz(r, seat: true);
                return new HttpRequestMessage(HttpMethod.Post, $"/api/v1/contests/{q.Contest}/parts/{q.Part}/quiz/start");
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/{id:guid}/parts/{partId:guid}/quiz/pause", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var q = await w.Quiz(r, seat: true, timer: "started");
                return Json(HttpMethod.Post, $"/api/v1/contests/{q.Contest}/parts/{q.Part}/quiz/pause", new { reason = "Mất điện hội trường" });
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/{id:guid}/parts/{partId:guid}/quiz/resume", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var q = await w.Quiz(r, seat: true, timer: "paused");
                return new HttpRequestMessage(HttpMethod.Post, $"/api/v1/contests/{q.Contest}/parts/{q.Part}/quiz/resume");
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/{id:guid}/parts/{partId:guid}/quiz/extend", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var q = await w.Quiz(r, seat: true, timer: "started");
                return Json(HttpMethod.Post, $"/api/v1/contests/{q.Contest}/parts/{q.Part}/quiz/extend", new { minutes = 2, reason = "Bù giờ mất điện" });
            }, HttpStatusCode.Unauthorized),
        new("GET /api/v1/contests/{id:guid}/parts/{partId:guid}/quiz/cards.pdf", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var q = await w.Quiz(r, seat: true);
                return Get($"/api/v1/contests/{q.Contest}/parts/{q.Part}/quiz/cards.pdf");
            }, HttpStatusCode.Unauthorized),
        new("GET /api/v1/public/contests/quiz/{code}", new Fixed(HttpStatusCode.OK), false,
            async (w, _) => Get($"/api/v1/public/contests/quiz/{(await w.Quiz(Relation.Own, seat: true)).Code}"), HttpStatusCode.OK),
        // Before the organiser's signal every caller is told to wait (409): past any access rule, the code alone decides.
        new("PUT /api/v1/public/contests/quiz/{code}/answers", new Fixed(HttpStatusCode.Conflict), false,
            async (w, _) => Json(HttpMethod.Put, $"/api/v1/public/contests/quiz/{(await w.Quiz(Relation.Own, seat: true)).Code}/answers", new { answers = "AB" }),
            HttpStatusCode.Conflict),
        new("POST /api/v1/contests/{id:guid}/parts/{partId:guid}/close", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var j = await w.Judging(r);
                return Json(HttpMethod.Post, $"/api/v1/contests/{j.Contest}/parts/{j.Part}/close", new { });
            }, HttpStatusCode.Unauthorized),
        new("GET /api/v1/contests/{id:guid}/rounds/{roundId:guid}/standings", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var j = await w.Judging(r, DanVan.Features.Contests.SheetSource.Judge);
                return Get($"/api/v1/contests/{j.Contest}/rounds/{j.Round}/standings");
            }, HttpStatusCode.Unauthorized),
        new("GET /api/v1/public/contests/{id:guid}/rules", new Fixed(HttpStatusCode.OK), false,
            async (w, _) => Get($"/api/v1/public/contests/{(await w.Contest(Relation.Own)).Contest}/rules"), HttpStatusCode.OK),
        // The scoreboard (issue 17 §4): the organiser's board and steps; the public board and its stream (once=true: one event, then the end).
        new("GET /api/v1/contests/{id:guid}/rounds/{roundId:guid}/board", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var j = await w.Judging(r, DanVan.Features.Contests.SheetSource.Judge);
                return Get($"/api/v1/contests/{j.Contest}/rounds/{j.Round}/board");
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/{id:guid}/rounds/{roundId:guid}/board/freeze", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var j = await w.Judging(r);
                return Json(HttpMethod.Post, $"/api/v1/contests/{j.Contest}/rounds/{j.Round}/board/freeze", new { });
            }, HttpStatusCode.Unauthorized),
        // On a live board with open parts the organiser's reveal and final are refused (409): past the access rule, which is what the table checks.
        new("POST /api/v1/contests/{id:guid}/rounds/{roundId:guid}/board/reveal", new TenantWide(Permission.ViewMovements, Permission.ManageContests, HttpStatusCode.Conflict), true,
            async (w, r) =>
            {
                var j = await w.Judging(r);
                return Json(HttpMethod.Post, $"/api/v1/contests/{j.Contest}/rounds/{j.Round}/board/reveal", new { });
            }, HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/{id:guid}/rounds/{roundId:guid}/board/final", new TenantWide(Permission.ViewMovements, Permission.ManageContests, HttpStatusCode.Conflict), true,
            async (w, r) =>
            {
                var j = await w.Judging(r);
                return Json(HttpMethod.Post, $"/api/v1/contests/{j.Contest}/rounds/{j.Round}/board/final", new { });
            }, HttpStatusCode.Unauthorized),
        new("GET /api/v1/public/contests/{id:guid}/board", new Fixed(HttpStatusCode.OK), false,
            async (w, _) => Get($"/api/v1/public/contests/{(await w.Contest(Relation.Own)).Contest}/board"), HttpStatusCode.OK),
        new("GET /api/v1/public/contests/{id:guid}/board/stream", new Fixed(HttpStatusCode.OK), false,
            async (w, _) => Get($"/api/v1/public/contests/{(await w.Contest(Relation.Own)).Contest}/board/stream?once=true"), HttpStatusCode.OK),
        // Prizes and the results decision: read by whoever sees the contest; the structure, the decision and the certificates are the organiser's
        // (a decision before the rounds are final, or certificates before it, is refused with 409: past the access rule).
        new("GET /api/v1/contests/{id:guid}/results", new TenantWide(Permission.ViewMovements, Permission.ViewMovements), true,
            async (w, r) => Get($"/api/v1/contests/{(await w.Contest(r)).Contest}/results"), HttpStatusCode.Unauthorized),
        new("PUT /api/v1/contests/{id:guid}/prizes", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) => Json(HttpMethod.Put, $"/api/v1/contests/{(await w.Contest(r)).Contest}/prizes",
                new { basis = "Kế hoạch tổ chức, mục IV", prizes = new[] { new { name = "Giải Nhất", subject = "Team", count = 1, amount = 5_000_000 } } }), HttpStatusCode.Unauthorized),
        new("POST /api/v1/contests/{id:guid}/results", new TenantWide(Permission.ViewMovements, Permission.ManageContests, HttpStatusCode.Conflict), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/contests/{(await w.Contest(r)).Contest}/results", new
            {
                number = "1/QĐ-SNV", issueDate = new DateOnly(2026, 12, 1), signerTitle = "Giám đốc", signerName = "Thử",
                awards = new[] { new { prizeId = Guid.NewGuid(), teamId = Guid.NewGuid() } },
            }), HttpStatusCode.Unauthorized),
        // The decision's paper: whoever sees the contest, once issued (the world's contest has none: 409 for every reader).
        new("GET /api/v1/contests/{id:guid}/results/decision.docx", new TenantWide(Permission.ViewMovements, Permission.ViewMovements, HttpStatusCode.Conflict), true,
            async (w, r) => Get($"/api/v1/contests/{(await w.Contest(r)).Contest}/results/decision.docx"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/contests/{id:guid}/results/decision.pdf", new TenantWide(Permission.ViewMovements, Permission.ViewMovements, HttpStatusCode.Conflict), true,
            async (w, r) => Get($"/api/v1/contests/{(await w.Contest(r)).Contest}/results/decision.pdf"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/contests/{id:guid}/results/certificates.pdf", new TenantWide(Permission.ViewMovements, Permission.ManageContests, HttpStatusCode.Conflict), true,
            async (w, r) => Get($"/api/v1/contests/{(await w.Contest(r)).Contest}/results/certificates.pdf"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/public/contests/{id:guid}/results", new Fixed(HttpStatusCode.OK), false,
            async (w, _) => Get($"/api/v1/public/contests/{(await w.Contest(Relation.Own)).Contest}/results"), HttpStatusCode.OK),

        // ---- API: emulation clusters (province data: read by every holder of ViewAssessments, changed at the root only)
        new("GET /api/v1/clusters/", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/clusters/?year=2026")), HttpStatusCode.Unauthorized),
        new("GET /api/v1/clusters/{id:guid}", new TenantWide(Permission.ViewAssessments, Permission.ViewAssessments), true,
            async (w, r) => Get($"/api/v1/clusters/{await w.Cluster(r)}"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/clusters/", new Fixed(HttpStatusCode.Forbidden), false,
            (_, _) => Task.FromResult(Json(HttpMethod.Post, "/api/v1/clusters/", new { year = 2027, kind = "Cluster", name = "Cụm thử quyền" })),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/clusters/copy", new Fixed(HttpStatusCode.Forbidden), false,
            (_, _) => Task.FromResult(Json(HttpMethod.Post, "/api/v1/clusters/copy", new { fromYear = 2026, toYear = 2027 })), HttpStatusCode.Unauthorized),
        new("POST /api/v1/clusters/{id:guid}/members", new RootOnly(), true,
            async (w, r) => Json(HttpMethod.Post, $"/api/v1/clusters/{await w.Cluster(r)}/members", new { unitId = (await w.Unit(r)).Id }),
            HttpStatusCode.Unauthorized),
        new("DELETE /api/v1/clusters/{id:guid}/members/{unitId:guid}", new RootOnly(), true,
            async (w, r) => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/clusters/{await w.Cluster(r)}/members/{(await w.Unit(r)).Id}?reason=th%E1%BB%AD"),
            HttpStatusCode.Unauthorized),
        new("PUT /api/v1/clusters/{id:guid}/leader", new RootOnly(), true,
            async (w, r) => Json(HttpMethod.Put, $"/api/v1/clusters/{await w.Cluster(r)}/leader", new { leaderUnitId = (await w.Unit(r)).Id }),
            HttpStatusCode.Unauthorized),

        // ---- API: accounts
        new("GET /api/v1/me", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/me")), HttpStatusCode.Unauthorized),
        new("GET /api/v1/me/work", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/me/work")), HttpStatusCode.Unauthorized),
        new("GET /api/v1/me/notifications", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/me/notifications")), HttpStatusCode.Unauthorized),
        // Someone else's notification is nobody's but theirs: 404 for every caller (the IDOR tests try the owner's too).
        new("POST /api/v1/me/notifications/{id:guid}/read", new Fixed(HttpStatusCode.NotFound), true,
            async (w, r) => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/me/notifications/{await w.Notification(r)}/read"), HttpStatusCode.Unauthorized),
        new("POST /api/v1/me/notifications/read-all", new Everyone(), false,
            (_, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/notifications/read-all")), HttpStatusCode.Unauthorized),
        new("GET /api/v1/me/notification-preferences", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/me/notification-preferences")),
            HttpStatusCode.Unauthorized),
        new("PUT /api/v1/me/notification-preferences", new Everyone(), false,
            (_, _) => Task.FromResult(Json(HttpMethod.Put, "/api/v1/me/notification-preferences", new { mode = "Immediate", unsubscribed = new[] { "Decisions" } })),
            HttpStatusCode.Unauthorized),

        // ---- API: background jobs (the starter and the province's administrators; the queue for administrators)
        new("GET /api/v1/jobs/{id:guid}", new TenantAdmins(), true, async (w, r) => Get($"/api/v1/jobs/{await w.Job(r, failed: false)}"),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/jobs/{id:guid}/result", new TenantAdmins(), true, async (w, r) => Get($"/api/v1/jobs/{await w.Job(r, failed: false)}/result"),
            HttpStatusCode.Unauthorized),
        new("GET /api/v1/admin/jobs/", new PagePolicy(Permission.ManageUsers), false, (_, _) => Task.FromResult(Get("/api/v1/admin/jobs")),
            HttpStatusCode.Unauthorized),
        new("POST /api/v1/admin/jobs/{id:guid}/retry", new PagePolicy(Permission.ManageUsers, new SameTenant()), true,
            async (w, r) => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/jobs/{await w.Job(r, failed: true)}/retry"), HttpStatusCode.Unauthorized),
        new("GET /api/v1/tokens", new Everyone(), false, (_, _) => Task.FromResult(Get("/api/v1/tokens")), HttpStatusCode.Unauthorized),
        new("DELETE /api/v1/tokens/{id:guid}", new OwnOnly(), true,
            async (w, r) => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/tokens/{await w.Token(r)}"), HttpStatusCode.Unauthorized, PerCaller: true),
        new("POST /api/v1/tokens", new Fixed(HttpStatusCode.BadRequest), false,
            (_, _) => Task.FromResult(Json(HttpMethod.Post, "/api/v1/tokens", new { username = "khong-co", password = "sai-mat-khau" })),
            HttpStatusCode.BadRequest),

        // ---- Pages
        new("PAGE /Index", new Everyone(), false, (_, _) => Task.FromResult(Get("/")), Login),
        new("PAGE /Work/Index", new Everyone(), false, (_, _) => Task.FromResult(Get("/Work")), Login),
        new("PAGE /Notifications/Index", new Everyone(), false, (_, _) => Task.FromResult(Get("/Notifications")), Login),
        // Without signing in (the link in an e-mail); a token that is not signed by the app only gets the refusal text.
        new("PAGE /Notifications/Unsubscribe", new Fixed(HttpStatusCode.OK), false, (_, _) => Task.FromResult(Get("/Notifications/Unsubscribe?t=gia-mao")),
            HttpStatusCode.OK),
        new("PAGE /Jobs/Details", new TenantAdmins(), true, async (w, r) => Get($"/Jobs/{await w.Job(r, failed: false)}"), Login),
        new("PAGE /Admin/Jobs/Index", new PagePolicy(Permission.ManageUsers), false, (_, _) => Task.FromResult(Get("/Admin/Jobs")), Login),
        new("PAGE /Units/Index", new Everyone(), false, (_, _) => Task.FromResult(Get("/Units")), Login),
        new("PAGE /Units/Details", new Scoped(Permission.ViewUnits, Permission.ViewUnits), true,
            async (w, r) => Get($"/Units/Details/{(await w.Unit(r)).Id}"), Login),
        new("PAGE /Units/Edit", new PagePolicy(Permission.ManageUnits, new Scoped(Permission.ViewUnits, Permission.ManageUnits)), true,
            async (w, r) => Get($"/Units/Edit/{(await w.FreshUnit(r)).Id}"), Login),
        new("PAGE /Units/Move", new PagePolicy(Permission.ManageUnits, new Scoped(Permission.ViewUnits, Permission.ManageUnits)), true,
            async (w, r) => Get($"/Units/Move/{(await w.FreshUnit(r)).Id}"), Login),
        new("PAGE /Units/Merge", new PagePolicy(Permission.ManageUnits), false, (_, _) => Task.FromResult(Get("/Units/Merge")), Login),
        new("PAGE /Units/Dissolve", new PagePolicy(Permission.ManageUnits, new Scoped(Permission.ViewUnits, Permission.ManageUnits)), true,
            async (w, r) => Get($"/Units/Dissolve/{(await w.FreshUnit(r)).Id}"), Login),
        new("PAGE /Units/Split", new PagePolicy(Permission.ManageUnits, new Scoped(Permission.ViewUnits, Permission.ManageUnits)), true,
            async (w, r) => Get($"/Units/Split/{(await w.FreshUnit(r)).Id}"), Login),
        new("PAGE /Units/TransferPart", new PagePolicy(Permission.ManageUnits, new Scoped(Permission.ViewUnits, Permission.ManageUnits)), true,
            async (w, r) => Get($"/Units/TransferPart/{(await w.FreshUnit(r)).Id}"), Login),
        new("PAGE /Units/Import", new PagePolicy(Permission.ManageUnits), false, (_, _) => Task.FromResult(Get("/Units/Import")), Login),
        new("PAGE /Units/Kinds", new PagePolicy(Permission.ManageUnits), false, (_, _) => Task.FromResult(Get("/Units/Kinds")), Login),
        new("PAGE /People/Index", new Everyone(), false, (_, _) => Task.FromResult(Get("/People")), Login),
        new("PAGE /People/Details", new Scoped(Permission.ViewPeople, Permission.ViewPeople), true,
            async (w, r) => Get($"/People/Details/{await w.FreshPerson(r)}"), Login),
        new("PAGE /People/Edit", new PagePolicy(Permission.ManagePeople, new Scoped(Permission.ViewPeople, Permission.ManagePeople)), true,
            async (w, r) => Get($"/People/Edit/{await w.FreshPerson(r)}"), Login),
        new("PAGE /People/Transfer", new PagePolicy(Permission.ManagePeople, new Scoped(Permission.ViewPeople, Permission.ManagePeople)), true,
            async (w, r) => Get($"/People/Transfer/{await w.FreshPerson(r)}"), Login),
        new("PAGE /People/Import", new PagePolicy(Permission.ManagePeople), false, (_, _) => Task.FromResult(Get("/People/Import")), Login),
        new("PAGE /Ratings/Index", new Everyone(), false, (_, _) => Task.FromResult(Get("/Ratings?year=2025")), Login),
        new("PAGE /Awards/Index", new PagePolicy(Permission.ViewAwards), false, (_, _) => Task.FromResult(Get("/Awards")), Login),
        new("PAGE /Awards/New", new Fixed(HttpStatusCode.Forbidden), false, (_, _) => Task.FromResult(Get("/Awards/New")), Login), // the province root's only
        new("PAGE /Awards/Kind", new PagePolicy(Permission.ViewAwards, new SameTenant()), true, async (w, r) => Get($"/Awards/Kind/{await w.AwardKind(r)}"), Login),
        new("PAGE /Ratings/Import", new PagePolicy(Permission.ManageRatings), false, (_, _) => Task.FromResult(Get("/Ratings/Import")), Login),
        new("PAGE /Eligibility/Qualifies", new PagePolicy(Permission.ViewAwards, new Scoped(Permission.ViewAwards, Permission.ViewAwards)), true,
            async (w, r) => Get($"/Eligibility/Qualifies?awardKindId={await w.AwardKind("lao-dong-tien-tien")}&unitId={(await w.Unit(r)).Id}&year=2026&date=2026-12-20"),
            Login),
        new("PAGE /Eligibility/Proof", new PagePolicy(Permission.ViewAwards, new Scoped(Permission.ViewPeople, Permission.ViewAwards)), true,
            async (w, r) => Get($"/Eligibility/Proof?awardKindId={await w.AwardKind("lao-dong-tien-tien")}&personId={await w.FreshPerson(r)}&year=2026&date=2026-12-20"),
            Login),
        new("PAGE /Awards/Register", new PagePolicy(Permission.ViewAwards), false, (_, _) => Task.FromResult(Get("/Awards/Register")), Login),
        new("PAGE /Nominations/Index", new PagePolicy(Permission.ViewAwards), false, (_, _) => Task.FromResult(Get("/Nominations")), Login),
        new("PAGE /Nominations/Round", new PagePolicy(Permission.ViewAwards, new TenantWide(Permission.ViewAwards, Permission.ViewAwards)), true,
            async (w, r) => Get($"/Nominations/Round/{(await w.NominationRound(r)).Round}"), Login),
        new("PAGE /Nominations/Dossier", new PagePolicy(Permission.ViewAwards, new Scoped(Permission.ProposeNominations, Permission.ProposeNominations)), true,
            async (w, r) => Get($"/Nominations/Dossier/{(await w.Dossier(r, nominee: true, attachment: true)).Dossier}"), Login),
        new("PAGE /Reports/Index", new Everyone(), false, (_, _) => Task.FromResult(Get("/Reports")), Login),
        new("PAGE /Reports/Campaign", new Scoped(Permission.SubmitReports, Permission.SubmitReports), true,
            async (w, r) => Get($"/Reports/Campaign/{(await w.Report(r)).Campaign}"), Login),
        new("PAGE /Reports/Submission", new Scoped(Permission.SubmitReports, Permission.SubmitReports), true,
            async (w, r) => Get($"/Reports/Submission/{(await w.Report(r)).Submission}"), Login),
        new("PAGE /Consultations/Index", new PagePolicy(Permission.ViewAwards, new Scoped(Permission.ProposeNominations, Permission.ProposeNominations)), true,
            async (w, r) => Get($"/Consultations/{(await w.Dossier(r)).Dossier}"), Login),
        new("PAGE /Council/Index", new PagePolicy(Permission.ViewAwards), false, (_, _) => Task.FromResult(Get("/Council")), Login),
        new("PAGE /Notices/Index", new PagePolicy(Permission.ViewAwards), false, (_, _) => Task.FromResult(Get("/Notices")), Login),
        new("PAGE /Notices/Details", new PagePolicy(Permission.ViewAwards, new Scoped(Permission.ManageCouncil, Permission.ManageCouncil)), true,
            async (w, r) => Get($"/Notices/Details/{(await w.Notice(r)).Notice}"), Login),
        new("PAGE /Public/Notices/Index", new Fixed(HttpStatusCode.OK), false, (_, _) => Task.FromResult(Get("/thong-bao")), HttpStatusCode.OK),
        new("PAGE /Public/Notices/Notice", new Fixed(HttpStatusCode.OK), true, async (w, r) => Get($"/thong-bao/{(await w.Notice(r)).Notice}"), HttpStatusCode.OK),
        new("PAGE /Public/Notices/Receipt", new Fixed(HttpStatusCode.OK), true,
            async (w, r) => Get($"/thong-bao/bien-nhan?ma={(await w.Notice(r)).Receipt}"), HttpStatusCode.OK),
        new("PAGE /Council/Session", new PagePolicy(Permission.ViewAwards, new Scoped(Permission.ManageCouncil, Permission.ManageCouncil)), true,
            async (w, r) => Get($"/Council/Session/{(await w.Council(r)).Session}"), Login),
        new("PAGE /Council/Vote", new PagePolicy(Permission.ViewAwards, new Scoped(Permission.ManageCouncil, Permission.ManageCouncil)), true,
            async (w, r) => Get($"/Council/Vote/{(await w.Council(r, item: DanVan.Features.Council.ItemState.Open)).Item}"), Login),
        new("PAGE /Decisions/Index", new PagePolicy(Permission.ViewAwards), false, (_, _) => Task.FromResult(Get("/Decisions")), Login),
        new("PAGE /Decisions/Details", new PagePolicy(Permission.ViewAwards, new Scoped(Permission.ViewAwards, Permission.ViewAwards)), true,
            async (w, r) => Get($"/Decisions/Details/{(await w.AwardDecision(r)).Decision}"), Login),
        new("PAGE /Certificates/Decision", new PagePolicy(Permission.ViewAwards, new Scoped(Permission.ViewAwards, Permission.ViewAwards)), true,
            async (w, r) => Get($"/Certificates/Decision/{(await w.AwardDecision(r)).Decision}"), Login),
        new("PAGE /Certificates/Revocations", new PagePolicy(Permission.ViewAwards), false, (_, _) => Task.FromResult(Get("/Certificates/Revocations")), Login),
        new("PAGE /Public/Verify/Index", new Fixed(HttpStatusCode.OK), false,
            (_, _) => Task.FromResult(Get($"/xac-minh/{DanVan.Features.Certificates.Certificate.NewCode()}")), HttpStatusCode.OK),
        new("PAGE /Awards/Withdraw", new PagePolicy(Permission.ManageAwardRecords, new Scoped(Permission.ViewAwards, Permission.ManageAwardRecords)), true,
            async (w, r) => Get($"/Awards/Withdraw/{await w.AwardRecord(r)}"), Login),
        new("PAGE /Awards/Correct", new PagePolicy(Permission.ViewAwards, new Scoped(Permission.ViewAwards, Permission.ViewAwards)), true,
            async (w, r) => Get($"/Awards/Correct/{await w.AwardRecord(r)}"), Login),
        new("PAGE /Certificates/Artwork", new PagePolicy(Permission.ViewAwards, new Scoped(Permission.ViewAwards, Permission.ViewAwards)), true,
            async (w, r) => Get($"/Certificates/Artwork?unitId={(await w.Unit(r)).Id}"), Login),
        new("PAGE /Consultations/Addressed", new PagePolicy(Permission.ViewAwards), false, (_, _) => Task.FromResult(Get("/Consultations/Addressed")), Login),
        new("PAGE /Awards/RegisterImport", new PagePolicy(Permission.ManageAwardRecords), false, (_, _) => Task.FromResult(Get("/Awards/RegisterImport")),
            Login),
        new("PAGE /Clusters/Index", new Everyone(), false, (_, _) => Task.FromResult(Get("/Clusters?year=2026")), Login),
        new("PAGE /Clusters/Details", new TenantWide(Permission.ViewAssessments, Permission.ViewAssessments), true,
            async (w, r) => Get($"/Clusters/Details/{await w.Cluster(r)}"), Login),
        new("PAGE /Documents/Index", new Everyone(), false, (_, _) => Task.FromResult(Get("/Documents")), Login),
        new("PAGE /Documents/Details", new TenantWide(Permission.ViewDocuments, Permission.ViewDocuments), true,
            async (w, r) => Get($"/Documents/Details/{await w.Document(r)}"), Login),
        new("PAGE /Documents/Create", new PagePolicy(Permission.ManageDocuments), false, (_, _) => Task.FromResult(Get("/Documents/Create")), Login),
        new("PAGE /Documents/Edit", new PagePolicy(Permission.ManageDocuments, new TenantWide(Permission.ViewDocuments, Permission.ManageDocuments)), true,
            async (w, r) => Get($"/Documents/Edit/{await w.Document(r)}"), Login),
        new("PAGE /Contests/Index", new Everyone(), false, (_, _) => Task.FromResult(Get("/Contests")), Login),
        new("PAGE /Contests/Details", new TenantWide(Permission.ViewMovements, Permission.ViewMovements), true,
            async (w, r) => Get($"/Contests/Details/{(await w.Contest(r)).Contest}"), Login),
        // The edit page: ManageContests somewhere to open it; a draft only at its organising unit (the API's PUT rule).
        new("PAGE /Contests/Edit", new PagePolicy(Permission.ManageContests, new Scoped(Permission.ManageContests, Permission.ManageContests)), true,
            async (w, r) => Get($"/Contests/Edit/{(await w.Contest(r, open: false)).Contest}"), Login),
        new("PAGE /Contests/Quiz", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) => Get($"/Contests/Quiz/{(await w.Quiz(r)).Contest}"), Login),
        new("PAGE /Contests/Register", new PagePolicy(Permission.RegisterContestTeams, new TenantWide(Permission.ViewMovements, Permission.ViewMovements)), true,
            async (w, r) => Get($"/Contests/Register/{(await w.Contest(r)).Contest}"), Login),
        new("PAGE /Contests/Judge", new JudgesOnly(), true, async (w, r) => Get($"/Contests/Judge/{(await w.Judging(r)).Contest}"), Login),
        new("PAGE /Contests/Standings", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) => Get($"/Contests/Standings/{(await w.Judging(r, DanVan.Features.Contests.SheetSource.Judge)).Contest}"), Login),
        new("PAGE /Contests/Judges", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) => Get($"/Contests/Judges/{(await w.Contest(r)).Contest}"), Login),
        new("PAGE /Contests/PaperSheets", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) =>
            {
                var j = await w.Judging(r, DanVan.Features.Contests.SheetSource.Paper);
                return Get($"/Contests/PaperSheets/{j.Contest}?partId={j.Part}");
            }, Login),
        new("PAGE /Contests/Rules", new Fixed(HttpStatusCode.OK), false, async (w, _) => Get($"/hoi-thi/{(await w.Contest(Relation.Own)).Contest}"), HttpStatusCode.OK),
        new("PAGE /Contests/PublicBoard", new Fixed(HttpStatusCode.OK), false,
            async (w, _) => Get($"/hoi-thi/{(await w.Contest(Relation.Own)).Contest}/bang-diem"), HttpStatusCode.OK),
        new("PAGE /Contests/Sitting", new Fixed(HttpStatusCode.OK), false,
            async (w, _) => Get($"/hoi-thi/lam-bai/{(await w.Quiz(Relation.Own, seat: true)).Code}"), HttpStatusCode.OK),
        new("PAGE /Contests/Board", new TenantWide(Permission.ViewMovements, Permission.ManageContests), true,
            async (w, r) => Get($"/Contests/Board/{(await w.Judging(r)).Contest}"), Login),
        // Prizes and results: read by whoever sees the contest (the organiser's forms are checked by the handlers).
        new("PAGE /Contests/Results", new TenantWide(Permission.ViewMovements, Permission.ViewMovements), true,
            async (w, r) => Get($"/Contests/Results/{(await w.Contest(r)).Contest}"), Login),
        new("PAGE /Movements/Index", new Everyone(), false, (_, _) => Task.FromResult(Get("/Movements")), Login),
        new("PAGE /Movements/Details", new TenantWide(Permission.ViewMovements, Permission.ViewMovements), true,
            async (w, r) => Get($"/Movements/Details/{await w.Launched(r)}"), Login),
        new("PAGE /Movements/Compliance", new TenantWide(Permission.ViewMovements, Permission.ViewMovements), true,
            async (w, r) => Get($"/Movements/Compliance/{await w.Launched(r)}"), Login),
        new("PAGE /Movements/Edit", new PagePolicy(Permission.ManageMovements), false, (_, _) => Task.FromResult(Get("/Movements/Edit")), Login),
        // The page shows only the caller's own obligations: a unit outside the FilePlans scope is simply not there (404).
        new("PAGE /Movements/FilePlan", new PagePolicy(Permission.FilePlans, new Scoped(Permission.FilePlans, Permission.FilePlans)), true,
            async (w, r) => Get($"/Movements/FilePlan/{await w.Obliged(r, filed: false)}?unitId={(await w.Unit(r)).Id}"), Login),
        new("PAGE /Movements/Obligations", new PagePolicy(Permission.ManageMovements, new TenantWide(Permission.ViewMovements, Permission.ManageMovements)), true,
            async (w, r) => Get($"/Movements/Obligations/{await w.SelfLaunched(r)}"), Login),
        new("PAGE /Registrations/Index", new TenantWide(Permission.ViewMovements, Permission.ViewMovements), true,
            async (w, r) => Get($"/Registrations/Index/{await w.Launched(r)}"), Login),
        new("PAGE /Registrations/Edit", new Scoped(Permission.ViewUnits, Permission.ViewUnits), true,
            async (w, r) => Get($"/Registrations/Edit/{await w.Obliged(r, filed: false)}?unitId={(await w.Unit(r)).Id}"), Login),
        new("PAGE /Models/Index", new Everyone(), false, (_, _) => Task.FromResult(Get("/Models")), Login),
        new("PAGE /Models/Details", new TenantWide(Permission.ViewModels, Permission.ViewModels), true,
            async (w, r) => Get($"/Models/Details/{await w.Model(r)}"), Login),
        new("PAGE /Models/Edit", new PagePolicy(Permission.ManageModels), false, (_, _) => Task.FromResult(Get("/Models/Edit")), Login),
        new("PAGE /Models/Recognition", new PagePolicy(Permission.ReviewModels), false, (_, _) => Task.FromResult(Get("/Models/Recognition")), Login),
        new("PAGE /Models/Rubric", new Everyone(), false, (_, _) => Task.FromResult(Get("/Models/Rubric")), Login),
        new("PAGE /Models/Coverage", new TenantWide(Permission.ViewMovements, Permission.ViewMovements), true,
            async (w, r) => Get($"/Models/Coverage/{await w.Launched(r)}"), Login),
        new("PAGE /Assessments/Index", new Everyone(), false, (_, _) => Task.FromResult(Get("/Assessments")), Login),
        new("PAGE /Assessments/Round", new TenantWide(Permission.ViewAssessments, Permission.ViewAssessments), true,
            async (w, r) => Get($"/Assessments/Round/{(await w.Assessment(r)).Round}"), Login),
        new("PAGE /Assessments/Results", new TenantWide(Permission.ViewAssessments, Permission.ViewAssessments), true,
            async (w, r) => Get($"/Assessments/Results/{(await w.Assessment(r)).Round}"), Login),
        new("PAGE /Assessments/Unit", new Scoped(Permission.ViewAssessments, Permission.ViewAssessments), true,
            async (w, r) => Get($"/Assessments/Unit/{(await w.Assessment(r)).Assessment}"), Login),
        new("PAGE /Assessments/Set", new TenantWide(Permission.ViewAssessments, Permission.ViewAssessments), true,
            async (w, r) => Get($"/Assessments/CriteriaSet/{(await w.Assessment(r)).Set}"), Login),
        // A new set and the Excel upload are the province's (ManageAssessments at the root): every caller here is refused.
        new("PAGE /Assessments/ImportSet", new Fixed(HttpStatusCode.Forbidden), false, (_, _) => Task.FromResult(Get("/Assessments/CriteriaSet/Import")), Login),
        new("PAGE /Accounts/Users/Index", new PagePolicy(Permission.ManageUsers), false, (_, _) => Task.FromResult(Get("/Admin/Users")), Login),
        new("PAGE /Accounts/Users/Create", new PagePolicy(Permission.ManageUsers), false, (_, _) => Task.FromResult(Get("/Admin/Users/Create")), Login),
        new("PAGE /Accounts/Users/Details", new PagePolicy(Permission.ManageUsers, new SameTenant()), true,
            async (w, r) => Get($"/Admin/Users/Details/{await w.User(r)}"), Login),
        new("PAGE /Calendar/Index", new Everyone(), false, (_, _) => Task.FromResult(Get("/Admin/Calendar")), Login),
        new("PAGE /Admin/Audit/Index", new PagePolicy(Permission.ViewAudit), false, (_, _) => Task.FromResult(Get("/Admin/Audit")), Login),
        new("PAGE /Accounts/SignIn/Login", new Everyone(), false, (_, _) => Task.FromResult(Get("/Account/Login")), HttpStatusCode.OK),
        new("PAGE /Accounts/SignIn/LoginMfa", new Fixed(HttpStatusCode.Redirect), false, (_, _) => Task.FromResult(Get("/Account/LoginMfa")), HttpStatusCode.Redirect),
        new("PAGE /Accounts/SignIn/Logout", new Everyone(), false, (_, _) => Task.FromResult(Get("/Account/Logout")), HttpStatusCode.OK),
        new("PAGE /Accounts/SignIn/AccessDenied", new Fixed(HttpStatusCode.Forbidden), false, (_, _) => Task.FromResult(Get("/Account/AccessDenied")), HttpStatusCode.Forbidden),
        new("PAGE /Accounts/Manage/Mfa", new Everyone(), false, (_, _) => Task.FromResult(Get("/Account/Mfa")), Login),
        new("PAGE /Accounts/Manage/ChangePassword", new Everyone(), false, (_, _) => Task.FromResult(Get("/Account/Manage/ChangePassword")), Login),
        new("PAGE /Accounts/Manage/Tokens", new Everyone(), false, (_, _) => Task.FromResult(Get("/Account/Manage/Tokens")), Login),
    ];

    private const string PastedPlan = "ỦY BAN NHÂN DÂN\nTỈNH SÔNG TRÀ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 12/KH-UBND\n\n"
        + "Sông Trà, ngày 04 tháng 6 năm 2026\n\nKẾ HOẠCH\nPHÁT ĐỘNG PHONG TRÀO\n\n"
        + "Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ;";

    private static readonly string YearAhead =
        DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static object DocumentBody(string number, Guid? ownerUnitId) => new
    {
        number, type = "Plan", issuerName = "Sở Tư pháp", ownerUnitId, issueDate = "2026-03-01", title = "Kế hoạch công tác dân vận thử nghiệm",
    };

    private static object MovementBody(Guid launchingUnitId, Guid participant) => new
    {
        name = "Phong trào thi đua thử nghiệm", year = 2027, form = "Thematic", launchingUnitId, startsOn = "2027-01-15", planDeadline = "2027-03-01",
        participants = new[] { new { unitId = participant, includeDescendants = false } },
    };

    private static object Person(Guid? unitId) => new
    {
        fullName = "Trần Thị Thử", gender = "Female", birthYear = 1990, position = "Chuyên viên", staffCategory = "CivilServant", unitId,
    };

    /// <summary>How many parts the table is cut into, each a test class of its own so that the parts run side by side (CI time).</summary>
    internal const int Slices = 4;

    /// <summary>The table's first slice; the others run beside it in <see cref="PermissionTableSlice1Tests"/> and the next ones.</summary>
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public Task Every_route_of_the_first_slice_answers_anonymous_callers_and_every_role_as_the_table_says(Provider provider) => RunSliceAsync(provider, pg, 0);

    /// <summary>
    /// The table's check for every <see cref="Slices"/>th route from <paramref name="slice"/> on (heavy and light routes
    /// spread over the slices), anonymous callers and every role, on an app and world of its own. For each route and
    /// relation, the roles are asked in turn about one fresh object until a write goes through: a read changes nothing,
    /// and a refused write (400, 403, 404, 409…) leaves nothing saved — the house rule this table relies on — so only a
    /// write that succeeded sends the next role to a fresh object (building the objects is most of the table's time).
    /// </summary>
    internal static async Task RunSliceAsync(Provider provider, PostgresServer pg, int slice)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var world = await World.BuildAsync(app);
        var mismatches = new List<string>();
        var cases = 0;
        var callers = new List<(Role Role, HttpClient Client, Guid TokenId)>();
        foreach (var role in Enum.GetValues<Role>())
        {
            var (client, tokenId) = await world.ClientForAsync(role);
            callers.Add((role, client, tokenId));
        }

        callers.Count.ShouldBeGreaterThanOrEqualTo(8);
        using var anonymous = app.CreateClient();
        try
        {
            foreach (var c in Table.Where((_, i) => i % Slices == slice))
            {
                using (var request = await c.Request(world, Relation.Own))
                using (var response = await anonymous.SendAsync(request))
                {
                    cases++;
                    if (response.StatusCode != c.Anonymous)
                    {
                        mismatches.Add($"{c.Key} anonymous: expected {(int)c.Anonymous}, got {(int)response.StatusCode}");
                    }
                }

                if (c.Key == "POST /api/v1/tokens")
                {
                    continue;
                }

                foreach (var relation in c.Targeted ? Enum.GetValues<Relation>() : [Relation.Own])
                {
                    Template? asked = null; // the object the roles are asked about, until a write goes through
                    foreach (var (role, client, tokenId) in callers)
                    {
                        world.CurrentTokenId = tokenId;
                        using var request = asked is { } t ? t.Copy() : await c.Request(world, relation);
                        if (asked is null && !c.PerCaller)
                        {
                            asked = await Template.OfAsync(request);
                        }

                        using var response = await client.SendAsync(request);
                        if (request.Method != HttpMethod.Get && (int)response.StatusCode is < 400 or >= 500)
                        {
                            asked = null;
                        }

                        cases++;
                        var expected = c.Rule.Expected(role, relation);
                        if (response.StatusCode != expected)
                        {
                            var body = await response.Content.ReadAsStringAsync();
                            mismatches.Add($"{c.Key} as {role} on {relation}: expected {(int)expected}, got {(int)response.StatusCode} "
                                           + body[..Math.Min(160, body.Length)]);
                        }
                    }
                }
            }
        }
        finally
        {
            foreach (var (_, client, _) in callers)
            {
                client.Dispose();
            }
        }

        mismatches.ShouldBeEmpty(string.Join(Environment.NewLine, mismatches));
        cases.ShouldBeGreaterThan(1000);
    }

    /// <summary>A request as built for one role, to be sent again unchanged by the next (its body buffered).</summary>
    private sealed record Template(HttpMethod Method, Uri? Uri, KeyValuePair<string, IEnumerable<string>>[] Headers, byte[]? Body,
        KeyValuePair<string, IEnumerable<string>>[] BodyHeaders)
    {
        public static async Task<Template> OfAsync(HttpRequestMessage request) => new(request.Method, request.RequestUri, [.. request.Headers],
            request.Content is { } content ? await content.ReadAsByteArrayAsync() : null, request.Content is { } c ? [.. c.Headers] : []);

        public HttpRequestMessage Copy()
        {
            var copy = new HttpRequestMessage(Method, Uri);
            foreach (var (name, values) in Headers)
            {
                copy.Headers.TryAddWithoutValidation(name, values);
            }

            if (Body is not null)
            {
                copy.Content = new ByteArrayContent(Body);
                foreach (var (name, values) in BodyHeaders)
                {
                    copy.Content.Headers.TryAddWithoutValidation(name, values);
                }
            }

            return copy;
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_endpoint_and_page_of_the_app_is_in_the_table(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, seedDemo: false);
        var routes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints)
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                routes.Add("PAGE " + page.ViewEnginePath);
            }
            else if (endpoint is RouteEndpoint route && route.RoutePattern.RawText is { } raw && raw.StartsWith("/api/", StringComparison.Ordinal))
            {
                foreach (var method in route.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                {
                    routes.Add($"{method} {raw}");
                }
            }
        }

        var missing = routes.Except(Table.Select(c => c.Key)).ToList();
        missing.ShouldBeEmpty("Routes missing from the permission table (add a row with the rule it must follow): " + string.Join(", ", missing));
        Table.Select(c => c.Key).Except(routes).ShouldBeEmpty("Table rows for routes the app no longer has");
    }

    /// <summary>The callers, the target units of each relation, and fresh objects so that writes never collide.</summary>
    private sealed class World
    {
        private readonly TestApp app;
        private readonly Dictionary<Relation, (Guid Id, string Code)> units = [];
        private Guid localRoot;
        private Guid localPlan;
        private Guid otherPlan;
        private Guid localKind;
        private Guid otherKind;
        private Guid colleagueToken;
        private Guid strangerToken;
        private int counter;

        private World(TestApp app) => this.app = app;

        public Guid CurrentTokenId { get; set; }

        public static async Task<World> BuildAsync(TestApp app)
        {
            var world = new World(app);
            await app.WithDbAsync(async db =>
            {
                async Task<(Guid, string)> ByCode(string code) =>
                    await db.Units.Where(u => u.Code == code).Select(u => new ValueTuple<Guid, string>(u.Id, u.Code)).SingleAsync();
                world.units[Relation.Own] = await ByCode("STP");
                world.units[Relation.Child] = await ByCode("STP.P1");
                world.units[Relation.Parent] = await ByCode("UBND");
                world.units[Relation.Sibling] = await ByCode("SYT");
                world.localKind = await db.UnitKinds.Where(k => k.Code == "DIV").Select(k => k.Id).SingleAsync();
                world.localRoot = await db.Units.Where(u => u.Code == "SONGTRA").Select(u => u.Id).SingleAsync();
                world.localPlan = await db.AddDocumentAsync(world.localRoot, "1/KH-THU", new DateOnly(2026, 3, 1));

                var now = DateTime.UtcNow;
                var other = new Tenant(Guid.CreateVersion7(), "KHAC", "Tỉnh khác", TenantKind.Province, true, now);
                var kind = new UnitKind(other.Id, "DIV", "Phòng", 0);
                var root = DanVan.Features.Units.Unit.Create(other.Id, null, kind, "T2ROOT", "UBND tỉnh khác", "UBND");
                db.AddRange(other, kind, root);
                await db.SaveChangesAsync();
                world.units[Relation.OtherTenant] = (root.Id, root.Code);
                world.otherKind = kind.Id;
                world.otherPlan = await db.AddDocumentAsync(root.Id, "1/KH-THU", new DateOnly(2026, 3, 1));

                // Tokens that belong to someone else: a colleague in the same province, and a user of the other one.
                var colleague = await db.Users.SingleAsync(u => u.UserName == "xem");
                var stranger = await db.Users.FindAsync(await CreateUserAsync(db, other.Id));
                var (localToken, _) = AccessToken.Issue(colleague, "đồng nghiệp", now, TimeSpan.FromDays(1));
                var (otherToken, _) = AccessToken.Issue(stranger!, "tỉnh khác", now, TimeSpan.FromDays(1));
                db.AccessTokens.AddRange(localToken, otherToken);
                await db.SaveChangesAsync();
                world.colleagueToken = localToken.Id;
                world.strangerToken = otherToken.Id;
            });
            return world;
        }

        public string NewCode() => $"PT{Interlocked.Increment(ref counter):00000}";

        private int calendarDays;
        private int calendarYears;

        /// <summary>A day of June 2026 no calendar write has used yet (the seeded 2026 has nothing in June).</summary>
        public string NewCalendarDate() => new DateOnly(2026, 6, 1).AddDays(Interlocked.Increment(ref calendarDays))
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>A year the province has no calendar for yet.</summary>
        public int NewCalendarYear() => 2040 + Interlocked.Increment(ref calendarYears);

        /// <summary>A fresh entry of the province's 2026 calendar, to remove.</summary>
        public Task<Guid> CalendarEntry() => app.WithDbAsync(async db =>
        {
            var tenantId = await db.Units.Where(u => u.Id == localRoot).Select(u => u.TenantId).SingleAsync();
            var calendar = await db.WorkingDayCalendars.Include(c => c.Entries).Include(c => c.History).SingleAsync(c => c.TenantId == tenantId && c.Year == 2026);
            var entry = calendar.Add(DateOnly.ParseExact(NewCalendarDate(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                DanVan.Features.Calendar.CalendarEntryKind.Holiday, "Ngày thử", "Thông báo thử", new Actor(Guid.Empty, "test", DateTime.UtcNow)).Value!;
            await db.SaveChangesAsync();
            return entry.Id;
        });

        /// <summary>A fresh, proposed (unconfirmed) year of the province, to confirm.</summary>
        public Task<int> ProposedCalendarYear() => app.WithDbAsync(async db =>
        {
            var tenantId = await db.Units.Where(u => u.Id == localRoot).Select(u => u.TenantId).SingleAsync();
            var year = NewCalendarYear();
            db.WorkingDayCalendars.Add(DanVan.Features.Calendar.WorkingDayCalendar.Propose(tenantId, year, new Actor(Guid.Empty, "test", DateTime.UtcNow)));
            await db.SaveChangesAsync();
            return year;
        });

        /// <summary>A document number nobody has used yet.</summary>
        public string NewNumber() => $"{Interlocked.Increment(ref counter) + 100}/KH-STP";

        public Guid KindFor(Relation r) => r == Relation.OtherTenant ? otherKind : localKind;

        public Task<(Guid Id, string Code)> Unit(Relation r) => Task.FromResult(units[r]);

        public async Task<(Guid Id, string Code)> FreshUnit(Relation r)
        {
            var code = NewCode();
            return await app.WithDbAsync(async db =>
            {
                var parent = await db.Units.Include(u => u.Kind).SingleAsync(u => u.Id == units[r].Id);
                var kind = await db.UnitKinds.SingleAsync(k => k.Id == KindFor(r));
                var unit = DanVan.Features.Units.Unit.Create(parent.TenantId, parent, kind, code, "Đơn vị thử " + code, null);
                db.Units.Add(unit);
                await db.SaveChangesAsync();
                return (unit.Id, unit.Code);
            });
        }

        public Task<Guid> FreshPerson(Relation r) => app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Id == units[r].Id);
            var person = DanVan.Features.People.Person.Create(unit.TenantId, unit.Id,
                new PersonDetails("Lê Văn Thử", Gender.Male, 1985, "Chuyên viên", StaffCategory.CivilServant, "Kinh", true));
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

        /// <summary>The id of an award of this province's catalogue (by code).</summary>
        public Task<Guid> AwardKind(string code) => app.WithDbAsync(async db =>
        {
            var tenantId = await db.Units.Where(u => u.Id == localRoot).Select(u => u.TenantId).SingleAsync();
            return await db.AwardKinds.Where(k => k.TenantId == tenantId && k.Code == code).Select(k => k.Id).SingleAsync();
        });

        /// <summary>A fresh entry of the register, written by hand (not by a decision) for a fresh person of the target unit.</summary>
        public async Task<Guid> AwardRecord(Relation r)
        {
            var person = await FreshPerson(r);
            var kind = await AwardKind(r);
            return await app.WithDbAsync(async db =>
            {
                var unit = await db.Units.SingleAsync(u => u.Id == units[r].Id);
                var record = DanVan.Features.Awards.AwardRecord.Create(unit.TenantId, kind, DanVan.Features.Awards.AwardSubject.Individual, person, unit.Id,
                    "Lê Văn Thử", 2024, DanVan.Features.Awards.CommendationType.Regular, "1/QĐ-THU", new DateOnly(2024, 12, 20), null, null, null, null,
                    new Actor(Guid.Empty, "kiểm thử", DateTime.UtcNow));
                db.AwardRecords.Add(record);
                await db.SaveChangesAsync();
                return record.Id;
            });
        }

        /// <summary>A fresh person of the target unit with a name no other person there has (the ratings import matches by name).</summary>
        public Task<string> RatedPersonName(Relation r) => app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Id == units[r].Id);
            var name = $"Lê Văn Xếp Loại {Interlocked.Increment(ref counter)}";
            db.People.Add(DanVan.Features.People.Person.Create(unit.TenantId, unit.Id,
                new PersonDetails(name, Gender.Male, 1985, "Chuyên viên", StaffCategory.CivilServant, "Kinh", true)));
            await db.SaveChangesAsync();
            return name;
        });

        /// <summary>An award of the target's province catalogue (seeded for a province created without one).</summary>
        public Task<Guid> AwardKind(Relation r) => app.WithDbAsync(async db =>
        {
            var tenantId = await db.Units.Where(u => u.Id == units[r].Id).Select(u => u.TenantId).SingleAsync();
            if (await db.AwardKinds.Where(k => k.TenantId == tenantId).OrderBy(k => k.Position).Select(k => (Guid?)k.Id).FirstOrDefaultAsync() is { } id)
            {
                return id;
            }

            var kinds = DanVan.Features.Awards.AwardCatalogueSeed.Kinds(tenantId, new Actor(Guid.Empty, "thử", DateTime.UtcNow));
            db.AwardKinds.AddRange(kinds);
            await db.SaveChangesAsync();
            return kinds[0].Id;
        });

        /// <summary>A fresh round of the target's province (offering Lao động tiên tiến).</summary>
        public Task<(Guid Round, Guid Kind)> NominationRound(Relation r) =>
            app.WithDbAsync(db => DanVan.Tests.Features.Nominations.NominationData.AddNominationRoundAsync(db, units[r].Id));

        /// <summary>The target unit's draft dossier in a fresh round (with a nominee, a file, when asked).</summary>
        public Task<DanVan.Tests.Features.Nominations.NominationData.Made> Dossier(Relation r, bool nominee = false, bool attachment = false) =>
            app.WithDbAsync(db => DanVan.Tests.Features.Nominations.NominationData.AddDossierAsync(db, units[r].Id, nominee, attachment));

        /// <summary>A fresh notice of the target unit listing one nominee, with one comment waiting (see NoticeData).</summary>
        public Task<DanVan.Tests.Features.Notices.NoticeData.Made> Notice(Relation r, bool published = true) =>
            app.WithDbAsync(db => DanVan.Tests.Features.Notices.NoticeData.AddNoticeAsync(db, units[r].Id, published: published));

        /// <summary>A nominee of the demo province's accepted dossier (the 2025 round).</summary>
        public Task<Guid> AcceptedNominee() => app.WithDbAsync(db => db.DossierNominees
            .Where(n => db.Dossiers.Any(d => d.Id == n.DossierId && d.Status == DanVan.Features.Nominations.DossierStatus.Accepted))
            .OrderBy(n => n.Id).Select(n => n.Id).FirstAsync());

        /// <summary>A fresh council of the target unit with a session and one item in the states asked for (see CouncilData).</summary>
        public Task<DanVan.Tests.Features.Council.CouncilData.Made> Council(Relation r,
            DanVan.Features.Council.SessionState session = DanVan.Features.Council.SessionState.Open,
            DanVan.Features.Council.ItemState item = DanVan.Features.Council.ItemState.Pending,
            DanVan.Features.Council.VoteMethod method = DanVan.Features.Council.VoteMethod.Electronic) =>
            app.WithDbAsync(db => DanVan.Tests.Features.Council.CouncilData.AddCouncilAsync(db, units[r].Id, session, item, method));

        /// <summary>A fresh draft decision of the target unit's head for a passed item (see DecisionData).</summary>
        public Task<DanVan.Tests.Features.Decisions.DecisionData.Made> AwardDecision(Relation r) =>
            app.WithDbAsync(db => DanVan.Tests.Features.Decisions.DecisionData.AddDecisionAsync(db, units[r].Id));

        /// <summary>A fresh issued decision of the target unit with a valid and a superseded certificate, and a pending recovery (see CertificateData).</summary>
        public Task<DanVan.Tests.Features.Certificates.CertificateData.Made> Certificate(Relation r) =>
            app.WithDbAsync(db => DanVan.Tests.Features.Certificates.CertificateData.AddCertificateAsync(db, units[r].Id));

        /// <summary>A fresh council of the target unit whose one item is closed as passed.</summary>
        public Task<DanVan.Tests.Features.Council.CouncilData.Made> PassedItem(Relation r) =>
            app.WithDbAsync(db => DanVan.Tests.Features.Decisions.DecisionData.AddPassedItemAsync(db, units[r].Id));

        /// <summary>The round of an agenda item's nominee.</summary>
        public Task<Guid> RoundOfItem(Guid itemId) => app.WithDbAsync(db => db.AgendaItems.Where(i => i.Id == itemId)
            .Select(i => db.DossierNominees.Where(n => n.Id == i.NomineeId).Select(n => n.RoundId).First()).SingleAsync());

        /// <summary>The demo province's 2025 round (it has an accepted dossier to put on an agenda).</summary>
        public Task<Guid> DemoRound() => app.WithDbAsync(db => db.NominationRounds.Where(x => x.Year == 2025).Select(x => x.Id).SingleAsync());

        /// <summary>A fresh sub-unit's dossier, sent and held by the target unit as its level.</summary>
        public async Task<DanVan.Tests.Features.Nominations.NominationData.Made> HeldDossier(Relation r)
        {
            var proposer = (await FreshUnit(r)).Id;
            return await app.WithDbAsync(db => DanVan.Tests.Features.Nominations.NominationData.AddDossierAsync(db, proposer, heldBy: units[r].Id));
        }

        /// <summary>A fresh report of the target unit, open, in a campaign of the target's tenant root (which no caller here reaches).</summary>
        public Task<DanVan.Tests.Features.Reports.ReportData.Made> Report(Relation r) =>
            app.WithDbAsync(db => DanVan.Tests.Features.Reports.ReportData.AddReportAsync(db, r == Relation.OtherTenant ? units[r].Id : localRoot, units[r].Id));

        /// <summary>A fresh submitted report of the target unit in a campaign launched by the target unit itself (so reviewed there).</summary>
        public Task<DanVan.Tests.Features.Reports.ReportData.Made> ReportToReview(Relation r) =>
            app.WithDbAsync(db => DanVan.Tests.Features.Reports.ReportData.AddReportAsync(db, units[r].Id, units[r].Id, DanVan.Features.Reports.ReportState.Submitted));

        /// <summary>A consultation, sent 60 days ago and past its due date, on a fresh dossier held by the target unit.</summary>
        public async Task<Guid> Consultation(Relation r)
        {
            var dossier = await HeldDossier(r);
            return await app.WithDbAsync(db => DanVan.Tests.Features.Consultations.ConsultationData.AddConsultationAsync(db, dossier.Dossier, units[r].Id));
        }

        /// <summary>A consultation addressed to the target unit (asked 60 days ago, past its due date) on a fresh dossier it holds.</summary>
        public async Task<Guid> AddressedConsultation(Relation r)
        {
            var dossier = await HeldDossier(r);
            return await app.WithDbAsync(db => DanVan.Tests.Features.Consultations.ConsultationData.AddConsultationAsync(db, dossier.Dossier, units[r].Id, units[r].Id));
        }

        /// <summary>A certificate image of the target unit (its Giấy khen background).</summary>
        public Task<Guid> Artwork(Relation r) => app.WithDbAsync(db => DanVan.Tests.Features.Certificates.ArtworkData.AddArtworkAsync(db, units[r].Id));

        /// <summary>A fresh emulation cluster (2027) of the target's tenant, with the target unit as its one member.</summary>
        public Task<Guid> Cluster(Relation r) => app.WithDbAsync(async db =>
        {
            var tenantId = await db.Units.Where(u => u.Id == units[r].Id).Select(u => u.TenantId).SingleAsync();
            var cluster = DanVan.Features.Clusters.EmulationCluster.Create(tenantId, 2027, DanVan.Features.Clusters.ClusterKind.Cluster,
                $"Cụm thử {Interlocked.Increment(ref counter)}", null, new Actor(Guid.Empty, "thử", DateTime.UtcNow));
            db.EmulationClusters.Add(cluster);
            await db.SaveChangesAsync();
            return cluster.Id;
        });

        /// <summary>A fresh document owned by the target unit.</summary>
        public Task<Guid> Model(Relation r) => app.WithDbAsync(db => db.AddModelAsync(units[r].Id));

        public Task<Guid> Model(Relation r, params DanVan.Features.Models.ModelAction[] actions) => app.WithDbAsync(db => db.AddModelAsync(units[r].Id, actions));

        public Task<(Guid Model, Guid Photo)> Published(Relation r) => app.WithDbAsync(db => db.AddPublishedAsync(units[r].Id));

        public Task<(Guid Model, Guid Evidence)> Evidence(Relation r) => app.WithDbAsync(db => db.AddEvidenceAsync(units[r].Id));

        public Task<Guid> Document(Relation r) => app.WithDbAsync(db => db.AddDocumentAsync(units[r].Id, NewNumber(), new DateOnly(2026, 3, 1)));

        /// <summary>A Decision issued by the unit itself: competent to recognise its own grassroots-level models.</summary>
        public Task<Guid> Decision(Relation r) => app.WithDbAsync(db => db.AddDecisionDocumentAsync(units[r].Id));

        public Task<(Guid Document, Guid Attachment)> Attachment(Relation r) => app.WithDbAsync(async db =>
        {
            var document = await db.AddDocumentAsync(units[r].Id, NewNumber(), new DateOnly(2026, 3, 1));
            return (document, await db.AddAttachmentAsync(document));
        });

        /// <summary>A fresh draft launched by the target unit, ready to launch: a plan and a fresh sub-unit taking part.</summary>
        public async Task<(Guid Id, Guid Participant)> Draft(Relation r)
        {
            var participant = (await FreshUnit(r)).Id;
            return (await app.WithDbAsync(db => db.AddMovementAsync(units[r].Id, Plan(r), [participant], launched: false)), participant);
        }

        /// <summary>A fresh movement launched by the target unit (a fresh sub-unit takes part).</summary>
        public async Task<Guid> Launched(Relation r)
        {
            var participant = (await FreshUnit(r)).Id;
            return await app.WithDbAsync(db => db.AddMovementAsync(units[r].Id, Plan(r), [participant], launched: true));
        }

        /// <summary>A fresh movement launched by the target's tenant root, obliging the target unit to file its plan.</summary>
        public Task<Guid> Obliged(Relation r, bool filed) => app.WithDbAsync(db =>
            db.AddMovementAsync(r == Relation.OtherTenant ? units[r].Id : localRoot, Plan(r), [units[r].Id], launched: true, filed));

        /// <summary>A fresh movement launched by the target unit itself, which is also its one participant (obliged to file a plan).</summary>
        public Task<Guid> SelfLaunched(Relation r) => app.WithDbAsync(db => db.AddMovementAsync(units[r].Id, Plan(r), [units[r].Id], launched: true));

        /// <summary>A fresh obliging movement with the target unit's draft registration, registering a fresh person of the unit.</summary>
        public async Task<(Guid Movement, Guid Unit, Guid Person)> Registered(Relation r)
        {
            var movement = await Obliged(r, filed: false);
            var person = await FreshPerson(r);
            await app.WithDbAsync(db => db.AddRegistrationAsync(movement, units[r].Id, person));
            return (movement, units[r].Id, person);
        }

        /// <summary>A fresh set and round of the target's tenant with the target unit's assessment in a state.</summary>
        public Task<(Guid Set, Guid Round, Guid Assessment)> Assessment(Relation r, AssessmentStatus state = AssessmentStatus.Draft) =>
            app.WithDbAsync(db => db.AddAssessmentAsync(units[r].Id, state));

        public Task<(Guid Assessment, Guid Evidence)> AssessmentEvidence(Relation r) => app.WithDbAsync(db => db.AddAssessmentEvidenceAsync(units[r].Id));

        /// <summary>The unit's answers filled in, so that its head may send it.</summary>
        public Task SelfScored(Guid assessmentId) => app.WithDbAsync(async db =>
        {
            var a = await db.UnitAssessments.Include(x => x.Scores).SingleAsync(x => x.Id == assessmentId);
            var round = await db.AssessmentRounds.SingleAsync(x => x.Id == a.RoundId);
            var set = await db.CriteriaSets.Include(s => s.Criteria).Include(s => s.Bands).SingleAsync(s => s.Id == round.CriteriaSetId);
            a.SaveSelf(set, AssessmentData.FullSelf, VnTime.Today(db.Time), round.SelfAssessmentDue, new Actor(Guid.Empty, "kiểm thử", DateTime.UtcNow))
                .ShouldBeNull();
            await db.SaveChangesAsync();
        });

        /// <summary>A fresh contest organised by the target unit (seed-004 rules, every unit of its province eligible), open or a draft, optionally with a team of a fresh sub-unit of STP.</summary>
        public async Task<DanVan.Tests.Features.Contests.ContestDb.Made> Contest(Relation r, bool open = true, DanVan.Features.Contests.TeamState? team = null)
        {
            var teamUnit = team is null ? (Guid?)null : r == Relation.OtherTenant ? units[r].Id : (await FreshUnit(Relation.Own)).Id;
            return await app.WithDbAsync(db => DanVan.Tests.Features.Contests.ContestDb.AddContestAsync(db, units[r].Id, Plan(r), open, teamUnit, team));
        }

        /// <summary>A fresh open contest organised by the target unit with an accepted team and a judge (an account of its province), optionally a sheet, optionally its part closed.</summary>
        public async Task<DanVan.Tests.Features.Contests.ContestJudgingDb.Judging> Judging(Relation r, DanVan.Features.Contests.SheetSource? sheet = null, bool close = false)
        {
            var made = await Contest(r, team: DanVan.Features.Contests.TeamState.Accepted);
            var user = await User(r);
            return await app.WithDbAsync(db => DanVan.Tests.Features.Contests.ContestJudgingDb.AddJudgingAsync(db, made, user, sheet, close));
        }

        /// <summary>A fresh open contest organised by the target unit with an accepted team, and its quiz part's bank and drawn paper.</summary>
        public async Task<DanVan.Tests.Features.Contests.ContestJudgingDb.Quiz> Quiz(Relation r, bool seat = false, string? timer = null)
        {
            var made = await Contest(r, team: DanVan.Features.Contests.TeamState.Accepted);
            return await app.WithDbAsync(db => DanVan.Tests.Features.Contests.ContestJudgingDb.AddQuizAsync(db, made, seat, timer));
        }

        public Task<Guid> FirstRound(Guid contestId) => app.WithDbAsync(db => db.ContestRounds.Where(x => x.ContestId == contestId).OrderBy(x => x.Seq).Select(x => x.Id).FirstAsync());

        /// <summary>The body creating a contest organised by the target unit, on the local plan (another province's unit is unknown here).</summary>
        public Task<DanVan.Features.Contests.ContestInput> ContestInput(Relation r) => app.WithDbAsync(async db =>
        {
            var today = VnTime.Today(db.Time);
            var input = DanVan.Features.Demo.DemoContests.Input(localPlan, units[r].Id,
                [new DanVan.Features.Movements.ParticipantInput { UnitId = localRoot, IncludeDescendants = true }], today);
            input.Name = $"Hội thi thử quyền {Interlocked.Increment(ref counter)}";
            return input;
        });

        /// <summary>A fresh sub-unit of STP (in every caller's scope) with one person: the team a caller registers.</summary>
        public async Task<(Guid Unit, Guid Person)> ContestTeamUnit()
        {
            var unit = (await FreshUnit(Relation.Own)).Id;
            return (unit, await app.CreatePersonAsync(unit, "Thí sinh Thử"));
        }

        private Guid Plan(Relation r) => r == Relation.OtherTenant ? otherPlan : localPlan;

        /// <summary>An account in the target's tenant (accounts are tenant-level, not unit-level).</summary>
        public Task<Guid> User(Relation r) => app.WithDbAsync(async db =>
        {
            var tenantId = await db.Units.Where(u => u.Id == units[r].Id).Select(u => u.TenantId).SingleAsync();
            return await db.Users.Where(u => u.TenantId == tenantId).Select(u => u.Id).FirstOrDefaultAsync() is { } id && id != Guid.Empty
                ? id
                : await CreateUserAsync(db, tenantId);
        });

        /// <summary>A notification of another user in the target's tenant.</summary>
        public async Task<Guid> Notification(Relation r)
        {
            var userId = await User(r);
            return await app.WithDbAsync(async db =>
            {
                var tenantId = await db.Users.Where(u => u.Id == userId).Select(u => u.TenantId).SingleAsync();
                var n = new DanVan.Features.Notifications.Notification(tenantId, userId, DanVan.Features.Notifications.NotificationKind.DecisionIssued,
                    "Quyết định", "Nội dung", "/Decisions", $"bang:{Guid.CreateVersion7()}", db.Time.GetUtcNow().UtcDateTime);
                db.Notifications.Add(n);
                await db.SaveChangesAsync();
                return n.Id;
            });
        }

        /// <summary>A job of the target's tenant started by another user: done with a result file, or failed for good.</summary>
        public async Task<Guid> Job(Relation r, bool failed)
        {
            var userId = await User(r);
            var results = app.Services.GetRequiredService<DanVan.Infrastructure.Jobs.JobResults>();
            return await app.WithDbAsync(async db =>
            {
                var tenantId = await db.Users.Where(u => u.Id == userId).Select(u => u.TenantId).SingleAsync();
                var job = DanVan.Infrastructure.Jobs.JobQueue.Add(db, "bang.thu", $"bang:{Guid.CreateVersion7()}", new { }, tenantId, userId, maxAttempts: 1);
                var now = db.Time.GetUtcNow().UtcDateTime;
                job.Start(now, now.AddMinutes(1));
                if (failed)
                {
                    job.Fail("Lỗi thử", now);
                }
                else
                {
                    job.Succeed(now, await results.SaveAsync(job.Id, "ket-qua.txt", "xong"u8.ToArray(), CancellationToken.None));
                }

                await db.SaveChangesAsync();
                return job.Id;
            });
        }

        /// <summary>The caller's own token for "own"; another user's token otherwise.</summary>
        public Task<Guid> Token(Relation r) => Task.FromResult(r switch
        {
            Relation.Own => CurrentTokenId,
            Relation.OtherTenant => strangerToken,
            _ => colleagueToken,
        });

        public async Task<(HttpClient Client, Guid TokenId)> ClientForAsync(Role role)
        {
            var userName = "bang." + role.ToString().ToLowerInvariant();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var home = await db.Units.SingleAsync(u => u.Id == units[Relation.Own].Id);
                var user = new AppUser { Id = Guid.CreateVersion7(), UserName = userName, FullName = "Người thử " + role, TenantId = home.TenantId };
                (await users.CreateAsync(user, TestApp.DemoPassword)).Succeeded.ShouldBeTrue();
                db.RoleAssignments.Add(new RoleAssignment(home.TenantId, user.Id, role, home, includeDescendants: true, DateTime.UtcNow));
                await db.SaveChangesAsync();
            }

            var client = await app.ClientForAsync(userName);

            // A second token of the caller's, for "DELETE own token" (revoking the one in use would end the test).
            var tokenId = await app.WithDbAsync(async db =>
            {
                var user = await db.Users.SingleAsync(u => u.UserName == userName);
                var (spare, _) = AccessToken.Issue(user, "dự phòng", DateTime.UtcNow, TimeSpan.FromDays(1));
                db.AccessTokens.Add(spare);
                await db.SaveChangesAsync();
                return spare.Id;
            });
            return (client, tokenId);
        }

        private static async Task<Guid> CreateUserAsync(AppDbContext db, Guid tenantId)
        {
            var user = new AppUser { Id = Guid.CreateVersion7(), UserName = "khac.nguoidung", NormalizedUserName = "KHAC.NGUOIDUNG", FullName = "Người tỉnh khác", TenantId = tenantId, SecurityStamp = Guid.NewGuid().ToString() };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user.Id;
        }
    }
}

/// <summary>The permission table's second slice (<see cref="PermissionTableTests.RunSliceAsync"/>), in a collection of its own.</summary>
[LongRunning]
public sealed class PermissionTableSlice1Tests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public Task Every_route_of_the_second_slice_answers_anonymous_callers_and_every_role_as_the_table_says(Provider provider) =>
        PermissionTableTests.RunSliceAsync(provider, pg, 1);
}

/// <summary>The permission table's third slice, in a collection of its own.</summary>
[LongRunning]
public sealed class PermissionTableSlice2Tests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public Task Every_route_of_the_third_slice_answers_anonymous_callers_and_every_role_as_the_table_says(Provider provider) =>
        PermissionTableTests.RunSliceAsync(provider, pg, 2);
}

/// <summary>The permission table's fourth slice, in a collection of its own.</summary>
[LongRunning]
public sealed class PermissionTableSlice3Tests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public Task Every_route_of_the_fourth_slice_answers_anonymous_callers_and_every_role_as_the_table_says(Provider provider) =>
        PermissionTableTests.RunSliceAsync(provider, pg, PermissionTableTests.Slices - 1);
}
