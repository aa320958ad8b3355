using DanVan.Features.Contests;
using DanVan.Features.Documents;
using DanVan.Features.Movements;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Demo;

/// <summary>
/// The contest of seed 004 (Ninh Thuận 1816/KH-UBND) moved to the demo province and this year: Sở Nội vụ organises
/// “Cán bộ, công chức cấp xã với công tác Dân vận chính quyền” with Sở Tư pháp and the Party board; communes and wards
/// field teams of their chairman, vice-chairman and culture–society officer; 4 clusters, a preliminary round (top 2 of
/// each cluster go on) and a final. Registration closed ten days ago: 22 teams — 20 accepted under code names, one
/// waiting for the organiser, one returned with its reason. Adds no people: the communes' existing officials make the teams.
/// </summary>
internal static class DemoContests
{
    public const string PlanNumber = "1816/KH-UBND";

    public static async Task SeedAsync(AppDbContext db, Guid tenantId, Unit ppc, Unit organiser, IReadOnlyList<Unit> communes, Actor by)
    {
        var today = VnTime.Today(db.Time);
        var issued = today.AddDays(-60);
        var plan = Document.Create(tenantId, ppc.Id, DocumentNumber.TryParse(PlanNumber, out var number) ? number! : throw new InvalidOperationException(PlanNumber),
            new DocumentDetails(DocumentType.Plan, ppc.Id, ppc.Name, "Sông Trà", issued, issued, null, DocumentStatus.InForce, "Nguyễn Thanh Bình",
                "KT. Chủ tịch – Phó Chủ tịch", $"Tổ chức Hội thi “Cán bộ, công chức cấp xã với công tác Dân vận chính quyền” năm {today.Year}", null), isStub: false);
        db.Documents.Add(plan);
        var kinds = communes.Select(c => c.KindId).Distinct().ToList();
        var input = Input(plan.Id, organiser.Id, [.. kinds.Select(k => new ParticipantInput { UnitId = ppc.Id, IncludeDescendants = true, KindId = k })], today);
        var contest = Contest.Create(tenantId, organiser.Id, input, by).Value!;
        contest.Open(by).ShouldBeNull("demo contest");
        contest.SetPrizes(Prizes, by).ShouldBeNull("demo prizes");
        db.Contests.Add(contest);

        var teamUnits = communes.Take(22).ToList();
        var ids = teamUnits.Select(u => u.Id).ToList();
        var people = await db.People.AsNoTracking().Where(p => p.TenantId == tenantId && (ids.Contains(p.UnitId) || (p.Unit!.ParentId != null && ids.Contains(p.Unit.ParentId.Value))))
            .Select(p => new { p.Id, p.FullName, p.Position, p.UnitId, p.Unit!.ParentId }).ToListAsync();
        foreach (var (unit, i) in teamUnits.Select((u, i) => (u, i)))
        {
            var of = people.Where(p => p.UnitId == unit.Id || p.ParentId == unit.Id).ToList();
            var members = new[] { ("Phó Chủ tịch UBND", MemberRole.Captain), ("Chủ tịch UBND", MemberRole.Member), ("Công chức Văn hóa – Xã hội (phụ trách", MemberRole.Member) }
                .Select(w => (Person: of.First(p => p.Position?.StartsWith(w.Item1, StringComparison.Ordinal) == true), Role: w.Item2))
                .Select(x => new MemberChoice(x.Person.Id, x.Person.FullName, x.Person.Position, x.Role)).ToList();
            var team = ContestTeam.Register(contest, unit.Id, members, contest.RegistrationDeadline.AddDays(-(i % 7)), by);
            if (i < 20)
            {
                team.Accept(contest.Clusters[i % 4].Id, $"Đội {(char)('A' + i % 4)}{i / 4 + 1}", by).ShouldBeNull("demo team");
            }
            else if (i == 21)
            {
                team.Return("Đội trưởng chưa có quyết định cử của Chủ tịch UBND; đề nghị bổ sung.", by).ShouldBeNull("demo return");
            }

            db.ContestTeams.Add(team);
        }

        await db.SaveChangesAsync();
        await SeedJudgingAsync(db, contest, communes[0], by);
        await SeedQuizAsync(db, contest, by);
        await FinishPreliminaryAsync(db, contest, by);
        await SeedFinalAsync(db, contest, communes[0], by);
    }

