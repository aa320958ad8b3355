using Microsoft.AspNetCore.Mvc.Rendering;

namespace DanVan.Features.Units;

/// <summary>What the handover partial (<c>_Handover.cshtml</c>) shows: the choice so far and the units to choose from.</summary>
public sealed record HandoverForm(ReassignOpenWork.Choice Choice, IReadOnlyList<SelectListItem> Units, string Help, string AllToEmpty)
{
    public static readonly (string Name, string Label)[] Fields =
    [
        (nameof(ReassignOpenWork.Choice.AllTo), "Toàn bộ công việc đang dở chuyển cho"),
        (nameof(ReassignOpenWork.Choice.PlanObligationsTo), "Kế hoạch triển khai chưa nộp"),
        (nameof(ReassignOpenWork.Choice.RegistrationsTo), "Bản đăng ký thi đua"),
        (nameof(ReassignOpenWork.Choice.ModelsTo), "Mô hình “Dân vận khéo”"),
        (nameof(ReassignOpenWork.Choice.RoleAssignmentsTo), "Phân quyền người dùng"),
        (nameof(ReassignOpenWork.Choice.PeopleTo), "Cán bộ, người lao động"),
        (nameof(ReassignOpenWork.Choice.SubUnitsTo), "Đơn vị trực thuộc"),
    ];

    public Guid? Value(string name) => name switch
    {
        nameof(ReassignOpenWork.Choice.AllTo) => Choice.AllTo,
        nameof(ReassignOpenWork.Choice.PlanObligationsTo) => Choice.PlanObligationsTo,
        nameof(ReassignOpenWork.Choice.RegistrationsTo) => Choice.RegistrationsTo,
        nameof(ReassignOpenWork.Choice.ModelsTo) => Choice.ModelsTo,
        nameof(ReassignOpenWork.Choice.RoleAssignmentsTo) => Choice.RoleAssignmentsTo,
        nameof(ReassignOpenWork.Choice.PeopleTo) => Choice.PeopleTo,
        nameof(ReassignOpenWork.Choice.SubUnitsTo) => Choice.SubUnitsTo,
        _ => null,
    };
}
