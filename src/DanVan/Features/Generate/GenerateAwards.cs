using DanVan.Features.Awards;
using DanVan.Features.Ratings;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Generate;

/// <summary>
/// Five years of commendation history for a generated province (issue 14 §5, the eligibility benchmark): the seeded
/// award catalogue (<see cref="AwardCatalogueSeed"/>, as a new tenant gets it), each person's rating for years
/// Y-4..Y (Y = last year; ~10 % xuất sắc, ~60 % tốt, ~25 % hoàn thành, a few không hoàn thành, ~3 % missing; a person
/// mostly keeps their level, so chains of years form), the award register (Lao động tiên tiến for those rated at least
/// tốt, Chiến sĩ thi đua cơ sở for most of those rated xuất sắc, past years imported from the offices' spreadsheets; for
/// year Y, a fifth already decided by their units; a few thematic entries that never count; collective titles for
/// communes and departments) and a few disciplines. Its own random stream (seeded per tenant): earlier rows are unchanged.
/// </summary>
internal static class GenerateAwards
{
    public const int Years = 5;

    private const string Lđtt = "lao-dong-tien-tien";
    private const string CstđCơSở = "chien-si-thi-dua-co-so";

    public static async Task RunAsync(BulkWriter writer, GenerateTenant.Output t, int seed, int index, DateTime now, DateOnly today)
    {
        var rng = new Random(unchecked((seed * 104_729) + index));
        var tenantId = t.Tenant.Id;
        var system = new Actor(Guid.Empty, AwardCatalogueSeed.SystemName, now);
        var kinds = AwardCatalogueSeed.Kinds(tenantId, system);
        var versions = kinds.SelectMany(k => k.Versions).ToList();
        await writer.WriteAsync(kinds);
        await writer.WriteAsync(versions);
        await writer.WriteAsync(versions.SelectMany(v => v.Authorities).ToList());
        await writer.WriteAsync(versions.SelectMany(v => v.Documents).ToList());
        await writer.WriteAsync(versions.SelectMany(v => v.Rules).ToList());
        await writer.WriteAsync(AwardCatalogueSeed.BaseSalaries(tenantId, system).ToList());
        var kind = kinds.ToDictionary(k => k.Code, k => k.Id);

        var officer = new Actor(t.Officer.Id, t.Officer.FullName, now.AddDays(-30));
        var last = today.Year - 1;
        var people = t.People;
        var bases = people.Select(_ => Draw(rng)).ToArray(); // each person's usual level
        var numbers = new Dictionary<(Guid Unit, int Year, string Kind), string>();
        string Decision(Guid unit, int year, string code) =>
            numbers.TryGetValue((unit, year, code), out var n) ? n : numbers[(unit, year, code)] = $"{numbers.Count + 1}/QĐ-UBND";

        for (var year = last - Years + 1; year <= last; year++)
        {
            var imported = year < last;
            var ratings = new List<PersonRating>(people.Count);
            var awards = new List<AwardRecord>(people.Count);
            var (ratingRow, awardRow) = (1, 1);
            AwardRecord Award(GenerateTenant.Staff p, string code, CommendationType type, int y, string? note) =>
                AwardRecord.Create(tenantId, kind[code], AwardSubject.Individual, p.Id, p.UnitId, p.FullName, y, type, Decision(p.UnitId, y, code),
                    new DateOnly(y + 1, 1, 10).AddDays(rng.Next(60)), null, note, imported ? $"so-khen-thuong-{y}.xlsx" : null,
                    imported ? ++awardRow : null, officer);

            for (var i = 0; i < people.Count; i++)
            {
                var p = people[i];
                if (rng.Next(100) < 3)
                {
                    continue; // not rated that year (on leave, transferred in late): "cannot tell"
                }

                var level = rng.Next(100) < 75 ? bases[i] : Draw(rng);
                ratings.Add(PersonRating.Enter(tenantId, p.Id, year, p.UnitId, level, null, new RatingSource($"xep-loai-{year}.xlsx", ++ratingRow), officer));
                var decided = imported || rng.Next(100) < 20; // last year's titles: a fifth already decided by their units
                if (level <= RatingLevel.Good && decided)
                {
                    awards.Add(Award(p, Lđtt, CommendationType.Regular, year, null));
                    if (level == RatingLevel.Excellent ? rng.Next(100) < 85 : rng.Next(100) < 3)
                    {
                        awards.Add(Award(p, CstđCơSở, CommendationType.Regular, year, null));
                    }
                }

                var thematic = rng.Next(1000);
                if (thematic < 10)
                {
                    awards.Add(Award(p, "giay-khen", CommendationType.Thematic, year, "Khen thưởng theo chuyên đề “Dân vận khéo”"));
                }
                else if (thematic < 13)
                {
                    awards.Add(Award(p, CstđCơSở, CommendationType.Thematic, year, "Khen thưởng chuyên đề (không tính điều kiện khen thưởng công trạng)"));
                }
            }

            await writer.WriteAsync(ratings);
            await writer.WriteAsync(ratings.SelectMany(r => r.Changes).ToList());
            await writer.WriteAsync(awards);
        }

        await writer.WriteAsync(Collective(t, kind, rng, last, officer));
        await writer.WriteAsync(Disciplines(t, rng, last, officer));
    }

