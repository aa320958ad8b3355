using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AssessmentEvidenceFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AssessmentEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Href = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AddedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentEvidence_AssessmentCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "AssessmentCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentEvidence_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentEvidence_UnitAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "UnitAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentEvidence_AssessmentId_CriterionId",
                table: "AssessmentEvidence",
                columns: new[] { "AssessmentId", "CriterionId" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentEvidence_CriterionId",
                table: "AssessmentEvidence",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentEvidence_TenantId",
                table: "AssessmentEvidence",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentEvidence");
        }
    }
}
