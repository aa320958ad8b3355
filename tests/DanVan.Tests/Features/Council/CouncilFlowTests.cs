using System.Net;
using System.Net.Http.Json;
using DanVan.Features.Accounts;
using DanVan.Features.Council;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Council;

/// <summary>
/// A council through the API (issue 15 §1): Sở Nội vụ sets up a council of five (one from Sở Tư pháp, one without an
/// account), schedules a session for the 2025 round's accepted dossier (Sở Tư pháp's), takes attendance; the member from
/// Sở Tư pháp is recused on every item. A secret electronic ballot under the 90 %-of-all-members rule, a paper ballot with
/// double entry, a race of one member's ballots — and every refusal in between, in Vietnamese, with nothing half-saved.
/// </summary>
public sealed class CouncilFlowTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    internal const string Councils = "/api/v1/council/councils";
    internal const string Sessions = "/api/v1/council/sessions";
    internal const string Items = "/api/v1/council/items";

    private sealed record Member(string User, Guid Person, Guid Id);

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_secret_ballot_a_paper_ballot_and_a_race_give_results_that_name_their_rule_base_and_citation(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var province = await app.ClientForAsync("tdkt.snv");
        var root = await app.UnitIdAsync("SONGTRA");
        var ppc = await app.UnitIdAsync("UBND");
        var stp = await app.UnitIdAsync("STP");
        var round = await app.WithDbAsync(db => db.NominationRounds.Where(r => r.Year == 2025).Select(r => r.Id).SingleAsync());
        // The demo's other accepted dossier, Sở Y tế's, holds a Giấy khen its own head decides: it stays off this council's agenda.

        var council = await (await province.PostJsonAsync(Councils, new { unitId = root, name = "Hội đồng thử nghiệm", termFrom = "2025-01-01", termTo = "2026-12-31" }))
            .ReadAsync<CouncilDto>(HttpStatusCode.Created);
        council.QuorumRule.ShouldContain("nhiều hơn 50 %");
        var specs = new[] { ("hd.a", ppc, "Chair"), ("hd.b", ppc, "Secretary"), ("hd.c", ppc, "Member"), ("hd.d", stp, "Member"), ("", ppc, "Member") };
        var members = new List<Member>();
        foreach (var (user, unit, role) in specs)
        {
            var person = await app.CreatePersonAsync(unit, $"Thành viên {(user.Length > 0 ? user : "không tài khoản")}");
            Guid? account = user.Length > 0 ? await app.CreateUserAsync(user, Role.CouncilMember, root) : null;
            council = await (await province.PostJsonAsync($"{Councils}/{council.Id}/members", new { personId = person, role, userId = account })).ReadAsync<CouncilDto>();
            members.Add(new Member(user, person, council.Members.Single(m => m.PersonId == person).Id));
        }

        var (a, b, c, d, e) = (members[0], members[1], members[2], members[3], members[4]);
        using var ca = await app.ClientForAsync(a.User);
        using var cb = await app.ClientForAsync(b.User);
        using var cc = await app.ClientForAsync(c.User);
        using var cd = await app.ClientForAsync(d.User);

        (await (await ca.PostJsonAsync($"{Councils}/{council.Id}/members", new { personId = members[0].Person, role = "Member" })).ProblemAsync(HttpStatusCode.Forbidden))
            .Detail.ShouldBe(DanVan.Infrastructure.Web.AppError.Forbidden.Message);
        (await (await province.PostJsonAsync($"{Councils}/{council.Id}/members", new { personId = a.Person, role = "Member" })).ProblemAsync(HttpStatusCode.Conflict))
            .Detail!.ShouldContain("đã là thành viên");
        (await (await province.PostJsonAsync($"{Councils}/{council.Id}/sessions", new { date = "2027-01-05", place = "Hội trường" })).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail!.ShouldContain("nhiệm kỳ");

        var session = await (await province.PostJsonAsync($"{Councils}/{council.Id}/sessions", new { date = "2025-12-26", place = "Phòng họp số 2" }))
            .ReadAsync<SessionDto>(HttpStatusCode.Created);
        session = await (await province.PostJsonAsync($"{Sessions}/{session.Id}/agenda", new { roundId = round })).ReadAsync<SessionDto>();
        // Sở Tư pháp's three nominees, less the one the demo's issued decision already awards (a Bằng khen).
        var decided = await app.WithDbAsync(db => db.DecisionAwardees.Where(a => db.Dossiers.Any(d => d.Id == a.DossierId && d.RoundId == round && d.UnitId == stp))
            .Select(a => a.Name).SingleAsync());
        session.Items.Count.ShouldBe(2);
        session.Items.ShouldNotContain(i => i.Name == decided);
        session.Items.ShouldAllBe(i => i.Recusals.Count == 1 && i.Recusals[0].MemberId == d.Id && !i.Recusals[0].Declared);
        session.Items.Select(i => i.Position).ShouldBe([1, 2]);
        var reversed = session.Items.Select(i => i.Id).Reverse().ToList();
        session = await (await province.PutJsonAsync($"{Sessions}/{session.Id}/agenda/order", new { itemIds = reversed })).ReadAsync<SessionDto>();
        session.Items.Select(i => i.Id).ShouldBe(reversed);
        (await (await province.PutJsonAsync($"{Sessions}/{session.Id}/agenda/order", new { itemIds = reversed.Take(1) })).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail!.ShouldContain("đúng một lần");
        session = await (await province.PostJsonAsync($"{Sessions}/{session.Id}/agenda", new { roundId = round })).ReadAsync<SessionDto>();
        session.Items.Count.ShouldBe(2); // built again: nothing twice

        foreach (var m in new[] { a, b, c, d })
        {
            session = await (await province.PutJsonAsync($"{Sessions}/{session.Id}/attendance", new { memberId = m.Id, status = "Present" })).ReadAsync<SessionDto>();
        }

        session = await (await province.PutJsonAsync($"{Sessions}/{session.Id}/attendance", new { memberId = e.Id, status = "AbsentWithOpinion" })).ReadAsync<SessionDto>();
        session.Present.ShouldBe(4);
        session.Quorum.ShouldBeTrue();
        using (var stale = new HttpRequestMessage(HttpMethod.Put, $"{Sessions}/{session.Id}/attendance")
               { Content = JsonContent.Create(new { memberId = e.Id, status = "Absent" }, options: Api.Json) })
        {
            stale.Headers.TryAddWithoutValidation("If-Match", $"\"{session.Version - 1}\"");
            (await (await province.SendAsync(stale)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("stale");
        }

        var secret = session.Items.Single(i => i.Secret && i.Requirement.StartsWith("≥ 90 %", StringComparison.Ordinal));
        var majority = session.Items.Single(i => i.Requirement.StartsWith('>'));
        (await (await province.PostJsonAsync($"{Items}/{secret.Id}/open", new { })).ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("chưa khai mạc");
        session = await (await province.PostJsonAsync($"{Sessions}/{session.Id}/open", new { })).ReadAsync<SessionDto>();
        session = await (await province.PostJsonAsync($"{Items}/{secret.Id}/open", new { method = "Electronic" })).ReadAsync<SessionDto>();

        // Ballots: a non-member, a recused member, a second ballot, no choice — refused; the tally stays hidden while open.
        (await (await province.PostJsonAsync($"{Items}/{secret.Id}/ballots", new { choice = "Yes" })).ProblemAsync(HttpStatusCode.Forbidden))
            .Detail!.ShouldContain("không phải thành viên");
        (await (await cd.PostJsonAsync($"{Items}/{secret.Id}/ballots", new { choice = "Yes" })).ProblemAsync(HttpStatusCode.Forbidden))
            .Detail!.ShouldContain("không tham gia biểu quyết");
        var receipt = await (await ca.PostJsonAsync($"{Items}/{secret.Id}/ballots", new { choice = "Yes" })).ReadAsync<BallotReceipt>();
        receipt.Receipt.Length.ShouldBe(Ballot.ReceiptLength);
        (await (await ca.PostJsonAsync($"{Items}/{secret.Id}/ballots", new { choice = "No" })).ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("đã bỏ phiếu");
        (await (await cb.PostJsonAsync($"{Items}/{secret.Id}/ballots", new { })).ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldContain("lựa chọn");
        await (await cb.PostJsonAsync($"{Items}/{secret.Id}/ballots", new { choice = "Yes" })).ReadAsync<BallotReceipt>();
        (await (await cc.GetAsync($"{Items}/{secret.Id}/tally")).ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("sau khi kết thúc");
        // A race: one member's eight ballots at once — exactly one counted, the others a Vietnamese 409.
        using (var start = new ManualResetEventSlim(false))
        {
            var tasks = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            {
                start.Wait();
                return await cc.PostJsonAsync($"{Items}/{secret.Id}/ballots", new { choice = "No" });
            })).ToArray();
            start.Set();
            var results = await Task.WhenAll(tasks);
            results.Count(r => r.IsSuccessStatusCode).ShouldBe(1, string.Join(", ", results.Select(r => (int)r.StatusCode)));
            foreach (var loser in results.Where(r => !r.IsSuccessStatusCode))
            {
                (await loser.ProblemAsync(HttpStatusCode.Conflict)).Title.ShouldBe("Xung đột dữ liệu");
            }
        }

        (await (await cc.GetAsync($"{Items}/{secret.Id}/participation")).ReadAsync<ParticipationDto>()).Voted.ShouldBeTrue();
        (await (await cd.GetAsync($"{Items}/{secret.Id}/participation")).ReadAsync<ParticipationDto>()).Recused.ShouldBeTrue();
        (await province.GetAsync($"{Items}/{secret.Id}/participation")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await province.PostJsonAsync($"{Items}/{secret.Id}/written-opinions", new { memberId = c.Id, choice = "Yes" })).ProblemAsync(HttpStatusCode.Conflict))
            .Detail!.ShouldContain("vắng mặt");
        await (await province.PostJsonAsync($"{Items}/{secret.Id}/written-opinions", new { memberId = e.Id, choice = "Yes" })).ReadAsync<BallotReceipt>();
        (await ca.PostJsonAsync($"{Items}/{secret.Id}/close", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        session = await (await province.PostJsonAsync($"{Items}/{secret.Id}/close", new { })).ReadAsync<SessionDto>();

        var tally = await (await cc.GetAsync($"{Items}/{secret.Id}/tally")).ReadAsync<TallyDto>();
        (tally.Issued, tally.Returned, tally.Valid, tally.Yes, tally.No, tally.Abstain, tally.WrittenOpinions).ShouldBe((4, 4, 4, 3, 1, 0, 1));
        (tally.Base, tally.Percent, tally.Passed).ShouldBe((4, 75m, false));
        tally.Sentence.ShouldStartWith("3/4 phiếu đồng ý = 75 % tổng số thành viên Hội đồng (5 thành viên, trừ 1 thành viên không tham gia biểu quyết nội dung này); yêu cầu ≥ 90 %");
        tally.Sentence.ShouldContain("KHÔNG ĐẠT");
        tally.Sentence.ShouldContain("Căn cứ: " + secret.Citation);
        (await (await cb.PostJsonAsync($"{Items}/{secret.Id}/ballots", new { choice = "Yes" })).ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("không đang biểu quyết");
        var check = await (await ca.GetAsync($"{Items}/{secret.Id}/receipts/{receipt.Receipt.ToLowerInvariant()}")).ReadAsync<ReceiptCheck>();
        (check.Counted, check.Choice, check.ItemClosed).ShouldBe((true, BallotChoice.Yes, true));
        (await ca.GetAsync($"{Items}/{secret.Id}/receipts/KHONGCOMA2")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Unlinkable: no member, no time, random (version 4) ids, no audit entry; the stored order is that of the random ids.
        await app.WithDbAsync(async db =>
        {
            var all = await db.Ballots.FromSqlRaw("SELECT * FROM \"CouncilBallots\"").AsNoTracking().ToListAsync();
            var ballots = all.Where(x => x.ItemId == secret.Id).ToList();
            ballots.Count.ShouldBe(4);
            ballots.ShouldAllBe(x => x.MemberId == null && x.Id.Version == 4);
            ballots.Select(x => x.Id).ShouldBe(ballots.Select(x => x.Id).Order());
            (await db.BallotParticipations.CountAsync(p => p.ItemId == secret.Id)).ShouldBe(4);
            (await db.AuditEntries.CountAsync(x => x.EntityType == nameof(Ballot))).ShouldBe(0);
            var columns = db.Model.FindEntityType(typeof(Ballot))!.GetProperties().Select(p => p.Name).Order().ToList();
            columns.ShouldBe(["Choice", "Id", "ItemId", "MemberId", "Receipt", "TenantId", "WrittenOpinion"]);
        });

        // Paper: double entry by two accounts; a differing second entry is refused field by field, never averaged.
        session = await (await province.PostJsonAsync($"{Items}/{majority.Id}/open", new { method = "Paper" })).ReadAsync<SessionDto>();
        (await (await ca.PostJsonAsync($"{Items}/{majority.Id}/ballots", new { choice = "Yes" })).ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("phiếu giấy");
        (await (await province.PostJsonAsync($"{Items}/{majority.Id}/paper-counts", new { issued = 4, returned = 4, valid = 4, yes = 3, no = 0, abstain = 0 }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldContain("khác số phiếu hợp lệ (4)");
        (await (await province.PostJsonAsync($"{Items}/{majority.Id}/paper-counts", new { issued = 5, returned = 4, valid = 4, yes = 3, no = 1, abstain = 0 }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldContain("nhiều hơn số thành viên được biểu quyết (4)");
        var paper = await (await province.PostJsonAsync($"{Items}/{majority.Id}/paper-counts", new { issued = 4, returned = 4, valid = 4, yes = 3, no = 1, abstain = 0 }))
            .ReadAsync<PaperCountsDto>();
        paper.Entries.Count.ShouldBe(1);
        (await (await province.PostJsonAsync($"{Items}/{majority.Id}/close", new { })).ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("hai lần nhập");
        var disagree = await (await cb.PostJsonAsync($"{Items}/{majority.Id}/paper-counts", new { issued = 4, returned = 4, valid = 4, yes = 2, no = 2, abstain = 0 }))
            .ProblemAsync(HttpStatusCode.Conflict);
        disagree.Detail!.ShouldContain("Đồng ý: lần 1 = 3, lần 2 = 2; Không đồng ý: lần 1 = 1, lần 2 = 2");
        (await app.WithDbAsync(db => db.PaperCounts.CountAsync(p => p.ItemId == majority.Id))).ShouldBe(1);
        paper = await (await cb.PostJsonAsync($"{Items}/{majority.Id}/paper-counts", new { issued = 4, returned = 4, valid = 4, yes = 3, no = 1, abstain = 0 }))
            .ReadAsync<PaperCountsDto>();
        paper.Agreed.ShouldBeTrue();
        (await (await province.PostJsonAsync($"{Sessions}/{session.Id}/close", new { })).ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("đang biểu quyết");
        session = await (await province.PostJsonAsync($"{Items}/{majority.Id}/close", new { })).ReadAsync<SessionDto>();
        var paperTally = session.Items.Single(i => i.Id == majority.Id).Tally!;
        (paperTally.Base, paperTally.Percent, paperTally.Passed).ShouldBe((4, 75m, true));
        paperTally.Sentence.ShouldContain("yêu cầu > 50 % số thành viên có mặt — ĐẠT");

        session = await (await province.PostJsonAsync($"{Sessions}/{session.Id}/close", new { })).ReadAsync<SessionDto>();
        session.State.ShouldBe(SessionState.Closed);
        (await (await province.PutJsonAsync($"{Sessions}/{session.Id}/attendance", new { memberId = e.Id, status = "Present" })).ProblemAsync(HttpStatusCode.Conflict))
            .Detail!.ShouldContain("đã kết thúc");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_award_the_proposing_unit_decides_itself_goes_to_that_units_own_council_only(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var province = await app.ClientForAsync("tdkt.snv");
        var round = await app.WithDbAsync(db => db.NominationRounds.Where(r => r.Year == 2025).Select(r => r.Id).SingleAsync());
        var syt = await app.UnitIdAsync("SYT");
        var accepted = await app.WithDbAsync(db => db.DossierNominees.Where(n => n.RoundId == round && n.WithdrawnAt == null
                && db.Dossiers.Any(d => d.Id == n.DossierId && d.Status == DanVan.Features.Nominations.DossierStatus.Accepted))
            .Select(n => new { n.Id, Syt = db.Dossiers.Any(d => d.Id == n.DossierId && d.UnitId == syt) }).ToListAsync());
        var sytNominees = accepted.Where(n => n.Syt).Select(n => n.Id).ToList();
        sytNominees.ShouldNotBeEmpty();
        // The demo's decision of Sở Y tế's head already gives them their Giấy khen.
        (await app.WithDbAsync(db => db.DecisionAwardees.CountAsync(a => sytNominees.Contains(a.NomineeId) && a.RemovedReason == null))).ShouldBe(sytNominees.Count);

        async Task<HttpResponseMessage> AgendaAsync(Guid unit)
        {
            var council = await (await province.PostJsonAsync(Councils, new { unitId = unit, name = "Hội đồng thử", termFrom = "2025-01-01", termTo = "2026-12-31" }))
                .ReadAsync<CouncilDto>(HttpStatusCode.Created);
            var session = await (await province.PostJsonAsync($"{Councils}/{council.Id}/sessions", new { date = "2025-12-27", place = "Phòng họp" }))
                .ReadAsync<SessionDto>(HttpStatusCode.Created);
            return await province.PostJsonAsync($"{Sessions}/{session.Id}/agenda", new { roundId = round });
        }

        var provincial = await (await AgendaAsync(await app.UnitIdAsync("SONGTRA"))).ReadAsync<SessionDto>();
        provincial.Items.ShouldNotBeEmpty();
        var nomineeOf = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.SessionId == provincial.Id).Select(i => i.NomineeId).ToListAsync());
        nomineeOf.ShouldNotContain(n => sytNominees.Contains(n));
        provincial.Items.ShouldNotContain(i => i.AwardName == "Giấy khen");

        // Sở Y tế's own council is where its Giấy khen belongs — counted as decided there, not as another council's.
        var own = (await (await AgendaAsync(syt)).ProblemAsync(HttpStatusCode.Conflict)).Detail!;
        own.ShouldContain($"{accepted.Count - sytNominees.Count} người thuộc Hội đồng cấp khác xét");
        own.ShouldContain($"{sytNominees.Count} người đã có tên trong quyết định khen thưởng");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_department_council_gets_no_provincial_award_and_the_refusal_counts_who_went_where(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var province = await app.ClientForAsync("tdkt.snv");
        var round = await app.WithDbAsync(db => db.NominationRounds.Where(r => r.Year == 2025).Select(r => r.Id).SingleAsync());
        var stp = await app.UnitIdAsync("STP");
        var accepted = await app.WithDbAsync(db => db.DossierNominees.CountAsync(n => n.RoundId == round && n.WithdrawnAt == null
            && db.Dossiers.Any(d => d.Id == n.DossierId && d.Status == DanVan.Features.Nominations.DossierStatus.Accepted)));
        var council = await (await province.PostJsonAsync(Councils, new { unitId = stp, name = "Hội đồng Thi đua – Khen thưởng Sở Tư pháp", termFrom = "2025-01-01",
            termTo = "2026-12-31" })).ReadAsync<CouncilDto>(HttpStatusCode.Created);
        var session = await (await province.PostJsonAsync($"{Councils}/{council.Id}/sessions", new { date = "2025-12-27", place = "Phòng họp Sở" }))
            .ReadAsync<SessionDto>(HttpStatusCode.Created);

        // Sở Tư pháp's dossier proposes provincial awards: the province's council considers them, not the department's own.
        var refused = await (await province.PostJsonAsync($"{Sessions}/{session.Id}/agenda", new { roundId = round })).ProblemAsync(HttpStatusCode.Conflict);
        refused.Detail!.ShouldStartWith("Không còn người được đề nghị nào để đưa ra Hội đồng này");
        refused.Detail.ShouldContain($"{accepted} người thuộc Hội đồng cấp khác xét");
        refused.Detail.ShouldNotContain("quyết định khen thưởng");
        (await app.WithDbAsync(db => db.AgendaItems.CountAsync(i => i.SessionId == session.Id))).ShouldBe(0);

        // An open (not secret) electronic ballot names its voter: the demo session's open item, voted by a member's account.
        var open = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.State == ItemState.Open).Select(i => new { i.Id, i.Secret }).SingleAsync());
        using var member = await app.ClientForAsync("hoidong1");
        await (await member.PostJsonAsync($"{Items}/{open.Id}/ballots", new { choice = "Yes" })).ReadAsync<BallotReceipt>();
        var voter = await app.WithDbAsync(db => db.CouncilMembers.Where(m => db.Users.Any(u => u.Id == m.UserId && u.UserName == "hoidong1")).Select(m => m.Id).SingleAsync());
        var ballot = await app.WithDbAsync(db => db.Ballots.SingleAsync(b => b.ItemId == open.Id));
        ballot.MemberId.ShouldBe(open.Secret ? null : voter);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_declared_conflict_recuses_the_member_for_that_item_only_and_a_closed_tally_is_shown_to_members(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var stp = await app.UnitIdAsync("STP");
        var made = await app.WithDbAsync(db => db.AddCouncilAsync(stp));
        using var province = await app.ClientForAsync("tdkt.snv");
        (await (await province.PostJsonAsync($"{Items}/{made.Item}/conflicts", new { memberId = made.Member, reason = "  " })).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail!.ShouldContain("lý do");
        var session = await (await province.PostJsonAsync($"{Items}/{made.Item}/conflicts", new { memberId = made.Member, reason = "Là người thân của người được đề nghị" }))
            .ReadAsync<SessionDto>();
        session.Items.Single().Recusals.Single().Reason.ShouldBe("Là người thân của người được đề nghị");
        (await (await province.PostJsonAsync($"{Items}/{made.Item}/conflicts", new { memberId = made.Member, reason = "Lần nữa" })).ProblemAsync(HttpStatusCode.Conflict))
            .Detail!.ShouldContain("đã không tham gia");
        (await (await province.PostJsonAsync($"{Items}/{made.Item}/conflicts", new { memberId = Guid.NewGuid(), reason = "Không rõ" })).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail!.ShouldContain("không phải thành viên");
        (await app.WithDbAsync(db => db.Recusals.CountAsync(r => r.ItemId == made.Item))).ShouldBe(1);

        var closed = await app.WithDbAsync(db => db.AddCouncilAsync(stp, item: ItemState.Closed));
        var tally = await (await province.GetAsync($"{Items}/{closed.Item}/tally")).ReadAsync<TallyDto>();
        tally.Passed.ShouldBe(tally.Percent > 50m);
        tally.Sentence.ShouldContain("Căn cứ:");
    }
}
