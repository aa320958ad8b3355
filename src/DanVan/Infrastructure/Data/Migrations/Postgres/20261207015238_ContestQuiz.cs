using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContestQuiz : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContestQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    OptionA = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OptionB = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OptionC = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    OptionD = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Correct = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestQuestions_Contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "Contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestQuestions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContestQuizAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContestId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Answers = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Right = table.Column<int>(type: "integer", nullable: false),
                    Questions = table.Column<int>(type: "integer", nullable: false),
                    Points = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EnteredByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestQuizAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestQuizAnswers_ContestParts_PartId",
                        column: x => x.PartId,
                        principalTable: "ContestParts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestQuizAnswers_ContestTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "ContestTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestQuizAnswers_Contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "Contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestQuizAnswers_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContestPaperQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    QuestionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestPaperQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestPaperQuestions_ContestParts_PartId",
                        column: x => x.PartId,
                        principalTable: "ContestParts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestPaperQuestions_ContestQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "ContestQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestPaperQuestions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateIndex(
                name: "IX_ContestPaperQuestions_QuestionId",
                table: "ContestPaperQuestions",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestPaperQuestions_TenantId",
                table: "ContestPaperQuestions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestQuestions_ContestId_Seq",
                table: "ContestQuestions",
                columns: new[] { "ContestId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestQuestions_TenantId",
                table: "ContestQuestions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestQuizAnswers_ContestId",
                table: "ContestQuizAnswers",
                column: "ContestId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestQuizAnswers_PartId_TeamId",
                table: "ContestQuizAnswers",
                columns: new[] { "PartId", "TeamId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestQuizAnswers_TeamId",
                table: "ContestQuizAnswers",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestQuizAnswers_TenantId",
                table: "ContestQuizAnswers",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContestPaperQuestions");

            migrationBuilder.DropTable(
                name: "ContestQuizAnswers");

            migrationBuilder.DropTable(
                name: "ContestQuestions");
        }
    }
}
