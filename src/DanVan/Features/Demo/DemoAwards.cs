using DanVan.Features.Awards;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Demo;

/// <summary>
/// The award register 2021–2025 of the demo province (issue 14 §4–5), so that chains of years are real: thirty
/// people of the departments and first communes with Lao động tiên tiến every year, eight of them Chiến sĩ thi đua
/// cơ sở 2023–2025 (three in a row: candidates for Chiến sĩ thi đua tỉnh), one with a gap (2022, 2024, 2025), one
/// missing Lao động tiên tiến in 2023, a thematic Giấy khen that never counts; collectives with Tập thể lao động tiên
/// tiến and Bằng khen; households with Gia đình văn hóa; and awards of an abolished district and a merged commune
/// (before 1/7/2025) that their successors' pages show. Years 2021–2024 as imported from the offices' books, 2025
/// entered. Deterministic.
/// </summary>
internal static class DemoAwards
{
    public static async Task SeedAsync(AppDbContext db, Guid tenantId, IReadOnlyList<Unit> departments, IReadOnlyList<Unit> communes, Actor by)
    {
        await AwardCatalogueSeed.EnsureAsync(db, CancellationToken.None); // the catalogue is seeded after the demo otherwise
        var kinds = await db.AwardKinds.AsNoTracking().Where(k => k.TenantId == tenantId).ToDictionaryAsync(k => k.Code, k => k.Id);
        var roots = departments.Take(6).Concat(communes.Take(4)).Select(u => u.Path).ToList();
        var people = (await db.People.AsNoTracking().Where(p => p.TenantId == tenantId)
                .Select(p => new { p.Id, p.UnitId, p.FullName, p.Unit!.Path, UnitCode = p.Unit.Code, p.FullNameFolded }).ToListAsync())
            .Where(p => roots.Any(r => p.Path.StartsWith(r, StringComparison.Ordinal)))
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.FullNameFolded, StringComparer.Ordinal).ThenBy(p => p.Id)
            .Take(30).ToList();
        var rows = new Dictionary<int, int>();
        var numbers = 0;
        void Add(string code, AwardSubject subject, Guid? personId, Guid unitId, string unitCode, string holder, int year,
            CommendationType type = CommendationType.Regular, string? issuer = null)
        {
            var imported = year < 2025;
            rows[year] = rows.GetValueOrDefault(year, 1) + 1;
            db.AwardRecords.Add(AwardRecord.Create(tenantId, kinds[code], subject, personId, unitId, holder, year, type,
                $"{++numbers % 900 + 10}/QĐ-{issuer ?? unitCode.Split('.')[0]}", new DateOnly(year, 12, 20), null, null,
                imported ? $"so-khen-thuong-{year}.xlsx" : null, imported ? rows[year] : null,
                by with { At = new DateTime(year, 12, 22, 2, 0, 0, DateTimeKind.Utc) }));
        }

        for (var i = 0; i < people.Count; i++)
        {
            var p = people[i];
            foreach (var year in Enumerable.Range(2021, 5).Where(y => !(i == 9 && y == 2023)))
            {
                Add("lao-dong-tien-tien", AwardSubject.Individual, p.Id, p.UnitId, p.UnitCode, p.FullName, year);
            }

            var fighterYears = i < 8 ? [2023, 2024, 2025] : i == 8 ? new[] { 2022, 2024, 2025 } : [];
            foreach (var year in fighterYears)
            {
                Add("chien-si-thi-dua-co-so", AwardSubject.Individual, p.Id, p.UnitId, p.UnitCode, p.FullName, year);
            }

            if (i == 10)
            {
                Add("giay-khen", AwardSubject.Individual, p.Id, p.UnitId, p.UnitCode, p.FullName, 2024, CommendationType.Thematic);
            }
        }

        foreach (var (unit, years) in new[] { (departments[1], new[] { 2023, 2024, 2025 }), (departments[2], new[] { 2024, 2025 }), (communes[0], new[] { 2025 }) })
        {
            foreach (var year in years)
            {
                Add("tap-the-lao-dong-tien-tien", AwardSubject.Collective, null, unit.Id, unit.Code, unit.Name, year);
            }
        }

        Add("bang-khen-chu-tich-tinh", AwardSubject.Collective, null, departments[1].Id, departments[1].Code, departments[1].Name, 2024, issuer: "UBND");
        Add("bang-khen-chu-tich-tinh", AwardSubject.Collective, null, communes[1].Id, communes[1].Code, communes[1].Name, 2025, issuer: "UBND");
        foreach (var (household, year) in new[] { ("Hộ ông Nguyễn Văn Lành", 2024), ("Hộ ông Nguyễn Văn Lành", 2025), ("Hộ bà Trần Thị Mến", 2025) })
        {
            Add("gia-dinh-van-hoa", AwardSubject.Household, null, communes[0].Id, communes[0].Code, household, year);
        }

        // Before the 2025 reform: an abolished district and a commune merged into communes[0]; their successors' pages show these.
        var old = await db.Units.AsNoTracking().Where(u => u.TenantId == tenantId && (u.Code == "H01-CU" || u.Code == "XA-CU-01"))
            .ToDictionaryAsync(u => u.Code, u => new { u.Id, u.Name });
        foreach (var year in new[] { 2022, 2023, 2024 })
        {
            Add("tap-the-lao-dong-tien-tien", AwardSubject.Collective, null, old["H01-CU"].Id, "H01", old["H01-CU"].Name, year);
        }

        Add("bang-khen-chu-tich-tinh", AwardSubject.Collective, null, old["H01-CU"].Id, "H01", old["H01-CU"].Name, 2024, issuer: "UBND");
        Add("giay-khen", AwardSubject.Collective, null, old["XA-CU-01"].Id, "XA-CU-01", old["XA-CU-01"].Name, 2024, issuer: "UBND-H01");
        await db.SaveChangesAsync();
    }
}
