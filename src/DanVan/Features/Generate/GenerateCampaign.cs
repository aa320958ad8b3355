using DanVan.Features.Demo;
using DanVan.Features.Documents;
using DanVan.Features.Models;
using DanVan.Features.Movements;
using DanVan.Features.Registrations;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Generate;

/// <summary>
/// A generated province's "Dân vận khéo" year: documents of every commune, the launched movement with a plan
/// obligation for every department and commune (most filed), registrations, and models at every stage.
/// </summary>
internal static class GenerateCampaign
{
    private static readonly (DocumentType Type, string Symbol, string Title)[] DocumentKinds =
    [
        (DocumentType.Plan, "KH", "Kế hoạch tuyên truyền, vận động Nhân dân thực hiện quy chế dân chủ ở cơ sở"),
        (DocumentType.Report, "BC", "Báo cáo kết quả công tác dân vận chính quyền"),
        (DocumentType.Decision, "QĐ", "Quyết định kiện toàn Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở"),
        (DocumentType.Notice, "TB", "Thông báo kết luận hội nghị đối thoại với Nhân dân"),
        (DocumentType.Plan, "KH", "Kế hoạch xây dựng mô hình “Dân vận khéo” gắn với chuyển đổi số"),
        (DocumentType.Report, "BC", "Báo cáo sơ kết phong trào thi đua “Dân vận khéo”"),
    ];

    /// <summary>The demo's planned models, then a few more.</summary>
    private static readonly (string Name, ModelField Field)[] ModelNames =
    [
        .. DemoMovement.PlannedModels,
        ("Camera an ninh – mắt thần khu phố", ModelField.DefenceSecurity),
        ("Chợ 4.0 thanh toán không dùng tiền mặt", ModelField.Economy),
        ("Phụ nữ tiết kiệm giúp nhau phát triển kinh tế", ModelField.Other),
    ];

    private static readonly ModelAction[][] Lifecycles =
    [
        [],
        [ModelAction.Register],
        [ModelAction.Register, ModelAction.StartImplementing],
        [ModelAction.Register, ModelAction.StartImplementing],
        [ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose],
        [ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Recognise],
        [ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Recognise],
        [ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Reject],
        [ModelAction.Register, ModelAction.Withdraw],
        [ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Recognise, ModelAction.Drop],
    ];

