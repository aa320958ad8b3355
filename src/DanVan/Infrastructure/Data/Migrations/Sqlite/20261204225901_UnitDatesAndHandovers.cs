using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UnitDatesAndHandovers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A unit is active by its dates now: a unit closed by the old flag without an end date ends the day before it was last changed.
            migrationBuilder.Sql("UPDATE \"Units\" SET \"ValidTo\" = COALESCE(date(\"UpdatedAt\", '-1 day'), '2000-01-01') WHERE \"IsActive\" = 0 AND \"ValidTo\" IS NULL;");

            migrationBuilder.DropColumn(
                name: "IsActive",
                table: "Units");

            migrationBuilder.AddColumn<string>(
                name: "Basis",
                table: "UnitSuccessions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "BasisDocumentId",
                table: "UnitSuccessions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SharePercent",
                table: "UnitSuccessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "WorkHandovers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuccessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ObjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkHandovers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkHandovers_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkHandovers_UnitSuccessions_SuccessionId",
                        column: x => x.SuccessionId,
                        principalTable: "UnitSuccessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkHandovers_Units_FromUnitId",
                        column: x => x.FromUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkHandovers_Units_ToUnitId",
                        column: x => x.ToUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UnitSuccessions_BasisDocumentId",
                table: "UnitSuccessions",
                column: "BasisDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkHandovers_FromUnitId",
                table: "WorkHandovers",
                column: "FromUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkHandovers_SuccessionId",
                table: "WorkHandovers",
                column: "SuccessionId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkHandovers_TenantId_FromUnitId",
                table: "WorkHandovers",
                columns: new[] { "TenantId", "FromUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkHandovers_TenantId_ObjectId",
                table: "WorkHandovers",
                columns: new[] { "TenantId", "ObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkHandovers_ToUnitId",
                table: "WorkHandovers",
                column: "ToUnitId");

            migrationBuilder.AddForeignKey(
                name: "FK_UnitSuccessions_Documents_BasisDocumentId",
                table: "UnitSuccessions",
                column: "BasisDocumentId",
                principalTable: "Documents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_UnitSuccessions_Documents_BasisDocumentId",
                table: "UnitSuccessions");

            migrationBuilder.DropTable(
                name: "WorkHandovers");

            migrationBuilder.DropIndex(
                name: "IX_UnitSuccessions_BasisDocumentId",
                table: "UnitSuccessions");

            migrationBuilder.DropColumn(
                name: "Basis",
                table: "UnitSuccessions");

            migrationBuilder.DropColumn(
                name: "BasisDocumentId",
                table: "UnitSuccessions");

            migrationBuilder.DropColumn(
                name: "SharePercent",
                table: "UnitSuccessions");

            migrationBuilder.AddColumn<bool>(
                name: "IsActive",
                table: "Units",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("UPDATE \"Units\" SET \"IsActive\" = CASE WHEN \"ValidTo\" IS NULL OR \"ValidTo\" >= date('now') THEN 1 ELSE 0 END;");
        }
    }
}
