namespace DanVan.Features.Contests;

/// <summary>The rules (thể lệ) written from the configuration: what the public page prints and the API returns, never typed twice.</summary>
public static class ContestRulesText
{
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
                "Đơn vị được cử đội dự thi: " + string.Join("; ", c.Eligible.Select(e => e.UnitName + (e.IncludeDescendants ? " và các đơn vị trực thuộc" : "")
                    + (e.KindName is { } k ? $" (loại: {k})" : ""))) + ".",
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
                    + (part.LatePenaltyPerDay is { } p ? $"; nộp muộn bị trừ {ContestErrors.Points(p)} điểm mỗi ngày" : "") + ".");
            }

            lines.Add(round.TieBreakText);
            lines.Add(round.AdvancementText);
            sections.Add(new($"Điều {n++}. {round.Name}", lines));
        }

        return sections;
    }

    private static string Date(DateOnly d) => Infrastructure.Text.VnTime.Date(d);
}
