using DanVan.Features.Documents;
using DanVan.Features.Models;
using DanVan.Features.Movements;
using DanVan.Features.Registrations;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;

namespace DanVan.Features.Demo;

/// <summary>
/// The demo province's launched "Dân vận khéo" movement, modelled on seed 003 (Quảng Ngãi 70/KH-UBND): its content
/// items, standards and commendation forms; departments and communes obliged to issue their plans; most filed on
/// time, some late, some missing (XA001 — the demo commune officer's — among the missing, so filing it shows "late").
/// Dates are relative to the seeding day so the statuses stay meaningful whenever the demo is created. The same
/// movement of the two previous years, closed, with their plans filed and their models (<see cref="DemoModels"/>),
/// gives the coverage its trend across years.
/// </summary>
internal static class DemoMovement
{
    public const string PlanNumber = "45/KH-UBND";

    private static readonly string[] Contents =
    [
        "Vận động nhân dân chấp hành tốt các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước.",
        "Tuyên truyền, vận động thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”; hiến đất làm đường giao thông nông thôn, nhà văn hóa; bảo vệ môi trường, “Nói không với rác thải nhựa”.",
        "Vận động tham gia các phong trào phát triển kinh tế, ứng dụng khoa học – công nghệ, liên kết sản xuất theo chuỗi giá trị, giảm nghèo bền vững.",
        "Vận động xã hội hóa giáo dục, y tế, hướng nghiệp, dạy nghề, tạo việc làm; xây dựng “gia đình hiếu học”, vận động học sinh không bỏ học.",
        "Vận động xã hội hóa công tác nhân đạo, từ thiện; chăm sóc gia đình chính sách, người nghèo, người cao tuổi; vận động chức sắc, tín đồ “tốt đời, đẹp đạo”.",
        "Vận động nhân dân trong bồi thường, giải phóng mặt bằng, tái định cư; giải quyết những vấn đề bức xúc, không để xảy ra “điểm nóng”.",
        "Vận động quần chúng tham gia bảo vệ an ninh Tổ quốc, trật tự an toàn xã hội; phát triển các loại hình tự quản ở khu dân cư.",
        "Phát huy vai trò của nhân dân trong góp ý xây dựng Đảng, chính quyền và giám sát hoạt động của cơ quan hành chính nhà nước.",
        "Thực hiện quy chế dân chủ ở cơ sở gắn với tăng cường kỷ luật, kỷ cương hành chính; công khai, minh bạch trong quản lý, điều hành.",
        "Xây dựng đội ngũ cán bộ, công chức “trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân”.",
    ];

    private static readonly (string Text, string? Rule)[] CollectiveStandards =
    [
        ("Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nội bộ đoàn kết, lập được thành tích xuất sắc.", null),
        ("Xây dựng kế hoạch và tổ chức triển khai thực hiện tốt công tác dân vận theo chỉ đạo của Tỉnh ủy, UBND tỉnh.", "plan.filed_on_time"),
        ("Xây dựng được ít nhất một mô hình “Dân vận khéo” được cơ quan có thẩm quyền đánh giá, công nhận có hiệu quả và có thể nhân rộng.", "dvk.model_recognised"),
        ("Được đánh giá, xếp loại kết quả công tác dân vận năm đạt mức hoàn thành xuất sắc.", "dvcq.rank_excellent"),
    ];

    private static readonly (string Text, string? Rule)[] IndividualStandards =
    [
        ("Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước và lập được thành tích xuất sắc.", null),
        ("Xây dựng hoặc đề xuất xây dựng, triển khai có hiệu quả mô hình “Dân vận khéo” được cấp có thẩm quyền công nhận; có sáng kiến, cách làm sáng tạo.", "dvk.model_author"),
    ];

