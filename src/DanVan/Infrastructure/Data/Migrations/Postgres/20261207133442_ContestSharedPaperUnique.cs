using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContestSharedPaperUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ContestPaperQuestions_Shared_QuestionId",
                table: "ContestPaperQuestions",
                columns: new[] { "PartId", "QuestionId" },
                unique: true,
                filter: "\"TeamId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ContestPaperQuestions_Shared_Seq",
                table: "ContestPaperQuestions",
                columns: new[] { "PartId", "Seq" },
                unique: true,
                filter: "\"TeamId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContestPaperQuestions_Shared_QuestionId",
                table: "ContestPaperQuestions");

            migrationBuilder.DropIndex(
                name: "IX_ContestPaperQuestions_Shared_Seq",
                table: "ContestPaperQuestions");
        }
    }
}
