using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ModelRubrics : Migration
    {
        /// <summary>A fresh UUIDv7 in this provider's SQL (the time now in milliseconds, version 7, variant, random bits).</summary>
        private const string NewId = "(substr(lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0'), 1, 8) || '-' || substr(lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0'), 9, 4) || '-7' || substr(md5(random()::text), 1, 3) || '-' || substr('89ab', 1 + floor(random() * 4)::int, 1) || substr(md5(random()::text), 1, 3) || '-' || substr(md5(random()::text), 1, 12))::uuid";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RubricId",
                table: "ModelReviews",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "ModelReviewScores",
                columns: table => new
                {
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModelReviewScores", x => new { x.ReviewId, x.Code });
                    table.ForeignKey(
                        name: "FK_ModelReviewScores_ModelReviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "ModelReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ModelReviewScores_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ModelRubrics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    MinScore = table.Column<int>(type: "integer", nullable: false),
                    Citation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CitationDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    PublishedById = table.Column<Guid>(type: "uuid", nullable: true),
                    PublishedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModelRubrics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ModelRubrics_Documents_CitationDocumentId",
                        column: x => x.CitationDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ModelRubrics_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ModelRubricCriteria",
                columns: table => new
                {
                    RubricId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Guidance = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    MaxScore = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModelRubricCriteria", x => new { x.RubricId, x.Code });
                    table.ForeignKey(
                        name: "FK_ModelRubricCriteria_ModelRubrics_RubricId",
                        column: x => x.RubricId,
                        principalTable: "ModelRubrics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ModelRubricCriteria_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Existing data (ADR 0016): every province gets the default rubric, every review its four scores as rows under it; then the columns go.
            foreach (var sql in DefaultRubricSql.Up(NewId))
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropColumn(
                name: "Effective",
                table: "ModelReviews");

            migrationBuilder.DropColumn(
                name: "Replicable",
                table: "ModelReviews");

            migrationBuilder.DropColumn(
                name: "Sustainable",
                table: "ModelReviews");

            migrationBuilder.DropColumn(
                name: "Truthful",
                table: "ModelReviews");

            migrationBuilder.CreateIndex(
                name: "IX_ModelReviews_RubricId",
                table: "ModelReviews",
                column: "RubricId");

            migrationBuilder.CreateIndex(
                name: "IX_ModelReviewScores_TenantId",
                table: "ModelReviewScores",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ModelRubricCriteria_TenantId",
                table: "ModelRubricCriteria",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ModelRubrics_CitationDocumentId",
                table: "ModelRubrics",
                column: "CitationDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ModelRubrics_TenantId_Version",
                table: "ModelRubrics",
                columns: new[] { "TenantId", "Version" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ModelReviews_ModelRubrics_RubricId",
                table: "ModelReviews",
                column: "RubricId",
                principalTable: "ModelRubrics",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Effective",
                table: "ModelReviews",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Replicable",
                table: "ModelReviews",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Sustainable",
                table: "ModelReviews",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Truthful",
                table: "ModelReviews",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            foreach (var sql in DefaultRubricSql.Down())
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropForeignKey(
                name: "FK_ModelReviews_ModelRubrics_RubricId",
                table: "ModelReviews");

            migrationBuilder.DropIndex(
                name: "IX_ModelReviews_RubricId",
                table: "ModelReviews");

            migrationBuilder.DropColumn(
                name: "RubricId",
                table: "ModelReviews");

            migrationBuilder.DropTable(
                name: "ModelReviewScores");

            migrationBuilder.DropTable(
                name: "ModelRubricCriteria");

            migrationBuilder.DropTable(
                name: "ModelRubrics");



        }
    }
}
