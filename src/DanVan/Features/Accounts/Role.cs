namespace DanVan.Features.Accounts;

public enum Role
{
    SystemAdmin,
    TenantAdmin,
    CommendationOfficer,
    MobilizationReviewer,
    CouncilMember,
    UnitOfficer,
    UnitHead,
    Viewer,
}

public enum Permission
{
    ViewUnits,
    ManageUnits,
    ViewPeople,
    ManagePeople,
    ViewSensitive,
    ManageUsers,
    ViewAudit,
    ViewDocuments,
    ManageDocuments,
    ViewMovements,
    ManageMovements,
    FilePlans,
    ManageRegistrations,
    ApproveRegistrations,
    ViewModels,
    ManageModels,
    ReviewModels,
    ViewAssessments,
    ManageAssessments,
    SelfAssess,
    ApproveSelfAssessments,
    AppraiseAssessments,
    ManageRatings,
    ManageCalendar,
    ViewAwards,
    ManageAwardCatalogue,
    ManageAwardRecords,
    ManageNominationRounds,
    ProposeNominations,
    ReviewNominations,
    ManageCouncil,
    ManageContests,
    RegisterContestTeams,
    ManageReports,
    SubmitReports,
}

/// <summary>The one table of what each role may do; where it may do it comes from the assignment's unit.</summary>
public static class RolePermissions
{
    private static readonly Dictionary<Role, Permission[]> Table = new()
    {
        [Role.SystemAdmin] = Enum.GetValues<Permission>(),
        [Role.TenantAdmin] = Enum.GetValues<Permission>(),
        [Role.CommendationOfficer] = [Permission.ViewUnits, Permission.ViewPeople, Permission.ViewSensitive,
            Permission.ViewDocuments, Permission.ManageDocuments, Permission.ViewMovements, Permission.ManageMovements,
            Permission.ViewModels, Permission.ReviewModels, Permission.ViewAssessments, Permission.ManageAssessments,
            Permission.AppraiseAssessments, Permission.ViewAwards, Permission.ManageAwardCatalogue, Permission.ManageAwardRecords,
            Permission.ManageNominationRounds, Permission.ReviewNominations, Permission.ManageCouncil, Permission.ManageContests, Permission.ManageReports,
            Permission.SubmitReports],
        [Role.MobilizationReviewer] = [Permission.ViewUnits, Permission.ViewPeople,
            Permission.ViewDocuments, Permission.ManageDocuments, Permission.ViewMovements, Permission.ViewModels, Permission.ReviewModels,
            Permission.ViewAssessments, Permission.AppraiseAssessments, Permission.ViewAwards],
        [Role.CouncilMember] = [Permission.ViewUnits, Permission.ViewPeople, Permission.ViewDocuments, Permission.ViewMovements,
            Permission.ViewModels, Permission.ViewAssessments, Permission.ViewAwards],
        [Role.UnitOfficer] = [Permission.ViewUnits, Permission.ViewPeople, Permission.ManagePeople, Permission.ViewSensitive,
            Permission.ViewDocuments, Permission.ManageDocuments, Permission.ViewMovements, Permission.FilePlans, Permission.ManageRegistrations,
            Permission.ViewModels, Permission.ManageModels, Permission.ViewAssessments, Permission.SelfAssess, Permission.ManageRatings,
            Permission.ViewAwards, Permission.ManageAwardRecords, Permission.ProposeNominations, Permission.RegisterContestTeams, Permission.SubmitReports],
        [Role.UnitHead] = [Permission.ViewUnits, Permission.ViewPeople, Permission.ManagePeople, Permission.ViewSensitive,
            Permission.ViewDocuments, Permission.ManageDocuments, Permission.ViewMovements, Permission.FilePlans, Permission.ManageRegistrations,
            Permission.ApproveRegistrations, Permission.ViewModels, Permission.ManageModels, Permission.ViewAssessments, Permission.SelfAssess,
            Permission.ApproveSelfAssessments, Permission.ManageRatings, Permission.ViewAwards, Permission.ManageAwardRecords,
            Permission.ProposeNominations, Permission.ReviewNominations, Permission.RegisterContestTeams, Permission.SubmitReports],
        [Role.Viewer] = [Permission.ViewUnits, Permission.ViewPeople, Permission.ViewDocuments, Permission.ViewMovements, Permission.ViewModels,
            Permission.ViewAssessments, Permission.ViewAwards],
    };

    private static readonly Dictionary<Permission, Role[]> Granting = Enum.GetValues<Permission>()
        .ToDictionary(p => p, p => Table.Where(kv => kv.Value.Contains(p)).Select(kv => kv.Key).ToArray());

    public static IReadOnlyList<Permission> For(Role role) => Table[role];

    public static Role[] RolesGranting(Permission permission) => Granting[permission];

    /// <summary>
    /// The role hierarchy for administering rights: <paramref name="holder"/> is at least as powerful as
    /// <paramref name="other"/> when it ranks no lower (SystemAdmin over TenantAdmin over the rest) and grants every
    /// permission <paramref name="other"/> does. A TenantAdmin therefore never makes a SystemAdmin.
    /// </summary>
    public static bool IsAtLeast(Role holder, Role other) =>
        Rank(holder) >= Rank(other) && Table[other].All(Table[holder].Contains);

    private static int Rank(Role role) => role switch
    {
        Role.SystemAdmin => 2,
        Role.TenantAdmin => 1,
        _ => 0,
    };

    public static string Label(Role role) => role switch
    {
        Role.SystemAdmin => "Quản trị hệ thống",
        Role.TenantAdmin => "Quản trị tỉnh",
        Role.CommendationOfficer => "Cán bộ Ban Thi đua – Khen thưởng (Sở Nội vụ)",
        Role.MobilizationReviewer => "Ban Dân vận (thẩm định)",
        Role.CouncilMember => "Thành viên Hội đồng TĐKT",
        Role.UnitOfficer => "Cán bộ thi đua đơn vị",
        Role.UnitHead => "Thủ trưởng đơn vị",
        Role.Viewer => "Chỉ xem",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}