    /// <summary>~10 % xuất sắc, ~62 % tốt, ~25 % hoàn thành, ~3 % không hoàn thành.</summary>
    private static RatingLevel Draw(Random rng) => rng.Next(100) switch
    {
        < 10 => RatingLevel.Excellent,
        < 72 => RatingLevel.Good,
        < 97 => RatingLevel.Completed,
        _ => RatingLevel.NotCompleted,
    };

    /// <summary>Collective titles of past years for communes and departments (imported from the register's spreadsheet).</summary>
    private static List<AwardRecord> Collective(GenerateTenant.Output t, Dictionary<string, Guid> kind, Random rng, int last, Actor by)
    {
        var records = new List<AwardRecord>();
        var units = t.Communes.Select(c => c.Unit).Concat(t.Departments).ToList();
        for (var year = last - Years + 1; year < last; year++)
        {
            var row = 1;
            foreach (var unit in units)
            {
                var roll = rng.Next(100);
                var code = roll < 25 ? "tap-the-lao-dong-xuat-sac" : roll < 85 ? "tap-the-lao-dong-tien-tien" : null;
                if (code is not null)
                {
                    records.Add(AwardRecord.Create(t.Tenant.Id, kind[code], AwardSubject.Collective, null, unit.Id, unit.Name, year, CommendationType.Regular,
                        $"{row}/QĐ-UBND", new DateOnly(year + 1, 2, 1).AddDays(rng.Next(40)), null, null, $"so-khen-thuong-tap-the-{year}.xlsx", ++row, by));
                }
            }
        }

        return records;
    }

    /// <summary>~0.4 % of people disciplined since the start of Y-1 (most measures 6–12 months, some still running).</summary>
    private static List<Discipline> Disciplines(GenerateTenant.Output t, Random rng, int last, Actor by)
    {
        var list = new List<Discipline>();
        var start = new DateOnly(last - 1, 1, 1);
        foreach (var p in t.People)
        {
            if (rng.Next(1000) >= 4)
            {
                continue;
            }

            var roll = rng.Next(10);
            var kind = roll < 6 ? DisciplineKind.Reprimand : roll < 9 ? DisciplineKind.Warning : DisciplineKind.SalaryDemotion;
            var decided = start.AddDays(rng.Next(800));
            DateOnly? to = rng.Next(5) == 0 ? null : decided.AddMonths(kind == DisciplineKind.Reprimand ? 6 : 12);
            list.Add(new Discipline(t.Tenant.Id, p.Id, p.UnitId, kind, $"{list.Count + 1}/QĐ-KL", decided, decided, to, null, by));
        }

        return list;
    }
}
