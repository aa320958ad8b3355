using DanVan.Features.Awards;
using DanVan.Features.Models;
using DanVan.Features.Ratings;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;

namespace DanVan.Features.Eligibility;

/// <summary>
/// The eligibility engine (issue 14 §2): a set of nominees against one dated version of an award, for an achievement
/// year, gives one <see cref="ProofSheet"/> each — every rule pass, fail or "cannot tell" (missing data is never a
/// silent fail), with the facts it used and its legal source. Set-based: nominees are read in chunks of
/// <see cref="ChunkSize"/>, each chunk a fixed number of queries (<see cref="EligibilityFacts"/>). The caller has
/// decided who may see the nominees; this reads the tenant's rows only.
/// </summary>
public static class Eligibility
{
    public const int ChunkSize = 1000;

    /// <summary>Where a movement's standards start on a sheet (after the award's own rules, which stay below <see cref="AwardTerms.MaxRules"/>).</summary>
    public const int MovementPositions = 100;

    /// <summary>Whether a rule of the version is checked for this subject (its <see cref="RuleSpec.AppliesTo"/>, and kinds that only make sense for one).</summary>
    public static bool Applies(RuleSpec rule, AwardSubject subject) =>
        (rule.AppliesTo is null || rule.AppliesTo == subject)
        && !(rule.Kind is RuleKind.PersonRating or RuleKind.Initiative && subject != AwardSubject.Individual)
        && !(rule.Kind is RuleKind.UnitRank or RuleKind.UnitActive && subject != AwardSubject.Collective);

    /// <summary>The sheets of the nominees found (in the order asked; ids not in the tenant are left out).</summary>
    /// <param name="movement">A thematic round's movement: its checkable standards are added after the award's rules (positions from <see cref="MovementPositions"/>), the others listed as judged by people.</param>
    public static async Task<IReadOnlyList<ProofSheet>> EvaluateAsync(AppDbContext db, AwardKind kind, AwardKindVersion version, AwardSubject subject,
        IReadOnlyCollection<Guid> nomineeIds, int year, DateOnly proposalDate, CancellationToken ct, MovementTerms? movement = null)
    {
        var names = await AwardCatalogue.NamesAsync(db, kind.TenantId, ct);
        // each rule's sentence once, not once per nominee
        var rules = version.Rules.OrderBy(r => r.Position).Where(r => Applies(r.Spec, subject)).Select(r => (r.Position, Spec: r.Spec, Text: RuleKinds.Describe(r.Spec, names)))
            .Concat((movement?.Rules ?? []).Select((r, i) => (Position: MovementPositions + i, r.Spec, r.Text)).Where(r => Applies(r.Spec, subject))).ToList();
        var sheets = new List<ProofSheet>(nomineeIds.Count);
        foreach (var chunk in nomineeIds.Distinct().Chunk(ChunkSize))
        {
            var facts = await EligibilityFacts.LoadAsync(db, kind.TenantId, rules.Select(r => r.Spec).ToList(), subject, chunk, year, proposalDate, kind.Code, ct);
            foreach (var id in chunk)
            {
                if (facts.Nominees.TryGetValue(id, out var nominee))
                {
                    var checks = rules.Select(r => Check(r.Position, r.Spec, r.Text, kind, version, nominee, facts, year, proposalDate, names)).ToList();
                    var verdict = ProofSheet.Combine(checks);
                    sheets.Add(new ProofSheet(nominee, kind.Id, kind.Code, kind.Name, version.Id, version.Number, version.EffectiveFrom, version.Citation,
                        year, proposalDate, verdict, verdict.Label(), checks, movement?.MovementName, movement?.JudgedByPeople ?? []));
                }
            }
        }

        return sheets;
    }

    private static RuleCheck Check(int position, RuleSpec rule, string text, AwardKind kind, AwardKindVersion version, Nominee nominee, EligibilityFacts facts,
        int year, DateOnly proposalDate, IReadOnlyDictionary<string, string> names)
    {
        var (verdict, finding, proof) = rule.Kind switch
        {
            RuleKind.UnitRank => UnitRank(rule, nominee, facts),
            RuleKind.PersonRating => PersonRating(rule, nominee, facts, year),
            RuleKind.HoldsAward => HoldsAward(rule, nominee, facts, year, names),
            RuleKind.ModelRecognised => ModelRecognised(nominee, facts, year),
            RuleKind.Initiative => Initiative(rule),
            RuleKind.NoDiscipline => NoDiscipline(nominee, facts, year, proposalDate),
            RuleKind.NotAwardedSamePeriod => NotAwardedSamePeriod(kind, nominee, facts, year),
            RuleKind.RecentAchievement => RecentAchievement(rule, year, proposalDate),
            RuleKind.UnitActive => UnitActive(nominee, facts, proposalDate),
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };
        return new RuleCheck(position, rule.Kind, text, verdict, verdict.Label(), finding, proof,
            rule.Citation ?? version.Citation, rule.AnyOfGroup);
    }

