using System.ComponentModel.DataAnnotations;
using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Movements;

/// <summary>
/// A unit files its implementation plan: either a plan it already registered, or a new one (number, date, title, an
/// optional PDF/DOCX) that is registered here as issued by the unit and implementing the movement's plan. The
/// document, its file and the obligation change are saved together or not at all.
/// </summary>
public static class FilePlan
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Vui lòng chọn đơn vị nộp kế hoạch.")]
        public Guid? UnitId { get; set; }

        /// <summary>A plan already in the register; otherwise the fields below describe a new one.</summary>
        public Guid? DocumentId { get; set; }

        [StringLength(Document.NumberMax, ErrorMessage = "Số, ký hiệu không được dài quá {1} ký tự.")]
        public string? Number { get; set; }

        public DateOnly? IssueDate { get; set; }

        [StringLength(Document.TitleMax, ErrorMessage = "Trích yếu không được dài quá {1} ký tự.")]
        public string? Title { get; set; }

        [StringLength(Document.SignerMax, ErrorMessage = "Tên người ký không được dài quá {1} ký tự.")]
        public string? Signer { get; set; }

        [StringLength(Document.CapacityMax, ErrorMessage = "Thẩm quyền ký không được dài quá {1} ký tự.")]
        public string? SigningCapacity { get; set; }
    }

    /// <param name="expectedVersion">The obligation's version the caller read (If-Match, the page's hidden field), or null.</param>
    public static async Task<Result<MyObligationDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid movementId, Input input,
        UploadedFile? file, int? expectedVersion, CancellationToken ct)
    {
        if (!(await MovementAccess.FindAsync(db, user, movementId, ct)).TryGet(out var movement, out var refused))
        {
            return refused;
        }

        var unitId = input.UnitId!.Value;
        if (await Access.CheckAsync(db, user, unitId, Permission.FilePlans, Permission.ViewUnits, "đơn vị", ct) is { } denied)
        {
            return denied;
        }

        if (movement.CheckRunning() is { } notRunning)
        {
            return notRunning;
        }

        var obligation = await db.PlanObligations.FirstOrDefaultAsync(o => o.MovementId == movementId && o.UnitId == unitId, ct);
        if (obligation is null)
        {
            return MovementErrors.NoObligation;
        }

        if (db.Expect(obligation, expectedVersion) is { } stale)
        {
            return stale;
        }

        var today = VnTime.Today(db.Time);
        var parentDate = await db.Documents.Where(d => d.Id == movement.PlanDocumentId).Select(d => d.IssueDate).FirstOrDefaultAsync(ct);
        Document? plan;
        if (input.DocumentId is { } documentId)
        {
            plan = await DocumentAccess.Visible(db, user).FirstOrDefaultAsync(d => d.Id == documentId, ct);
            if (plan is null)
            {
                return AppError.NotFound("văn bản kế hoạch");
            }

            if (!IsOfUnit(plan.IssuerUnitId, plan.OwnerUnitId, unitId))
            {
                return MovementErrors.PlanNotOfUnit;
            }

            if (CheckPlan(plan.Type, plan.IssueDate, parentDate, today) is { } bad)
            {
                return bad;
            }

            if (file is not null && (!await Scope.CanAsync(db, user, Permission.ManageDocuments, plan.OwnerUnitId, ct)
                                     || await db.DocumentAttachments.CountAsync(a => a.DocumentId == plan.Id, ct) >= AddAttachment.MaxPerDocument))
            {
                return new AppError("movement.plan_file", "Không thể đính kèm tệp vào văn bản này (không có quyền quản lý văn bản hoặc đã đủ số tệp).", "file");
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(input.Number) || string.IsNullOrWhiteSpace(input.Title) || input.IssueDate is null)
            {
                return new AppError("movement.plan_fields", "Vui lòng nhập đủ số, ký hiệu, ngày ban hành và trích yếu của kế hoạch.", "Title");
            }

            if (CheckPlan(DocumentType.Plan, input.IssueDate, parentDate, today) is { } bad)
            {
                return bad;
            }

            // Refiling a plan the unit already registered (e.g. after withdrawing it) files that same document again.
            var again = DocumentNumber.TryParse(input.Number, out var number) && number is not null
                ? await db.Documents.FirstOrDefaultAsync(d => d.TenantId == user.TenantId && !d.IsStub && d.NumberKey == number.IdentityKey
                    && d.IssuerUnitId == unitId && d.Year == input.IssueDate!.Value.Year, ct)
                : null;
            var created = again is not null ? again : await CreateDocument.CreateAsync(db, user, new DocumentInput
            {
                Number = input.Number,
                Type = DocumentType.Plan,
                IssuerUnitId = unitId,
                OwnerUnitId = unitId,
                IssueDate = input.IssueDate,
                Title = input.Title,
                Signer = input.Signer,
                SigningCapacity = input.SigningCapacity,
            }, ct);
            if (created.Error is not null)
            {
                return created.Error;
            }

            plan = created.Value!;
        }

        if (obligation.File(plan.Id, plan.Number, plan.IssueDate!.Value, Actor.Of(user, db.Time), today) is { } error)
        {
            return error;
        }

        // The unit's plan implements the movement's plan, however it was filed (new, refiled or chosen from the register).
        if (movement.PlanDocumentId is { } parentId
            && !db.DocumentRelations.Local.Any(r => r.FromId == plan.Id && r.ToId == parentId && r.Kind == RelationKind.Implements)
            && !await db.DocumentRelations.AnyAsync(r => r.FromId == plan.Id && r.ToId == parentId && r.Kind == RelationKind.Implements, ct))
        {
            db.DocumentRelations.Add(new DocumentRelation(user.TenantId, plan.Id, parentId, RelationKind.Implements));
        }

        if (file is not null)
        {
            db.DocumentAttachments.Add(new DocumentAttachment(user.TenantId, plan.Id, file.FileName, file.ContentType, file.Content.Length, file.Sha256));
            await db.Files.SaveAsync(file, ct);
        }

        await db.SaveChangesAsync(ct);
        return await MyObligationAsync(db, obligation.Id, today, ct);
    }

    /// <summary>
    /// The checks every filed plan passes, new or chosen from the register: a plan-like document (<see cref="PlanTypes"/>),
    /// with an issue date not after today and not before the movement's own plan.
    /// </summary>
    public static AppError? CheckPlan(DocumentType type, DateOnly? issued, DateOnly? parentIssued, DateOnly today) =>
        !PlanTypes.Contains(type) ? MovementErrors.PlanWrongType
        : issued is not { } date ? MovementErrors.PlanWithoutIssueDate
        : date > today ? MovementErrors.PlanIssuedInFuture
        : parentIssued is { } parent && date < parent ? MovementErrors.PlanBeforeParent
        : null;

    /// <summary>A registered document is the unit's own plan when the unit issued it or keeps it (SQL twin: <see cref="OfUnit"/>).</summary>
    public static bool IsOfUnit(Guid? issuerUnitId, Guid ownerUnitId, Guid unitId) => issuerUnitId == unitId || ownerUnitId == unitId;

    /// <summary><see cref="IsOfUnit"/> as SQL (the plan page's list of the unit's registered plans).</summary>
    public static System.Linq.Expressions.Expression<Func<Document, bool>> OfUnit(Guid unitId) => d => d.IssuerUnitId == unitId || d.OwnerUnitId == unitId;

    /// <summary>What a unit may file as its implementation plan: a plan (Kế hoạch) or an action programme (Chương trình).</summary>
    public static readonly IReadOnlySet<DocumentType> PlanTypes = new HashSet<DocumentType> { DocumentType.Plan, DocumentType.Programme };

    public static async Task<MyObligationDto> MyObligationAsync(AppDbContext db, Guid obligationId, DateOnly today, CancellationToken ct)
    {
        var x = await db.PlanObligations.AsNoTracking().Where(o => o.Id == obligationId)
            .Select(o => new
            {
                o,
                Name = db.Units.Where(u => u.Id == o.UnitId).Select(u => u.Name).First(),
                Number = db.Documents.Where(d => d.Id == o.PlanDocumentId).Select(d => d.Number).FirstOrDefault(),
            }).FirstAsync(ct);
        return MyObligationDto.From(x.o, x.Name, x.Number, today);
    }
}
