using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContestJudging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAt",
                table: "ContestParts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedByName",
                table: "ContestParts",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TrimmedMeanFrom",
                table: "ContestParts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContestAttendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoShow = table.Column<bool>(type: "INTEGER", nullable: false),
                    DaysLate = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestAttendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestAttendance_ContestParts_PartId",
                        column: x => x.PartId,
                        principalTable: "ContestParts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestAttendance_ContestTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "ContestTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestAttendance_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContestJudges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IsChair = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AddedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestJudges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestJudges_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestJudges_ContestRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ContestRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestJudges_Contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "Contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestJudges_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestJudges_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestJudges_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContestConflicts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JudgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestConflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestConflicts_ContestJudges_JudgeId",
                        column: x => x.JudgeId,
                        principalTable: "ContestJudges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestConflicts_ContestTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "ContestTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestConflicts_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContestSheets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ContestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JudgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EnteredById = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnteredByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConfirmedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestSheets_ContestJudges_JudgeId",
                        column: x => x.JudgeId,
                        principalTable: "ContestJudges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestSheets_ContestParts_PartId",
                        column: x => x.PartId,
                        principalTable: "ContestParts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestSheets_ContestTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "ContestTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestSheets_Contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "Contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestSheets_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContestSheetLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SheetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Entry = table.Column<int>(type: "INTEGER", nullable: false),
                    Points = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestSheetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestSheetLines_ContestCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "ContestCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestSheetLines_ContestSheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "ContestSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestSheetLines_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContestAttendance_PartId_TeamId",
                table: "ContestAttendance",
                columns: new[] { "PartId", "TeamId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestAttendance_TeamId",
                table: "ContestAttendance",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestAttendance_TenantId",
                table: "ContestAttendance",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestConflicts_JudgeId_TeamId",
                table: "ContestConflicts",
                columns: new[] { "JudgeId", "TeamId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestConflicts_TeamId",
                table: "ContestConflicts",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestConflicts_TenantId",
                table: "ContestConflicts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestJudges_ContestId",
                table: "ContestJudges",
                column: "ContestId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestJudges_PersonId",
                table: "ContestJudges",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestJudges_RoundId_UserId",
                table: "ContestJudges",
                columns: new[] { "RoundId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestJudges_TenantId_UserId",
                table: "ContestJudges",
                columns: new[] { "TenantId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContestJudges_UnitId",
                table: "ContestJudges",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestJudges_UserId",
                table: "ContestJudges",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestSheetLines_CriterionId",
                table: "ContestSheetLines",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestSheetLines_SheetId_CriterionId_Entry",
                table: "ContestSheetLines",
                columns: new[] { "SheetId", "CriterionId", "Entry" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestSheetLines_TenantId",
                table: "ContestSheetLines",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestSheets_ContestId_PartId",
                table: "ContestSheets",
                columns: new[] { "ContestId", "PartId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContestSheets_JudgeId",
                table: "ContestSheets",
                column: "JudgeId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestSheets_PartId_JudgeId_TeamId",
                table: "ContestSheets",
                columns: new[] { "PartId", "JudgeId", "TeamId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestSheets_TeamId",
                table: "ContestSheets",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestSheets_TenantId",
                table: "ContestSheets",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContestAttendance");

            migrationBuilder.DropTable(
                name: "ContestConflicts");

            migrationBuilder.DropTable(
                name: "ContestSheetLines");

            migrationBuilder.DropTable(
                name: "ContestSheets");

            migrationBuilder.DropTable(
                name: "ContestJudges");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "ContestParts");

            migrationBuilder.DropColumn(
                name: "ClosedByName",
                table: "ContestParts");

            migrationBuilder.DropColumn(
                name: "TrimmedMeanFrom",
                table: "ContestParts");
        }
    }
}