    public static async Task RunAsync(BulkWriter writer, DatasetSize size, GenerateTenant.Output t, Random rng, DateTime now, DateOnly today)
    {
        var tenantId = t.Tenant.Id;
        var documents = new List<Document>();
        var relations = new List<DocumentRelation>();
        var numbers = new Dictionary<Guid, int>();
        Document NewDocument(Unit issuer, DocumentType type, string symbol, DateOnly date, string title, string? body)
        {
            var n = numbers[issuer.Id] = numbers.GetValueOrDefault(issuer.Id) + 1;
            var number = DocumentNumber.TryParse($"{n}/{symbol}-UBND", out var parsed) && parsed is not null
                ? parsed : throw new InvalidOperationException($"Số văn bản sinh ra sai: {n}/{symbol}");
            var doc = Document.Create(tenantId, issuer.Id, number, new DocumentDetails(type, issuer.Id, issuer.Name, null, date, date, null,
                DocumentStatus.InForce, null, null, title, body), isStub: false);
            documents.Add(doc);
            return doc;
        }

        var starts = today.AddDays(-75);
        var deadline = today.AddDays(-45);
        var title = $"Phát động phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính nhà nước năm {today.Year}";
        var plan = NewDocument(t.Ppc, DocumentType.Plan, "KH", starts, title,
            "Thực hiện Chỉ thị số 16/CT-TTg và Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ về tăng cường và đổi mới công tác dân vận.");
        var recognitionOn = today.AddDays(-10);
        var recognitionDoc = NewDocument(t.Ppc, DocumentType.Decision, "QĐ", recognitionOn, $"Quyết định công nhận mô hình “Dân vận khéo” năm {today.Year}", null);
        var recognition = new RecognitionDecision(recognitionDoc.Id, recognitionDoc.Type, recognitionDoc.IsStub, recognitionDoc.IssueDate, t.Ppc.Path, t.Ppc.Depth);
        foreach (var commune in t.Communes)
        {
            for (var i = 0; i < size.DocumentsPerCommune; i++)
            {
                var (type, symbol, docTitle) = DocumentKinds[(i + rng.Next(DocumentKinds.Length)) % DocumentKinds.Length];
                NewDocument(commune.Unit, type, symbol, today.AddDays(-rng.Next(1, 700)), $"{docTitle} năm {today.Year - rng.Next(2)}", null);
            }
        }

        var movement = Movement.Create(tenantId, t.Ppc.Id, new MovementDetails($"Phong trào thi đua “Dân vận khéo” năm {today.Year}",
            "Dân vận khéo trong thực thi nhiệm vụ liên quan đến người dân", today.Year, MovementForm.Thematic, plan.Id, starts,
            new DateOnly(today.Year, 12, 31), "Các sở, ban, ngành; UBND các xã, phường.", "Cán bộ, công chức, viên chức, người lao động.",
            deadline, false, null, today.AddDays(30), today.AddDays(20), today.AddDays(25), today.AddDays(40)),
            new Actor(t.Officer.Id, t.Officer.FullName, now.AddDays(-76)));
        movement.Launch(new Actor(t.Officer.Id, t.Officer.FullName, now.AddDays(-75)), starts, $"Kế hoạch số {plan.Number}");
        var items = new List<MovementItem>
        {
            new(tenantId, movement.Id, MovementItemKind.Content, 1, "Vận động nhân dân chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.", null, null),
            new(tenantId, movement.Id, MovementItemKind.CollectiveStandard, 1, "Xây dựng kế hoạch và tổ chức triển khai thực hiện tốt công tác dân vận.", "plan.filed_on_time", null),
            new(tenantId, movement.Id, MovementItemKind.CollectiveStandard, 2, "Xây dựng được ít nhất một mô hình “Dân vận khéo” được công nhận.", "dvk.model_recognised", null),
            new(tenantId, movement.Id, MovementItemKind.IndividualStandard, 1, "Xây dựng mô hình “Dân vận khéo” được cấp có thẩm quyền công nhận.", "dvk.model_author", null),
            new(tenantId, movement.Id, MovementItemKind.Award, 1, "Bằng khen của Chủ tịch UBND tỉnh cho tập thể", null, 10),
        };
        var participants = new[] { t.Departments[0].KindId }.Concat(t.Communes.Select(c => c.Unit.KindId)).Distinct()
            .Select(kind => new MovementParticipant(tenantId, movement.Id, t.Ppc.Id, true, kind)).ToList();
        var events = movement.History.ToList(); // the transitions wrote them; the bulk writer saves them after their owners

        var obligations = new List<PlanObligation>();
        var registrations = new List<Registration>();
        var planned = new List<PlannedModel>();
        var registered = new List<RegisteredPerson>();
        var models = new List<DvkModel>();
        foreach (var unit in t.Departments.Concat(t.Communes.Select(c => c.Unit)))
        {
            var obligation = new PlanObligation(tenantId, movement.Id, unit.Id, deadline, 0, t.Ppc.Id);
            obligations.Add(obligation);
            var roll = rng.Next(100);
            PlannedModel? plannedModel = null;
            if (roll < 88)
            {
                var filedOn = roll < 72 ? deadline.AddDays(-rng.Next(0, 28)) : deadline.AddDays(rng.Next(1, 25));
                var doc = NewDocument(unit, DocumentType.Plan, "KH", filedOn.AddDays(-1), $"Triển khai phong trào thi đua “Dân vận khéo” năm {today.Year}", null);
                relations.Add(new DocumentRelation(tenantId, doc.Id, plan.Id, RelationKind.Implements));
                obligation.File(doc.Id, doc.Number, filedOn.AddDays(-1), new Actor(t.Officer.Id, t.Officer.FullName, now.AddDays(filedOn.DayNumber - today.DayNumber)), filedOn);
                if (rng.Next(100) < 80)
                {
                    var registration = new Registration(tenantId, movement.Id, unit.Id, today.Year);
                    registration.SetDetails(rng.Next(2) == 0 ? ["TTLDXS"] : ["TTLDTT", "GK"],
                        "Đăng ký xây dựng và nhân rộng mô hình “Dân vận khéo” gắn với nhiệm vụ phục vụ người dân.");
                    var (name, field) = ModelNames[rng.Next(ModelNames.Length)];
                    plannedModel = new PlannedModel(tenantId, registration.Id, 1, name, field, field == ModelField.Other ? "Kinh tế tập thể" : null);
                    planned.Add(plannedModel);
                    foreach (var person in t.SomePeople.GetValueOrDefault(unit.Id, []).Take(2))
                    {
                        registered.Add(new RegisteredPerson(tenantId, registration.Id, person, rng.Next(3) == 0 ? "CSTDCS" : "LDTT"));
                    }

                    if (rng.Next(2) == 0)
                    {
                        registration.Approve(new Actor(t.Officer.Id, t.Officer.FullName, now.AddDays(-rng.Next(1, 20))));
                    }

                    registrations.Add(registration);
                }
            }

            var count = 1 + rng.Next(size.MaxModelsPerCommune);
            for (var i = 0; i < count; i++)
            {
                var linked = i == 0 ? plannedModel : null;
                var (name, field) = linked is null ? ModelNames[rng.Next(ModelNames.Length)] : (linked.Name, linked.Field);
                var people = t.SomePeople.GetValueOrDefault(unit.Id, []);
                var model = DvkModel.Create(tenantId, unit.Id, people.Count > 0 && rng.Next(3) == 0 ? people[0] : null, today.Year - (i % 3 == 2 ? 1 : 0),
                    new ModelDetails($"{name} ({unit.Name.Replace("UBND ", "", StringComparison.Ordinal)})", field,
                        field == ModelField.Other ? "Kinh tế tập thể" : null, rng.Next(100) < 15 ? ModelLevel.Provincial : ModelLevel.Grassroots,
                        "Người dân còn gặp khó khăn khi liên hệ, phản ánh với chính quyền; cần cách làm gần dân, hiệu quả hơn.",
                        "Tăng số phản ánh được giải quyết đúng hạn; tăng mức hài lòng của người dân.",
                        "Phân công cán bộ phụ trách; công khai kênh tiếp nhận; định kỳ đối thoại với Nhân dân.",
                        "Toàn địa bàn; hộ gia đình, người dân, doanh nghiệp.", "Chính quyền chủ trì; Mặt trận và các đoàn thể phối hợp.",
                        "Ngân sách địa phương và xã hội hóa.", today.AddDays(-rng.Next(30, 400)), new DateOnly(today.Year, 12, 31), null,
                        "Số phản ánh được giải quyết, số hộ tham gia.", "Có thể nhân rộng ở địa phương khác."),
                    movement.Id, linked?.Id, null);
                linked?.MarkTakenOver();
                var by = new ModelActor(t.Officer.Id, t.Officer.FullName, now.AddDays(-rng.Next(60, 90)));
                foreach (var action in Lifecycles[rng.Next(Lifecycles.Length)])
                {
                    _ = action switch
                    {
                        ModelAction.Register => model.Register(by),
                        ModelAction.StartImplementing => model.StartImplementing(by),
                        ModelAction.Propose => model.Propose(by),
                        ModelAction.Recognise => model.Recognise(by with { At = now.AddDays(-10) }, model.Level, recognition, t.Ppc.Path,
                            Math.Min(model.Year, recognitionOn.Year), "Theo quyết định công nhận"),
                        ModelAction.Reject => model.Reject(by with { At = now.AddDays(-10) }, "Chưa đủ kết quả, hiệu quả để công nhận"),
                        ModelAction.Withdraw => model.Withdraw(by),
                        ModelAction.Drop => model.Drop(by with { At = now.AddDays(-5) }, "Mô hình không còn duy trì"),
                        _ => throw new InvalidOperationException(action.ToString()),
                    } is { } refused ? throw new InvalidOperationException(refused.Message) : 0;
                }

                if (DvkModel.CanPublishIn(model.Status) && rng.Next(100) < 70)
                {
                    model.Publish(new ModelActor(t.Officer.Id, t.Officer.FullName, now.AddDays(-rng.Next(1, 9))));
                }

                models.Add(model);
            }
        }

        await writer.WriteAsync(documents);
        await writer.WriteAsync(relations);
        await writer.WriteAsync([movement]);
        await writer.WriteAsync(items);
        await writer.WriteAsync(participants);
        await writer.WriteAsync(obligations);
        await writer.WriteAsync(registrations);
        await writer.WriteAsync(events.Concat(obligations.SelectMany(o => o.History)).Concat(registrations.SelectMany(r => r.History)).ToList());
        await writer.WriteAsync(planned);
        await writer.WriteAsync(registered);
        await writer.WriteAsync(models);
        await writer.WriteAsync(models.SelectMany(m => m.History).ToList()); // the rows each model's transitions appended
    }
}
