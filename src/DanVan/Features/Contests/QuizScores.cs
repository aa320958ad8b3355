using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// The quiz parts' scores as the standings read them: each team's scored answer sheet is one sheet of the part, with
/// no judge and its source in words ("Chấm tự động: 8/10 câu đúng"), so the board traces it like any other score.
/// </summary>
public static class QuizScores
{
    public static async Task<List<StandingsSheet>> SheetsAsync(AppDbContext db, IReadOnlyCollection<Guid> partIds, CancellationToken ct) =>
        (await db.ContestQuizAnswers.AsNoTracking().Where(a => partIds.Contains(a.PartId)).ToListAsync(ct))
        .Select(a => new StandingsSheet(a.Id, a.PartId, a.TeamId, Guid.Empty, a.Explained, a.Points)).ToList();
}
