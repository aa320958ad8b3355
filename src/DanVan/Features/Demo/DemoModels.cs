using DanVan.Features.Documents;
using DanVan.Features.Models;
using DanVan.Features.Movements;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;

namespace DanVan.Features.Demo;

/// <summary>
/// The demo province's "Dân vận khéo" models: a few hundred in the current movement and the two previous years'
/// (closed) movements, across the four fields and both levels, at every state of their life — each transition an event,
/// progress reports with indicator values, the reviewers' four-quality scores, a recognition decision per year linked
/// from the recognised models, and replication chains (a replication of a replication of a replication, across years).
/// Every model is walked through the entity's own state machine. Deterministic (its own seeded Random).
/// </summary>
internal sealed class DemoModels
{
    /// <summary>About this many models in the current movement (the planned models taken over included).</summary>
    public const int CurrentTarget = 300;

    public static readonly IReadOnlyDictionary<ModelField, string[]> Names = new Dictionary<ModelField, string[]>
    {
        [ModelField.Economy] =
        [
            "Dân vận khéo trong hiến đất làm đường giao thông nông thôn", "Liên kết sản xuất lúa hữu cơ theo chuỗi giá trị",
            "Vận động hộ nghèo tự vươn lên thoát nghèo bền vững", "Tổ hợp tác trồng rừng keo gỗ lớn", "Đồng hành cùng chủ thể sản phẩm OCOP",
            "Vận động Nhân dân dồn điền, đổi thửa", "Chợ phiên nông sản sạch", "Đồng hành cùng thanh niên khởi nghiệp",
            "Chuyển đổi cây trồng trên đất lúa kém hiệu quả", "Tổ tiết kiệm và vay vốn giúp nhau giảm nghèo",
            "Dân vận khéo trong giải phóng mặt bằng dự án trọng điểm", "Nuôi bò sinh sản giúp đồng bào Hrê thoát nghèo",
            "Chợ 4.0 – thanh toán không dùng tiền mặt", "Du lịch cộng đồng gắn với bảo tồn bản sắc văn hóa",
            "Doanh nghiệp đồng hành cùng hộ nghèo",
        ],
        [ModelField.CultureSociety] =
        [
            "Xây dựng khu dân cư không rác thải nhựa", "Vận động học sinh không bỏ học", "Gia đình hiếu học, dòng họ khuyến học",
            "Thắp sáng đường quê", "Con đường hoa, hàng cây xanh", "Phân loại rác thải tại nguồn", "Bữa cơm có thịt cho học sinh bán trú",
            "Nhận đỡ đầu trẻ em mồ côi", "Câu lạc bộ dưỡng sinh người cao tuổi", "Vận động tiêm chủng đầy đủ cho trẻ em",
            "Khám bệnh tại nhà cho người cao tuổi neo đơn", "Mái ấm nghĩa tình cho hộ nghèo", "Tốt đời, đẹp đạo trong đồng bào có đạo",
            "Phòng, chống bạo lực gia đình và xâm hại trẻ em", "Bệnh viện xanh – sạch – đẹp, người bệnh hài lòng",
        ],
        [ModelField.DefenceSecurity] =
        [
            "Tổ tự quản an ninh trật tự khu dân cư", "Camera an ninh – mắt thần khu phố", "Thôn không có tội phạm và tệ nạn xã hội",
            "Tổ hòa giải ở cơ sở giỏi", "Bến thuyền an toàn, ngư dân vững tâm bám biển", "Đội xung kích phòng, chống thiên tai",
            "Giúp người lầm lỗi tái hòa nhập cộng đồng", "Tổ liên gia an toàn phòng cháy, chữa cháy", "Khu dân cư an toàn giao thông",
            "Ngư dân với biển đảo quê hương", "Dòng họ không có người vi phạm pháp luật",
        ],
        [ModelField.PoliticalSystem] =
        [
            "Một cửa thân thiện – nụ cười công sở", "Zalo kết nối chính quyền với Nhân dân", "Tiếp công dân lắng nghe – thấu hiểu",
            "Cà phê doanh nhân – đối thoại cùng doanh nghiệp", "Dịch vụ công trực tuyến – người dân không phải đi lại",
            "Cán bộ đến từng nhà hỗ trợ định danh điện tử", "Trả kết quả thủ tục hành chính tại nhà", "Ngày thứ Bảy cùng dân",
            "Người đứng đầu đối thoại định kỳ với Nhân dân", "Hòm thư góp ý điện tử", "Số hóa hồ sơ hộ tịch, phục vụ người dân",
            "Cán bộ, công chức trọng dân, gần dân, hiểu dân",
        ],
    };

