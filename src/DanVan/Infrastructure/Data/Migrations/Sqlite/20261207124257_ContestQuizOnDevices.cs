using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContestQuizOnDevices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "OnDevice",
                table: "ContestQuizAnswers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "QuizEndsAt",
                table: "ContestParts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "QuizMinutes",
                table: "ContestParts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "QuizStartedAt",
                table: "ContestParts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "QuizStartedByName",
                table: "ContestParts",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContestQuizSeats",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestQuizSeats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestQuizSeats_ContestParts_PartId",
                        column: x => x.PartId,
                        principalTable: "ContestParts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestQuizSeats_ContestTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "ContestTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestQuizSeats_Contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "Contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestQuizSeats_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContestQuizSeats_Code",
                table: "ContestQuizSeats",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestQuizSeats_ContestId",
                table: "ContestQuizSeats",
                column: "ContestId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestQuizSeats_PartId_TeamId",
                table: "ContestQuizSeats",
                columns: new[] { "PartId", "TeamId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestQuizSeats_TeamId",
                table: "ContestQuizSeats",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestQuizSeats_TenantId",
                table: "ContestQuizSeats",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContestQuizSeats");

            migrationBuilder.DropColumn(
                name: "OnDevice",
                table: "ContestQuizAnswers");

            migrationBuilder.DropColumn(
                name: "QuizEndsAt",
                table: "ContestParts");

            migrationBuilder.DropColumn(
                name: "QuizMinutes",
                table: "ContestParts");

            migrationBuilder.DropColumn(
                name: "QuizStartedAt",
                table: "ContestParts");

            migrationBuilder.DropColumn(
                name: "QuizStartedByName",
                table: "ContestParts");
        }
    }
}
