using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddModelProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ModelProgress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModelProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ModelProgress_DvkModels_ModelId",
                        column: x => x.ModelId,
                        principalTable: "DvkModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ModelProgress_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ModelReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Truthful = table.Column<int>(type: "INTEGER", nullable: false),
                    Effective = table.Column<int>(type: "INTEGER", nullable: false),
                    Sustainable = table.Column<int>(type: "INTEGER", nullable: false),
                    Replicable = table.Column<int>(type: "INTEGER", nullable: false),
                    Comments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModelReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ModelReviews_DvkModels_ModelId",
                        column: x => x.ModelId,
                        principalTable: "DvkModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ModelReviews_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ModelEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgressId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModelEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ModelEvidence_DvkModels_ModelId",
                        column: x => x.ModelId,
                        principalTable: "DvkModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ModelEvidence_ModelProgress_ProgressId",
                        column: x => x.ProgressId,
                        principalTable: "ModelProgress",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ModelEvidence_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ModelIndicatorValues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgressId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModelIndicatorValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ModelIndicatorValues_ModelProgress_ProgressId",
                        column: x => x.ProgressId,
                        principalTable: "ModelProgress",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ModelIndicatorValues_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ModelEvidence_ModelId",
                table: "ModelEvidence",
                column: "ModelId");

            migrationBuilder.CreateIndex(
                name: "IX_ModelEvidence_ProgressId",
                table: "ModelEvidence",
                column: "ProgressId");

            migrationBuilder.CreateIndex(
                name: "IX_ModelEvidence_TenantId_ModelId",
                table: "ModelEvidence",
                columns: new[] { "TenantId", "ModelId" });

            migrationBuilder.CreateIndex(
                name: "IX_ModelIndicatorValues_ProgressId",
                table: "ModelIndicatorValues",
                column: "ProgressId");

            migrationBuilder.CreateIndex(
                name: "IX_ModelIndicatorValues_TenantId_ProgressId_Code",
                table: "ModelIndicatorValues",
                columns: new[] { "TenantId", "ProgressId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModelProgress_ModelId",
                table: "ModelProgress",
                column: "ModelId");

            migrationBuilder.CreateIndex(
                name: "IX_ModelProgress_TenantId_ModelId_ReportedOn",
                table: "ModelProgress",
                columns: new[] { "TenantId", "ModelId", "ReportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ModelReviews_ModelId",
                table: "ModelReviews",
                column: "ModelId");

            migrationBuilder.CreateIndex(
                name: "IX_ModelReviews_TenantId_ModelId",
                table: "ModelReviews",
                columns: new[] { "TenantId", "ModelId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ModelEvidence");

            migrationBuilder.DropTable(
                name: "ModelIndicatorValues");

            migrationBuilder.DropTable(
                name: "ModelReviews");

            migrationBuilder.DropTable(
                name: "ModelProgress");
        }
    }
}