    private static readonly Dictionary<ModelField, (string Problem, string Goals, string Content, string[] Indicators)> Texts = new()
    {
        [ModelField.Economy] = ("Sản xuất còn manh mún, thu nhập của người dân thấp; một bộ phận hộ còn trông chờ, ỷ lại.",
            "Tăng thu nhập, giảm hộ nghèo; Nhân dân tự nguyện góp công, góp đất, góp tiền.",
            "Tuyên truyền đến từng hộ; cán bộ, đảng viên gương mẫu đi trước; công khai các khoản đóng góp; liên kết với doanh nghiệp.",
            ["households", "money_vnd", "land_m2"]),
        [ModelField.CultureSociety] = ("Môi trường sống, việc học và chăm sóc sức khỏe ở một số khu dân cư còn nhiều hạn chế.",
            "Khu dân cư sạch đẹp, trẻ em đến trường đầy đủ, người yếu thế được chăm lo.",
            "Vận động hộ gia đình cam kết; các đoàn thể nhận đỡ đầu; xã hội hóa nguồn lực; biểu dương gương điển hình.",
            ["households", "participants", "money_vnd"]),
        [ModelField.DefenceSecurity] = ("Tình hình an ninh trật tự ở khu dân cư còn tiềm ẩn phức tạp; mâu thuẫn nhỏ dễ thành điểm nóng.",
            "Giảm vụ việc vi phạm trật tự; hòa giải thành ở cơ sở; Nhân dân tham gia tự quản.",
            "Thành lập tổ tự quản, phân công hộ liên gia; lắp camera bằng xã hội hóa; hòa giải ngay từ cơ sở.",
            ["participants", "complaints_resolved", "households"]),
        [ModelField.PoliticalSystem] = ("Người dân còn phải đi lại nhiều lần khi làm thủ tục; phản ánh, kiến nghị chậm được trả lời.",
            "Giải quyết thủ tục, phản ánh đúng hạn; tăng mức hài lòng của người dân và doanh nghiệp.",
            "Công khai kênh tiếp nhận; hướng dẫn tận tình; trả kết quả tại nhà; người đứng đầu đối thoại định kỳ.",
            ["complaints_resolved", "participants"]),
    };

    private static readonly ModelField[] Fields = [ModelField.Economy, ModelField.CultureSociety, ModelField.DefenceSecurity, ModelField.PoliticalSystem];

    private readonly AppDbContext _db;
    private readonly Guid _tenantId;
    private readonly Random _rng;
    private readonly (Guid Id, string Name) _reviewer;
    private readonly (Guid Id, string Name) _officer;
    private readonly Dictionary<Guid, Unit> _units;
    private readonly Dictionary<Guid, string> _people;
    private readonly Dictionary<Guid, string> _base = [];
    private readonly Dictionary<Guid, Document> _decisions = [];
    private ModelRubric? _rubric;

