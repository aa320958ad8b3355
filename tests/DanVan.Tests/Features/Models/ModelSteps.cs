using DanVan.Features.Documents;
using DanVan.Features.Models;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Models;

/// <summary>Walks models through the entity's own transitions in tests that write straight through the DbContext.</summary>
internal static class ModelSteps
{
    private static int _number = 7000 + Random.Shared.Next(1000);

    public static ModelActor Actor(DateTime? at = null) => new(Guid.Empty, "kiểm thử", at ?? new DateTime(2026, 1, 2, 3, 0, 0, DateTimeKind.Utc));

    /// <summary>A decision of a province-level body, for pure tests (no row behind it).</summary>
    public static RecognitionDecision ProvincialDecision(DateOnly? issued = null) =>
        new(Guid.CreateVersion7(), DocumentType.Decision, false, issued, "/1/2/", 1);

    /// <summary>A registered Decision (Quyết định) issued by the province's UBND (the unit coded UBND), added to the context.</summary>
    public static async Task<RecognitionDecision> AddDecisionAsync(this AppDbContext db, Guid tenantId, DateOnly? issued = null, string issuer = "UBND",
        DocumentType type = DocumentType.Decision)
    {
        // The named unit; in a tenant without it (another province in the security tests), the province's root.
        var ubnd = await db.Units.Where(u => u.TenantId == tenantId && u.Code == issuer).SingleOrDefaultAsync()
            ?? await db.Units.Where(u => u.TenantId == tenantId && u.ParentId == null).FirstAsync();
        var text = $"{Interlocked.Increment(ref _number)}/{(type == DocumentType.Decision ? "QĐ" : "KH")}-UBND";
        var number = DocumentNumber.TryParse(text, out var parsed) && parsed is not null ? parsed : throw new InvalidOperationException(text);
        var document = Document.Create(tenantId, ubnd.Id, number, new DocumentDetails(type, ubnd.Id, ubnd.Name, "Sông Trà", issued, issued,
            null, DocumentStatus.InForce, null, null, "Quyết định công nhận mô hình “Dân vận khéo”", null), isStub: false);
        db.Documents.Add(document);
        return new RecognitionDecision(document.Id, document.Type, document.IsStub, document.IssueDate, ubnd.Path, ubnd.Depth);
    }

    /// <summary>A registered Decision of the province's UBND, issued today, saved: its id, for API calls that recognise.</summary>
    public static Task<Guid> DecisionIdAsync(this TestApp app, string issuer = "UBND", DocumentType type = DocumentType.Decision) => app.WithDbAsync(async db =>
    {
        var tenantId = await db.Units.Where(u => u.Code == issuer).Select(u => u.TenantId).FirstAsync();
        var decision = await db.AddDecisionAsync(tenantId, VnTime.Today(db.Time), issuer, type);
        await db.SaveChangesAsync();
        return decision.Id;
    });

    /// <summary>
    /// The model walked through <paramref name="path"/> by the named transitions (a reason for the negative steps, the
    /// model's own year as the year of achievement, the next year for a re-confirmation); every step must succeed.
    /// </summary>
    public static DvkModel Walk(this DvkModel model, RecognitionDecision? decision, params ModelAction[] path)
    {
        var by = Actor();
        foreach (var action in path)
        {
            var error = action switch
            {
                ModelAction.Register => model.Register(by),
                ModelAction.StartImplementing => model.StartImplementing(by),
                ModelAction.Propose => model.Propose(by),
                ModelAction.Withdraw => model.Withdraw(by),
                ModelAction.Rework => model.Rework(by),
                ModelAction.Recognise => model.Recognise(by, model.Level, decision ?? ProvincialDecision(), "/", model.Year),
                ModelAction.Reject => model.Reject(by, "Chưa đạt"),
                ModelAction.Reconfirm => model.Reconfirm(by, model.ConfirmedYear!.Value + 1),
                ModelAction.Drop => model.Drop(by, "Không còn hiệu quả"),
                ModelAction.Publish => model.Publish(by),
                ModelAction.Unpublish => model.Unpublish(by, "Tạm dừng"),
                _ => throw new ArgumentOutOfRangeException(nameof(path)),
            };
            error.ShouldBeNull($"{action}: {error?.Message}");
        }

        return model;
    }

    /// <summary>The path from a new draft to <paramref name="status"/>.</summary>
    public static ModelAction[] PathTo(ModelStatus status) => status switch
    {
        ModelStatus.Draft => [],
        ModelStatus.Registered => [ModelAction.Register],
        ModelStatus.Implementing => [ModelAction.Register, ModelAction.StartImplementing],
        ModelStatus.Proposed => [ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose],
        ModelStatus.Recognised => [ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Recognise],
        ModelStatus.NotRecognised => [ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Reject],
        ModelStatus.Withdrawn => [ModelAction.Register, ModelAction.Withdraw],
        ModelStatus.Dropped => [ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Recognise, ModelAction.Drop],
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
