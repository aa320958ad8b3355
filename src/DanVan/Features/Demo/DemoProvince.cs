using DanVan.Features.Accounts;
using DanVan.Features.People;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Features.Demo;

/// <summary>
/// A fictitious province after the 1/7/2025 reorganisation (shared/domain/DEMO.md): UBND tỉnh with departments,
/// divisions and public service units, ~100 communes/wards, the Party mass-mobilisation board and the Front, and the
/// abolished districts and merged communes kept as closed units with successor links. Deterministic.
/// </summary>
internal static class DemoProvince
{
    public sealed record Summary(string TenantName, int Units, int People, int Users);

    private static readonly DateOnly Reform = new(2025, 7, 1);

    private static readonly (string Code, string Name, string[] Divisions, string[] ServiceUnits)[] Departments =
    [
        ("SNV", "Sở Nội vụ", ["Văn phòng Sở", "Ban Thi đua – Khen thưởng", "Phòng Tổ chức – Biên chế"], ["Trung tâm Lưu trữ lịch sử"]),
        ("STP", "Sở Tư pháp", ["Văn phòng Sở", "Phòng Phổ biến, giáo dục pháp luật"], ["Trung tâm Trợ giúp pháp lý nhà nước"]),
        ("STC", "Sở Tài chính", ["Văn phòng Sở", "Phòng Ngân sách"], []),
        ("SCT", "Sở Công Thương", ["Văn phòng Sở", "Phòng Quản lý thương mại"], ["Trung tâm Khuyến công"]),
        ("SNNMT", "Sở Nông nghiệp và Môi trường", ["Văn phòng Sở", "Phòng Phát triển nông thôn"], ["Trung tâm Khuyến nông"]),
        ("SXD", "Sở Xây dựng", ["Văn phòng Sở", "Phòng Quản lý giao thông"], []),
        ("SKHCN", "Sở Khoa học và Công nghệ", ["Văn phòng Sở", "Phòng Chuyển đổi số"], []),
        ("SGDDT", "Sở Giáo dục và Đào tạo", ["Văn phòng Sở", "Phòng Giáo dục trung học"], ["Trường THPT Lê Khiết", "Trường THPT Trần Quốc Tuấn"]),
        ("SYT", "Sở Y tế", ["Văn phòng Sở", "Phòng Nghiệp vụ Y"], ["Bệnh viện Đa khoa tỉnh", "Trung tâm Kiểm soát bệnh tật"]),
        ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", ["Văn phòng Sở", "Phòng Quản lý văn hóa"], ["Bảo tàng tỉnh"]),
        ("SDTTG", "Sở Dân tộc và Tôn giáo", ["Văn phòng Sở", "Phòng Chính sách dân tộc"], []),
        ("TTT", "Thanh tra tỉnh", ["Văn phòng", "Phòng Tiếp công dân"], []),
    ];

