using DanVan.Features.Accounts;
using DanVan.Features.Demo;
using DanVan.Features.People;
using DanVan.Features.Tenants;
using DanVan.Features.Units;

namespace DanVan.Features.Generate;

/// <summary>One generated province: its unit tree (departments; communes with their offices and villages), its people and its accounts.</summary>
internal static class GenerateTenant
{
    public sealed record Commune(Unit Unit, IReadOnlyList<Unit> Members);

    public sealed record Output(Tenant Tenant, string Code, Unit Root, Unit Ppc, IReadOnlyList<Unit> Departments, IReadOnlyList<Commune> Communes,
        IReadOnlyDictionary<Guid, List<Guid>> SomePeople, IReadOnlyList<Staff> People, AppUser Officer);

    /// <summary>A generated person as the later tables need them (their ratings and awards): id, unit, name.</summary>
    public sealed record Staff(Guid Id, Guid UnitId, string FullName);

    private static readonly string[] Provinces =
    [
        "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng",
        "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng",
        "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long",
        "Đồng Tháp", "Cà Mau", "An Giang",
    ];

    private static readonly (string Code, string Name)[] DepartmentNames =
    [
        ("SNV", "Sở Nội vụ"), ("STP", "Sở Tư pháp"), ("STC", "Sở Tài chính"), ("SCT", "Sở Công Thương"),
        ("SNNMT", "Sở Nông nghiệp và Môi trường"), ("SXD", "Sở Xây dựng"), ("SKHCN", "Sở Khoa học và Công nghệ"),
        ("SGDDT", "Sở Giáo dục và Đào tạo"), ("SYT", "Sở Y tế"), ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
        ("SDTTG", "Sở Dân tộc và Tôn giáo"), ("TTT", "Thanh tra tỉnh"),
    ];

    public static async Task<Output> RunAsync(BulkWriter writer, DatasetSize size, int index, Random rng, DateTime now, string passwordHash)
    {
        var code = GeneratedUsers.TenantCode(index, size.Tenants);
        var place = size.Tenants == 1 ? "Sông Lam" : Provinces[index % Provinces.Length];
        var tenant = new Tenant(Guid.CreateVersion7(), code, $"{(place == "Hồ Chí Minh" || place == "Hà Nội" ? "Thành phố" : "Tỉnh")} {place} (dữ liệu sinh)",
            TenantKind.Province, isSample: true, now);
        var kinds = CreateTenant.DefaultKinds.Append(("VILLAGE", "Thôn, tổ dân phố"))
            .Select((k, i) => new UnitKind(tenant.Id, k.Item1, k.Item2, i)).ToDictionary(k => k.Code);
        var units = new List<Unit>();
        Unit Add(Unit? parent, string kind, string unitCode, string name, string? shortName)
        {
            var unit = Unit.Create(tenant.Id, parent, kinds[kind], unitCode, name, shortName, null, units.Count);
            units.Add(unit);
            return unit;
        }

        var root = Add(null, "PROVINCE", code, tenant.Name, code);
        var ppc = Add(root, "PPC", "UBND", $"Ủy ban nhân dân {place}", "UBND");
        Add(ppc, "OFFICE", "VPUBND", "Văn phòng UBND tỉnh", "VP");
        var departments = new List<Unit>();
        foreach (var (deptCode, name) in DepartmentNames)
        {
            var dept = Add(ppc, "DEPT", deptCode, name, deptCode);
            departments.Add(dept);
            Add(dept, "DIV", $"{deptCode}.VP", $"Văn phòng {name}", null);
            Add(dept, "DIV", $"{deptCode}.P1", $"Phòng Nghiệp vụ ({name})", null);
            Add(dept, "PSU", $"{deptCode}.DV1", $"Trung tâm Dịch vụ ({name})", null);
        }

        Add(root, "PARTY", "BTGDV", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "BTGDVTU");
        Add(root, "PARTY", "MTTQ", $"Ủy ban MTTQ Việt Nam {place}", "MTTQ");

        var communes = new List<Commune>();
        var names = DemoNames.CommuneFirst.SelectMany(a => DemoNames.CommuneSecond.Select(b => $"{a} {b}")).ToArray();
        for (var i = 0; i < size.CommunesOf(index); i++)
        {
            var isWard = i % 8 == 7;
            var baseName = isWard ? DemoNames.Wards[i / 8 % DemoNames.Wards.Length] : names[(i * 37) % names.Length];
            var round = isWard ? i / 8 / DemoNames.Wards.Length : i / names.Length;
            var local = (isWard ? "phường " : "xã ") + baseName + (round > 0 ? $" {round + 1}" : "");
            var unitCode = (isWard ? "PHUONG" : "XA") + $"{i + 1:000}";
            var commune = Add(ppc, isWard ? "WARD" : "COMMUNE", unitCode, $"UBND {local}", "UBND");
            var members = new List<Unit>
            {
                commune,
                Add(commune, "OFFICE", $"{unitCode}.VP", $"Văn phòng HĐND và UBND {local}", null),
                Add(commune, "DIV", $"{unitCode}.KT", $"Phòng Kinh tế {local}", null),
                Add(commune, "DIV", $"{unitCode}.VHXH", $"Phòng Văn hóa – Xã hội {local}", null),
                Add(commune, "PSU", $"{unitCode}.TTHCC", $"Trung tâm Phục vụ hành chính công {local}", null),
            };
            for (var v = 0; v < size.VillagesPerCommune; v++)
            {
                members.Add(Add(commune, "VILLAGE", $"{unitCode}.T{v + 1:00}", isWard ? $"Tổ dân phố {v + 1} {local}" : $"Thôn {v + 1} {local}", null));
            }

            communes.Add(new Commune(commune, members));
        }

        await writer.WriteAsync([tenant]);
        await writer.WriteAsync(kinds.Values.ToList());
        await writer.WriteAsync(units);

        var staff = new List<Staff>(size.PeopleOf(index));
        var somePeople = await WritePeopleAsync(writer, size.PeopleOf(index), tenant.Id, ProvincialUnits(units, communes),
            communes, rng, staff);
        var officer = await WriteUsersAsync(writer, tenant, code, root, ppc, communes[0].Unit, now, passwordHash);
        return new Output(tenant, code, root, ppc, departments, communes, somePeople, staff, officer);
    }

