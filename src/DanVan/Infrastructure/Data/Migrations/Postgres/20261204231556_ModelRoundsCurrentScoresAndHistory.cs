using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ModelRoundsCurrentScoresAndHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ModelReviews_ModelId",
                table: "ModelReviews");

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "ModelReviews",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "SupersededAt",
                table: "ModelReviews",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "DvkModels",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Existing data: a model proposed once is in round 1, and so are its scores; of several scores by one reviewer the latest is current.
            migrationBuilder.Sql("UPDATE \"DvkModels\" SET \"Round\" = 1 WHERE EXISTS (SELECT 1 FROM \"ModelEvents\" e WHERE e.\"ModelId\" = \"DvkModels\".\"Id\" AND e.\"Action\" = 'Propose');");
            migrationBuilder.Sql("UPDATE \"ModelReviews\" SET \"Round\" = 1;");
            migrationBuilder.Sql("UPDATE \"ModelReviews\" SET \"SupersededAt\" = \"UpdatedAt\" WHERE EXISTS (SELECT 1 FROM \"ModelReviews\" r "
                + "WHERE r.\"ModelId\" = \"ModelReviews\".\"ModelId\" AND r.\"ReviewerId\" = \"ModelReviews\".\"ReviewerId\" AND r.\"Id\" > \"ModelReviews\".\"Id\");");

            migrationBuilder.CreateIndex(
                name: "IX_ModelReviews_ModelId_ReviewerId_Round",
                table: "ModelReviews",
                columns: new[] { "ModelId", "ReviewerId", "Round" },
                unique: true,
                filter: "\"SupersededAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ModelReviews_ModelId_ReviewerId_Round",
                table: "ModelReviews");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "ModelReviews");

            migrationBuilder.DropColumn(
                name: "SupersededAt",
                table: "ModelReviews");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "DvkModels");

            migrationBuilder.CreateIndex(
                name: "IX_ModelReviews_ModelId",
                table: "ModelReviews",
                column: "ModelId");
        }
    }
}
