using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Certificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RevocationDocumentId",
                table: "AwardRecords",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevocationGround",
                table: "AwardRecords",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RevokedAt",
                table: "AwardRecords",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Revocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ground = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SignedFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignedSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SignerName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Revocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Revocations_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Revocations_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Revocations_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(26)", unicode: false, maxLength: 26, nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AwardeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    AwardRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Generation = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SupersededById = table.Column<Guid>(type: "uuid", nullable: true),
                    ReissueReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RevocationId = table.Column<Guid>(type: "uuid", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Certificates_AwardRecords_AwardRecordId",
                        column: x => x.AwardRecordId,
                        principalTable: "AwardRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Certificates_Certificates_SupersededById",
                        column: x => x.SupersededById,
                        principalTable: "Certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Certificates_DecisionAwardees_AwardeeId",
                        column: x => x.AwardeeId,
                        principalTable: "DecisionAwardees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Certificates_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Certificates_Revocations_RevocationId",
                        column: x => x.RevocationId,
                        principalTable: "Revocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Certificates_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RevokedAwards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RevocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AwardRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    AwardeeId = table.Column<Guid>(type: "uuid", nullable: true),
                    HolderName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AwardName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: true),
                    Objects = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    DeadlineProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    RecoveredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecoveryNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevokedAwards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RevokedAwards_AwardRecords_AwardRecordId",
                        column: x => x.AwardRecordId,
                        principalTable: "AwardRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RevokedAwards_DecisionAwardees_AwardeeId",
                        column: x => x.AwardeeId,
                        principalTable: "DecisionAwardees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RevokedAwards_Revocations_RevocationId",
                        column: x => x.RevocationId,
                        principalTable: "Revocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RevokedAwards_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CertificateScans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificateId = table.Column<Guid>(type: "uuid", nullable: true),
                    CodeHash = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false),
                    Result = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateScans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CertificateScans_Certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "Certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_RevocationDocumentId",
                table: "AwardRecords",
                column: "RevocationDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_AwardeeId_Generation",
                table: "Certificates",
                columns: new[] { "AwardeeId", "Generation" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_AwardRecordId",
                table: "Certificates",
                column: "AwardRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_Code",
                table: "Certificates",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_DecisionId",
                table: "Certificates",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_RevocationId",
                table: "Certificates",
                column: "RevocationId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_SupersededById",
                table: "Certificates",
                column: "SupersededById");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_TenantId",
                table: "Certificates",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CertificateScans_CertificateId_At",
                table: "CertificateScans",
                columns: new[] { "CertificateId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Revocations_DocumentId",
                table: "Revocations",
                column: "DocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Revocations_TenantId_DecisionDate",
                table: "Revocations",
                columns: new[] { "TenantId", "DecisionDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Revocations_UnitId",
                table: "Revocations",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RevokedAwards_AwardeeId",
                table: "RevokedAwards",
                column: "AwardeeId");

            migrationBuilder.CreateIndex(
                name: "IX_RevokedAwards_AwardRecordId",
                table: "RevokedAwards",
                column: "AwardRecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RevokedAwards_RevocationId",
                table: "RevokedAwards",
                column: "RevocationId");

            migrationBuilder.CreateIndex(
                name: "IX_RevokedAwards_TenantId",
                table: "RevokedAwards",
                column: "TenantId");

            migrationBuilder.AddForeignKey(
                name: "FK_AwardRecords_Documents_RevocationDocumentId",
                table: "AwardRecords",
                column: "RevocationDocumentId",
                principalTable: "Documents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AwardRecords_Documents_RevocationDocumentId",
                table: "AwardRecords");

            migrationBuilder.DropTable(
                name: "CertificateScans");

            migrationBuilder.DropTable(
                name: "RevokedAwards");

            migrationBuilder.DropTable(
                name: "Certificates");

            migrationBuilder.DropTable(
                name: "Revocations");

            migrationBuilder.DropIndex(
                name: "IX_AwardRecords_RevocationDocumentId",
                table: "AwardRecords");

            migrationBuilder.DropColumn(
                name: "RevocationDocumentId",
                table: "AwardRecords");

            migrationBuilder.DropColumn(
                name: "RevocationGround",
                table: "AwardRecords");

            migrationBuilder.DropColumn(
                name: "RevokedAt",
                table: "AwardRecords");
        }
    }
}
