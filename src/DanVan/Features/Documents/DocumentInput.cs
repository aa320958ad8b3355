using System.ComponentModel.DataAnnotations;

namespace DanVan.Features.Documents;

/// <summary>What a user may set on a document. Tenant never comes from the client.</summary>
/// <remarks>
/// The rows of <see cref="Citations"/> carry annotations of their own. Razor Pages validate them (model validation walks
/// into collections); the API's <see cref="Infrastructure.Web.InputValidation"/> checks only the top-level object, so
/// <see cref="Validate"/> runs the rows' annotations for it. Either way the same attribute, with the same limit, decides.
/// </remarks>
public sealed class DocumentInput : IValidatableObject
{
    [Display(Name = "Số, ký hiệu")]
    [Required(ErrorMessage = "Vui lòng nhập số, ký hiệu văn bản (ví dụ 70/KH-UBND).")]
    [StringLength(Document.NumberMax, ErrorMessage = "Số, ký hiệu không được dài quá {1} ký tự.")]
    public string? Number { get; set; }

    [Display(Name = "Loại văn bản")]
    [Required(ErrorMessage = "Vui lòng chọn loại văn bản.")]
    public DocumentType? Type { get; set; }

    [Display(Name = "Đơn vị ban hành")]
    public Guid? IssuerUnitId { get; set; }

    [Display(Name = "Cơ quan ban hành")]
    [StringLength(Document.IssuerMax, ErrorMessage = "Tên cơ quan ban hành không được dài quá {1} ký tự.")]
    public string? IssuerName { get; set; }

    [Display(Name = "Đơn vị quản lý hồ sơ")]
    public Guid? OwnerUnitId { get; set; }

    [Display(Name = "Địa danh")]
    [StringLength(Document.PlaceMax, ErrorMessage = "Địa danh không được dài quá {1} ký tự.")]
    public string? Place { get; set; }

    [Display(Name = "Ngày ban hành")]
    [Required(ErrorMessage = "Vui lòng nhập ngày ban hành.")]
    public DateOnly? IssueDate { get; set; }

    [Display(Name = "Ngày có hiệu lực")]
    public DateOnly? EffectiveFrom { get; set; }

    [Display(Name = "Ngày hết hiệu lực")]
    public DateOnly? ExpiresOn { get; set; }

    [Display(Name = "Tình trạng")]
    public DocumentStatus? Status { get; set; }

    [Display(Name = "Người ký")]
    [StringLength(Document.SignerMax, ErrorMessage = "Tên người ký không được dài quá {1} ký tự.")]
    public string? Signer { get; set; }

    [Display(Name = "Thẩm quyền ký")]
    [StringLength(Document.CapacityMax, ErrorMessage = "Thẩm quyền ký không được dài quá {1} ký tự.")]
    [RegularExpression(@"^((TM|KT|Q|TL|TUQ)\.\s*)?[\p{L}\p{M} ,.\-–()]*$", ErrorMessage = "Thẩm quyền ký bắt đầu bằng TM., KT., Q., TL. hoặc TUQ. rồi đến chức vụ (ví dụ “KT. Chủ tịch – Phó Chủ tịch”).")]
    public string? SigningCapacity { get; set; }

    [Display(Name = "Trích yếu")]
    [Required(ErrorMessage = "Vui lòng nhập trích yếu (tên) văn bản.")]
    [StringLength(Document.TitleMax, ErrorMessage = "Trích yếu không được dài quá {1} ký tự.")]
    public string? Title { get; set; }

    [Display(Name = "Toàn văn")]
    [StringLength(Document.BodyMax, ErrorMessage = "Toàn văn không được dài quá {1} ký tự.")]
    public string? Body { get; set; }

    /// <summary>Documents this one cites (căn cứ); each is linked when it exists, otherwise recorded as a stub.</summary>
    public List<CitationInput>? Citations { get; set; }

    /// <summary>Other links to registered documents: implements, replaces, amends, based on.</summary>
    public List<RelationInput>? Relations { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var rows = Citations ?? [];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is not { } row)
            {
                continue;
            }

            var results = new List<ValidationResult>();
            Validator.TryValidateObject(row, new ValidationContext(row), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return new ValidationResult(result.ErrorMessage,
                    result.MemberNames.Select(m => $"{nameof(Citations)}[{i}].{m}").ToArray());
            }
        }
    }
}

public sealed class CitationInput
{
    /// <summary>Checked by <see cref="DocumentNumber.Parse"/> (grammar and length) when the document is saved.</summary>
    public string? Number { get; set; }

    public DateOnly? IssueDate { get; set; }

    /// <summary>Becomes the issuer name of the stub created for the citation: the same limit as a document's issuer.</summary>
    [StringLength(Document.IssuerMax, ErrorMessage = "Tên cơ quan ban hành của văn bản căn cứ không được dài quá {1} ký tự.")]
    public string? Issuer { get; set; }

    public DocumentType? Type { get; set; }
}

public sealed class RelationInput
{
    public Guid DocumentId { get; set; }
    public RelationKind Kind { get; set; }
}