    /// <summary>
    /// The preliminary's results, as the organiser reached them: the public board frozen before the quiz part was closed
    /// (the last one), then the quiz closed and the results finalised — every round's board public, the eight teams sent on
    /// (top two of each cluster) named.
    /// </summary>
    private static async Task FinishPreliminaryAsync(AppDbContext db, Contest contest, Actor by)
    {
        var round = contest.Rounds.OrderBy(r => r.Seq).First();
        await FreezeAsync(db, contest, round, by);
        var quiz = round.Parts.First(p => p.Kind == PartKind.Quiz);
        quiz.Close(by).ShouldBeNull("demo quiz");
        db.ContestEvents.Add(new ContestEvent(contest.TenantId, contest.Id, null, ContestAction.PartClosed, by, $"{round.Name}, phần thi {quiz.Seq}: {quiz.Name}") { PartId = quiz.Id });
        await db.SaveChangesAsync();
        var data = await BoardData.LoadAsync(db, contest, round.Id, default) ?? throw new InvalidOperationException(round.Name);
        round.Finalise(data.TeamCount, by).ShouldBeNull("demo preliminary");
        db.ContestEvents.Add(new ContestEvent(contest.TenantId, contest.Id, null, ContestAction.ResultsFinal, by, $"{round.Name}: chốt kết quả ({data.TeamCount} đội)"));
        await db.SaveChangesAsync();
    }