    private static (Verdict, string, IReadOnlyList<ProofFact>) Result(Verdict verdict, string finding, IEnumerable<ProofFact>? facts = null) =>
        (verdict, finding, facts?.ToList() ?? []);

    /// <summary>Whether a rank band's label reaches the required level ("Hoàn thành xuất sắc" ≥ "Hoàn thành tốt"); null when the label is the province's own wording.</summary>
    public static bool? Reaches(string bandLabel, RatingLevel required) => RatingLevels.Parse(bandLabel) is { } level ? level <= required : null;

    private static (Verdict, string, IReadOnlyList<ProofFact>) UnitRank(RuleSpec rule, Nominee nominee, EligibilityFacts facts)
    {
        var required = rule.Level!.Value;
        var ranks = facts.Ranks[nominee.Id].ToList();
        var own = ranks.Where(r => !r.ViaPredecessor).ToList();
        var used = own.Count > 0 ? own : ranks;
        var proof = used.Select(r => new ProofFact(
            (r.ViaPredecessor ? $"{r.UnitName} (đơn vị trước sáp nhập): " : "") + (r.RankSeq is null ? "không đủ điều kiện xếp loại" : $"xếp loại “{r.Label}”")
            + (r.Citation is null ? "" : $" — {r.Citation}"), $"/Documents/Details/{r.DecisionDocumentId}")).ToList();
        if (used.Count == 0)
        {
            return Result(Verdict.CannotTell, "Chưa có kết quả xếp loại công tác dân vận của đơn vị cho năm thành tích (chưa có quyết định xếp loại).");
        }

        var verdicts = used.Select(r => r.RankSeq is null ? false : Reaches(r.Label, required)).ToList();
        if (verdicts.Any(v => v is null))
        {
            return Result(Verdict.CannotTell, $"Mức xếp loại “{used.First(r => Reaches(r.Label, required) is null).Label}” không đối chiếu được với mức “{required.Label()}”: cần cán bộ xem xét.", proof);
        }

        if (used.Count > 1 && verdicts.Distinct().Count() > 1)
        {
            return Result(Verdict.CannotTell, "Các đơn vị trước sáp nhập có kết quả xếp loại khác nhau: cần cán bộ xem xét.", proof);
        }

        return verdicts[0] == true
            ? Result(Verdict.Pass, $"Đạt mức “{required.Label()}” trở lên.", proof)
            : Result(Verdict.Fail, used[0].RankSeq is null ? "Đơn vị không đủ điều kiện xếp loại trong năm thành tích." : $"Thấp hơn mức yêu cầu “{required.Label()}”.", proof);
    }

    private static (Verdict, string, IReadOnlyList<ProofFact>) PersonRating(RuleSpec rule, Nominee nominee, EligibilityFacts facts, int year)
    {
        var required = rule.Level!.Value;
        var years = Enumerable.Range(year - (rule.Years ?? 1) + 1, rule.Years ?? 1).ToList();
        var proof = new List<ProofFact>();
        var (low, missing) = (new List<int>(), new List<int>());
        foreach (var y in years)
        {
            if (facts.Ratings.TryGetValue((nominee.Id, y), out var rating))
            {
                proof.Add(new ProofFact($"Năm {y}: {rating.LevelLabel} ({rating.Source})", rating.Link));
                if (rating.Level > required)
                {
                    low.Add(y);
                }
            }
            else
            {
                proof.Add(new ProofFact($"Năm {y}: chưa có kết quả xếp loại", $"/People/Details/{nominee.Id}#ratings"));
                missing.Add(y);
            }
        }

        if (low.Count > 0)
        {
            return Result(Verdict.Fail, $"Năm {string.Join(", ", low)} được xếp loại thấp hơn mức “{required.Label()}”.", proof);
        }

        return missing.Count > 0
            ? Result(Verdict.CannotTell, $"Chưa có kết quả xếp loại năm {string.Join(", ", missing)}: cần nhập kết quả xếp loại.", proof)
            : Result(Verdict.Pass, $"Đạt mức “{required.Label()}” trở lên {(years.Count > 1 ? $"{years.Count} năm liên tục" : "trong năm thành tích")}.", proof);
    }

