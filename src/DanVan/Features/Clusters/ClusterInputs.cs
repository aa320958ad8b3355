using System.ComponentModel.DataAnnotations;

namespace DanVan.Features.Clusters;

public sealed class ClusterInput
{
    [Display(Name = "Năm")]
    [Required(ErrorMessage = "Vui lòng nhập năm.")]
    public int? Year { get; set; }

    [Display(Name = "Loại")]
    [Required(ErrorMessage = "Vui lòng chọn cụm hay khối thi đua.")]
    public ClusterKind? Kind { get; set; }

    [Display(Name = "Tên cụm, khối")]
    [Required(ErrorMessage = "Vui lòng nhập tên cụm, khối thi đua.")]
    [StringLength(EmulationCluster.NameMax, ErrorMessage = "Tên cụm, khối không được dài quá {1} ký tự.")]
    public string? Name { get; set; }

    [Display(Name = "Văn bản thành lập")]
    public Guid? FoundingDocumentId { get; set; }
}

public sealed class MemberInput
{
    [Display(Name = "Đơn vị")]
    [Required(ErrorMessage = "Vui lòng chọn đơn vị.")]
    public Guid? UnitId { get; set; }

    [Display(Name = "Lý do")]
    [StringLength(EmulationCluster.ReasonMax, ErrorMessage = "Lý do không được dài quá {1} ký tự.")]
    public string? Reason { get; set; }
}

public sealed class LeadersInput
{
    [Display(Name = "Đơn vị trưởng cụm, khối")]
    public Guid? LeaderUnitId { get; set; }

    [Display(Name = "Đơn vị phó cụm, khối")]
    public Guid? DeputyUnitId { get; set; }

    [Display(Name = "Lý do thay đổi")]
    [StringLength(EmulationCluster.ReasonMax, ErrorMessage = "Lý do không được dài quá {1} ký tự.")]
    public string? Reason { get; set; }
}

public sealed class CopyInput
{
    [Display(Name = "Năm nguồn")]
    [Required(ErrorMessage = "Vui lòng nhập năm nguồn.")]
    public int? FromYear { get; set; }

    [Display(Name = "Năm đích")]
    [Required(ErrorMessage = "Vui lòng nhập năm đích.")]
    public int? ToYear { get; set; }
}
