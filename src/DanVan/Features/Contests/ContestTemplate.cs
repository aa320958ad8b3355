using DanVan.Features.Movements;

namespace DanVan.Features.Contests;

/// <summary>Starting points for a contest's configuration: the seed-004 shape for a new one, and a saved contest as the form edits it.</summary>
public static class ContestTemplate
{
    /// <summary>The unit kinds (default codes) of the commune level, whose officials the sample contest is for.</summary>
    public static readonly IReadOnlyList<string> CommuneKindCodes = ["COMMUNE", "WARD", "SPECIAL"];

    /// <summary>
    /// The rules of seed 004 (Ninh Thuận 1816/KH-UBND, with the usual parts of such contests): four clusters, a
    /// preliminary of three parts sending the top two of each cluster on, a final of three parts. A new contest starts
    /// from it, a month ahead; the demo runs it now.
    /// </summary>
    public static ContestInput Sample(DateOnly today) => new()
    {
        Name = $"Hội thi “Cán bộ, công chức cấp xã với công tác Dân vận chính quyền” năm {today.Year}",
        CoOrganisers = "Sở Tư pháp (cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh); Ban Tuyên giáo và Dân vận Tỉnh ủy",
        StartsOn = today.AddDays(30),
        EndsOn = today.AddDays(45),
        Venue = "Hội trường UBND tỉnh (vòng chung kết); trụ sở UBND các xã cụm trưởng (vòng sơ khảo)",
        TeamMin = 3,
        TeamMax = 5,
        ReservesMax = 1,
        AllowedPositions = ["Chủ tịch UBND", "Công chức"],
        RegistrationDeadline = today.AddDays(20),
        Clusters = ["Cụm số 1 (phía Bắc)", "Cụm số 2 (phía Nam)", "Cụm số 3 (miền núi)", "Cụm số 4 (ven biển, hải đảo)"],
        Rounds =
        [
            new RoundInput
            {
                Name = "Vòng sơ khảo", Kind = RoundKind.Preliminary, TieBreak = [2, 3], Advancement = Advancement.TopPerCluster, AdvanceValue = 2,
                Parts =
                [
                    new PartInput { Name = "Kiến thức về dân vận chính quyền", Kind = PartKind.Quiz, MaxPoints = 30, QuizMinutes = 15 },
                    new PartInput
                    {
                        Name = "Xử lý tình huống", Kind = PartKind.Judged, MaxPoints = 40,
                        Criteria = [new() { Name = "Nội dung, đúng pháp luật", MaxPoints = 25 }, new() { Name = "Sát thực tiễn địa phương", MaxPoints = 10 },
                            new() { Name = "Phong cách trình bày", MaxPoints = 5 }],
                    },
                    new PartInput
                    {
                        Name = "Tiểu phẩm “Dân vận khéo”", Kind = PartKind.Judged, MaxPoints = 30,
                        Criteria = [new() { Name = "Nội dung", MaxPoints = 15 }, new() { Name = "Diễn xuất", MaxPoints = 10 }, new() { Name = "Đúng thời gian", MaxPoints = 5 }],
                    },
                ],
            },
            new RoundInput
            {
                Name = "Vòng chung kết", Kind = RoundKind.Final, TieBreak = [2, 1],
                Parts =
                [
                    new PartInput
                    {
                        Name = "Bài viết tìm hiểu", Kind = PartKind.Written, MaxPoints = 30, LatePenaltyPerDay = 0.5m,
                        Criteria = [new() { Name = "Nội dung", MaxPoints = 20 }, new() { Name = "Liên hệ thực tiễn", MaxPoints = 10 }],
                    },
                    new PartInput
                    {
                        Name = "Tôi là tuyên truyền viên", Kind = PartKind.Judged, MaxPoints = 50, TimeLimitMinutes = 7, OvertimePenaltyPerMinute = 0.5m,
                        Criteria = [new() { Name = "Nội dung", MaxPoints = 30 }, new() { Name = "Sát thực tiễn địa phương", MaxPoints = 10 },
                            new() { Name = "Phong cách trình bày", MaxPoints = 10 }],
                    },
                    new PartInput
                    {
                        Name = "Xử lý tình huống", Kind = PartKind.Judged, MaxPoints = 20,
                        Criteria = [new() { Name = "Nội dung, đúng pháp luật", MaxPoints = 15 }, new() { Name = "Phong cách trình bày", MaxPoints = 5 }],
                    },
                ],
            },
        ],
    };

    /// <summary>A saved contest as the input that would make it again (the edit page starts from it).</summary>
    public static ContestInput Of(Contest c) => new()
    {
        Name = c.Name,
        PlanDocumentId = c.PlanDocumentId,
        OrganisingUnitId = c.OrganisingUnitId,
        CoOrganisers = c.CoOrganisers,
        StartsOn = c.StartsOn,
        EndsOn = c.EndsOn,
        Venue = c.Venue,
        TeamMin = c.TeamMin,
        TeamMax = c.TeamMax,
        ReservesMax = c.ReservesMax,
        AllowedPositions = [.. ContestRules.SplitPositions(c.AllowedPositions)],
        RegistrationDeadline = c.RegistrationDeadline,
        PublishJudgeNames = c.PublishJudgeNames,
        Eligible = c.Eligible.Select(e => new ParticipantInput { UnitId = e.UnitId, IncludeDescendants = e.IncludeDescendants, KindId = e.KindId }).ToList(),
        Clusters = c.Clusters.OrderBy(k => k.Seq).Select(k => k.Name).ToList(),
        Rounds = c.Rounds.OrderBy(r => r.Seq).Select(r =>
        {
            var parts = r.Parts.OrderBy(p => p.Seq).ToList();
            return new RoundInput
            {
                Name = r.Name, Kind = r.Kind, Advancement = r.Advancement, AdvanceValue = r.AdvanceValue,
                TieBreak = r.TieBreak.Select(p => parts.IndexOf(p) + 1).ToList(),
                Parts = parts.Select(p => new PartInput
                {
                    Name = p.Name, Kind = p.Kind, MaxPoints = p.MaxPoints, LatePenaltyPerDay = p.LatePenaltyPerDay, TrimmedMeanFrom = p.TrimmedMeanFrom,
                    QuizMinutes = p.QuizMinutes, TimeLimitMinutes = p.TimeLimitMinutes, OvertimePenaltyPerMinute = p.OvertimePenaltyPerMinute,
                    Criteria = p.Criteria.OrderBy(k => k.Seq).Select(k => new CriterionInput { Name = k.Name, MaxPoints = k.MaxPoints }).ToList(),
                }).ToList(),
            };
        }).ToList(),
    };
}