    private static async Task<Dictionary<Guid, List<Guid>>> WritePeopleAsync(BulkWriter writer, int total, Guid tenantId, List<Unit> provincial,
        List<Commune> communes, Random rng, List<Staff> staff)
    {
        var some = new Dictionary<Guid, List<Guid>>();
        var batch = new List<Person>(20_000);
        async Task AddAsync(Unit unit)
        {
            var gender = rng.Next(100) < 48 ? Gender.Female : Gender.Male;
            var person = Person.Create(tenantId, unit.Id, new PersonDetails(RandomName(rng, gender), gender, rng.Next(1966, 2003),
                DemoNames.Positions[rng.Next(DemoNames.Positions.Length)], (StaffCategory)rng.Next(4),
                DemoNames.Ethnicities[rng.Next(DemoNames.Ethnicities.Length)], rng.Next(100) < 55));
            batch.Add(person);
            staff.Add(new Staff(person.Id, unit.Id, person.FullName));
            if (!some.TryGetValue(unit.Id, out var list))
            {
                some[unit.Id] = list = [];
            }

            if (list.Count < 3)
            {
                list.Add(person.Id);
            }

            if (batch.Count == batch.Capacity)
            {
                await writer.WriteAsync(batch);
                batch.Clear();
            }
        }

        var atProvince = total / 10;
        for (var i = 0; i < atProvince; i++)
        {
            await AddAsync(provincial[i % provincial.Count]);
        }

        var perCommune = (total - atProvince) / communes.Count;
        foreach (var commune in communes)
        {
            for (var i = 0; i < perCommune; i++)
            {
                // A third in the commune's own committee, the rest spread over its offices and villages.
                await AddAsync(i % 3 == 0 ? commune.Unit : commune.Members[1 + rng.Next(commune.Members.Count - 1)]);
            }
        }

        await writer.WriteAsync(batch);
        return some;
    }

    private static async Task<AppUser> WriteUsersAsync(BulkWriter writer, Tenant tenant, string code, Unit root, Unit ppc, Unit firstCommune,
        DateTime now, string passwordHash)
    {
        var accounts = new (string User, string Name, Role Role, Unit Unit, bool Descendants)[]
        {
            (GeneratedUsers.Admin(code), "Quản trị tỉnh", Role.TenantAdmin, root, true),
            (GeneratedUsers.OneUnit(code), "Cán bộ thi đua một đơn vị", Role.UnitOfficer, firstCommune, false),
            (GeneratedUsers.ManyUnits(code), "Cán bộ thi đua toàn UBND tỉnh", Role.UnitOfficer, ppc, true),
            (GeneratedUsers.Officer(code), "Cán bộ Ban Thi đua – Khen thưởng", Role.CommendationOfficer, root, true),
        };
        var users = new List<AppUser>();
        var assignments = new List<RoleAssignment>();
        foreach (var (userName, name, role, unit, descendants) in accounts)
        {
            var stamp = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(userName)))[..32];
            var user = new AppUser
            {
                Id = Guid.CreateVersion7(), UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), FullName = name,
                TenantId = tenant.Id, CreatedAt = now, PasswordHash = passwordHash, SecurityStamp = stamp, ConcurrencyStamp = stamp,
                LockoutEnabled = true,
            };
            users.Add(user);
            assignments.Add(new RoleAssignment(tenant.Id, user.Id, role, unit, descendants, now));
        }

        await writer.WriteAsync(users);
        await writer.WriteAsync(assignments);
        return users[3];
    }

    private static List<Unit> ProvincialUnits(List<Unit> units, List<Commune> communes)
    {
        var local = communes.SelectMany(c => c.Members).ToHashSet();
        return units.Where(u => !local.Contains(u)).ToList();
    }

    private static string RandomName(Random rng, Gender gender)
    {
        var pick = rng.Next(100);
        var family = DemoNames.Families.First(f => (pick -= f.Weight) < 0 || f == DemoNames.Families[^1]).Name;
        var (middle, given) = gender == Gender.Female
            ? (DemoNames.FemaleMiddle, DemoNames.FemaleGiven)
            : (DemoNames.MaleMiddle, DemoNames.MaleGiven);
        return $"{family} {middle[rng.Next(middle.Length)]} {given[rng.Next(given.Length)]}";
    }
}
