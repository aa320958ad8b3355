using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevocationGround",
                table: "AwardRecords",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RevokedAt",
                table: "AwardRecords",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Revocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ground = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SignedFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignedSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 26, nullable: false),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwardeeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwardRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Generation = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SupersededById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReissueReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RevocationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RevocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwardRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwardeeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AwardName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: true),
                    Objects = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeadlineProvisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecoveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecoveryNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CertificateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CodeHash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
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
