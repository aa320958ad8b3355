namespace DanVan.Infrastructure.Data.Migrations;

/// <summary>
/// The data half of the MovementHistoryActions migration, shared by both providers: the Vietnamese labels handlers
/// used to store become <c>MovementAction</c> names; a unit's rows are linked to its obligation or registration when
/// the old note names exactly one unit; obligations get their plan's issue date; the "DVK_MODEL" pseudo-title leaves
/// registrations (a model is not a title).
/// </summary>
internal static class MovementHistoryActionsSql
{
    private static readonly (string Label, string Action)[] Actions =
    [
        ("Tạo dự thảo", "Created"), ("Sửa dự thảo", "Edited"), ("Phát động", "Launched"), ("Kết thúc", "Closed"),
        ("Đơn vị nộp kế hoạch", "PlanFiled"), ("Đơn vị rút lại kế hoạch", "PlanWithdrawn"), ("Mở lại đăng ký thi đua", "RegistrationReopened"),
    ];

    public static IEnumerable<string> Up(bool postgres)
    {
        yield return $"""UPDATE "MovementEvents" SET "Action" = CASE "Action" {string.Join(' ', Actions.Select(a => $"WHEN '{a.Label}' THEN '{a.Action}'"))} ELSE "Action" END""";

        const string obligation = """
            FROM "PlanObligations" o JOIN "Units" u ON u."Id" = o."UnitId"
            WHERE o."MovementId" = "MovementEvents"."MovementId"
              AND ("MovementEvents"."Note" = u."Name" OR substr("MovementEvents"."Note", 1, length(u."Name") + 2) = u."Name" || ': ')
            """;
        yield return $"""
            UPDATE "MovementEvents" SET "ObligationId" = (SELECT o."Id" {obligation})
            WHERE "Action" IN ('PlanFiled', 'PlanWithdrawn') AND (SELECT count(*) {obligation}) = 1
            """;
        yield return """
            UPDATE "MovementEvents" SET "UnitId" = (SELECT o."UnitId" FROM "PlanObligations" o WHERE o."Id" = "MovementEvents"."ObligationId")
            WHERE "ObligationId" IS NOT NULL
            """;

        const string registration = """
            FROM "Registrations" r JOIN "Units" u ON u."Id" = r."UnitId"
            WHERE r."MovementId" = "MovementEvents"."MovementId"
              AND substr("MovementEvents"."Note", 1, length(u."Name") + 10) = u."Name" || ' đến ngày '
            """;
        yield return $"""
            UPDATE "MovementEvents" SET "RegistrationId" = (SELECT r."Id" {registration})
            WHERE "Action" = 'RegistrationReopened' AND (SELECT count(*) {registration}) = 1
            """;
        yield return """
            UPDATE "MovementEvents" SET "UnitId" = (SELECT r."UnitId" FROM "Registrations" r WHERE r."Id" = "MovementEvents"."RegistrationId")
            WHERE "RegistrationId" IS NOT NULL
            """;

        // The unit now has its own column: drop its name from the note ("X: 07/KH-UBND" → "07/KH-UBND", "X" → none).
        const string name = """(SELECT u."Name" FROM "Units" u WHERE u."Id" = "MovementEvents"."UnitId")""";
        yield return $"""
            UPDATE "MovementEvents" SET "Note" = CASE WHEN "Note" = {name} THEN NULL ELSE substr("Note", length({name}) + 2) END
            WHERE "UnitId" IS NOT NULL AND "Note" IS NOT NULL
            """;
        yield return """UPDATE "MovementEvents" SET "Note" = substr("Note", 2) WHERE "UnitId" IS NOT NULL AND substr("Note", 1, 1) = ' '""";

        yield return """
            UPDATE "PlanObligations" SET "PlanIssuedOn" = COALESCE((SELECT d."IssueDate" FROM "Documents" d WHERE d."Id" = "PlanObligations"."PlanDocumentId"), "FiledOn")
            WHERE "PlanDocumentId" IS NOT NULL
            """;

        var trim = postgres ? "btrim" : "trim";
        yield return $"""
            UPDATE "Registrations" SET "Titles" = {trim}(replace(';' || "Titles" || ';', ';DVK_MODEL;', ';'), ';')
            WHERE ';' || "Titles" || ';' LIKE '%;DVK_MODEL;%'
            """;
    }

    public static IEnumerable<string> Down()
    {
        yield return $"""UPDATE "MovementEvents" SET "Action" = CASE "Action" {string.Join(' ', Actions.Select(a => $"WHEN '{a.Action}' THEN '{a.Label}'"))} ELSE "Action" END""";
    }
}
