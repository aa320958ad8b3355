using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Nominations;

/// <summary>The unit writes a nominee's achievement report: the structured fields (pre-filled from the proof sheet) and the narrative.</summary>
public static class SaveNomineeReport
{
    public static Task<Result<DossierDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Guid nomineeId, ReportInput input, int? expectedVersion,
        CancellationToken ct)
    {
        var report = new NomineeReport(VietnameseText.Clean(input.Position), VietnameseText.Clean(input.Duties), VietnameseText.Clean(input.Achievements),
            VietnameseText.Clean(input.Narrative));
        if (report.Position is { Length: > NomineeReport.FieldMax } || report.Duties is { Length: > NomineeReport.FieldMax }
            || report.Achievements is { Length: > NomineeReport.FieldMax })
        {
            return Task.FromResult<Result<DossierDto>>(AppError.TooLong("Report", "Mỗi mục của báo cáo thành tích", NomineeReport.FieldMax));
        }

        if (report.Narrative is { Length: > NomineeReport.NarrativeMax })
        {
            return Task.FromResult<Result<DossierDto>>(AppError.TooLong("Narrative", "Báo cáo thành tích", NomineeReport.NarrativeMax));
        }

        return NominationAccess.UnitChangeAsync(db, user, id, expectedVersion, l =>
            Task.FromResult(l.Dossier.SaveReport(nomineeId, report, Actor.Of(user, db.Time))), ct);
    }
}
