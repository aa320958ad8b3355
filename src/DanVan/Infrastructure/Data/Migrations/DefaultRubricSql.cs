namespace DanVan.Infrastructure.Data.Migrations;

/// <summary>
/// The data step of migration <c>ModelRubrics</c> (both providers): every province gets the default rubric (version 1,
/// the four qualities 1–10 citing Quảng Ngãi 70/KH-UBND, seed 003) and every existing review's four columns become its
/// score rows under it; <see cref="Down"/> puts them back. Frozen with the migration: it never follows later changes to
/// <c>ModelRubric.DefaultCriteria</c>. <c>newId</c> is the provider's SQL expression for a fresh UUIDv7.
/// </summary>
internal static class DefaultRubricSql
{
    private static readonly (string Code, string Column, string Name, string Guidance)[] Criteria =
    [
        ("truthful", "Truthful", "Trung thực", "Mô hình có thật, kết quả đúng như báo cáo, có minh chứng."),
        ("effective", "Effective", "Hiệu quả, lan tỏa", "Giải quyết được việc khó, bức xúc ở cơ sở; được Nhân dân đồng tình, hưởng ứng; có sức lan tỏa."),
        ("sustainable", "Sustainable", "Bền vững", "Được duy trì thường xuyên, có nguồn lực và cách làm để tiếp tục sau khi được công nhận."),
        ("replicable", "Replicable", "Khả năng nhân rộng", "Cách làm rõ ràng, đơn vị khác có thể áp dụng."),
    ];

    private const string Citation = "Kế hoạch số 70/KH-UBND ngày 04/6/2020 của Ủy ban nhân dân tỉnh Quảng Ngãi phát động phong trào thi đua "
        + "“Dân vận khéo” trong các cơ quan hành chính nhà nước (mục I.2.c: mô hình, điển hình phải đảm bảo tính trung thực, bền vững, có sức lan tỏa "
        + "và khả năng nhân rộng); thang điểm 1–10 cho mỗi tiêu chí là mặc định của hệ thống.";

    public static IEnumerable<string> Up(string newId)
    {
        yield return $"""
            INSERT INTO "ModelRubrics" ("Id", "TenantId", "Version", "EffectiveFrom", "MinScore", "Citation", "CitationDocumentId", "PublishedById", "PublishedByName", "CreatedAt", "UpdatedAt")
            SELECT {newId}, t."Id", 1, '2020-06-04', 1, '{Citation}', NULL, NULL, 'Mặc định của hệ thống', t."CreatedAt", t."CreatedAt"
            FROM "Tenants" t WHERE NOT EXISTS (SELECT 1 FROM "ModelRubrics" x WHERE x."TenantId" = t."Id");
            """;
        for (var i = 0; i < Criteria.Length; i++)
        {
            var (code, column, name, guidance) = Criteria[i];
            yield return $"""
                INSERT INTO "ModelRubricCriteria" ("RubricId", "Code", "TenantId", "Name", "Guidance", "Order", "MaxScore")
                SELECT r."Id", '{code}', r."TenantId", '{name}', '{guidance}', {i}, 10 FROM "ModelRubrics" r WHERE r."Version" = 1;
                """;
            yield return $"""
                INSERT INTO "ModelReviewScores" ("ReviewId", "Code", "TenantId", "Score")
                SELECT v."Id", '{code}', v."TenantId", v."{column}" FROM "ModelReviews" v;
                """;
        }

        yield return """
            UPDATE "ModelReviews" SET "RubricId" = (SELECT r."Id" FROM "ModelRubrics" r WHERE r."TenantId" = "ModelReviews"."TenantId" AND r."Version" = 1);
            """;
    }

    /// <summary>Back to four columns: each review's scores of the four default codes (0 where a later version had no such criterion).</summary>
    public static IEnumerable<string> Down() => Criteria.Select(c => $"""
        UPDATE "ModelReviews" SET "{c.Column}" = COALESCE((SELECT s."Score" FROM "ModelReviewScores" s WHERE s."ReviewId" = "ModelReviews"."Id" AND s."Code" = '{c.Code}'), 0);
        """);
}
