using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ModelPublicContentReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAt",
                table: "ModelProgress",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAt",
                table: "ModelEvidence",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ContentReviewedAt",
                table: "DvkModels",
                type: "TEXT",
                nullable: true);

            // What published models showed before this migration was public already: it counts as reviewed. The content
            // of unpublished models is approved when a reviewer publishes them.
            migrationBuilder.Sql("""
                UPDATE "DvkModels" SET "ContentReviewedAt" = "PublishedAt" WHERE "IsPublished";
                UPDATE "ModelProgress" SET "ReviewedAt" = "CreatedAt" WHERE "ModelId" IN (SELECT "Id" FROM "DvkModels" WHERE "IsPublished");
                UPDATE "ModelEvidence" SET "ReviewedAt" = "CreatedAt" WHERE "ModelId" IN (SELECT "Id" FROM "DvkModels" WHERE "IsPublished");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "ModelProgress");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "ModelEvidence");

            migrationBuilder.DropColumn(
                name: "ContentReviewedAt",
                table: "DvkModels");
        }
    }
}
