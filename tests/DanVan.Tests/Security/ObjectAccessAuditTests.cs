using System.Net;
using DanVan.Infrastructure.Audit;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security;

/// <summary>
/// Documents, movements, models and registrations are audited like people: an existing object outside the caller's
/// scope answers 404 and leaves an AccessDenied entry (an id that exists nowhere leaves none); and every download of a
/// stored file (a document's attachment, a model's evidence) leaves a Downloaded entry: who, which file, which record.
/// </summary>
public sealed class ObjectAccessAuditTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string Caller = "thidua.stp";

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Another_provinces_documents_movements_models_and_registrations_answer_404_and_are_audited(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var other = await app.CreateTenantAsync("KHAC");
        var otherUnit = await app.CreateUnitAsync(other.RootId, other.DeptKindId, "KHAC.STP", "Sở Tư pháp tỉnh Khác");
        var (document, attachment, movement, model) = await app.WithDbAsync(async db =>
        {
            var doc = await db.AddDocumentAsync(otherUnit, "7/KH-STP", new DateOnly(2026, 3, 1));
            var launched = await db.AddMovementAsync(other.RootId, doc, [otherUnit], launched: true);
            await db.AddRegistrationAsync(launched, otherUnit);
            return (doc, await db.AddAttachmentAsync(doc), launched, await db.AddModelAsync(otherUnit));
        });
        using var api = await app.ClientForAsync(Caller);
        using var page = await app.SignedInAsync(Caller);

        foreach (var (client, url) in new[]
                 {
                     (api, $"/api/v1/documents/{document}"),
                     (api, $"/api/v1/documents/{document}/attachments/{attachment}"),
                     (api, $"/api/v1/movements/{movement}"),
                     (api, $"/api/v1/movements/{movement}/registrations/{otherUnit}"),
                     (api, $"/api/v1/models/{model}"),
                     (page, $"/Documents/Details/{document}"),
                     (page, $"/Movements/Compliance/{movement}"),
                     (page, $"/Models/Details/{model}"),
                 })
        {
            using var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
            (await LastAsync(app, AuditActions.AccessDenied)).Changes.ShouldNotBeNull().ShouldContain($"GET {url}", customMessage: url);
        }

        // Ids that exist nowhere are ordinary 404s, not denials.
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserName == Caller));
        foreach (var url in new[] { $"/api/v1/documents/{Guid.CreateVersion7()}", $"/api/v1/movements/{Guid.CreateVersion7()}", $"/api/v1/models/{Guid.CreateVersion7()}" })
        {
            using var response = await api.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }

        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserName == Caller))).ShouldBe(before);
        AuditLog.Verify(await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).ToListAsync())).ShouldBeNull();
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_download_of_an_attachment_or_evidence_file_is_audited_with_who_which_file_and_which_record(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var stp = await app.UnitIdAsync("STP");
        var (document, attachment, model, evidence) = await app.WithDbAsync(async db =>
        {
            var doc = await db.AddDocumentAsync(stp, "17/KH-STP", new DateOnly(2026, 3, 1));
            var file = await db.AddAttachmentAsync(doc);
            var (m, e) = await db.AddEvidenceAsync(stp);
            return (doc, file, m, e);
        });
        using var api = await app.ClientForAsync(Caller);

        using (var response = await api.GetAsync($"/api/v1/documents/{document}/attachments/{attachment}"))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var entry = await LastAsync(app, AuditActions.Downloaded);
        entry.EntityType.ShouldBe("DocumentAttachment");
        entry.UserId.ShouldNotBeNull();
        entry.UnitId.ShouldBe(stp);
        entry.Changes.ShouldNotBeNull().ShouldContain("ke-hoach.pdf");
        entry.Changes.ShouldContain(attachment.ToString());
        entry.Changes.ShouldContain("17/KH-STP");
        entry.Changes.ShouldContain(document.ToString());

        using (var response = await api.GetAsync($"/api/v1/models/{model}/evidence/{evidence}"))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        entry = await LastAsync(app, AuditActions.Downloaded);
        entry.EntityType.ShouldBe("ModelEvidence");
        entry.Changes.ShouldNotBeNull().ShouldContain("minh-chung.pdf");
        entry.Changes.ShouldContain(evidence.ToString());
        entry.Changes.ShouldContain(model.ToString());
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserName == Caller && a.Action == AuditActions.Downloaded))).ShouldBe(2);
        AuditLog.Verify(await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).ToListAsync())).ShouldBeNull();
    }

    private static Task<AuditEntry> LastAsync(TestApp app, string action) =>
        app.WithDbAsync(async db => (await db.AuditEntries.AsNoTracking().Where(a => a.UserName == Caller && a.Action == action)
            .OrderByDescending(a => a.Seq).FirstOrDefaultAsync()).ShouldNotBeNull($"no {action} entry for {Caller}"));
}
