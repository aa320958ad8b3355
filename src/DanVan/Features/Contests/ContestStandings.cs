namespace DanVan.Features.Contests;

/// <summary>A part of the round as the standings need it: its maximum, late penalty per day, tie-break rank and the number of judges from which the trimmed mean is used.</summary>
public sealed record StandingsPart(Guid Id, int Seq, string Name, decimal MaxPoints, decimal? PenaltyPerDay, int? TieBreakRank, int TrimFrom,
    decimal? OvertimePerMinute = null);

public sealed record StandingsTeam(Guid Id, string Name, Guid? ClusterId, string? ClusterName, int ClusterSeq);

/// <summary>A confirmed sheet: one judge's total for one team in one part.</summary>
public sealed record StandingsSheet(Guid SheetId, Guid PartId, Guid TeamId, Guid JudgeId, string JudgeName, decimal Total);

/// <summary>What the organiser recorded for a team in a part: absent (0 points), days late (the part's penalty per day), seconds over the part's time (its penalty per started minute).</summary>
public sealed record StandingsAttendance(Guid PartId, Guid TeamId, bool NoShow, int DaysLate, int OvertimeSeconds = 0);

public sealed record StandingsInput(IReadOnlyList<StandingsPart> Parts, IReadOnlyList<StandingsTeam> Teams, IReadOnlyList<StandingsSheet> Sheets,
    IReadOnlyList<StandingsAttendance> Attendance, Advancement Advancement, decimal? AdvanceValue);

/// <summary>A sheet as used for a part score; <see cref="Dropped"/> when the trimmed mean left it out (the highest or the lowest).</summary>
public sealed record SheetUse(Guid SheetId, Guid JudgeId, string JudgeName, decimal Total, bool Dropped);

/// <summary>
/// A team's score in a part, traced: the sheets that made it (dropped ones marked), the raw mean, the penalty (days
/// late × the part's penalty per day, plus each started minute over the part's time × its penalty per minute — together
/// never more than the raw score) and the final score. A no-show scores 0; a part
/// with no confirmed sheet yet is <see cref="Scored"/> = false and counts 0 until it has one.
/// </summary>
public sealed record PartScore(Guid PartId, int Seq, string Name, bool NoShow, bool Scored, bool Trimmed, decimal Raw, int DaysLate, decimal Penalty,
    decimal Final, IReadOnlyList<SheetUse> Sheets, int OvertimeMinutes = 0)
{
    /// <summary>What the penalty is for ("nộp muộn 2 ngày; quá giờ 1 phút"); empty without one.</summary>
    public string PenaltyReason => string.Join("; ", new[] { DaysLate > 0 ? $"nộp muộn {DaysLate} ngày" : null, OvertimeMinutes > 0 ? $"quá giờ {OvertimeMinutes} phút" : null }.OfType<string>());
}

/// <summary>
/// A team's line: its part scores, total, rank in the round and in its cluster (ties shared: the same total and the
/// same tie-break parts' scores give the same rank), and whether it goes on. <see cref="NoShow"/>: absent from every part.
/// </summary>
public sealed record StandingRow(Guid TeamId, string Name, Guid? ClusterId, string? ClusterName, decimal Total, int Rank, int ClusterRank, bool NoShow,
    bool Complete, bool Advances, IReadOnlyList<PartScore> Parts);

/// <summary>
/// The round's standings, pure (issue 17 §3–4): every number traces to the confirmed sheets. A part score is the mean of
/// the judges' sheets, or — from <see cref="StandingsPart.TrimFrom"/> judges on (default 5) — the mean without one
/// highest and one lowest sheet; rounded to 2 decimals. Advancement: top N of each cluster, top N overall (rank ≤ N:
/// teams tied at the cut all go on) or every team reaching the minimum score; a team absent from every part, or with no
/// score in any part (never judged), never goes on.
/// </summary>
public static class ContestStandings
{
    public const int DefaultTrimFrom = 5;

