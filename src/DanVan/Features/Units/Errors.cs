using DanVan.Infrastructure.Web;

namespace DanVan.Features.Units;

/// <summary>Every expected failure of the Units feature, in Vietnamese.</summary>
public static class UnitErrors
{
    public static readonly AppError MoveIntoOwnSubtree = new("unit.move_into_subtree",
        "Không thể chuyển đơn vị vào chính nó hoặc vào một đơn vị cấp dưới của nó.", "ParentId");
    public static readonly AppError TooDeep = new("unit.too_deep", $"Cây đơn vị không được sâu quá {Unit.MaxDepth} cấp.", "ParentId");
    public static readonly AppError CloseBeforeOpen = new("unit.close_before_open", "Ngày kết thúc không được trước ngày bắt đầu hiệu lực.", "EffectiveOn");
    public static readonly AppError ParentNotFound = new("unit.parent_not_found", "Không tìm thấy đơn vị cấp trên đã chọn.", "ParentId");
    public static readonly AppError KindNotFound = new("unit.kind_not_found", "Loại đơn vị không hợp lệ.", "KindId");
    public static readonly AppError ParentClosed = new("unit.parent_closed", "Đơn vị cấp trên đã ngừng hoạt động.", "ParentId");
    public static readonly AppError RootExists = new("unit.root_exists", "Mỗi tỉnh chỉ có một đơn vị gốc; hãy chọn đơn vị cấp trên.", "ParentId");
    public static readonly AppError MergeNeedsSources = new("unit.merge_sources", "Chọn ít nhất một đơn vị bị sáp nhập khác với đơn vị tiếp nhận.", "SourceIds");
    public static readonly AppError MergeTargetInSources = new("unit.merge_target_in_sources", "Đơn vị tiếp nhận không được nằm trong danh sách đơn vị bị sáp nhập.", "TargetId");
    public static readonly AppError MergeTargetClosed = new("unit.merge_target_closed", "Đơn vị tiếp nhận đã ngừng hoạt động.", "TargetId");
    public static readonly AppError MergeNestedSources = new("unit.merge_nested",
        "Không sáp nhập đồng thời một đơn vị và đơn vị cấp dưới của nó; chỉ chọn đơn vị cấp trên.", "SourceIds");
    public static readonly AppError DateOutOfRange = new("unit.date_range", "Ngày phải trong khoảng từ năm 1945 đến năm 2100.", "EffectiveOn");

    public static readonly AppError BasisRequired = new("unit.basis_required",
        "Vui lòng nhập căn cứ pháp lý (số, ký hiệu văn bản quyết định việc sắp xếp).", "Basis");
    public static readonly AppError BasisDocumentNotFound = new("unit.basis_document", "Không tìm thấy văn bản căn cứ đã chọn.", "BasisDocumentId");
    public static readonly AppError SuccessorRequired = new("unit.successor_required", "Vui lòng chọn đơn vị kế thừa.", "SuccessorId");
    public static readonly AppError SuccessorIsSelf = new("unit.successor_self", "Đơn vị kế thừa phải khác đơn vị được sắp xếp.", "SuccessorId");
    public static readonly AppError SuccessorInside = new("unit.successor_inside",
        "Đơn vị kế thừa không được là đơn vị trực thuộc của đơn vị được sắp xếp; hãy chuyển đơn vị đó ra ngoài trước.", "SuccessorId");
    public static readonly AppError SuccessorClosed = new("unit.successor_closed", "Đơn vị kế thừa không hoạt động vào ngày có hiệu lực.", "SuccessorId");
    public static readonly AppError SplitNeedsParts = new("unit.split_parts",
        "Chia tách cần ít nhất hai đơn vị kế thừa khác nhau (tối đa 50).", "Parts");
    public static readonly AppError SharesOverWhole = new("unit.split_shares", "Tổng tỷ lệ các phần không được vượt quá 100%.", "Parts");
    public static readonly AppError TransferNeedsPart = new("unit.transfer_part",
        "Vui lòng mô tả phần được điều chỉnh (địa bàn, nhiệm vụ) hoặc chọn đơn vị trực thuộc, người được chuyển.", "Description");
    public static readonly AppError TransferPartNotOfUnit = new("unit.transfer_not_of_unit",
        "Đơn vị trực thuộc hoặc người được chọn không thuộc đơn vị được điều chỉnh.", "SubUnitIds");
    public static readonly AppError HandoverNotSuccessor = new("unit.handover_not_successor",
        "Công việc đang dở chỉ được chuyển cho một trong các đơn vị kế thừa của lần sắp xếp này.", "Handover");
    public static readonly AppError HandoverSubUnits = new("unit.handover_subunits",
        "Đơn vị còn đơn vị trực thuộc đang hoạt động: hãy chọn đơn vị kế thừa tiếp nhận các đơn vị trực thuộc.", "Handover.SubUnitsTo");
    public static readonly AppError HandoverNotPending = new("unit.handover_not_pending",
        "Việc chuyển giao công việc này không còn chờ thực hiện (đã thực hiện hoặc đã hủy).", null, ErrorKind.Conflict);
    public static readonly AppError NoPendingHandover = new("unit.no_pending_handover",
        "Đơn vị không có việc chuyển giao công việc nào đang chờ ngày có hiệu lực.", null, ErrorKind.Conflict);
    public static readonly AppError HandoverCancelReason = new("unit.handover_cancel_reason", "Vui lòng nhập lý do hủy chuyển giao.", "Reason");

    public static AppError DuplicateCode(string code) => new("unit.duplicate_code", $"Mã đơn vị “{code}” đã tồn tại.", "Code");

    public static AppError AlreadyClosed(string name) => new("unit.closed", $"Đơn vị “{name}” đã ngừng hoạt động.");
}
