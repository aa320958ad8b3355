using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Decisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmitterUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SignPrefix = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SignerTitle = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SignedFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignedSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IssuedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    RevokedByDecisionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Decisions_CouncilSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CouncilSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Decisions_Decisions_RevokedByDecisionId",
                        column: x => x.RevokedByDecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Decisions_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Decisions_NominationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "NominationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Decisions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Decisions_Units_SubmitterUnitId",
                        column: x => x.SubmitterUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Decisions_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DecisionAwardees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NomineeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AwardKindId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwardName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AwardPosition = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RemovedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AwardRecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionId1 = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionAwardees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionAwardees_AwardKinds_AwardKindId",
                        column: x => x.AwardKindId,
                        principalTable: "AwardKinds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecisionAwardees_AwardRecords_AwardRecordId",
                        column: x => x.AwardRecordId,
                        principalTable: "AwardRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecisionAwardees_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DecisionAwardees_Decisions_DecisionId1",
                        column: x => x.DecisionId1,
                        principalTable: "Decisions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_DecisionAwardees_DossierNominees_NomineeId",
                        column: x => x.NomineeId,
                        principalTable: "DossierNominees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecisionAwardees_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecisionAwardees_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecisionAwardees_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecisionAwardees_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionAwardees_AwardKindId",
                table: "DecisionAwardees",
                column: "AwardKindId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionAwardees_AwardRecordId",
                table: "DecisionAwardees",
                column: "AwardRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionAwardees_DecisionId_NomineeId",
                table: "DecisionAwardees",
                columns: new[] { "DecisionId", "NomineeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DecisionAwardees_DecisionId1",
                table: "DecisionAwardees",
                column: "DecisionId1");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionAwardees_DossierId",
                table: "DecisionAwardees",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionAwardees_NomineeId",
                table: "DecisionAwardees",
                column: "NomineeId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionAwardees_PersonId",
                table: "DecisionAwardees",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionAwardees_TenantId",
                table: "DecisionAwardees",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionAwardees_UnitId",
                table: "DecisionAwardees",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_DocumentId",
                table: "Decisions",
                column: "DocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_RevokedByDecisionId",
                table: "Decisions",
                column: "RevokedByDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_RoundId",
                table: "Decisions",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_SessionId",
                table: "Decisions",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_SubmitterUnitId",
                table: "Decisions",
                column: "SubmitterUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_TenantId_CreatedAt",
                table: "Decisions",
                columns: new[] { "TenantId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_UnitId",
                table: "Decisions",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DecisionAwardees");

            migrationBuilder.DropTable(
                name: "Decisions");
        }
    }
}