    public DemoModels(AppDbContext db, Guid tenantId, Guid officerId, string officerName)
    {
        _db = db;
        _tenantId = tenantId;
        _rng = new Random(20251231);
        _officer = (officerId, officerName);
        var board = db.Users.Local.FirstOrDefault(u => u.TenantId == tenantId && u.UserName == "bandanvan");
        _reviewer = board is null ? _officer : (board.Id, board.FullName);
        _units = db.Units.Local.Where(u => u.TenantId == tenantId).ToDictionary(u => u.Id);
        _people = db.People.Local.Where(p => p.TenantId == tenantId).GroupBy(p => p.UnitId)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Position?.StartsWith("Chủ tịch", StringComparison.Ordinal) == true ? 0 : 1)
                .ThenBy(p => p.FullName, StringComparer.Ordinal).First().FullName);
    }

    /// <summary>The state a demo model is walked to, from a roll of 0–99 and a distribution of (state, percent).</summary>
    public static ModelStatus Pick(int roll, (ModelStatus Status, int Percent)[] distribution)
    {
        foreach (var (status, percent) in distribution)
        {
            if ((roll -= percent) < 0)
            {
                return status;
            }
        }

        return distribution[^1].Status;
    }

    /// <summary>A recognition decision of UBND tỉnh for a year's batch of models.</summary>
    public Document Decision(Unit ppc, string number, DateOnly on, int year)
    {
        var decision = Document.Create(_tenantId, ppc.Id, DocumentNumber.TryParse(number, out var n) && n is not null ? n : throw new InvalidOperationException(number),
            new DocumentDetails(DocumentType.Decision, ppc.Id, ppc.Name, "Sông Trà", on, on, null, DocumentStatus.InForce, "Nguyễn Thanh Bình",
                "KT. Chủ tịch – Phó Chủ tịch", $"Về việc công nhận mô hình “Dân vận khéo” năm {year}",
                "Công nhận các mô hình “Dân vận khéo” có danh sách kèm theo là mô hình có hiệu quả, có khả năng nhân rộng; "
                + "giao các cơ quan, đơn vị, địa phương duy trì, nhân rộng mô hình."), isStub: false);
        _db.Documents.Add(decision);
        _decisions[decision.Id] = decision;
        return decision;
    }

    /// <summary>A new model of the unit, named after the unit's place when it is a commune or a service unit.</summary>
    public DvkModel Create(Unit unit, ModelField field, string baseName, ModelLevel level, int year, Guid movementId, DateOnly startsOn, DvkModel? origin = null)
    {
        var place = unit.Name.StartsWith("UBND ", StringComparison.Ordinal) ? unit.Name[5..] : unit.Name;
        var name = $"{baseName} ({place})";
        var t = Texts[field];
        var model = DvkModel.Create(_tenantId, unit.Id, null, year, new ModelDetails(name, field, null, level, t.Problem, t.Goals, t.Content,
                unit.Kind?.Code is "DEPT" ? "Các cơ quan, đơn vị và người dân trong tỉnh." : $"Nhân dân {place}.",
                "Chính quyền chủ trì; Mặt trận Tổ quốc và các đoàn thể phối hợp; Nhân dân là chủ thể.", "Ngân sách, xã hội hóa và ngày công của Nhân dân.",
                startsOn, new DateOnly(year, 12, 31), new DateOnly(year, 11, 30), "Số hộ, lượt người tham gia; kết quả đo đếm được theo chỉ tiêu.",
                "Duy trì bằng nguồn lực tại chỗ; có thể nhân rộng ở địa phương có điều kiện tương tự."),
            movementId, null, origin?.Id);
        _base[model.Id] = baseName;
        _db.DvkModels.Add(model);
        return model;
    }

    public string BaseName(DvkModel model) => _base.GetValueOrDefault(model.Id, model.Name);

    public ModelField RandomField() => Fields[_rng.Next(Fields.Length)];

    public string RandomName(ModelField field) => Names[field][_rng.Next(Names[field].Length)];

    public int Next(int max) => _rng.Next(max);

    /// <summary>
    /// Walks the model to <paramref name="target"/> through the entity's state machine, the owner's steps spread over
    /// [from, to] and the review on <paramref name="decisionOn"/>; each step an event; progress reports with indicator
    /// values once implemented; the reviewers' scores once proposed.
    /// </summary>
    public void Advance(DvkModel model, ModelStatus target, DateOnly from, DateOnly to, Guid? decisionId, DateOnly decisionOn)
    {
        ModelAction[] path = target switch
        {
            ModelStatus.Draft => [],
            ModelStatus.Registered => [ModelAction.Register],
            ModelStatus.Implementing => [ModelAction.Register, ModelAction.StartImplementing],
            ModelStatus.Proposed => [ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose],
            ModelStatus.Recognised => [ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Recognise],
            ModelStatus.NotRecognised => [ModelAction.Register, ModelAction.StartImplementing, ModelAction.Propose, ModelAction.Reject],
            ModelStatus.Withdrawn => _rng.Next(3) switch
            {
                0 => [ModelAction.Withdraw],
                1 => [ModelAction.Register, ModelAction.Withdraw],
                _ => [ModelAction.Register, ModelAction.StartImplementing, ModelAction.Withdraw],
            },
            _ => throw new ArgumentOutOfRangeException(nameof(target)),
        };
        var span = Math.Max(1, to.DayNumber - from.DayNumber);
        var owner = _people.GetValueOrDefault(model.UnitId)
                    ?? (_units.GetValueOrDefault(model.UnitId)?.ParentId is { } parent ? _people.GetValueOrDefault(parent) : null) ?? "Cán bộ đơn vị";
        var year = model.Year;
        DateOnly? implementedOn = null;
        DateOnly last = from;
        for (var i = 0; i < path.Length; i++)
        {
            var action = path[i];
            var review = DvkModel.IsReview(action);
            var on = review ? decisionOn : from.AddDays(span * (i + 1) / (path.Length + 1));
            var by = review ? new ModelActor(_reviewer.Id, _reviewer.Name, At(on)) : new ModelActor(Guid.Empty, owner, At(on));
            var error = action switch
            {
                ModelAction.Register => model.Register(by),
                ModelAction.StartImplementing => model.StartImplementing(by),
                ModelAction.Propose => model.Propose(by),
                ModelAction.Recognise => model.Recognise(by, model.Level, DecisionFor(decisionId), _units[model.UnitId].Path, Math.Min(year, decisionOn.Year),
                    "Theo quyết định công nhận"),
                ModelAction.Reject => model.Reject(by, "Chưa đạt tiêu chí hiệu quả, khả năng nhân rộng"),
                ModelAction.Withdraw => model.Withdraw(by, "Đơn vị rút đăng ký do thay đổi nhiệm vụ"),
                _ => throw new ArgumentOutOfRangeException(nameof(target)),
            };
            if (error is not null)
            {
                throw new InvalidOperationException($"Mô hình mẫu {model.Name}: {error.Message}");
            }

            implementedOn ??= action == ModelAction.StartImplementing ? on : null;
            last = on;
            if (action == ModelAction.Propose)
            {
                Review(model, target == ModelStatus.NotRecognised);
            }
        }

        if (implementedOn is { } start)
        {
            var end = model.Status is ModelStatus.Implementing or ModelStatus.Withdrawn ? to : last;
            Progress(model, start, end);
        }
    }

    /// <summary>The yearly re-confirmation (still effective) or dropping of a recognised model, by the reviewing body.</summary>
    public void Review(DvkModel model, ModelAction action, int year, DateOnly on)
    {
        var by = new ModelActor(_reviewer.Id, _reviewer.Name, At(on));
        if ((action == ModelAction.Drop ? model.Drop(by, "Không còn duy trì hiệu quả") : model.Reconfirm(by, year, "Tiếp tục duy trì hiệu quả")) is { } error)
        {
            throw new InvalidOperationException($"Mô hình mẫu {model.Name}: {error.Message}");
        }
    }

    /// <summary>A demo decision (added to the context earlier) as the recognition rule reads it.</summary>
    private RecognitionDecision DecisionFor(Guid? id)
    {
        // Each DbSet.Local read runs DetectChanges over every tracked row: once per model made the seed quadratic.
        var document = id is { } known && _decisions.TryGetValue(known, out var made) ? made : _db.Documents.Local.First(d => d.Id == id);
        var issuer = _units[document.IssuerUnitId!.Value];
        return new RecognitionDecision(document.Id, document.Type, document.IsStub, document.IssueDate, issuer.Path, issuer.Depth);
    }

    private void Review(DvkModel model, bool weak)
    {
        var (low, high) = weak ? (4, 8) : (7, 11);
        foreach (var reviewer in _rng.Next(3) > 0 ? [_reviewer] : new[] { _reviewer, _officer })
        {
            var rubric = _rubric ??= _db.ModelRubrics.Local.Single(r => r.TenantId == _tenantId); // the default, seeded with the province
            var scores = rubric.Criteria.ToDictionary(c => c.Code, c => Math.Clamp(_rng.Next(low, high) * c.MaxScore / 10, rubric.MinScore, c.MaxScore));
            _db.ModelReviews.Add(new ModelReview(_tenantId, model.Id, model.Round, reviewer.Id, reviewer.Name, rubric, scores,
                weak ? "Kết quả chưa rõ, khó nhân rộng." : "Có kết quả đo đếm được, có thể nhân rộng."));
        }
    }

    private void Progress(DvkModel model, DateOnly from, DateOnly to)
    {
        var reports = 1 + _rng.Next(2);
        var codes = Texts[model.Field].Indicators;
        var scale = 1 + _rng.Next(10);
        var span = Math.Max(1, to.DayNumber - from.DayNumber);
        for (var i = 1; i <= reports; i++)
        {
            var on = from.AddDays(span * i / reports);
            var progress = new ModelProgress(_tenantId, model.Id, on, i == reports
                ? "Mô hình duy trì nền nếp; Nhân dân đồng tình, hưởng ứng; kết quả cộng dồn theo các chỉ tiêu."
                : "Đã tổ chức tuyên truyền, họp dân, phân công cán bộ phụ trách; bước đầu có kết quả.", Guid.Empty,
                _people.GetValueOrDefault(model.UnitId) ?? "Cán bộ đơn vị");
            _db.ModelProgress.Add(progress);
            foreach (var code in codes.Take(2))
            {
                var unit = code switch
                {
                    "money_vnd" => 5_000_000m,
                    "land_m2" => 150m,
                    "participants" => 40m,
                    "households" => 12m,
                    _ => 3m,
                };
                _db.ModelIndicatorValues.Add(new ModelIndicatorValue(_tenantId, progress.Id, code, unit * scale * i * (1 + _rng.Next(4))));
            }
        }
    }

    private static readonly (ModelStatus, int)[] PastStates =
    [
        (ModelStatus.Recognised, 45), (ModelStatus.Implementing, 16), (ModelStatus.NotRecognised, 12), (ModelStatus.Withdrawn, 10),
        (ModelStatus.Registered, 10), (ModelStatus.Proposed, 7),
    ];

    private static readonly (ModelStatus, int)[] CurrentStates =
    [
        (ModelStatus.Draft, 8), (ModelStatus.Registered, 22), (ModelStatus.Implementing, 30), (ModelStatus.Proposed, 12), (ModelStatus.Recognised, 16),
        (ModelStatus.NotRecognised, 5), (ModelStatus.Withdrawn, 7),
    ];

    private static readonly (ModelStatus, int)[] ActiveStates =
        [(ModelStatus.Registered, 30), (ModelStatus.Implementing, 40), (ModelStatus.Proposed, 12), (ModelStatus.Recognised, 18)];


    /// <summary>
    /// A closed previous year's movement's models: about <paramref name="coverage"/>% of the participating units with
    /// one to three models, most recognised by the year's decision; the rest implementing, rejected or withdrawn.
    /// </summary>
    public List<DvkModel> SeedPastYear(Unit ppc, Movement movement, IReadOnlyList<Unit> participants, int coverage, string decisionNumber)
    {
        var year = movement.Year;
        var decisionOn = new DateOnly(year, 12, 10);
        var decision = Decision(ppc, decisionNumber, decisionOn, year);
        var models = new List<DvkModel>();
        foreach (var unit in participants)
        {
            if (_rng.Next(100) >= coverage)
            {
                continue;
            }

            for (var k = 1 + _rng.Next(unit.Kind?.Code == "DEPT" ? 3 : 2); k > 0; k--)
            {
                models.Add(NewModel(Owner(unit), year, movement.Id, new DateOnly(year, 3, 1).AddDays(_rng.Next(60)), new DateOnly(year, 11, 15),
                    Pick(_rng.Next(100), PastStates), decision.Id, decisionOn, null));
            }
        }

        return models;
    }

    /// <summary>
    /// Fills the current movement up to <see cref="CurrentTarget"/> models: every participating unit but
    /// <paramref name="without"/> and a few laggards gets an active model, then more at random (departments more often),
    /// some replicating recognised models of this or earlier years; and replication chains across the years.
    /// </summary>
    public void SeedCurrent(Movement movement, IReadOnlyList<Unit> participants, Unit without, Guid decisionId, DateOnly today,
        IReadOnlyList<DvkModel> twoYearsAgo, IReadOnlyList<DvkModel> lastYear, Unit ppc, Movement lastMovement)
    {
        var year = movement.Year;
        var starts = movement.StartsOn;
        var until = today.AddDays(-8);
        var decisionOn = today.AddDays(-5);
        var ids = participants.Select(u => u.Id).ToHashSet();
        Guid Root(Guid unitId) => ids.Contains(unitId) ? unitId : _units.GetValueOrDefault(unitId)?.ParentId ?? unitId;
        var current = _db.DvkModels.Local.Where(m => m.MovementId == movement.Id)
            .OrderBy(m => _units[m.UnitId].Code, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal).ToList(); // a stable order
        var covered = current.Where(m => DvkModel.IsActive(m.Status)).Select(m => Root(m.UnitId)).ToHashSet();
        var laggards = participants.Where(u => u != without && !covered.Contains(u.Id)).OrderBy(_ => _rng.Next()).Take(9).ToHashSet();
        var pool = participants.Where(u => u != without && !laggards.Contains(u)).ToList();
        DateOnly From() => starts.AddDays(_rng.Next(20));

        // Replication chains of depth 3 across the years: two years ago → last year → this year → this year.
        var origins = twoYearsAgo.Where(m => DvkModel.CanBeReplicatedIn(m.Status) && ids.Contains(m.UnitId)).Take(2).ToList();
        foreach (var a in origins)
        {
            var others = pool.Where(u => u.Id != a.UnitId && u.Kind?.Code != "DEPT").OrderBy(_ => _rng.Next()).Take(3).ToList();
            var lastDecision = lastYear.FirstOrDefault(m => m.RecognitionDocumentId is not null)?.RecognitionDocumentId;
            var b = NewModel(others[0], lastMovement.Year, lastMovement.Id, new DateOnly(lastMovement.Year, 3, 10), new DateOnly(lastMovement.Year, 11, 15),
                ModelStatus.Recognised, lastDecision, new DateOnly(lastMovement.Year, 12, 10), a);
            var c = NewModel(others[1], year, movement.Id, From(), until, ModelStatus.Recognised, decisionId, decisionOn, b);
            current.Add(c);
            current.Add(NewModel(others[2], year, movement.Id, From(), until, ModelStatus.Implementing, decisionId, decisionOn, c));
        }

        foreach (var unit in pool.Where(u => !covered.Contains(u.Id)))
        {
            current.Add(NewModel(Owner(unit), year, movement.Id, From(), until, Pick(_rng.Next(100), ActiveStates), decisionId, decisionOn, null));
        }

        var weighted = pool.SelectMany(u => Enumerable.Repeat(u, u.Kind?.Code == "DEPT" ? 4 : 1)).ToList();
        var recognised = twoYearsAgo.Concat(lastYear).Concat(current).Where(m => DvkModel.CanBeReplicatedIn(m.Status)).ToList();
        while (current.Count < CurrentTarget)
        {
            var unit = weighted[_rng.Next(weighted.Count)];
            var origin = _rng.Next(100) < 15 && recognised.Count > 0 ? recognised[_rng.Next(recognised.Count)] : null;
            var model = NewModel(Owner(unit), year, movement.Id, From(), until, Pick(_rng.Next(100), CurrentStates), decisionId, decisionOn,
                origin?.UnitId == unit.Id ? null : origin);
            current.Add(model);
            if (DvkModel.CanBeReplicatedIn(model.Status))
            {
                recognised.Add(model);
            }
        }

        // Each year the reviewing body re-confirms most recognised models of earlier years and drops a few.
        var reviewOn = new DateOnly(year, 11, 20) < today ? new DateOnly(year, 11, 20) : today.AddDays(-3);
        foreach (var m in twoYearsAgo.Where(m => DvkModel.Allows(m.Status, ModelAction.Reconfirm)))
        {
            Review(m, _rng.Next(100) < 85 ? ModelAction.Reconfirm : ModelAction.Drop, lastMovement.Year, new DateOnly(lastMovement.Year, 11, 20));
        }

        foreach (var m in twoYearsAgo.Concat(lastYear).Where(m => DvkModel.Allows(m.Status, ModelAction.Reconfirm) && m.ConfirmedYear < year && _rng.Next(100) < 60))
        {
            Review(m, ModelAction.Reconfirm, year, reviewOn);
        }

        var now = _db.Time.GetUtcNow().UtcDateTime;
        var reports = _db.ModelProgress.Local.ToLookup(p => p.ModelId);
        foreach (var m in _db.DvkModels.Local.Where(m => m.TenantId == _tenantId && DvkModel.CanPublishIn(m.Status) && !m.IsPublished).ToList())
        {
            m.Publish(new ModelActor(_reviewer.Id, _reviewer.Name, now)); // recognised demo models are on the public pages, their reports and photo approved with them
            foreach (var report in reports[m.Id])
            {
                report.ApproveForPublic(now);
            }

            var (png, sha256) = DemoPhotos.For(m.Field, _rng.Next(DemoPhotos.Variants));
            var photo = new ModelEvidence(_tenantId, m.Id, null, "anh-mo-hinh.png", "image/png", png.Length, sha256); // stored by DemoPhotos.StoreAllAsync
            photo.ApproveForPublic(now);
            _db.ModelEvidence.Add(photo);
        }
    }

    /// <summary>A model of the unit (or one of its divisions or service units, now and then) walked to the target state.</summary>
    private DvkModel NewModel(Unit unit, int year, Guid movementId, DateOnly from, DateOnly to, ModelStatus target, Guid? decisionId, DateOnly decisionOn,
        DvkModel? origin)
    {
        var field = origin?.Field ?? RandomField();
        var level = origin is null && unit.Kind?.Code == "DEPT" && _rng.Next(100) < 70 ? ModelLevel.Provincial : ModelLevel.Grassroots;
        var model = Create(unit, field, origin is null ? RandomName(field) : BaseName(origin), level, year, movementId, from, origin);
        Advance(model, target, from, to, decisionId, decisionOn);
        return model;
    }

    private Unit Owner(Unit unit)
    {
        if (_rng.Next(100) >= 25)
        {
            return unit;
        }

        var children = _units.Values.Where(u => u.ParentId == unit.Id && u.IsActiveOn(VnTime.Today(_db.Time)) && u.Kind?.Code is "PSU" or "DIV").ToList();
        return children.Count == 0 ? unit : children[_rng.Next(children.Count)];
    }

    private static DateTime At(DateOnly on) => DateTime.SpecifyKind(on.ToDateTime(new TimeOnly(2, 30)), DateTimeKind.Utc); // 9:30 in Việt Nam
}
