using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Certificates;

/// <summary>"Đã thu hồi": the day the money and objects were given back, and a note (required: what, which receipt).</summary>
public sealed record RecoveryInput(DateOnly? Date, string? Note);

/// <summary>
/// Records that an annulled award's prize and objects were recovered (POST /certificates/recoveries/{id}/recovered):
/// once (409 after), dated between the revocation's date and today, with a note. ManageAwardRecords on the revoking unit.
/// </summary>
public static class RecordRecovery
{
    public static async Task<Result<RevokeAwards.RecoveryDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, RecoveryInput input, CancellationToken ct)
    {
        if (!(await CertificateAccess.LoadRecoveryAsync(db, user, id, Permission.ManageAwardRecords, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(input.Note))
        {
            return CertificateErrors.RecoveryNoteRequired;
        }

        if (input.Note.Trim().Length > RevokedAward.NoteMax)
        {
            return new AppError("revocation.note_length", $"Ghi chú không được dài quá {RevokedAward.NoteMax} ký tự.", "Note");
        }

        var today = VnTime.Today(db.Time);
        if (found.Award.Recover(input.Date ?? today, input.Note, found.Revocation.DecisionDate, today, user.UserName) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return RevokeAwards.ToDto(found.Award, today);
    }
}
