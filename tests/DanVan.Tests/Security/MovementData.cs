using DanVan.Features.Documents;
using DanVan.Features.Movements;
using DanVan.Features.Registrations;
using DanVan.Tests.Features.Models;
using DanVan.Tests.Infrastructure;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security;

/// <summary>
/// Documents, movements and registrations written straight through <see cref="AppDbContext"/>, each in the tenant of the unit it
/// belongs to, so that security tests can aim every request at a fresh object of a known owner.
/// </summary>
internal static class MovementData
{
    /// <summary>A tiny file that passes the upload check (which looks at the magic bytes only).</summary>
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public static DocumentNumber Number(string text) =>
        DocumentNumber.TryParse(text, out var number) && number is not null ? number : throw new ArgumentException($"Bad document number {text}.", nameof(text));

    /// <summary>
    /// A draft movement created through the API by <paramref name="officer"/>: launched by <paramref name="launcher"/> under
    /// <paramref name="plan"/>, one participant on its own, plan and registration deadlines far ahead.
    /// </summary>
    public static async Task<MovementDto> PostDraftMovementAsync(this HttpClient officer, string name, Guid launcher, Guid plan, Guid participant)
    {
        using var response = await officer.PostJsonAsync("/api/v1/movements", DraftMovement(name, launcher, plan, participant));
        return await response.ReadAsync<MovementDto>(System.Net.HttpStatusCode.Created);
    }

    /// <summary>The body of <see cref="PostDraftMovementAsync"/> (also sent to edit the draft).</summary>
    public static object DraftMovement(string name, Guid launcher, Guid plan, Guid participant) => new
    {
        name, year = 2026, form = "Thematic", launchingUnitId = launcher, planDocumentId = plan, startsOn = "2026-03-02", planDeadline = "2099-03-20",
        registrationDeadline = "2099-04-30", participants = new[] { new { unitId = participant, includeDescendants = false } },
    };

    /// <summary>A registered plan owned by (and issued under the name of) the unit.</summary>
    public static async Task<Guid> AddDocumentAsync(this AppDbContext db, Guid ownerUnitId, string number, DateOnly issued)
    {
        var tenantId = await db.Units.Where(u => u.Id == ownerUnitId).Select(u => u.TenantId).SingleAsync();
        var document = Document.Create(tenantId, ownerUnitId, Number(number), new DocumentDetails(DocumentType.Plan, null, "Cơ quan thử nghiệm",
            "Sông Trà", issued, issued, null, DocumentStatus.InForce, null, null, "Kế hoạch thử nghiệm số " + number, null), isStub: false);
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    }