    public static async Task SeedAsync(AppDbContext db, Guid tenantId, Unit ppc, IReadOnlyList<Unit> departments, IReadOnlyList<Unit> communes,
        Guid officerId, string officerName, Random rng)
    {
        var today = VnTime.Today(db.Time);
        var now = db.Time.GetUtcNow().UtcDateTime;
        var starts = today.AddDays(-75);
        var deadline = today.AddDays(-45);

        var citations = new (string Number, DocumentType Type, DateOnly Date, string Issuer, string Title)[]
        {
            ("16/CT-TTg", DocumentType.Directive, new(2016, 5, 16), "Thủ tướng Chính phủ", "Về tăng cường và đổi mới công tác dân vận trong cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới"),
            ("33/CT-TTg", DocumentType.Directive, new(2021, 11, 26), "Thủ tướng Chính phủ", "Về tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới"),
            ("06/2022/QH15", DocumentType.Law, new(2022, 6, 15), "Quốc hội", "Luật Thi đua, khen thưởng"),
            ("152/2025/NĐ-CP", DocumentType.Decree, new(2025, 6, 14), "Chính phủ", "Quy định chi tiết một số điều của Luật Thi đua, khen thưởng"),
        };
        var cited = new List<Document>();
        foreach (var c in citations)
        {
            var doc = Document.Create(tenantId, ppc.Id, Parse(c.Number), new DocumentDetails(c.Type, null, c.Issuer, "Hà Nội", c.Date, c.Date, null,
                DocumentStatus.InForce, null, null, c.Title, null), isStub: false);
            cited.Add(doc);
        }

        var title = $"Phát động phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính nhà nước năm {today.Year}";
        var body = $"Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 và Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, "
            + $"UBND tỉnh ban hành Kế hoạch {title.ToLower(VietnameseText.Culture)}.\n\n"
            + string.Join("\n", Contents.Select((c, i) => $"{i + 1}. {c}"));
        var plan = Document.Create(tenantId, ppc.Id, Parse(PlanNumber), new DocumentDetails(DocumentType.Plan, ppc.Id, ppc.Name, "Sông Trà", starts,
            starts, null, DocumentStatus.InForce, "Nguyễn Thanh Bình", "KT. Chủ tịch – Phó Chủ tịch", title, body), isStub: false);
        db.Documents.AddRange(cited);
        db.Documents.Add(plan);
        foreach (var c in cited)
        {
            db.DocumentRelations.Add(new DocumentRelation(tenantId, plan.Id, c.Id, RelationKind.BasedOn));
        }

        var movement = Movement.Create(tenantId, ppc.Id, new MovementDetails($"Phong trào thi đua “Dân vận khéo” năm {today.Year}",
            "Dân vận khéo trong thực thi nhiệm vụ liên quan đến người dân", today.Year, MovementForm.Thematic, plan.Id, starts,
            new DateOnly(today.Year, 12, 31),
            "Các sở, ban, ngành, cơ quan, đơn vị trực thuộc UBND tỉnh; UBND các xã, phường, đặc khu.",
            "Cán bộ, công chức, viên chức, người lao động trong cơ quan hành chính nhà nước và đơn vị sự nghiệp.",
            deadline, false, null, today.AddDays(30), today.AddDays(-10) > starts ? today.AddDays(-10) : starts, today.AddDays(20), today.AddDays(25)),
            new Actor(officerId, officerName, now.AddDays(-76)));
        db.Movements.Add(movement);
        AddItems(db, tenantId, movement.Id, withIndividualsAndAwards: true);
        foreach (var kind in new[] { departments[0].KindId, communes[0].KindId }.Concat(communes.Select(c => c.KindId)).Distinct())
        {
            db.MovementParticipants.Add(new MovementParticipant(tenantId, movement.Id, ppc.Id, true, kind));
        }

        movement.Launch(new Actor(officerId, officerName, now.AddDays(-75)), starts, $"Kế hoạch số {PlanNumber}");

        var n = 100;
        foreach (var unit in departments.Concat(communes))
        {
            var obligation = new PlanObligation(tenantId, movement.Id, unit.Id, deadline, 0, ppc.Id);
            db.PlanObligations.Add(obligation);
            var roll = rng.Next(100);
            if (unit == communes[0] || unit.Code == "DK01" || roll >= 88)
            {
                continue; // missing
            }

            var filedOn = roll < 72 ? deadline.AddDays(-rng.Next(0, 28)) : deadline.AddDays(rng.Next(1, 25));
            var symbol = unit.Code.StartsWith('S') || unit.Code == "TTT" ? $"KH-{unit.Code}" : "KH-UBND";
            var doc = Document.Create(tenantId, unit.Id, Parse($"{++n}/{symbol}"), new DocumentDetails(DocumentType.Plan, unit.Id, unit.Name, null, filedOn.AddDays(-1),
                filedOn.AddDays(-1), null, DocumentStatus.InForce, null, null,
                $"Triển khai phong trào thi đua “Dân vận khéo” năm {today.Year}", null), isStub: false);
            db.Documents.Add(doc);
            db.DocumentRelations.Add(new DocumentRelation(tenantId, doc.Id, plan.Id, RelationKind.Implements));
            obligation.File(doc.Id, doc.Number, filedOn.AddDays(-1), new Actor(officerId, officerName, now.AddDays(filedOn.DayNumber - today.DayNumber)), filedOn);
        }

        // Models: the previous two years' closed movements first (for the trend and the replication chains), then this year's.
        var demoModels = new DemoModels(db, tenantId, officerId, officerName);
        var participants = departments.Concat(communes).ToList();
        var history = new Random(20241231); // its own sequence: the current movement's figures stay as they were
        var kinds = new[] { departments[0].KindId, communes[0].KindId }.Concat(communes.Select(c => c.KindId)).Distinct().ToList();
        var twoYearsAgo = PastMovement(db, tenantId, ppc, participants, kinds, today.Year - 2, 12, officerId, officerName, history);
        var twoYearsAgoModels = demoModels.SeedPastYear(ppc, twoYearsAgo, participants, 62, "1745/QĐ-UBND");
        var lastYear = PastMovement(db, tenantId, ppc, participants, kinds, today.Year - 1, 9, officerId, officerName, history);
        var lastYearModels = demoModels.SeedPastYear(ppc, lastYear, participants, 78, "1689/QĐ-UBND");
        var decision = demoModels.Decision(ppc, "1520/QĐ-UBND", today.AddDays(-5), today.Year);

        // Registrations: most units that filed their plan have registered titles and planned models; half approved.
        var people = db.People.Local.Where(p => p.TenantId == tenantId).GroupBy(p => p.UnitId).ToDictionary(g => g.Key, g => g.ToList());
        var index = 0;
        foreach (var obligation in db.PlanObligations.Local.Where(o => o.MovementId == movement.Id && o.PlanDocumentId != null).ToList())
        {
            if (rng.Next(100) >= 80)
            {
                continue;
            }

            var registration = new Registration(tenantId, movement.Id, obligation.UnitId, today.Year);
            registration.SetDetails(rng.Next(2) == 0 ? ["TTLDXS"] : ["TTLDTT", "GK"],
                "Đăng ký xây dựng và nhân rộng mô hình “Dân vận khéo” gắn với nhiệm vụ phục vụ người dân; hoàn thành xuất sắc nhiệm vụ năm.");
            db.Registrations.Add(registration);
            var (name, field) = PlannedModels[index++ % PlannedModels.Length];
            var planned = new PlannedModel(tenantId, registration.Id, 1, name, field, null);
            db.PlannedModels.Add(planned);
            foreach (var person in people.GetValueOrDefault(obligation.UnitId, []).Take(2))
            {
                db.RegisteredPeople.Add(new RegisteredPerson(tenantId, registration.Id, person.Id, rng.Next(3) == 0 ? "CSTDCS" : "LDTT"));
            }

            if (rng.Next(2) == 0)
            {
                registration.Approve(new Actor(officerId, officerName, now.AddDays(-rng.Next(1, 20))));
            }

            // Most planned models have become models, at every stage of their life.
            if (rng.Next(100) < 85)
            {
                var model = DvkModel.Create(tenantId, obligation.UnitId, null, today.Year, new ModelDetails(name, field, null, ModelLevel.Grassroots,
                    "Người dân còn gặp khó khăn khi liên hệ, phản ánh với chính quyền; cần cách làm gần dân, hiệu quả hơn.",
                    "Tăng số phản ánh được giải quyết đúng hạn; tăng mức hài lòng của người dân.",
                    "Phân công cán bộ phụ trách; công khai kênh tiếp nhận; định kỳ đối thoại với Nhân dân.",
                    "Toàn địa bàn; hộ gia đình, người dân, doanh nghiệp.", "Chính quyền chủ trì; Mặt trận và các đoàn thể phối hợp.",
                    "Ngân sách địa phương và xã hội hóa.", today.AddDays(-60), new DateOnly(today.Year, 12, 31), new DateOnly(today.Year, 11, 30),
                    "Số phản ánh được giải quyết, số hộ tham gia.", "Duy trì được bằng nguồn lực sẵn có; có thể nhân rộng ở địa phương khác."),
                    movement.Id, planned.Id, null);
                planned.MarkTakenOver();
                var roll = rng.Next(100);
                db.DvkModels.Add(model);
                demoModels.Advance(model, roll < 35 ? ModelStatus.Registered : roll < 65 ? ModelStatus.Implementing : roll < 75 ? ModelStatus.Proposed
                    : ModelStatus.Recognised, today.AddDays(-60), today.AddDays(-8), decision.Id, today.AddDays(-5));
            }
        }

        // A few recognised models replicated into communes that had none (and one replication of a replication).
        var recognised = db.DvkModels.Local.Where(m => m.MovementId == movement.Id && DvkModel.CanBeReplicatedIn(m.Status)).Take(3).ToList();
        var withModel = db.DvkModels.Local.Where(m => m.MovementId == movement.Id).Select(m => m.UnitId).ToHashSet();
        var targets = communes.Where(c => c != communes[0] && !withModel.Contains(c.Id)).Take(6).ToList(); // XA001 keeps no model, for the walkthrough
        DvkModel? previous = null;
        foreach (var (target, i) in targets.Select((t, i) => (t, i)))
        {
            var origin = i == targets.Count - 1 && previous is not null ? previous : recognised.Count == 0 ? null : recognised[i % recognised.Count];
            if (origin is null)
            {
                break;
            }

            var copy = DvkModel.Create(tenantId, target.Id, null, today.Year, new ModelDetails(origin.Name, origin.Field, null, ModelLevel.Grassroots,
                origin.Problem, origin.Goals, origin.ContentAndMethods, null, null, null, today.AddDays(-30), null, null, null, null),
                movement.Id, null, origin.Id);
            db.DvkModels.Add(copy);
            demoModels.Advance(copy, i == 0 ? ModelStatus.Recognised : ModelStatus.Implementing, today.AddDays(-30), today.AddDays(-8), decision.Id,
                today.AddDays(-5));
            previous = i == 0 ? copy : previous;
        }

        // A few hundred models in all: every unit but XA001 and a few laggards has one; chains of replications across the years.
        demoModels.SeedCurrent(movement, participants, communes[0], decision.Id, today, twoYearsAgoModels, lastYearModels, ppc, lastYear);

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// A previous year's movement of the same series, launched in February and closed in December: its plan, content
    /// items, participating unit kinds, and every unit's obligation — nearly all filed, a few late or missing.
    /// </summary>
    private static Movement PastMovement(AppDbContext db, Guid tenantId, Unit ppc, IReadOnlyList<Unit> participants, IReadOnlyList<Guid> kinds, int year,
        int planNumber, Guid officerId, string officerName, Random rng)
    {
        static DateTime At(DateOnly on) => DateTime.SpecifyKind(on.ToDateTime(new TimeOnly(2, 0)), DateTimeKind.Utc);
        var starts = new DateOnly(year, 2, 20);
        var deadline = new DateOnly(year, 3, 20);
        var title = $"Phát động phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính nhà nước năm {year}";
        var plan = Document.Create(tenantId, ppc.Id, Parse($"{planNumber}/KH-UBND"), new DocumentDetails(DocumentType.Plan, ppc.Id, ppc.Name, "Sông Trà",
            starts, starts, null, DocumentStatus.Expired, "Nguyễn Thanh Bình", "KT. Chủ tịch – Phó Chủ tịch", title,
            string.Join("\n", Contents.Select((c, i) => $"{i + 1}. {c}"))), isStub: false);
        db.Documents.Add(plan);
        var movement = Movement.Create(tenantId, ppc.Id, new MovementDetails($"Phong trào thi đua “Dân vận khéo” năm {year}",
            "Dân vận khéo trong thực thi nhiệm vụ liên quan đến người dân", year, MovementForm.Thematic, plan.Id, starts, new DateOnly(year, 12, 31),
            "Các sở, ban, ngành, cơ quan, đơn vị trực thuộc UBND tỉnh; UBND các xã, phường, đặc khu.",
            "Cán bộ, công chức, viên chức, người lao động trong cơ quan hành chính nhà nước và đơn vị sự nghiệp.",
            deadline, false, null, new DateOnly(year, 4, 15), new DateOnly(year, 7, 15), new DateOnly(year, 12, 10), new DateOnly(year, 12, 20)),
            new Actor(officerId, officerName, At(starts.AddDays(-1))));
        db.Movements.Add(movement);
        AddItems(db, tenantId, movement.Id, withIndividualsAndAwards: false);

        foreach (var kind in kinds)
        {
            db.MovementParticipants.Add(new MovementParticipant(tenantId, movement.Id, ppc.Id, true, kind));
        }

        movement.Launch(new Actor(officerId, officerName, At(starts)), starts, $"Kế hoạch số {planNumber}/KH-UBND");
        movement.Close(new Actor(officerId, officerName, At(new DateOnly(year, 12, 28))), "Tổng kết phong trào");
        var n = 300; // numbers apart from this year's plans (and from the 45/KH-UBND and 70/KH-UBND the walkthrough and tests look up)
        foreach (var unit in participants)
        {
            var obligation = new PlanObligation(tenantId, movement.Id, unit.Id, deadline, 0, ppc.Id);
            db.PlanObligations.Add(obligation);
            var roll = rng.Next(100);
            if (roll >= 96)
            {
                continue; // missing
            }

            var filedOn = roll < 85 ? deadline.AddDays(-rng.Next(0, 25)) : deadline.AddDays(rng.Next(1, 30));
            var symbol = unit.Code.StartsWith('S') || unit.Code == "TTT" ? $"KH-{unit.Code}" : "KH-UBND";
            var doc = Document.Create(tenantId, unit.Id, Parse($"{++n}/{symbol}"), new DocumentDetails(DocumentType.Plan, unit.Id, unit.Name, null, filedOn,
                filedOn, null, DocumentStatus.Expired, null, null, $"Triển khai phong trào thi đua “Dân vận khéo” năm {year}", null), isStub: false);
            db.Documents.Add(doc);
            obligation.File(doc.Id, doc.Number, filedOn, new Actor(officerId, officerName, At(filedOn)), filedOn);
        }

        return movement;
    }

    /// <summary>The plan's contents and collective standards; this year's movement also its individual standards and awards.</summary>
    private static void AddItems(AppDbContext db, Guid tenantId, Guid movementId, bool withIndividualsAndAwards)
    {
        var seq = 0;
        foreach (var c in Contents)
        {
            db.MovementItems.Add(new MovementItem(tenantId, movementId, MovementItemKind.Content, ++seq, c, null, null));
        }

        seq = 0;
        foreach (var (text, rule) in CollectiveStandards)
        {
            db.MovementItems.Add(new MovementItem(tenantId, movementId, MovementItemKind.CollectiveStandard, ++seq, text, rule, null));
        }

        if (!withIndividualsAndAwards)
        {
            return;
        }

        seq = 0;
        foreach (var (text, rule) in IndividualStandards)
        {
            db.MovementItems.Add(new MovementItem(tenantId, movementId, MovementItemKind.IndividualStandard, ++seq, text, rule, null));
        }

        db.MovementItems.Add(new MovementItem(tenantId, movementId, MovementItemKind.Award, 1, "Bằng khen của Chủ tịch UBND tỉnh cho tập thể", null, 10));
        db.MovementItems.Add(new MovementItem(tenantId, movementId, MovementItemKind.Award, 2, "Bằng khen của Chủ tịch UBND tỉnh cho cá nhân", null, 15));
        db.MovementItems.Add(new MovementItem(tenantId, movementId, MovementItemKind.Award, 3, "Giấy khen của Thủ trưởng cơ quan, đơn vị, Chủ tịch UBND xã", null, null));
    }

    internal static readonly (string Name, ModelField Field)[] PlannedModels =
    [
        ("Tổ tự quản an ninh trật tự khu dân cư", ModelField.DefenceSecurity),
        ("Dân vận khéo trong hiến đất làm đường giao thông nông thôn", ModelField.Economy),
        ("Một cửa thân thiện – nụ cười công sở", ModelField.PoliticalSystem),
        ("Zalo kết nối chính quyền với Nhân dân", ModelField.PoliticalSystem),
        ("Vận động hộ nghèo tự vươn lên thoát nghèo bền vững", ModelField.Economy),
        ("Xây dựng khu dân cư không rác thải nhựa", ModelField.CultureSociety),
        ("Vận động học sinh không bỏ học", ModelField.CultureSociety),
        ("Tiếp công dân lắng nghe – thấu hiểu", ModelField.PoliticalSystem),
    ];

    private static DocumentNumber Parse(string text) =>
        DocumentNumber.TryParse(text, out var number) && number is not null ? number : throw new InvalidOperationException($"Số văn bản mẫu sai: {text}");
}
