using DanVan.Infrastructure.Web;

namespace DanVan.Features.Clusters;

public static class ClusterErrors
{
    public static readonly AppError AlreadyMember = new("cluster.already_member", "Đơn vị đã là thành viên của cụm, khối này.", "UnitId");
    public static readonly AppError NotMember = new("cluster.not_member", "Đơn vị không phải thành viên của cụm, khối này.", "UnitId");
    public static readonly AppError ReasonRequired = new("cluster.reason_required", "Vui lòng nhập lý do rút đơn vị khỏi cụm, khối.", "Reason");
    public static readonly AppError LeaderCannotLeave = new("cluster.leader_leaves",
        "Đơn vị đang là trưởng hoặc phó cụm, khối; hãy chọn đơn vị khác làm trưởng/phó trước khi rút đơn vị này.", "UnitId");
    public static readonly AppError LeaderNotMember = new("cluster.leader_not_member", "Đơn vị trưởng và phó cụm, khối phải là thành viên của cụm, khối.", "LeaderUnitId");
    public static readonly AppError LeaderIsDeputy = new("cluster.leader_is_deputy", "Đơn vị trưởng và đơn vị phó cụm, khối phải khác nhau.", "DeputyUnitId");
    public static readonly AppError LeaderReasonRequired = new("cluster.leader_reason", "Vui lòng nhập lý do thay đổi đơn vị trưởng/phó cụm, khối.", "Reason");
    public static AppError InOtherCluster(string unitName, string clusterName, string kind) => new("cluster.in_other",
        $"Đơn vị “{unitName}” đã thuộc “{clusterName}” năm này; mỗi đơn vị chỉ thuộc một {kind.ToLowerInvariant()} mỗi năm.", "UnitId", ErrorKind.Conflict);
    public static AppError YearOutOfRange(int max) => new("cluster.year", $"Năm phải từ 2000 đến {max}.", "Year");
    public static readonly AppError NothingToCopy = new("cluster.nothing_to_copy", "Năm nguồn không có cụm, khối thi đua nào để sao chép.", "FromYear");
    public static readonly AppError TargetNotEmpty = new("cluster.target_not_empty",
        "Năm đích đã có cụm, khối thi đua; sao chép chỉ dùng cho năm chưa có cụm, khối nào.", "ToYear", ErrorKind.Conflict);
    public static readonly AppError UnitClosed = new("cluster.unit_closed", "Đơn vị không hoạt động trong năm của cụm, khối này; hãy chọn đơn vị kế thừa.", "UnitId");
    public static readonly AppError DocumentNotFound = new("cluster.document", "Không tìm thấy văn bản thành lập trong sổ văn bản.", "FoundingDocumentId");
}