    /// <summary>A registered Decision owned and issued by the unit (the unit's own recognition decision).</summary>
    public static async Task<Guid> AddDecisionDocumentAsync(this AppDbContext db, Guid unitId)
    {
        var unit = await db.Units.Where(u => u.Id == unitId).SingleAsync();
        var document = Document.Create(unit.TenantId, unitId, Number($"{Interlocked.Increment(ref _decisions)}/QĐ-UBND"), new DocumentDetails(DocumentType.Decision,
            unitId, unit.Name, "Sông Trà", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1), null, DocumentStatus.InForce, null, null,
            "Quyết định công nhận mô hình", null), isStub: false);
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    }

    private static int _decisions = 3000 + Random.Shared.Next(1000);

    /// <summary>A fresh draft model owned by the unit.</summary>
    public static async Task<Guid> AddModelAsync(this AppDbContext db, Guid unitId, params DanVan.Features.Models.ModelAction[] actions)
    {
        var tenantId = await db.Units.Where(u => u.Id == unitId).Select(u => u.TenantId).SingleAsync();
        var model = DanVan.Features.Models.DvkModel.Create(tenantId, unitId, null, 2026, new DanVan.Features.Models.ModelDetails("Mô hình thử nghiệm",
            DanVan.Features.Models.ModelField.Economy, null, DanVan.Features.Models.ModelLevel.Grassroots, null, null, null, null, null, null,
            null, null, null, null, null), null, null, null);
        var decision = actions.Contains(DanVan.Features.Models.ModelAction.Recognise) ? await db.AddDecisionAsync(tenantId) : null;
        model.Walk(decision, actions);
        db.DvkModels.Add(model);
        await db.SaveChangesAsync();
        return model.Id;
    }

    /// <summary>A recognised, published model of the unit with one photo.</summary>
    public static async Task<(Guid Model, Guid Photo)> AddPublishedAsync(this AppDbContext db, Guid unitId)
    {
        var modelId = await db.AddModelAsync(unitId, DanVan.Features.Models.ModelAction.Register, DanVan.Features.Models.ModelAction.StartImplementing,
            DanVan.Features.Models.ModelAction.Propose, DanVan.Features.Models.ModelAction.Recognise);
        var model = await db.DvkModels.SingleAsync(m => m.Id == modelId);
        model.Publish(ModelSteps.Actor(DateTime.UtcNow)).ShouldBeNull();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        var photo = new DanVan.Features.Models.ModelEvidence(model.TenantId, modelId, null, "anh.png", "image/png", png.Length, await db.StoreAsync(png));
        photo.ApproveForPublic(DateTime.UtcNow);
        db.ModelEvidence.Add(photo);
        await db.SaveChangesAsync();
        return (modelId, photo.Id);
    }

    public static async Task<(Guid Model, Guid Evidence)> AddEvidenceAsync(this AppDbContext db, Guid unitId)
    {
        var modelId = await db.AddModelAsync(unitId);
        var tenantId = await db.Units.Where(u => u.Id == unitId).Select(u => u.TenantId).SingleAsync();
        var evidence = new DanVan.Features.Models.ModelEvidence(tenantId, modelId, null, "minh-chung.pdf", "application/pdf", Pdf.Length, await db.StoreAsync(Pdf));
        db.ModelEvidence.Add(evidence);
        await db.SaveChangesAsync();
        return (modelId, evidence.Id);
    }

    /// <summary>Puts <paramref name="content"/> in the app's file store, as an upload would; its SHA-256.</summary>
    public static async Task<string> StoreAsync(this AppDbContext db, byte[] content)
    {
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        await db.Files.SaveAsync(sha256, content, CancellationToken.None);
        return sha256;
    }

    public static async Task<Guid> AddAttachmentAsync(this AppDbContext db, Guid documentId)
    {
        var tenantId = await db.Documents.Where(d => d.Id == documentId).Select(d => d.TenantId).SingleAsync();
        var attachment = new DocumentAttachment(tenantId, documentId, "ke-hoach.pdf", "application/pdf", Pdf.Length, await db.StoreAsync(Pdf));
        db.DocumentAttachments.Add(attachment);
        await db.SaveChangesAsync();
        return attachment.Id;
    }

    /// <summary>
    /// A movement of the launching unit, from today with plans due a year ahead. Each participant takes part on its
    /// own (no subtree). Launched, every participant has its plan obligation, filed with the movement's plan when asked.
    /// </summary>
    public static async Task<Guid> AddMovementAsync(this AppDbContext db, Guid launcherId, Guid planDocumentId, IReadOnlyList<Guid> participants,
        bool launched, bool filed = false)
    {
        var tenantId = await db.Units.Where(u => u.Id == launcherId).Select(u => u.TenantId).SingleAsync();
        var now = db.Time.GetUtcNow().UtcDateTime;
        var today = VnTime.Today(db.Time);
        var movement = Movement.Create(tenantId, launcherId, new MovementDetails("Phong trào thi đua thử nghiệm", null, today.Year,
            MovementForm.Thematic, planDocumentId, today, null, null, null, today.AddDays(365), false, null, null, null, null, null), new Actor(Guid.Empty, "test", now));
        db.Movements.Add(movement);
        db.MovementItems.Add(new MovementItem(tenantId, movement.Id, MovementItemKind.Content, 1, "Vận động nhân dân.", null, null));
        foreach (var unitId in participants)
        {
            db.MovementParticipants.Add(new MovementParticipant(tenantId, movement.Id, unitId, false, null));
        }

        if (launched)
        {
            movement.Launch(new Actor(Guid.Empty, "test", now), today, null).ShouldBeNull();
            foreach (var unitId in participants)
            {
                var obligation = new PlanObligation(tenantId, movement.Id, unitId, movement.PlanDeadline, 0, launcherId);
                if (filed)
                {
                    var issued = await db.Documents.Where(d => d.Id == planDocumentId).Select(d => d.IssueDate).SingleAsync();
                    obligation.File(planDocumentId, null, issued ?? today, new Actor(Guid.Empty, "test", now), today).ShouldBeNull();
                }

                db.PlanObligations.Add(obligation);
            }
        }

        await db.SaveChangesAsync();
        return movement.Id;
    }

    /// <summary>A draft registration of the unit for the movement, registering the person (of the unit) when given.</summary>
    public static async Task<Guid> AddRegistrationAsync(this AppDbContext db, Guid movementId, Guid unitId, Guid? personId = null)
    {
        var movement = await db.Movements.Where(m => m.Id == movementId).Select(m => new { m.TenantId, m.Year }).SingleAsync();
        var registration = new Registration(movement.TenantId, movementId, unitId, movement.Year);
        registration.SetDetails(["TTLDTT"], "Cam kết thử nghiệm");
        db.Registrations.Add(registration);
        if (personId is { } id)
        {
            db.RegisteredPeople.Add(new RegisteredPerson(movement.TenantId, registration.Id, id, "LDTT"));
        }

        await db.SaveChangesAsync();
        return registration.Id;
    }
}