    /// <summary>What <see cref="FreezeBoard"/> does: the public keeps the board of the closed parts as it stands now.</summary>
    private static async Task FreezeAsync(AppDbContext db, Contest contest, ContestRound round, Actor by)
    {
        var data = await BoardData.LoadAsync(db, contest, round.Id, default) ?? throw new InvalidOperationException(round.Name);
        round.Freeze(BoardData.Serialize(data.LivePublic()), by).ShouldBeNull("demo freeze");
        db.ContestEvents.Add(new ContestEvent(contest.TenantId, contest.Id, null, ContestAction.BoardFrozen, by, $"{round.Name}: bảng điểm công khai đóng băng"));
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The final in progress: the same five judges seated (the commune's officer recused from their own commune's team
    /// if it went on); the essay (one team two days late: −0,5 a day) and “Tôi là tuyên truyền viên” (one team 1 minute
    /// 15 seconds over its 7 minutes: −0,5 for each started minute) judged and closed; the public board frozen before the
    /// last part; “Xử lý tình huống” under way, hidden from the public — every team judged but for the chair's sheets
    /// of the last five teams (thidua.stp has them to fill on the scoring page, then the organiser closes the part and reveals).
    /// </summary>
    private static async Task SeedFinalAsync(AppDbContext db, Contest contest, Unit firstCommune, Actor by)
    {
        var final = contest.Rounds.OrderBy(r => r.Seq).Last();
        var rounds = await RoundTeams.RoundsAsync(db, contest.Id, default);
        var teams = (await RoundTeams.ForAsync(db, contest, rounds, rounds.Single(r => r.Id == final.Id), default)).OrderBy(t => t.CodeName).ToList();
        var seats = await SeatAsync(db, contest, final, firstCommune, by);
        var recused = await JudgingAccess.RecusalsAsync(db, contest.TenantId, seats, teams, default);
        var parts = final.Parts.OrderBy(p => p.Seq).ToList();
        foreach (var part in parts)
        {
            foreach (var (team, ti) in teams.Select((t, i) => (t, i)))
            {
                // The last part: the chair has judged the first three teams so far; the others wait on their page.
                AddSheets(db, contest, part, team, ti + 3, part == parts[^1] && ti >= 3 ? [.. seats.Where(j => !j.IsChair)] : seats, recused, by);
            }

            if (part == parts[^1])
            {
                break;
            }

            if (part.LatePenaltyPerDay is not null)
            {
                var late = new ContestAttendance(contest.TenantId, part.Id, teams[^1].Id);
                late.Set(false, 2, 0, "Nộp bài viết chậm 2 ngày so với hạn của thể lệ.", by);
                db.ContestAttendance.Add(late);
            }

            if (part.OvertimePenaltyPerMinute is not null)
            {
                var over = new ContestAttendance(contest.TenantId, part.Id, teams[1].Id);
                over.Set(false, 0, 75, "Phần trình bày kéo dài 8 phút 15 giây (quá 1 phút 15 giây so với thể lệ).", by);
                db.ContestAttendance.Add(over);
            }

            part.Close(by).ShouldBeNull("demo final part");
            db.ContestEvents.Add(new ContestEvent(contest.TenantId, contest.Id, null, ContestAction.PartClosed, by, $"{final.Name}, phần thi {part.Seq}: {part.Name}") { PartId = part.Id });
            await db.SaveChangesAsync();
            if (part == parts[^2])
            {
                await FreezeAsync(db, contest, final, by);
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Every judge's sheet of a team in a part but for the judge's recusals, with points that follow the team's <paramref name="seed"/> (the same seed, the same points).</summary>
    private static void AddSheets(AppDbContext db, Contest contest, ContestPart part, ContestTeam team, int seed, List<ContestJudge> seats,
        Dictionary<(Guid Judge, Guid Team), string> recused, Actor by)
    {
        foreach (var (judge, ji) in seats.Select((j, i) => (j, i)).Where(x => !recused.ContainsKey((x.j.Id, team.Id))))
        {
            var points = part.Criteria.OrderBy(c => c.Seq)
                .Select(c => new SheetPoints(c.Id, Math.Round(c.MaxPoints * (0.6m + 0.04m * ((seed * 7 + ji * 3 + c.Seq) % 10)), 1))).ToList();
            db.ContestSheets.Add(ContestSheet.Start(contest.TenantId, contest.Id, part.Id, judge.Id, team.Id, SheetSource.Judge, points,
                new Actor(judge.UserId, judge.Name, by.At)));
        }
    }

    /// <summary>
    /// The preliminary's quiz (sample questions from the emulation law and its decree, each with its source): a bank of
    /// twelve, a paper of ten drawn for every team, and every team's answer sheet entered and scored ("Đội B2" answers as
    /// "Đội B1", keeping their shared rank). The part stays open for the organiser to check and close.
    /// </summary>
    private static async Task SeedQuizAsync(AppDbContext db, Contest contest, Actor by)
    {
        const string Law = "Luật Thi đua, khen thưởng số 06/2022/QH15";
        const string Decree = "Nghị định số 152/2025/NĐ-CP";
        (string Text, string[] Options, string Correct, string Source)[] bank =
        [
            ("Luật Thi đua, khen thưởng năm 2022 có hiệu lực thi hành từ ngày nào?", ["01/7/2023", "01/7/2024", "01/01/2025", "01/01/2024"], "D", $"{Law}, thông qua ngày 15/6/2022"),
            ("Danh hiệu “Chiến sĩ thi đua tỉnh” được xét tặng cho cá nhân có mấy lần liên tục đạt danh hiệu “Chiến sĩ thi đua cơ sở”?", ["5 lần", "4 lần", "3 lần", "2 lần"], "C", $"{Law}, Điều 22"),
            ("Danh hiệu “Chiến sĩ thi đua toàn quốc” được xét trong số cá nhân có mấy lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp tỉnh, cấp bộ?", ["2 lần", "1 lần", "3 lần"], "A", $"{Law}, Điều 21"),
            ("Danh hiệu “Lao động tiên tiến” yêu cầu cá nhân được đánh giá, xếp loại từ mức nào trở lên?", ["Hoàn thành nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ"], "B", $"{Law}, Điều 24 khoản 1"),
            ("Tiền thưởng kèm theo hình thức khen thưởng được tính theo mức lương nào?", ["Mức lương cơ sở tại thời điểm ban hành quyết định khen thưởng", "Lương tối thiểu vùng", "Lương hiện hưởng của người được khen"], "A", Decree),
            ("Tiền thưởng sau khi nhân hệ số với mức lương cơ sở được làm tròn thế nào?", ["Làm tròn xuống hàng nghìn đồng", "Không làm tròn", "Làm tròn lên hàng chục nghìn đồng"], "C", Decree),
            ("Tiền thưởng cho tập thể bằng bao nhiêu lần tiền thưởng của cá nhân cùng hình thức khen thưởng?", ["1,5 lần", "3 lần", "2 lần"], "C", $"{Decree}, Điều 54"),
            ("Tiền thưởng cho hộ gia đình bằng bao nhiêu lần tiền thưởng của cá nhân cùng hình thức khen thưởng?", ["1,5 lần", "1 lần", "2 lần"], "A", $"{Decree}, Điều 54"),
            ("Luật Thực hiện dân chủ ở cơ sở (số 10/2022/QH15) có hiệu lực từ ngày nào?", ["01/01/2023", "01/01/2024", "01/7/2024", "01/7/2023"], "D", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
            ("Đại hội XIII của Đảng bổ sung nội dung nào vào phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát”?", ["Dân quyết", "Dân đánh giá", "Dân hưởng lợi", "Dân thụ hưởng"], "D", "Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"),
            ("“Cờ thi đua của Chính phủ” được xét tặng cho không quá bao nhiêu phần trăm số tập thể dẫn đầu cụm, khối thi đua đủ tiêu chuẩn “Cờ thi đua” cấp tỉnh?", ["10%", "15%", "20%", "25%"], "C", $"{Decree}, Điều 7"),
            ("Ai quyết định tặng “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh”?", ["Chủ tịch Ủy ban nhân dân tỉnh", "Giám đốc Sở Nội vụ", "Chủ tịch Hội đồng nhân dân tỉnh"], "A", $"{Law}, quy định thẩm quyền quyết định khen thưởng"),
        ];
        var questions = bank.Select((q, i) => ContestQuestion.Create(contest.TenantId, contest.Id, i + 1, q.Text, q.Options, q.Correct, q.Source, by).Value!).ToList();
        db.ContestQuestions.AddRange(questions);
        var round = contest.Rounds.OrderBy(r => r.Seq).First();
        var part = round.Parts.First(p => p.Kind == PartKind.Quiz);
        int[] drawn = [3, 0, 7, 10, 1, 5, 9, 2, 11, 6]; // the lot, fixed so the demo is the same every time
        var paper = drawn.Select(i => questions[i]).ToList();
        db.ContestPaperQuestions.AddRange(paper.Select((q, i) => new ContestPaperQuestion(contest.TenantId, part.Id, i + 1, q.Id)));
        db.ContestEvents.Add(new ContestEvent(contest, null, ContestAction.PaperDrawn, by, $"{round.Name}, phần thi {part.Seq}: {paper.Count} câu từ ngân hàng {bank.Length} câu") { PartId = part.Id });
        var teams = await db.ContestTeams.Where(t => t.ContestId == contest.Id && t.State == TeamState.Accepted).OrderBy(t => t.CodeName).ToListAsync();
        var twin = (teams.FindIndex(t => t.CodeName == "Đội B1"), teams.FindIndex(t => t.CodeName == "Đội B2"));
        foreach (var (team, ti) in teams.Select((t, i) => (t, i)))
        {
            var seed = ti == twin.Item2 ? twin.Item1 : ti;
            var sheet = new string(paper.Select((q, k) => (seed * 5 + k * 3) % 7 == 0 ? ContestQuestion.Letters[(q.Correct[0] - 'A' + 1) % q.Options.Count] : q.Correct[0]).ToArray());
            var answer = new ContestQuizAnswer(contest.TenantId, contest.Id, part.Id, team.Id);
            answer.Set(sheet, paper, part.MaxPoints, by);
            db.ContestQuizAnswers.Add(answer);
            db.ContestEvents.Add(new ContestEvent(contest, team.Id, ContestAction.QuizAnswersEntered, by, answer.Note(round.Name, part.Seq)) { PartId = part.Id });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The preliminary round judged: five judges (the chair from Sở Tư pháp, a colleague of Sở Y tế, two guests and the
    /// first commune's officer — recused from their own commune's team automatically), every judge's sheet for the two
    /// judged parts, both closed; "Đội B2" scores exactly as "Đội B1" (a shared rank) and "Đội C2" did not show up for the
    /// sketch (0 points). The quiz part is scored by <see cref="SeedQuizAsync"/>.
    /// </summary>
    private static async Task SeedJudgingAsync(AppDbContext db, Contest contest, Unit firstCommune, Actor by)
    {
        var tenantId = contest.TenantId;
        var round = contest.Rounds.OrderBy(r => r.Seq).First();
        var teams = await db.ContestTeams.Where(t => t.ContestId == contest.Id && t.State == TeamState.Accepted).OrderBy(t => t.CodeName).ToListAsync();
        var seats = await SeatAsync(db, contest, round, firstCommune, by);
        var recused = await JudgingAccess.RecusalsAsync(db, tenantId, seats, teams, default);
        var judged = round.Parts.Where(p => p.Criteria.Count > 0).OrderBy(p => p.Seq).ToList();
        var twin = (teams.FindIndex(t => t.CodeName == "Đội B1"), teams.FindIndex(t => t.CodeName == "Đội B2"));
        var absent = teams.FirstOrDefault(t => t.CodeName == "Đội C2");
        foreach (var part in judged)
        {
            foreach (var (team, ti) in teams.Select((t, i) => (t, i)))
            {
                if (part == judged[^1] && team == absent)
                {
                    var noShow = new ContestAttendance(tenantId, part.Id, team.Id);
                    noShow.Set(true, 0, 0, "Đội không có mặt khi gọi thi tiểu phẩm.", by);
                    db.ContestAttendance.Add(noShow);
                    continue;
                }

                AddSheets(db, contest, part, team, ti == twin.Item2 ? twin.Item1 : ti, seats, recused, by);
            }

            part.Close(by).ShouldBeNull("demo part");
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The round's five judges: the chair from Sở Tư pháp, a colleague of Sở Y tế, two guests and the first commune's
    /// officer (each a person of their unit who plays in no team; an account the demo lacks is skipped).
    /// </summary>
    private static async Task<List<ContestJudge>> SeatAsync(AppDbContext db, Contest contest, ContestRound round, Unit firstCommune, Actor by)
    {
        var tenantId = contest.TenantId;
        var teams = await db.ContestTeams.Where(t => t.ContestId == contest.Id && t.State == TeamState.Accepted).ToListAsync();
        var users = await db.Users.Where(u => u.TenantId == tenantId).ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.FullName));
        var members = teams.SelectMany(t => t.Members).Select(m => m.PersonId).ToHashSet();
        async Task<(Guid Person, Guid Unit, string Name)> PersonOf(Guid unitId) =>
            (await db.People.Where(p => p.UnitId == unitId || p.Unit!.ParentId == unitId).OrderBy(p => p.Id).Select(p => new { p.Id, p.UnitId, p.FullName }).ToListAsync())
            .Where(p => !members.Contains(p.Id)).Select(p => (p.Id, p.UnitId, p.FullName)).First();
        var stp = await db.Units.Where(u => u.TenantId == tenantId && u.Code == "STP").Select(u => u.Id).SingleAsync();
        var syt = await db.Units.Where(u => u.TenantId == tenantId && u.Code == "SYT").Select(u => u.Id).SingleAsync();
        var seats = new List<ContestJudge>();
        foreach (var (user, unit, guest, org, chair) in new (string, Guid?, string?, string?, bool)[]
                 {
                     ("thidua.stp", stp, null, null, true), ("thidua.syt", syt, null, null, false),
                     ("bandanvan", null, "Võ Thanh Tâm", "Ban Tuyên giáo và Dân vận Tỉnh ủy", false),
                     ("xem", null, "TS. Nguyễn Hữu Khánh", "Trường Chính trị tỉnh Sông Trà", false),
                     ($"thidua.{firstCommune.Code.ToLowerInvariant()}", firstCommune.Id, null, null, false),
                 })
        {
            if (!users.TryGetValue(user, out var account))
            {
                continue;
            }

            var person = unit is { } u ? await PersonOf(u) : ((Guid, Guid, string)?)null;
            seats.Add(new ContestJudge(tenantId, contest.Id, round.Id, account.Id, person?.Item1, person?.Item2, person?.Item3 ?? guest!,
                person is null ? org : null, chair, by));
        }

        db.ContestJudges.AddRange(seats);
        await db.SaveChangesAsync();
        return seats;
    }

    /// <summary>The demo's prize structure, as provincial contests of this kind give them (issue 17 §4).</summary>
    public static PrizesInput Prizes => new()
    {
        Basis = $"Kế hoạch số {PlanNumber}, mục IV “Cơ cấu giải thưởng”",
        Prizes =
        [
            new() { Name = "Giải Nhất", Subject = PrizeSubject.Team, Count = 1, Amount = 5_000_000 },
            new() { Name = "Giải Nhì", Subject = PrizeSubject.Team, Count = 2, Amount = 3_000_000 },
            new() { Name = "Giải Ba", Subject = PrizeSubject.Team, Count = 3, Amount = 2_000_000 },
            new() { Name = "Giải Khuyến khích", Subject = PrizeSubject.Team, Count = 2, Amount = 1_000_000 },
            new() { Name = "Giải cá nhân “Tuyên truyền viên xuất sắc”", Subject = PrizeSubject.Individual, Count = 3, Amount = 500_000 },
        ],
    };

    /// <summary>The seed-004 rules (<see cref="ContestTemplate.Sample"/>) under way: also what tests start from.</summary>
    public static ContestInput Input(Guid planId, Guid organiserId, List<ParticipantInput> eligible, DateOnly today)
    {
        var input = ContestTemplate.Sample(today);
        input.PlanDocumentId = planId;
        input.OrganisingUnitId = organiserId;
        input.Eligible = eligible;
        input.StartsOn = today.AddDays(-3);
        input.EndsOn = today.AddDays(10);
        input.RegistrationDeadline = today.AddDays(-10);
        input.Venue = "Hội trường UBND tỉnh Sông Trà (vòng chung kết); trụ sở UBND các xã cụm trưởng (vòng sơ khảo)";
        return input;
    }
}