    public static async Task<Summary> SeedAsync(AppDbContext db, UserManager<AppUser> userManager, string adminPassword, string demoPassword)
    {
        var rng = new Random(20250701);
        var now = db.Time.GetUtcNow().UtcDateTime;
        await DemoPhotos.StoreAllAsync(db.Files); // before any row refers to them
        var opened = await CreateTenant.HandleAsync(db, userManager,
            new CreateTenant.Input("SONGTRA", "Tỉnh Sông Trà (dữ liệu mẫu)", TenantKind.Province, IsSample: true,
                "admin", "Quản trị hệ thống", adminPassword), CancellationToken.None);
        if (opened.Error is { } error)
        {
            throw new InvalidOperationException($"Không tạo được tỉnh mẫu: {error.Message}");
        }

        var (tenant, kinds, root, systemAdmin) = opened.Value!;
        var units = new List<Unit>();
        Unit Add(Unit? parent, string kind, string code, string name, string? shortName, DateOnly? from = null)
        {
            var unit = Unit.Create(tenant.Id, parent, kinds[kind], code, name, shortName, from, units.Count);
            units.Add(unit);
            return unit;
        }

        var ppc = Add(root, "PPC", "UBND", "Ủy ban nhân dân tỉnh Sông Trà", "UBND");
        Add(ppc, "OFFICE", "VPUBND", "Văn phòng UBND tỉnh", "VP");
        var departments = new List<Unit>();
        foreach (var (code, name, divisions, services) in Departments)
        {
            var dept = Add(ppc, "DEPT", code, name, code);
            departments.Add(dept);
            for (var i = 0; i < divisions.Length; i++)
            {
                Add(dept, "DIV", $"{code}.P{i + 1}", divisions[i] == "Văn phòng Sở" ? $"Văn phòng {name}" : $"{divisions[i]} ({name})", null);
            }

            for (var i = 0; i < services.Length; i++)
            {
                Add(dept, "PSU", $"{code}.DV{i + 1}", services[i], null);
            }
        }

        var board = Add(root, "PARTY", "BTGDV", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "BTGDVTU");
        Add(root, "PARTY", "MTTQ", "Ủy ban MTTQ Việt Nam tỉnh Sông Trà", "MTTQ");

        var communeNames = DemoNames.CommuneFirst.SelectMany(a => DemoNames.CommuneSecond.Select(b => $"{a} {b}"))
            .OrderBy(_ => rng.Next()).Take(84).ToList();
        var communes = new List<Unit>();
        foreach (var (name, i) in communeNames.Select((n, i) => (n, i)))
        {
            communes.Add(Commune(Add, ppc, "COMMUNE", $"XA{i + 1:000}", $"Xã {name}", isWard: false));
        }

        foreach (var (name, i) in DemoNames.Wards.Select((n, i) => (n, i)))
        {
            communes.Add(Commune(Add, ppc, "WARD", $"PHUONG{i + 1:00}", $"Phường {name}", isWard: true));
        }

        communes.Add(Commune(Add, ppc, "SPECIAL", "DK01", "Đặc khu Hòn Ngọc", isWard: false));

        // History: districts abolished on 1/7/2025 and two commune mergers (old A + old B → new C).
        var oldFrom = new DateOnly(2008, 1, 1);
        foreach (var (name, i) in new[] { "Huyện Sơn Hà", "Huyện Tư Nghĩa", "Huyện Mộ Đức", "Thị xã Đức Phổ" }.Select((n, i) => (n, i)))
        {
            var district = Add(ppc, "DISTRICT", $"H{i + 1:00}-CU", name, null, oldFrom);
            if (i < 2)
            {
                var target = communes[i];
                var oldA = Add(district, "COMMUNE", $"XA-CU-{i * 2 + 1:00}", $"Xã {DemoNames.CommuneFirst[i]} Hà (cũ)", null, oldFrom);
                var oldB = Add(district, "COMMUNE", $"XA-CU-{i * 2 + 2:00}", target.Name.Replace("UBND xã", "Xã", StringComparison.Ordinal) + " (cũ)", null, oldFrom);
                foreach (var old in new[] { oldA, oldB })
                {
                    old.Close(Reform.AddDays(-1));
                    db.UnitSuccessions.Add(new UnitSuccession(tenant.Id, old.Id, target.Id, SuccessionKind.Merge, Reform,
                        "Sắp xếp đơn vị hành chính cấp xã năm 2025"));
                }
            }

            district.Close(Reform.AddDays(-1));
            foreach (var successor in communes.Skip(i * 20).Take(3))
            {
                db.UnitSuccessions.Add(new UnitSuccession(tenant.Id, district.Id, successor.Id, SuccessionKind.Split, Reform,
                    "Kết thúc hoạt động cấp huyện (Luật Tổ chức chính quyền địa phương 72/2025/QH15)"));
            }
        }

        db.Units.AddRange(units);
        db.RoleAssignments.Add(new RoleAssignment(tenant.Id, systemAdmin.Id, Role.SystemAdmin, root, includeDescendants: true, now)); // the demo's "admin" also runs the system
        await db.SaveChangesAsync();

        var people = new List<Person>();
        void AddPerson(Unit unit, string? fixedName = null, Gender? fixedGender = null, StaffCategory category = StaffCategory.CivilServant, string? position = null)
        {
            var gender = fixedGender ?? (rng.Next(100) < 48 ? Gender.Female : Gender.Male);
            var name = fixedName ?? RandomName(rng, gender);
            people.Add(Person.Create(tenant.Id, unit.Id, new PersonDetails(name, gender, rng.Next(1968, 2000),
                position ?? DemoNames.Positions[rng.Next(DemoNames.Positions.Length)], category,
                DemoNames.Ethnicities[rng.Next(DemoNames.Ethnicities.Length)], rng.Next(100) < 55)));
        }

        var snv = departments[0];
        AddPerson(snv, "Nguyễn Văn Ấn", Gender.Male, StaffCategory.Official, "Giám đốc Sở");
        AddPerson(units.First(u => u.Code == "SNV.P2"), "Đào Thị Hoa", Gender.Female, StaffCategory.CivilServant, "Trưởng ban Thi đua – Khen thưởng");
        AddPerson(communes[3], "TRẦN VĂN BÌNH", Gender.Male, StaffCategory.Official, "Chủ tịch UBND xã");
        AddPerson(board, "Đặng Thu Thảo", Gender.Female, StaffCategory.Official, "Phó Trưởng ban");
        foreach (var unit in units.Where(u => u.IsActiveOn(VnTime.Today(db.Time)) && u.Kind!.Code is "DEPT" or "DIV" or "PSU" or "OFFICE"))
        {
            for (var i = 0; i < (unit.Kind!.Code == "DEPT" ? 2 : 1); i++)
            {
                AddPerson(unit);
            }
        }

        foreach (var commune in communes)
        {
            AddPerson(commune, category: StaffCategory.Official, position: "Chủ tịch UBND");
            AddPerson(commune, category: StaffCategory.Official, position: "Phó Chủ tịch UBND");
            AddPerson(units.First(u => u.ParentId == commune.Id && u.Code.EndsWith(".VHXH", StringComparison.Ordinal)),
                position: "Công chức Văn hóa – Xã hội (phụ trách thi đua, khen thưởng)");
        }

        db.People.AddRange(people);
        await db.SaveChangesAsync();

        var accounts = new (string User, string Name, Role Role, Unit Unit, bool Descendants, string Password)[]
        {
            ("qtv.tinh", "Lê Minh Quân", Role.TenantAdmin, root, true, demoPassword),
            ("tdkt.snv", "Phạm Thị Lan", Role.CommendationOfficer, root, true, demoPassword),
            ("bandanvan", "Võ Thanh Tâm", Role.MobilizationReviewer, root, true, demoPassword),
            ("hoidong1", "Huỳnh Văn Long", Role.CouncilMember, root, true, demoPassword),
            ("hoidong2", "Ngô Thị Mai", Role.CouncilMember, root, true, demoPassword),
            ("thidua.stp", "Bùi Ngọc Anh", Role.UnitOfficer, departments[1], true, demoPassword),
            ("thutruong.stp", "Đỗ Đức Thắng", Role.UnitHead, departments[1], true, demoPassword),
            ("thidua.syt", "Hồ Thị Hạnh", Role.UnitOfficer, departments[8], true, demoPassword),
            ("thutruong.syt", "Dương Quang Huy", Role.UnitHead, departments[8], true, demoPassword),
            ($"thidua.{communes[0].Code.ToLowerInvariant()}", "Trần Thị Yến", Role.UnitOfficer, communes[0], true, demoPassword),
            ($"chutich.{communes[0].Code.ToLowerInvariant()}", "Lý Văn Hùng", Role.UnitHead, communes[0], true, demoPassword),
            ($"thidua.{communes[84].Code.ToLowerInvariant()}", "Phan Thị Oanh", Role.UnitOfficer, communes[84], true, demoPassword),
            ("xem", "Người xem", Role.Viewer, root, true, demoPassword),
        };
        AppUser? officer = null;
        foreach (var a in accounts)
        {
            var user = new AppUser
            {
                Id = Guid.CreateVersion7(), UserName = a.User, FullName = a.Name, TenantId = tenant.Id, CreatedAt = now,
                Email = $"{a.User}@songtra.gov.vn", // a reserved-looking address of the demo province: where its e-mails would go
            };
            var created = await userManager.CreateAsync(user, a.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Không tạo được tài khoản {a.User}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            db.RoleAssignments.Add(new RoleAssignment(tenant.Id, user.Id, a.Role, a.Unit, a.Descendants, now));
            officer ??= a.Role == Role.CommendationOfficer ? user : null;
        }

        await db.SaveChangesAsync();
        // The steps share ids and the units handed to them, never tracked state (DemoMovement still reads the people and accounts
        // above from DbSet.Local): the tracker is emptied after each step, so that a later step's SaveChanges and DbSet.Local do not
        // scan the thousands of rows the earlier ones left tracked — it made the seed three times as long.
        var by = new Actor(officer!.Id, officer.FullName, now);
        Func<Task>[] steps =
        [
            () => DemoMovement.SeedAsync(db, tenant.Id, ppc, departments, communes, officer.Id, officer.FullName, rng),
            () => DemoAssessments.SeedAsync(db, tenant.Id, ppc, departments, communes, officer.Id, officer.FullName, rng),
            () => DemoRatings.SeedAsync(db, tenant.Id, departments, communes, by),
            () => DemoAwards.SeedAsync(db, tenant.Id, departments, communes, by),
            () => DemoNominations.SeedAsync(db, tenant.Id, root, departments, communes, by),
            () => DemoNotices.SeedAsync(db, tenant.Id, root.Id, by), // ended, comments handled: the council may vote
            () => DemoConsultations.SeedAsync(db, tenant.Id, root.Id, departments[1].Id, by), // one answered, one waiting
            () => DemoCouncil.SeedAsync(db, tenant.Id, root, departments),
            () => DemoDecisions.SeedAsync(db, tenant.Id, departments, by),
            () => DemoNotifications.SeedAsync(db, tenant.Id, now), // a few read, a few unread, for every demo account
            () => DemoCertificates.SeedAsync(db, tenant.Id, root, departments[8], by), // certificates, a revoked Giấy khen
            () => DemoContests.SeedAsync(db, tenant.Id, ppc, departments[0], communes, by), // seed 004: 4 clusters, 22 teams
            () => DemoReports.SeedAsync(db, tenant.Id, departments[0], departments, communes, new Actor(officer.Id, officer.UserName!, now)), // the 2026 report campaign, mixed states
        ];
        foreach (var step in steps)
        {
            await step();
            db.ChangeTracker.Clear();
        }

        return new Summary(tenant.Name, units.Count + 1, people.Count, accounts.Length + 1);
    }

    private static Unit Commune(Func<Unit?, string, string, string, string?, DateOnly?, Unit> add, Unit ppc, string kind, string code, string name, bool isWard)
    {
        var commune = add(ppc, kind, code, $"UBND {char.ToLowerInvariant(name[0])}{name[1..]}", "UBND", Reform);
        var place = char.ToLowerInvariant(name[0]) + name[1..];
        add(commune, "OFFICE", $"{code}.VP", $"Văn phòng HĐND và UBND {place}", null, Reform);
        add(commune, "DIV", $"{code}.KT", (isWard ? "Phòng Kinh tế, Hạ tầng và Đô thị " : "Phòng Kinh tế ") + place, null, Reform);
        add(commune, "DIV", $"{code}.VHXH", $"Phòng Văn hóa – Xã hội {place}", null, Reform);
        add(commune, "PSU", $"{code}.TTHCC", $"Trung tâm Phục vụ hành chính công {place}", null, Reform);
        return commune;
    }

    private static string RandomName(Random rng, Gender gender)
    {
        var total = DemoNames.Families.Sum(f => f.Weight);
        var pick = rng.Next(total);
        var family = DemoNames.Families.First(f => (pick -= f.Weight) < 0).Name;
        var (middle, given) = gender == Gender.Female
            ? (DemoNames.FemaleMiddle, DemoNames.FemaleGiven)
            : (DemoNames.MaleMiddle, DemoNames.MaleGiven);
        return $"{family} {middle[rng.Next(middle.Length)]} {given[rng.Next(given.Length)]}";
    }
}
