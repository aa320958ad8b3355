using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Nominations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NominationRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitDueWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitDueProvisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    SuperiorDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SuperiorDueWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    SuperiorDueProvisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NominationRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NominationRounds_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Dossiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HeldByUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmissionNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmissionNumberText = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Submissions = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dossiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Dossiers_NominationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "NominationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dossiers_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dossiers_Units_HeldByUnitId",
                        column: x => x.HeldByUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dossiers_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NominationOffers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwardKindId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuotaNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NominationOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NominationOffers_AwardKinds_AwardKindId",
                        column: x => x.AwardKindId,
                        principalTable: "AwardKinds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NominationOffers_NominationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "NominationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NominationOffers_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DossierEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    LevelUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1200, nullable: true),
                    ById = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierEvents_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DossierEvents_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DossierEvents_Units_LevelUnitId",
                        column: x => x.LevelUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DossierLevels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReachedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeftAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierLevels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierLevels_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DossierLevels_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DossierLevels_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DossierNominees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubjectUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AwardKindId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwardName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposalDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EvaluatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReportPosition = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReportDuties = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReportAchievements = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReportNarrative = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierNominees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierNominees_AwardKindVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "AwardKindVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DossierNominees_AwardKinds_AwardKindId",
                        column: x => x.AwardKindId,
                        principalTable: "AwardKinds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DossierNominees_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DossierNominees_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DossierNominees_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DossierNominees_Units_SubjectUnitId",
                        column: x => x.SubjectUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DossierReturnItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Submission = table.Column<int>(type: "INTEGER", nullable: false),
                    LevelUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NomineeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NomineeName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Requirement = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RuleKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Document = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Open = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierReturnItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierReturnItems_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DossierReturnItems_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DossierReturnItems_Units_LevelUnitId",
                        column: x => x.LevelUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DossierSnapshotFields",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Submission = table.Column<int>(type: "INTEGER", nullable: false),
                    NomineeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Nominee = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierSnapshotFields", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierSnapshotFields_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DossierSnapshotFields_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DossierAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NomineeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Document = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AddedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierAttachments_DossierNominees_NomineeId",
                        column: x => x.NomineeId,
                        principalTable: "DossierNominees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DossierAttachments_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DossierAttachments_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NomineeChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NomineeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Finding = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Citation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AnyOfGroup = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NomineeChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NomineeChecks_DossierNominees_NomineeId",
                        column: x => x.NomineeId,
                        principalTable: "DossierNominees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NomineeChecks_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NomineeFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NomineeFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NomineeFacts_NomineeChecks_CheckId",
                        column: x => x.CheckId,
                        principalTable: "NomineeChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NomineeFacts_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DossierAttachments_DossierId",
                table: "DossierAttachments",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierAttachments_NomineeId",
                table: "DossierAttachments",
                column: "NomineeId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierAttachments_TenantId",
                table: "DossierAttachments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierEvents_DossierId_At",
                table: "DossierEvents",
                columns: new[] { "DossierId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierEvents_LevelUnitId",
                table: "DossierEvents",
                column: "LevelUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierEvents_TenantId",
                table: "DossierEvents",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierLevels_DossierId_Seq",
                table: "DossierLevels",
                columns: new[] { "DossierId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DossierLevels_TenantId_UnitId",
                table: "DossierLevels",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierLevels_UnitId",
                table: "DossierLevels",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierNominees_AwardKindId",
                table: "DossierNominees",
                column: "AwardKindId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierNominees_DossierId_PersonId_SubjectUnitId_AwardKindId_Year",
                table: "DossierNominees",
                columns: new[] { "DossierId", "PersonId", "SubjectUnitId", "AwardKindId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierNominees_PersonId",
                table: "DossierNominees",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierNominees_SubjectUnitId",
                table: "DossierNominees",
                column: "SubjectUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierNominees_TenantId_AwardKindId_Year",
                table: "DossierNominees",
                columns: new[] { "TenantId", "AwardKindId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierNominees_VersionId",
                table: "DossierNominees",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierReturnItems_DossierId_Submission",
                table: "DossierReturnItems",
                columns: new[] { "DossierId", "Submission" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierReturnItems_LevelUnitId",
                table: "DossierReturnItems",
                column: "LevelUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierReturnItems_TenantId",
                table: "DossierReturnItems",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_HeldByUnitId",
                table: "Dossiers",
                column: "HeldByUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_RoundId_UnitId",
                table: "Dossiers",
                columns: new[] { "RoundId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_TenantId_HeldByUnitId",
                table: "Dossiers",
                columns: new[] { "TenantId", "HeldByUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_UnitId",
                table: "Dossiers",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierSnapshotFields_DossierId_Submission",
                table: "DossierSnapshotFields",
                columns: new[] { "DossierId", "Submission" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierSnapshotFields_TenantId",
                table: "DossierSnapshotFields",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_NominationOffers_AwardKindId",
                table: "NominationOffers",
                column: "AwardKindId");

            migrationBuilder.CreateIndex(
                name: "IX_NominationOffers_RoundId_AwardKindId",
                table: "NominationOffers",
                columns: new[] { "RoundId", "AwardKindId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NominationOffers_TenantId",
                table: "NominationOffers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_NominationRounds_TenantId_Year",
                table: "NominationRounds",
                columns: new[] { "TenantId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_NomineeChecks_NomineeId_Position",
                table: "NomineeChecks",
                columns: new[] { "NomineeId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_NomineeChecks_TenantId",
                table: "NomineeChecks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_NomineeFacts_CheckId_Seq",
                table: "NomineeFacts",
                columns: new[] { "CheckId", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_NomineeFacts_TenantId",
                table: "NomineeFacts",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DossierAttachments");

            migrationBuilder.DropTable(
                name: "DossierEvents");

            migrationBuilder.DropTable(
                name: "DossierLevels");

            migrationBuilder.DropTable(
                name: "DossierReturnItems");

            migrationBuilder.DropTable(
                name: "DossierSnapshotFields");

            migrationBuilder.DropTable(
                name: "NominationOffers");

            migrationBuilder.DropTable(
                name: "NomineeFacts");

            migrationBuilder.DropTable(
                name: "NomineeChecks");

            migrationBuilder.DropTable(
                name: "DossierNominees");

            migrationBuilder.DropTable(
                name: "Dossiers");

            migrationBuilder.DropTable(
                name: "NominationRounds");
        }
    }
}