    public static IReadOnlyList<StandingRow> Compute(StandingsInput input)
    {
        var parts = input.Parts.OrderBy(p => p.Seq).ToList();
        var sheets = input.Sheets.ToLookup(s => (s.PartId, s.TeamId));
        var attendance = input.Attendance.GroupBy(a => (a.PartId, a.TeamId)).ToDictionary(g => g.Key, g => g.Last());
        var lines = input.Teams.Select(t =>
        {
            var scores = parts.Select(p => Score(p, sheets[(p.Id, t.Id)].ToList(), attendance.GetValueOrDefault((p.Id, t.Id)))).ToList();
            return (Team: t, Scores: scores, Total: scores.Sum(s => s.Final), NoShow: parts.Count > 0 && scores.All(s => s.NoShow));
        }).ToList();
        var tieBreak = parts.Where(p => p.TieBreakRank is not null).OrderBy(p => p.TieBreakRank).Select(p => parts.IndexOf(p)).ToList();
        decimal[] Key(IReadOnlyList<PartScore> scores, decimal total) => [total, .. tieBreak.Select(i => scores[i].Final)];
        var keyed = lines.Select(l => (Line: l, Key: Key(l.Scores, l.Total))).ToList();
        int RankAmong(decimal[] key, IEnumerable<decimal[]> others) => 1 + others.Count(o => Better(o, key));
        var rows = keyed.Select(k =>
        {
            var rank = RankAmong(k.Key, keyed.Select(o => o.Key));
            var clusterRank = RankAmong(k.Key, keyed.Where(o => o.Line.Team.ClusterId == k.Line.Team.ClusterId).Select(o => o.Key));
            var n = input.AdvanceValue ?? 0;
            var advances = !k.Line.NoShow && k.Line.Scores.Any(s => s.Scored) && input.Advancement switch
            {
                Advancement.TopPerCluster => clusterRank <= n,
                Advancement.TopOverall => rank <= n,
                Advancement.MinimumScore => k.Line.Total >= n,
                _ => false,
            };
            return new StandingRow(k.Line.Team.Id, k.Line.Team.Name, k.Line.Team.ClusterId, k.Line.Team.ClusterName, k.Line.Total, rank, clusterRank,
                k.Line.NoShow, k.Line.Scores.All(s => s.Scored || s.NoShow), advances, k.Line.Scores);
        });
        return [.. rows.OrderBy(r => r.Rank).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    /// <summary>One part for one team: no-show → 0; else the (trimmed) mean of the sheets, less the late penalty.</summary>
    public static PartScore Score(StandingsPart part, IReadOnlyList<StandingsSheet> sheets, StandingsAttendance? attendance)
    {
        var ordered = sheets.OrderBy(s => s.Total).ThenBy(s => s.JudgeName, StringComparer.Ordinal).ThenBy(s => s.SheetId).ToList();
        if (attendance is { NoShow: true })
        {
            return new PartScore(part.Id, part.Seq, part.Name, true, true, false, 0, 0, 0, 0, [.. ordered.Select(s => Use(s, true))]);
        }

        var daysLate = Math.Max(0, attendance?.DaysLate ?? 0);
        var overMinutes = part.OvertimePerMinute is null ? 0 : (Math.Max(0, attendance?.OvertimeSeconds ?? 0) + 59) / 60; // a started minute counts whole
        if (ordered.Count == 0)
        {
            return new PartScore(part.Id, part.Seq, part.Name, false, false, false, 0, daysLate, 0, 0, [], overMinutes);
        }

        var trimmed = ordered.Count >= Math.Max(3, part.TrimFrom);
        var used = ordered.Select((s, i) => Use(s, trimmed && (i == 0 || i == ordered.Count - 1))).ToList();
        var kept = used.Where(u => !u.Dropped).ToList();
        var raw = Math.Round(kept.Sum(u => u.Total) / kept.Count, 2, MidpointRounding.AwayFromZero);
        var penalty = Math.Min(raw, daysLate * (part.PenaltyPerDay ?? 0) + overMinutes * (part.OvertimePerMinute ?? 0));
        return new PartScore(part.Id, part.Seq, part.Name, false, true, trimmed, raw, daysLate, penalty, raw - penalty, used, overMinutes);
    }

    private static SheetUse Use(StandingsSheet s, bool dropped) => new(s.SheetId, s.JudgeId, s.JudgeName, s.Total, dropped);

    private static bool Better(decimal[] a, decimal[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return a[i] > b[i];
            }
        }

        return false;
    }
}