    private static (Verdict, string, IReadOnlyList<ProofFact>) HoldsAward(RuleSpec rule, Nominee nominee, EligibilityFacts facts, int year,
        IReadOnlyDictionary<string, string> names)
    {
        var code = rule.AwardCode!;
        var name = names.TryGetValue(code, out var n) ? n : code;
        var needed = rule.Years ?? 1;
        var awards = facts.Awards[nominee.Id].Where(a => a.KindCode == code).ToList();
        var chain = AwardHistory.ConsecutiveYears(awards, code, year);
        var proof = awards.Where(a => a.CountsForMerit && a.Year > year - Math.Max(needed, chain) && a.Year <= year).OrderBy(a => a.Year)
            .Select(a => new ProofFact($"{a.KindName} năm {a.Year} — {a.Citation}" + (a.ViaPredecessor is null ? "" : " (của đơn vị trước sáp nhập)"), a.Link))
            .Concat(awards.Where(a => !a.CountsForMerit && a.Year > year - needed && a.Year <= year)
                .Select(a => new ProofFact($"Không tính: {a.KindName} năm {a.Year} {(a.Revoked ? "đã bị thu hồi (hủy bỏ khen thưởng)" : $"khen {a.TypeLabel.ToLowerInvariant()}")} — {a.Citation}", a.Link)))
            .ToList();
        if (chain >= needed)
        {
            return Result(Verdict.Pass, needed > 1 ? $"Đạt “{name}” {chain} năm liên tục đến năm {year}." : $"Đạt “{name}” năm {year}.", proof);
        }

        // The achievement year's own award is often decided in the same round (LĐTT with CSTĐ cơ sở): without it the chain cannot be told yet.
        var before = AwardHistory.ConsecutiveYears(awards, code, year - 1);
        if (chain == 0 && before >= needed - 1)
        {
            return Result(Verdict.CannotTell, $"Sổ khen thưởng chưa có “{name}” năm {year}"
                + (needed > 1 ? $" (đã có {before} năm liên tục đến năm {year - 1})" : "") + ": nếu được công nhận trong đợt này thì đạt.", proof);
        }

        if (chain > 0)
        {
            return Result(Verdict.Fail, $"Chỉ có {chain} năm liên tục đạt “{name}” đến năm {year}, cần {needed} năm.", proof);
        }

        if (before > 0)
        {
            return Result(Verdict.Fail, $"Sổ khen thưởng chưa có “{name}” năm {year} và chỉ có {before} năm liên tục đến năm {year - 1}: cần {needed} năm liên tục.", proof);
        }

        var last = awards.Where(a => a.CountsForMerit && a.Year < year).Select(a => (int?)a.Year).Max();
        return Result(Verdict.Fail, $"Sổ khen thưởng không có “{name}” năm {year - 1}" + (last is { } l ? $" (lần gần nhất: năm {l})" : "")
            + $": không thể đủ {needed} năm liên tục đến năm {year}.", proof);
    }

    private static (Verdict, string, IReadOnlyList<ProofFact>) ModelRecognised(Nominee nominee, EligibilityFacts facts, int year)
    {
        var models = facts.Models[nominee.Id].ToList();
        var valid = models.Where(m => DvkModel.IsRecognisedFor(m.RecognisedYear, m.ConfirmedYear, year)).ToList();
        var whose = nominee.Subject == AwardSubject.Individual ? "của cá nhân" : "của đơn vị";
        if (valid.Count > 0)
        {
            return Result(Verdict.Pass, $"Có {valid.Count} mô hình {whose} được công nhận cho năm {year}.", valid.Select(m =>
                new ProofFact($"Mô hình “{m.Name}” — công nhận năm {m.RecognisedYear}, còn hiệu lực năm {m.ConfirmedYear}", $"/Models/Details/{m.Id}")));
        }

        return Result(Verdict.Fail, $"Không có mô hình “Dân vận khéo” {whose} được công nhận cho năm {year}.", models.Select(m =>
            new ProofFact($"Mô hình “{m.Name}” — công nhận năm {m.RecognisedYear}, hiệu lực đến năm {m.ConfirmedYear} (không tính cho năm {year})",
                $"/Models/Details/{m.Id}")));
    }

