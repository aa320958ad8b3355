namespace DanVan.Bench;

/// <summary>
/// The raw-SQL baselines of the eligibility workload: the same checks as the engine's rules, one row per nominee with its
/// verdict ('Pass', 'Fail', 'CannotTell') and the position of the deciding rule. Parameters: @t tenant, @prefix the scope's
/// path || '%', @y the achievement year, @first 1 January of it, @date the proposal date, @kind the award asked, @base the
/// award a chain is counted in. Units are checked on their own rows only: the generated data has no 2025 merges
/// (<c>UnitSuccessions</c> is empty), so a successor's lineage adds nothing here.
/// </summary>
internal static class EligibilitySql
{
    private const string Disciplined = """
        EXISTS (SELECT 1 FROM "Disciplines" d WHERE d."TenantId" = @t AND d."PersonId" = p."Id" AND d."From" <= @date
                AND (d."To" IS NULL OR d."To" >= @first))
        """;

    /// <summary>Lao động tiên tiến: rated at least "tốt" in the year; no discipline from 1 January to the proposal; not already given for the year.</summary>
    public const string Lđtt = $"""
        SELECT x."Id",
               CASE WHEN x."Low" = 1 OR x."Disc" = 1 OR x."Awarded" = 1 THEN 'Fail' WHEN x."Level" IS NULL THEN 'CannotTell' ELSE 'Pass' END,
               CASE WHEN x."Low" = 1 OR x."Level" IS NULL THEN 1 WHEN x."Disc" = 1 THEN 2 WHEN x."Awarded" = 1 THEN 3 END
        FROM (SELECT p."Id", r."Level",
                     CASE WHEN r."Level" IN ('Completed', 'NotCompleted') THEN 1 ELSE 0 END AS "Low",
                     CASE WHEN {Disciplined} THEN 1 ELSE 0 END AS "Disc",
                     CASE WHEN EXISTS (SELECT 1 FROM "AwardRecords" a WHERE a."TenantId" = @t AND a."PersonId" = p."Id" AND a."AwardKindId" = @kind
                                       AND a."Year" = @y) THEN 1 ELSE 0 END AS "Awarded"
              FROM "People" p JOIN "Units" u ON u."Id" = p."UnitId"
              LEFT JOIN "PersonRatings" r ON r."TenantId" = @t AND r."PersonId" = p."Id" AND r."Year" = @y
              WHERE p."TenantId" = @t AND u."Path" LIKE @prefix) x
        """;

    /// <summary>
    /// Chiến sĩ thi đua tỉnh: Chiến sĩ thi đua cơ sở (merit entries only) in 3 consecutive years to Y — without Y's own
    /// entry but with Y-1 and Y-2 it cannot be told yet; the provincial initiative cannot be told (DanVan keeps no
    /// initiative register); no discipline; not already given for the year.
    /// </summary>
    public const string Cstđ = $"""
        SELECT x."Id",
               CASE WHEN NOT (x."H0" = 1 AND x."H1" = 1 AND x."H2" = 1) AND NOT (x."H0" = 0 AND x."H1" = 1 AND x."H2" = 1) OR x."Disc" = 1 OR x."Awarded" = 1
                    THEN 'Fail' ELSE 'CannotTell' END,
               CASE WHEN NOT (x."H0" = 1 AND x."H1" = 1 AND x."H2" = 1) AND NOT (x."H0" = 0 AND x."H1" = 1 AND x."H2" = 1) THEN 1
                    WHEN x."Disc" = 1 THEN 3 WHEN x."Awarded" = 1 THEN 4 ELSE 1 END
        FROM (SELECT p."Id",
                     CASE WHEN EXISTS (SELECT 1 FROM "AwardRecords" a WHERE a."TenantId" = @t AND a."PersonId" = p."Id" AND a."AwardKindId" = @base
                                       AND a."Type" = 'Regular' AND a."Year" = @y) THEN 1 ELSE 0 END AS "H0",
                     CASE WHEN EXISTS (SELECT 1 FROM "AwardRecords" a WHERE a."TenantId" = @t AND a."PersonId" = p."Id" AND a."AwardKindId" = @base
                                       AND a."Type" = 'Regular' AND a."Year" = @y - 1) THEN 1 ELSE 0 END AS "H1",
                     CASE WHEN EXISTS (SELECT 1 FROM "AwardRecords" a WHERE a."TenantId" = @t AND a."PersonId" = p."Id" AND a."AwardKindId" = @base
                                       AND a."Type" = 'Regular' AND a."Year" = @y - 2) THEN 1 ELSE 0 END AS "H2",
                     CASE WHEN {Disciplined} THEN 1 ELSE 0 END AS "Disc",
                     CASE WHEN EXISTS (SELECT 1 FROM "AwardRecords" a WHERE a."TenantId" = @t AND a."PersonId" = p."Id" AND a."AwardKindId" = @kind
                                       AND a."Year" = @y) THEN 1 ELSE 0 END AS "Awarded"
              FROM "People" p JOIN "Units" u ON u."Id" = p."UnitId"
              WHERE p."TenantId" = @t AND u."Path" LIKE @prefix) x
        """;

    /// <summary>
    /// A collective title (Tập thể lao động xuất sắc; Xã, phường tiêu biểu): the year's official rank reaches "hoàn thành
    /// xuất sắc" (none: cannot tell; not ranked: fail); the unit is active on the proposal date; and, when
    /// <paramref name="notTwice"/>, not already given for the year. Units in scope that existed in the year, not the province itself.
    /// </summary>
    public static string Collective(bool notTwice) => $"""
        SELECT x."Id",
               CASE WHEN x."Rank" = 'F' OR x."Active" = 0 OR x."Awarded" = 1 THEN 'Fail' WHEN x."Rank" = 'C' THEN 'CannotTell' ELSE 'Pass' END,
               CASE WHEN x."Rank" IN ('F', 'C') THEN 1 WHEN x."Active" = 0 THEN 2 WHEN x."Awarded" = 1 THEN 3 END
        FROM (SELECT u."Id",
                     CASE WHEN r."Id" IS NULL THEN 'C' WHEN r."RankSeq" IS NULL THEN 'F'
                          WHEN r."Label" IN ('Hoàn thành xuất sắc', 'Hoàn thành xuất sắc nhiệm vụ') THEN 'P'
                          WHEN r."Label" IN ('Hoàn thành tốt', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành', 'Hoàn thành nhiệm vụ', 'Không hoàn thành',
                                             'Không hoàn thành nhiệm vụ') THEN 'F'
                          ELSE 'C' END AS "Rank",
                     CASE WHEN (u."ValidFrom" IS NULL OR u."ValidFrom" <= @date) AND (u."ValidTo" IS NULL OR u."ValidTo" >= @date) THEN 1 ELSE 0 END AS "Active",
                     {(notTwice ? """
                        CASE WHEN EXISTS (SELECT 1 FROM "AwardRecords" a WHERE a."TenantId" = @t AND a."Subject" = 'Collective' AND a."UnitId" = u."Id"
                                          AND a."AwardKindId" = @kind AND a."Year" = @y) THEN 1 ELSE 0 END
                        """ : "0")} AS "Awarded"
              FROM "Units" u
              LEFT JOIN "UnitRatings" r ON r."TenantId" = @t AND r."UnitId" = u."Id" AND r."Year" = @y
              WHERE u."TenantId" = @t AND u."Path" LIKE @prefix AND u."ParentId" IS NOT NULL AND (u."ValidTo" IS NULL OR u."ValidTo" >= @first)) x
        """;
}
