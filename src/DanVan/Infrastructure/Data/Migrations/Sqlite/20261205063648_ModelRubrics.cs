using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ModelRubrics : Migration
    {
        /// <summary>A fresh UUIDv7 in this provider's SQL (the time now in milliseconds, version 7, variant, random bits).</summary>
        private const string NewId = "substr(printf('%012X', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)), 1, 8) || '-' || substr(printf('%012X', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 1, 3) || '-' || substr('89AB', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RubricId",
                table: "ModelReviews",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "ModelReviewScores",
                columns: table => new
                {
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MinScore = table.Column<int>(type: "INTEGER", nullable: false),
                    Citation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CitationDocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PublishedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    RubricId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Guidance = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxScore = table.Column<int>(type: "INTEGER", nullable: false)
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Replicable",
                table: "ModelReviews",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Sustainable",
                table: "ModelReviews",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Truthful",
                table: "ModelReviews",
                type: "INTEGER",
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

            // SQLite rebuilds ModelReviews (without RubricId) only at the end of the migration: the rubric tables it still refers to
            // can go first only with foreign keys off (outside the transaction); the rebuild turns them on again.
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);

            migrationBuilder.DropTable(
                name: "ModelReviewScores");

            migrationBuilder.DropTable(
                name: "ModelRubricCriteria");

            migrationBuilder.DropTable(
                name: "ModelRubrics");



        }
    }
}
