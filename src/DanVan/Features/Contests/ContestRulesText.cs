namespace DanVan.Features.Contests;

/// <summary>The rules (thể lệ) written from the configuration: what the public page prints and the API returns, never typed twice.</summary>
public static class ContestRulesText
{
    /// <summary>
    /// Who may field a team, each unit named once: the kinds admitted under one unit are listed together ("UBND xã,
    /// UBND phường thuộc Ủy ban nhân dân tỉnh …"), not one sentence per kind.
    /// </summary>
    public static string Eligibility(IEnumerable<EligibleDto> eligible) =>
        string.Join("; ", eligible
            .GroupBy(e => (e.UnitId, e.UnitName, e.IncludeDescendants))
            .Select(g =>
            {
                var kinds = g.Select(e => e.KindName).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
                var anyKind = g.Any(e => e.KindName is null);
                return (g.Key.IncludeDescendants, anyKind || kinds.Count == 0) switch
                {
                    (true, true) => $"{g.Key.UnitName} và các đơn vị trực thuộc",
                    (true, false) => $"các đơn vị loại {string.Join(", ", kinds)} thuộc {g.Key.UnitName}",
                    (false, true) => g.Key.UnitName,
                    (false, false) => $"{g.Key.UnitName} (nếu thuộc loại {string.Join(", ", kinds)})",
                };
            }));

    public static IReadOnlyList<RulesSection> Sections(ContestDto c)
    {
        var sections = new List<RulesSection>
        {
            new("Điều 1. Đơn vị tổ chức, thời gian, địa điểm",
            [
                $"Căn cứ Kế hoạch số {c.PlanText}.",
                $"Đơn vị chủ trì: {c.OrganisingUnitName}." + (c.CoOrganisers is { } co ? $" Đơn vị phối hợp: {co}." : ""),
                $"Thời gian: từ ngày {Date(c.StartsOn)} đến ngày {Date(c.EndsOn)}. Địa điểm: {c.Venue}.",
            ]),
            new("Điều 2. Đối tượng, đội thi và đăng ký",
            [
                "Đơn vị được cử đội dự thi: " + Eligibility(c.Eligible) + ".",
                $"Mỗi đơn vị cử một đội gồm từ {c.TeamMin} đến {c.TeamMax} thành viên chính thức, trong đó có một đội trưởng"
                    + (c.ReservesMax > 0 ? $", và tối đa {c.ReservesMax} thành viên dự bị." : "."),
                c.AllowedPositions.Count > 0
                    ? "Thành viên là người của đơn vị giữ một trong các chức vụ: " + string.Join("; ", c.AllowedPositions) + "."
                    : "Thành viên là người của đơn vị (kể cả đơn vị trực thuộc).",
                "Mỗi người chỉ tham gia một đội. Sau khi đội được tiếp nhận, việc thay thành viên phải nêu lý do và được ghi lại.",
                $"Hạn đăng ký: hết ngày {Date(c.RegistrationDeadline)}; đăng ký sau thời hạn không được tiếp nhận.",
            ]),
        };
        if (c.Clusters.Count > 0)
        {
            sections.Add(new("Điều 3. Cụm thi", [.. c.Clusters.Select(k => $"Cụm {k.Seq}: {k.Name}.")]));
        }

        var n = sections.Count + 1;
        foreach (var round in c.Rounds)
        {
            var lines = new List<string> { $"{round.KindLabel}; tổng điểm tối đa {ContestErrors.Points(round.MaxPoints)}." };
            foreach (var part in round.Parts)
            {
                lines.Add($"Phần thi {part.Seq} — {part.Name} ({part.KindLabel}): tối đa {ContestErrors.Points(part.MaxPoints)} điểm"
                    + (part.Criteria.Count > 0 ? "; tiêu chí chấm: " + string.Join("; ", part.Criteria.Select(k => $"{k.Name} {ContestErrors.Points(k.MaxPoints)} điểm")) : "")
                    + (part.LatePenaltyPerDay is { } p ? $"; nộp muộn bị trừ {ContestErrors.Points(p)} điểm mỗi ngày" : "")
                    + (part.TimeLimitMinutes is { } limit && part.OvertimePenaltyPerMinute is { } per
                        ? $"; thời gian trình bày tối đa {limit} phút, quá giờ bị trừ {ContestErrors.Points(per)} điểm mỗi phút (chưa đủ một phút tính một phút)" : "")
                    + (part.QuizMinutes is { } m ? $"; làm bài trên thiết bị trong {m} phút tính từ hiệu lệnh của ban tổ chức, bài gửi sau khi hết giờ không được nhận" : "") + ".");
            }

            lines.Add(round.TieBreakText);
            lines.Add(round.AdvancementText);
            sections.Add(new($"Điều {n++}. {round.Name}", lines));
        }

        return sections;
    }

    private static string Date(DateOnly d) => Infrastructure.Text.VnTime.Date(d);
}
