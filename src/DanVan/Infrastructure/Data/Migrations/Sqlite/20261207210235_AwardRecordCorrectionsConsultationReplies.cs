using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AwardRecordCorrectionsConsultationReplies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AnsweredInApp",
                table: "Consultations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "AwardRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "AwardRecordCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwardRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardRecordCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardRecordCorrections_AwardRecords_AwardRecordId",
                        column: x => x.AwardRecordId,
                        principalTable: "AwardRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardRecordCorrections_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_TenantId_ConsultedUnitId_State",
                table: "Consultations",
                columns: new[] { "TenantId", "ConsultedUnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecordCorrections_AwardRecordId",
                table: "AwardRecordCorrections",
                column: "AwardRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecordCorrections_TenantId_AwardRecordId_At",
                table: "AwardRecordCorrections",
                columns: new[] { "TenantId", "AwardRecordId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AwardRecordCorrections");

            migrationBuilder.DropIndex(
                name: "IX_Consultations_TenantId_ConsultedUnitId_State",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "AnsweredInApp",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "AwardRecords");
        }
    }
}
