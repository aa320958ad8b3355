using DanVan.Features.Clusters;
using DanVan.Features.Ratings;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Demo;

/// <summary>
/// Staff ratings 2023–2025 and emulation clusters 2025–2026 of the demo province (issue 13 §6). Ratings for the
/// people of the departments and the first ten communes (mostly tốt / xuất sắc, some hoàn thành, a few không hoàn
/// thành), as imported from each year's spreadsheet; one reprimand in Sở Tư pháp. Communes in four geographic
/// clusters and departments in two blocs, each with a leader and a deputy; the 2025 cluster 1 still lists the two
/// communes merged on 1/7/2025 (the page shows their successor), 2026 is the copy with the successor in their place.
/// Deterministic: its own seeded generator, over people in an order that does not depend on their (time-based) ids.
/// XA001's first two people are fixed so that "who qualifies" always shows every verdict there: the first is rated
/// xuất sắc every year (passes the two-year rules), the second has no 2024 rating (cannot tell); the rest are drawn.
/// </summary>
internal static class DemoRatings
{
    public static async Task SeedAsync(AppDbContext db, Guid tenantId, IReadOnlyList<Unit> departments, IReadOnlyList<Unit> communes, Actor by)
    {
        var rng = new Random(20251215);
        var roots = departments.Concat(communes.Take(10)).Select(u => u.Path).ToList();
        var people = (await db.People.AsNoTracking().Where(p => p.TenantId == tenantId)
                .Select(p => new { p.Id, p.UnitId, p.Unit!.Path, UnitCode = p.Unit.Code, p.FullNameFolded, p.BirthYear, p.Position })
                .ToListAsync())
            .Where(p => roots.Any(r => p.Path.StartsWith(r, StringComparison.Ordinal)))
            .OrderBy(p => p.UnitCode, StringComparer.Ordinal).ThenBy(p => p.FullNameFolded, StringComparer.Ordinal)
            .ThenBy(p => p.BirthYear).ThenBy(p => p.Position, StringComparer.Ordinal)
            .ToList();
        var showcase = people.Where(p => p.Path.StartsWith(communes[0].Path, StringComparison.Ordinal)).Take(2).Select(p => p.Id).ToList();
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            var row = 1;
            foreach (var p in people)
            {
                var roll = rng.Next(100);
                var level = roll switch
                {
                    < 25 => RatingLevel.Excellent,
                    < 85 => RatingLevel.Good,
                    < 98 => RatingLevel.Completed,
                    _ => RatingLevel.NotCompleted,
                };
                if (showcase.IndexOf(p.Id) is var fixedAt and >= 0)
                {
                    if (fixedAt == 1 && year == 2024)
                    {
                        continue; // not rated that year: the two-year rules cannot tell
                    }

                    level = RatingLevel.Excellent;
                }

                db.PersonRatings.Add(PersonRating.Enter(tenantId, p.Id, year, p.UnitId, level, null,
                    new RatingSource($"xep-loai-can-bo-{year}.xlsx", ++row), by with { At = new DateTime(year, 12, 20, 2, 0, 0, DateTimeKind.Utc) }));
            }
        }

        var stp = departments[1];
        var disciplined = people.First(p => p.UnitId == stp.Id);
        db.Disciplines.Add(new Discipline(tenantId, disciplined.Id, stp.Id, DisciplineKind.Reprimand, "15/QĐ-STP", new DateOnly(2024, 3, 1),
            new DateOnly(2024, 3, 5), new DateOnly(2025, 3, 4), "Vi phạm quy chế làm việc", by));
        await db.SaveChangesAsync();

        var merged = await db.UnitSuccessions.AsNoTracking()
            .Where(s => s.TenantId == tenantId && s.Kind == SuccessionKind.Merge && s.SuccessorId == communes[0].Id).Select(s => s.PredecessorId).ToListAsync();
        var blocs = new[] { ("Khối các cơ quan nội chính – tổng hợp", departments.Take(departments.Count / 2).ToList()),
            ("Khối các cơ quan kinh tế – văn hóa – xã hội", departments.Skip(departments.Count / 2).ToList()) };
        var quarter = (communes.Count + 3) / 4;
        var clusters = new[] { "Cụm thi đua số 1 (các xã, phường phía Bắc)", "Cụm thi đua số 2 (các xã đồng bằng)",
            "Cụm thi đua số 3 (các xã miền núi)", "Cụm thi đua số 4 (các xã ven biển, đặc khu)" }
            .Select((name, i) => (name, communes.Skip(i * quarter).Take(quarter).ToList())).ToArray();
        foreach (var year in new[] { 2025, 2026 })
        {
            foreach (var (name, members, kind) in clusters.Select(c => (c.name, c.Item2, ClusterKind.Cluster)).Concat(blocs.Select(b => (b.Item1, b.Item2, ClusterKind.Bloc))))
            {
                var group = EmulationCluster.Create(tenantId, year, kind, name, null, by);
                var ids = members.Select(u => u.Id).ToList();
                if (year == 2025 && members.Contains(communes[0]))
                {
                    ids.InsertRange(1, merged); // merged on 1/7/2025: members for the first half of the year
                }

                foreach (var id in ids)
                {
                    group.AddMember(id, by);
                }

                var leader = members[rng.Next(members.Count)].Id;
                var deputy = members.Select(u => u.Id).Where(id => id != leader).ElementAt(rng.Next(members.Count - 1));
                group.SetLeaders(leader, deputy, null, by);
                db.EmulationClusters.Add(group);
            }
        }

        await db.SaveChangesAsync();
    }
}
