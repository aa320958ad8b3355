using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>
/// The ranking table of a round as an Excel file in the province's layout: title lines (round, year, the criteria set's
/// regulation, the decision or "đề xuất"), then STT · Đơn vị · Loại đơn vị · Cụm/khối · Điểm tự chấm · Điểm thẩm định ·
/// Chênh lệch · Xếp loại · Ghi chú (why a unit is not eligible, a tie, the top-rank cap), the same rows and filter
/// (<c>clusterId</c>) as <see cref="GetRanking"/>.
/// </summary>
public static class ExportRanking
{
    public const string SheetName = "Bang xep loai";

    public static readonly XlsxColumn[] Columns =
    [
        new("STT", 6, Numeric: true), new("Đơn vị", 45), new("Loại đơn vị", 22), new("Cụm/khối", 30), new("Điểm tự chấm", 12, Numeric: true),
        new("Điểm thẩm định", 14, Numeric: true), new("Chênh lệch", 12, Numeric: true), new("Xếp loại", 26), new("Ghi chú", 50),
    ];

    public static async Task<Result<int>> WriteAsync(AppDbContext db, CurrentUser user, Guid roundId, Guid? clusterId, Stream output, CancellationToken ct)
    {
        // The round, its set (with criteria: the notes read the ledger) and the scope come with the ranking, not read again.
        if (!(await GetRanking.TableAsync(db, user, roundId, null, clusterId, withCriteria: true, ct)).TryGet(out var table, out var error))
        {
            return error;
        }

        var (round, set, scope, ranking) = table;
        var tenantId = user.TenantId;
        var year = round.Year;
        var groups = (await db.ClusterMembers.Where(m => m.TenantId == tenantId && m.Year == year)
                .Join(db.EmulationClusters, m => m.ClusterId, c => c.Id, (m, c) => new { m.UnitId, c.Kind, c.Name }).ToListAsync(ct))
            .ToLookup(g => g.UnitId, g => g.Name);
        var reasons = await NotEligibleReasonsAsync(db, set, ranking.Rows, ct);

        using var xlsx = XlsxWriter.Create(output);
        // Title lines above the table, then a blank row, as provinces lay out their tables (a report: for reading, not import).
        using var sheet = xlsx.StartSheet(SheetName, Columns,
        [
            new XlsxLine([$"BẢNG XẾP LOẠI: {round.Name.ToUpper(VietnameseText.Culture)}"], Bold: true),
            new XlsxLine([$"Năm {round.Year} · {scope}"], Bold: true),
            new XlsxLine([$"Bộ tiêu chí: {set.Name} — {set.Citation}"], Bold: true),
            new XlsxLine([round.DecisionCitation is { } decision ? $"Kết quả xếp loại theo {decision}" : "Kết quả xếp loại đề xuất (chưa có quyết định công nhận)"],
                Bold: true),
            new XlsxLine([]),
        ]);
        var topLabel = set.Bands.OrderBy(b => b.Seq).First().Label;
        var stt = 0;
        foreach (var r in ranking.Rows)
        {
            var notes = new List<string>();
            if (reasons.TryGetValue(r.AssessmentId, out var reason))
            {
                notes.Add(reason);
            }

            if (r.Tied && r.Position is { } p)
            {
                notes.Add($"Đồng hạng {p}");
            }

            if (ranking.CapWarning is not null && r.BandSeq == 1)
            {
                notes.Add($"Số đơn vị đạt “{topLabel}” vượt tỷ lệ tối đa {ranking.CapPercent}% ({ranking.CapAllowed} đơn vị)");
            }

            if (r.BandSeq is null && r.Rank != Ledger.NotEligibleLabel)
            {
                notes.Add(AssessmentLabels.Of(r.Status));
            }

            sheet.WriteRow([++stt, r.UnitName, r.UnitKind, string.Join("; ", groups[r.UnitId].Order(StringComparer.Ordinal)), r.SelfTotal, r.FinalTotal,
                r.Disagreement, r.Rank, string.Join("; ", notes)]);
        }

        if (ranking.CapWarning is { } warning)
        {
            sheet.WriteNote(warning);
        }

        sheet.WriteNote($"Điểm thẩm định gồm điểm của cấp trên (tối đa {Points.Format(set.SuperiorShare)} điểm). Chênh lệch: tổng mức chênh giữa điểm "
            + "thẩm định và điểm tự chấm của từng tiêu chí. Đơn vị có tổng điểm bằng nhau được ghi “đồng hạng”; hệ thống không tự phân định.");
        return sheet.RowsWritten;
    }

    /// <summary>"Không đạt tiêu chí điều kiện 2.2" for each unit that is not eligible, from its ledger (the one place prerequisites are read).</summary>
    private static async Task<Dictionary<Guid, string>> NotEligibleReasonsAsync(AppDbContext db, CriteriaSet set, IReadOnlyList<RankingRow> rows,
        CancellationToken ct)
    {
        var ids = rows.Where(r => r.Rank == Ledger.NotEligibleLabel).Select(r => r.AssessmentId).ToList();
        var reasons = new Dictionary<Guid, string>();
        foreach (var chunk in ids.Chunk(500))
        {
            var assessments = await db.UnitAssessments.AsNoTracking().Include(a => a.Scores).Where(a => chunk.Contains(a.Id)).ToListAsync(ct);
            foreach (var a in assessments)
            {
                var failed = Ledger.Of(set, a).FailedPrerequisites;
                reasons[a.Id] = failed.Count > 0 ? $"Không đạt tiêu chí điều kiện {string.Join(", ", failed)}" : Ledger.NotEligibleLabel;
            }
        }

        return reasons;
    }
}
