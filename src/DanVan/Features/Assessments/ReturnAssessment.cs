using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Assessments;

/// <summary>The appraisal team returns a submitted self-assessment with its reasons (overall and per criterion), shown in place to the unit.</summary>
public static class ReturnAssessment
{
    public static async Task<Result<AssessmentDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, ReturnInput input, int? expectedVersion,
        CancellationToken ct)
    {
        var reasons = (input.Reasons ?? new Dictionary<string, string>())
            .ToDictionary(r => VietnameseText.Clean(r.Key) ?? "", r => VietnameseText.Clean(r.Value) ?? "", StringComparer.OrdinalIgnoreCase);
        if (reasons.Values.Any(r => r.Length > UnitAssessment.TextMax) || input.Note is { Length: > UnitAssessment.TextMax })
        {
            return AppError.TooLong("Reasons", "Lý do trả lại", UnitAssessment.TextMax);
        }

        return await AssessmentAccess.ChangeAsync(db, user, id, Permission.AppraiseAssessments, expectedVersion, l => Task.FromResult(
            l.Assessment.Return(l.Set, VietnameseText.Clean(input.Note), reasons, Actor.Of(user, db.Time))), ct);
    }
}