    private static (Verdict, string, IReadOnlyList<ProofFact>) Initiative(RuleSpec rule) =>
        Result(Verdict.CannotTell, $"DanVan chưa có sổ sáng kiến: cần văn bản công nhận sáng kiến {rule.InitiativeLevel?.Label()} trong hồ sơ để cán bộ đối chiếu.");

    private static (Verdict, string, IReadOnlyList<ProofFact>) NoDiscipline(Nominee nominee, EligibilityFacts facts, int year, DateOnly proposalDate)
    {
        var window = $"từ 01/01/{year} đến ngày đề nghị {VnTime.Date(proposalDate)}";
        if (nominee.Subject != AwardSubject.Individual)
        {
            return Result(Verdict.CannotTell, "DanVan không theo dõi thanh tra, kiểm tra, xác minh khiếu nại đối với tập thể: đơn vị xác nhận trong tờ trình.");
        }

        var disciplines = facts.Disciplines[nominee.Id].ToList();
        return disciplines.Count == 0
            ? Result(Verdict.Pass, $"Không có quyết định kỷ luật nào có hiệu lực {window}.",
                [new ProofFact($"Sổ kỷ luật của {nominee.Name}: không có", $"/People/Details/{nominee.Id}#discipline")])
            : Result(Verdict.Fail, $"Có {disciplines.Count} hình thức kỷ luật có hiệu lực {window}.", disciplines.Select(d =>
                new ProofFact($"{d.Kind.Label()} — Quyết định số {d.DecisionNumber} ngày {VnTime.Date(d.DecisionDate)}, {EligibilityFacts.Period(d.From, d.To)}",
                    $"/People/Details/{nominee.Id}#discipline-{d.Id}")));
    }

    private static (Verdict, string, IReadOnlyList<ProofFact>) NotAwardedSamePeriod(AwardKind kind, Nominee nominee, EligibilityFacts facts, int year)
    {
        var same = facts.Awards[nominee.Id].Where(a => a.AwardKindId == kind.Id && a.Year == year).ToList();
        return same.Count == 0
            ? Result(Verdict.Pass, $"Sổ khen thưởng chưa ghi nhận “{kind.Name}” cho năm thành tích {year}.")
            : Result(Verdict.Fail, $"Đã được tặng “{kind.Name}” cho năm thành tích {year}: một thành tích chỉ khen một lần.",
                same.Select(a => new ProofFact($"{a.KindName} năm {a.Year} — {a.Citation}", a.Link)));
    }

    private static (Verdict, string, IReadOnlyList<ProofFact>) RecentAchievement(RuleSpec rule, int year, DateOnly proposalDate)
    {
        var end = new DateOnly(year, 12, 31);
        var limit = end.AddMonths(rule.Months!.Value);
        var fact = new ProofFact($"Năm thành tích {year} kết thúc ngày {VnTime.Date(end)}; hạn đề nghị {VnTime.Date(limit)}; ngày đề nghị {VnTime.Date(proposalDate)}");
        return proposalDate <= limit
            ? Result(Verdict.Pass, $"Đề nghị trong vòng {rule.Months} tháng kể từ khi kết thúc năm thành tích.", [fact])
            : Result(Verdict.Fail, $"Quá {rule.Months} tháng kể từ khi kết thúc năm thành tích.", [fact]);
    }

    private static (Verdict, string, IReadOnlyList<ProofFact>) UnitActive(Nominee nominee, EligibilityFacts facts, DateOnly proposalDate)
    {
        var state = facts.Units[nominee.Id];
        if (Unit.IsActiveOn(state.ValidFrom, state.ValidTo, proposalDate))
        {
            return Result(Verdict.Pass, $"Đơn vị đang hoạt động vào ngày đề nghị {VnTime.Date(proposalDate)}.");
        }

        if (state.ValidTo is { } to && to < proposalDate)
        {
            var heirs = state.Successors.Select(s => new ProofFact($"Đơn vị kế thừa: {s.Name}", $"/Units/Details/{s.Id}")).ToList();
            return Result(Verdict.Fail, $"Đơn vị đã dừng hoạt động từ ngày {VnTime.Date(to.AddDays(1))}"
                + (heirs.Count > 0 ? ": đơn vị kế thừa đề nghị khen thưởng." : "."), heirs);
        }

        return Result(Verdict.Fail, $"Đơn vị bắt đầu hoạt động từ ngày {VnTime.Date(state.ValidFrom)}, sau ngày đề nghị.");
    }
}
