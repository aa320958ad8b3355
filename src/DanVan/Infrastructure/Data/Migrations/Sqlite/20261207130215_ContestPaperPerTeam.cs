using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContestPaperPerTeam : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContestPaperQuestions_PartId_QuestionId",
                table: "ContestPaperQuestions");

            migrationBuilder.DropIndex(
                name: "IX_ContestPaperQuestions_PartId_Seq",
                table: "ContestPaperQuestions");

            migrationBuilder.AddColumn<Guid>(
                name: "TeamId",
                table: "ContestPaperQuestions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestPaperQuestions_PartId_TeamId_QuestionId",
                table: "ContestPaperQuestions",
                columns: new[] { "PartId", "TeamId", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestPaperQuestions_PartId_TeamId_Seq",
                table: "ContestPaperQuestions",
                columns: new[] { "PartId", "TeamId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestPaperQuestions_TeamId",
                table: "ContestPaperQuestions",
                column: "TeamId");

            migrationBuilder.AddForeignKey(
                name: "FK_ContestPaperQuestions_ContestTeams_TeamId",
                table: "ContestPaperQuestions",
                column: "TeamId",
                principalTable: "ContestTeams",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The schema before has one paper per part: a paper drawn per team has no place in it (the part's
            // unique indexes below would refuse its rows), so going back drops those papers; the shared ones stay.
            migrationBuilder.Sql("DELETE FROM \"ContestPaperQuestions\" WHERE \"TeamId\" IS NOT NULL;");

            migrationBuilder.DropForeignKey(
                name: "FK_ContestPaperQuestions_ContestTeams_TeamId",
                table: "ContestPaperQuestions");

            migrationBuilder.DropIndex(
                name: "IX_ContestPaperQuestions_PartId_TeamId_QuestionId",
                table: "ContestPaperQuestions");

            migrationBuilder.DropIndex(
                name: "IX_ContestPaperQuestions_PartId_TeamId_Seq",
                table: "ContestPaperQuestions");

            migrationBuilder.DropIndex(
                name: "IX_ContestPaperQuestions_TeamId",
                table: "ContestPaperQuestions");

            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "ContestPaperQuestions");

            migrationBuilder.CreateIndex(
                name: "IX_ContestPaperQuestions_PartId_QuestionId",
                table: "ContestPaperQuestions",
                columns: new[] { "PartId", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestPaperQuestions_PartId_Seq",
                table: "ContestPaperQuestions",
                columns: new[] { "PartId", "Seq" },
                unique: true);
        }
    }
}
