using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AwardCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AwardKinds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ForIndividuals = table.Column<bool>(type: "boolean", nullable: false),
                    ForCollectives = table.Column<bool>(type: "boolean", nullable: false),
                    ForHouseholds = table.Column<bool>(type: "boolean", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardKinds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardKinds_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BaseSalaries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Citation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CitationDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    EnteredByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BaseSalaries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BaseSalaries_Documents_CitationDocumentId",
                        column: x => x.CitationDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BaseSalaries_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AwardKindVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    AwardKindId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    PrizeMultiple = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    CollectiveFactor = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    HouseholdFactor = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    ReportTemplate = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    QuotaPercent = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    QuotaBaseCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    VoteThresholdPercent = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    VoteBase = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SecretBallot = table.Column<bool>(type: "boolean", nullable: false),
                    NoticeWorkingDays = table.Column<int>(type: "integer", nullable: true),
                    Citation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CitationDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardKindVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardKindVersions_AwardKinds_AwardKindId",
                        column: x => x.AwardKindId,
                        principalTable: "AwardKinds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardKindVersions_Documents_CitationDocumentId",
                        column: x => x.CitationDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardKindVersions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AwardRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    AwardKindId = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    HolderName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    HolderFolded = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SourceFile = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    SourceRow = table.Column<int>(type: "integer", nullable: true),
                    EnteredByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardRecords_AwardKinds_AwardKindId",
                        column: x => x.AwardKindId,
                        principalTable: "AwardKinds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardRecords_Documents_DecisionDocumentId",
                        column: x => x.DecisionDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardRecords_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardRecords_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardRecords_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AwardRule",
                columns: table => new
                {
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AppliesTo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Years = table.Column<int>(type: "integer", nullable: true),
                    AwardCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Months = table.Column<int>(type: "integer", nullable: true),
                    InitiativeLevel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AnyOfGroup = table.Column<int>(type: "integer", nullable: true),
                    Citation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardRule", x => new { x.VersionId, x.Position });
                    table.ForeignKey(
                        name: "FK_AwardRule_AwardKindVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "AwardKindVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AwardRule_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AwardVersionAuthority",
                columns: table => new
                {
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Authority = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardVersionAuthority", x => new { x.VersionId, x.Authority });
                    table.ForeignKey(
                        name: "FK_AwardVersionAuthority_AwardKindVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "AwardKindVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AwardVersionAuthority_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AwardVersionDocument",
                columns: table => new
                {
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Document = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardVersionDocument", x => new { x.VersionId, x.Document });
                    table.ForeignKey(
                        name: "FK_AwardVersionDocument_AwardKindVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "AwardKindVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AwardVersionDocument_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AwardKinds_TenantId_Code",
                table: "AwardKinds",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AwardKindVersions_AwardKindId_EffectiveFrom",
                table: "AwardKindVersions",
                columns: new[] { "AwardKindId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AwardKindVersions_AwardKindId_Number",
                table: "AwardKindVersions",
                columns: new[] { "AwardKindId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AwardKindVersions_CitationDocumentId",
                table: "AwardKindVersions",
                column: "CitationDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardKindVersions_TenantId",
                table: "AwardKindVersions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_AwardKindId",
                table: "AwardRecords",
                column: "AwardKindId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_DecisionDocumentId",
                table: "AwardRecords",
                column: "DecisionDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_PersonId",
                table: "AwardRecords",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_TenantId_AwardKindId_Year",
                table: "AwardRecords",
                columns: new[] { "TenantId", "AwardKindId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_TenantId_HolderFolded_Id",
                table: "AwardRecords",
                columns: new[] { "TenantId", "HolderFolded", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_TenantId_PersonId_Year",
                table: "AwardRecords",
                columns: new[] { "TenantId", "PersonId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_TenantId_UnitId_Year",
                table: "AwardRecords",
                columns: new[] { "TenantId", "UnitId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_UnitId",
                table: "AwardRecords",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardRule_TenantId",
                table: "AwardRule",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardVersionAuthority_TenantId",
                table: "AwardVersionAuthority",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardVersionDocument_TenantId",
                table: "AwardVersionDocument",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_BaseSalaries_CitationDocumentId",
                table: "BaseSalaries",
                column: "CitationDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_BaseSalaries_TenantId_EffectiveFrom",
                table: "BaseSalaries",
                columns: new[] { "TenantId", "EffectiveFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AwardRecords");

            migrationBuilder.DropTable(
                name: "AwardRule");

            migrationBuilder.DropTable(
                name: "AwardVersionAuthority");

            migrationBuilder.DropTable(
                name: "AwardVersionDocument");

            migrationBuilder.DropTable(
                name: "BaseSalaries");

            migrationBuilder.DropTable(
                name: "AwardKindVersions");

            migrationBuilder.DropTable(
                name: "AwardKinds");
        }
    }
}
