using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Assessments;

/// <summary>
/// The unit's officer adds evidence to one criterion of its own assessment, while it may edit and before the deadline: a
/// file (PDF, DOCX, JPEG or PNG, checked by its bytes — <see cref="FileCheck"/>), or a link to one of the unit's own
/// records that <see cref="EvidenceSuggestions"/> offers for the round's year (nothing else can be linked).
/// </summary>
public static class AddAssessmentEvidence
{
    public sealed record LinkInput(string? Criterion, EvidenceKind? Kind, Guid? RecordId);

    public static Task<Result<AssessmentDto>> FileAsync(AppDbContext db, CurrentUser user, Guid id, string? criterion, IFormFile? file, int? expectedVersion,
        CancellationToken ct) =>
        AssessmentAccess.ChangeAsync(db, user, id, Permission.SelfAssess, expectedVersion, async l =>
        {
            var read = await FileCheck.ReadAsync(file, AssessmentEvidence.FileKinds, ct);
            if (read.Error is not null)
            {
                return read.Error;
            }

            var added = l.Assessment.AddEvidence(l.Set, VietnameseText.Clean(criterion) ?? "", read.Value, null, VnTime.Today(db.Time),
                l.Round.SelfAssessmentDue, Actor.Of(user, db.Time));
            if (added.Error is null)
            {
                await db.Files.SaveAsync(read.Value!, ct); // the file before its row: a crash in between leaves a file the sweep removes
            }

            return added.Error;
        }, ct);

    public static Task<Result<AssessmentDto>> LinkAsync(AppDbContext db, CurrentUser user, Guid id, LinkInput input, int? expectedVersion,
        CancellationToken ct) =>
        AssessmentAccess.ChangeAsync(db, user, id, Permission.SelfAssess, expectedVersion, async l =>
        {
            if (input.Kind is null or EvidenceKind.File || input.RecordId is null)
            {
                return AssessmentErrors.EvidenceSourceRequired;
            }

            var today = VnTime.Today(db.Time);
            var offered = await EvidenceSuggestions.ForAsync(db, user.TenantId, l.Assessment.UnitId, l.Round.Year, today, ct);
            if (offered.FirstOrDefault(s => s.Kind == input.Kind && s.RecordId == input.RecordId) is not { } record)
            {
                return AssessmentErrors.EvidenceNotSuggested;
            }

            return l.Assessment.AddEvidence(l.Set, VietnameseText.Clean(input.Criterion) ?? "", null, record, today, l.Round.SelfAssessmentDue,
                Actor.Of(user, db.Time)).Error;
        }, ct);
}
