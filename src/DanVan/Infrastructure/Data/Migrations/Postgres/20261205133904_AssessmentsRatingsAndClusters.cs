using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AssessmentsRatingsAndClusters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CriteriaSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Edition = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Citation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RegulationDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    SuperiorShare = table.Column<long>(type: "bigint", nullable: false),
                    TopRankCapPercent = table.Column<int>(type: "integer", nullable: true),
                    FrozenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriteriaSets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriteriaSets_Documents_RegulationDocumentId",
                        column: x => x.RegulationDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CriteriaSets_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Disciplines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EnteredByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnteredByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disciplines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Disciplines_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disciplines_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disciplines_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EmulationClusters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LeaderUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    DeputyUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    FoundingDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    CopiedFromId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmulationClusters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmulationClusters_Documents_FoundingDocumentId",
                        column: x => x.FoundingDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmulationClusters_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmulationClusters_Units_DeputyUnitId",
                        column: x => x.DeputyUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmulationClusters_Units_LeaderUnitId",
                        column: x => x.LeaderUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PersonRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EnteredByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnteredByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SourceFile = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    SourceRow = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonRatings_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonRatings_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonRatings_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentCriteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    SetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Group = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Guidance = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MaxPoints = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EvidenceRequired = table.Column<bool>(type: "boolean", nullable: false),
                    UnitKindId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentCriteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentCriteria_CriteriaSets_SetId",
                        column: x => x.SetId,
                        principalTable: "CriteriaSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AssessmentCriteria_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentCriteria_UnitKinds_UnitKindId",
                        column: x => x.UnitKindId,
                        principalTable: "UnitKinds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CriteriaSetId = table.Column<Guid>(type: "uuid", nullable: false),
                    SelfAssessmentDue = table.Column<DateOnly>(type: "date", nullable: false),
                    AppraisalDue = table.Column<DateOnly>(type: "date", nullable: false),
                    AppealWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecisionDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecisionCitation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentRounds_CriteriaSets_CriteriaSetId",
                        column: x => x.CriteriaSetId,
                        principalTable: "CriteriaSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentRounds_Documents_DecisionDocumentId",
                        column: x => x.DecisionDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentRounds_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RankBands",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    SetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MinPoints = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RankBands", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RankBands_CriteriaSets_SetId",
                        column: x => x.SetId,
                        principalTable: "CriteriaSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RankBands_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClusterEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClusterId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClusterEvents_EmulationClusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "EmulationClusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClusterEvents_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClusterMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClusterId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClusterMembers_EmulationClusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "EmulationClusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClusterMembers_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClusterMembers_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PersonRatingChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RatingId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    From = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SourceFile = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    SourceRow = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonRatingChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonRatingChanges_PersonRatings_RatingId",
                        column: x => x.RatingId,
                        principalTable: "PersonRatings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonRatingChanges_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    IncludeDescendants = table.Column<bool>(type: "boolean", nullable: false),
                    KindId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentParticipants_AssessmentRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "AssessmentRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AssessmentParticipants_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentParticipants_UnitKinds_KindId",
                        column: x => x.KindId,
                        principalTable: "UnitKinds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentParticipants_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UnitAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitKindId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SelfTotal = table.Column<long>(type: "bigint", nullable: false),
                    FinalTotal = table.Column<long>(type: "bigint", nullable: true),
                    Disagreement = table.Column<long>(type: "bigint", nullable: false),
                    PrerequisitesMet = table.Column<bool>(type: "boolean", nullable: false),
                    SuperiorPoints = table.Column<long>(type: "bigint", nullable: true),
                    SuperiorNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReturnNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmittedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AppraisedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AppraisedById = table.Column<Guid>(type: "uuid", nullable: true),
                    AppealUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AppealAnswer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitAssessments_AssessmentRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "AssessmentRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitAssessments_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitAssessments_UnitKinds_UnitKindId",
                        column: x => x.UnitKindId,
                        principalTable: "UnitKinds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitAssessments_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CriterionCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Note = table.Column<string>(type: "character varying(2040)", maxLength: 2040, nullable: true),
                    ById = table.Column<Guid>(type: "uuid", nullable: false),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentEvents_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentEvents_UnitAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "UnitAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CriterionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SelfPoints = table.Column<long>(type: "bigint", nullable: true),
                    SelfMet = table.Column<bool>(type: "boolean", nullable: true),
                    SelfExplanation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SelfEvidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AppraisedPoints = table.Column<long>(type: "bigint", nullable: true),
                    AppraisedMet = table.Column<bool>(type: "boolean", nullable: true),
                    AppraisalReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AppraisedById = table.Column<Guid>(type: "uuid", nullable: true),
                    AppraisedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AppealArgument = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AppealAnswer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AppealAnsweredByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentScores_AssessmentCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "AssessmentCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentScores_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentScores_UnitAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "UnitAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitAssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    RankSeq = table.Column<int>(type: "integer", nullable: true),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Points = table.Column<long>(type: "bigint", nullable: true),
                    DecisionDocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    DecisionCitation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitRatings_AssessmentRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "AssessmentRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitRatings_Documents_DecisionDocumentId",
                        column: x => x.DecisionDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitRatings_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitRatings_UnitAssessments_UnitAssessmentId",
                        column: x => x.UnitAssessmentId,
                        principalTable: "UnitAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitRatings_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentCriteria_SetId_Code",
                table: "AssessmentCriteria",
                columns: new[] { "SetId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentCriteria_TenantId",
                table: "AssessmentCriteria",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentCriteria_UnitKindId",
                table: "AssessmentCriteria",
                column: "UnitKindId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentEvents_AssessmentId_At",
                table: "AssessmentEvents",
                columns: new[] { "AssessmentId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentEvents_TenantId",
                table: "AssessmentEvents",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentParticipants_KindId",
                table: "AssessmentParticipants",
                column: "KindId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentParticipants_RoundId",
                table: "AssessmentParticipants",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentParticipants_TenantId",
                table: "AssessmentParticipants",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentParticipants_UnitId",
                table: "AssessmentParticipants",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentRounds_CriteriaSetId",
                table: "AssessmentRounds",
                column: "CriteriaSetId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentRounds_DecisionDocumentId",
                table: "AssessmentRounds",
                column: "DecisionDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentRounds_TenantId_Year",
                table: "AssessmentRounds",
                columns: new[] { "TenantId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScores_AssessmentId_CriterionId",
                table: "AssessmentScores",
                columns: new[] { "AssessmentId", "CriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScores_CriterionId",
                table: "AssessmentScores",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScores_TenantId",
                table: "AssessmentScores",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ClusterEvents_ClusterId",
                table: "ClusterEvents",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_ClusterEvents_TenantId_ClusterId",
                table: "ClusterEvents",
                columns: new[] { "TenantId", "ClusterId" });

            migrationBuilder.CreateIndex(
                name: "IX_ClusterMembers_ClusterId",
                table: "ClusterMembers",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_ClusterMembers_TenantId_UnitId_Year_Kind",
                table: "ClusterMembers",
                columns: new[] { "TenantId", "UnitId", "Year", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClusterMembers_UnitId",
                table: "ClusterMembers",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CriteriaSets_RegulationDocumentId",
                table: "CriteriaSets",
                column: "RegulationDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_CriteriaSets_TenantId_Year_Edition",
                table: "CriteriaSets",
                columns: new[] { "TenantId", "Year", "Edition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Disciplines_PersonId",
                table: "Disciplines",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Disciplines_TenantId_PersonId_From",
                table: "Disciplines",
                columns: new[] { "TenantId", "PersonId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_Disciplines_UnitId",
                table: "Disciplines",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_EmulationClusters_DeputyUnitId",
                table: "EmulationClusters",
                column: "DeputyUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_EmulationClusters_FoundingDocumentId",
                table: "EmulationClusters",
                column: "FoundingDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_EmulationClusters_LeaderUnitId",
                table: "EmulationClusters",
                column: "LeaderUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_EmulationClusters_TenantId_Year_Kind_Name",
                table: "EmulationClusters",
                columns: new[] { "TenantId", "Year", "Kind", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonRatingChanges_RatingId",
                table: "PersonRatingChanges",
                column: "RatingId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonRatingChanges_TenantId_PersonId_Year",
                table: "PersonRatingChanges",
                columns: new[] { "TenantId", "PersonId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonRatings_PersonId",
                table: "PersonRatings",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonRatings_TenantId_PersonId_Year",
                table: "PersonRatings",
                columns: new[] { "TenantId", "PersonId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonRatings_TenantId_Year_UnitId",
                table: "PersonRatings",
                columns: new[] { "TenantId", "Year", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonRatings_UnitId",
                table: "PersonRatings",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RankBands_SetId_Seq",
                table: "RankBands",
                columns: new[] { "SetId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RankBands_TenantId",
                table: "RankBands",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitAssessments_RoundId_UnitId",
                table: "UnitAssessments",
                columns: new[] { "RoundId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitAssessments_TenantId_UnitId",
                table: "UnitAssessments",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitAssessments_UnitId",
                table: "UnitAssessments",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitAssessments_UnitKindId",
                table: "UnitAssessments",
                column: "UnitKindId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitRatings_DecisionDocumentId",
                table: "UnitRatings",
                column: "DecisionDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitRatings_RoundId",
                table: "UnitRatings",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitRatings_TenantId_UnitId_Year",
                table: "UnitRatings",
                columns: new[] { "TenantId", "UnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitRatings_UnitAssessmentId",
                table: "UnitRatings",
                column: "UnitAssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitRatings_UnitId",
                table: "UnitRatings",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentEvents");

            migrationBuilder.DropTable(
                name: "AssessmentParticipants");

            migrationBuilder.DropTable(
                name: "AssessmentScores");

            migrationBuilder.DropTable(
                name: "ClusterEvents");

            migrationBuilder.DropTable(
                name: "ClusterMembers");

            migrationBuilder.DropTable(
                name: "Disciplines");

            migrationBuilder.DropTable(
                name: "PersonRatingChanges");

            migrationBuilder.DropTable(
                name: "RankBands");

            migrationBuilder.DropTable(
                name: "UnitRatings");

            migrationBuilder.DropTable(
                name: "AssessmentCriteria");

            migrationBuilder.DropTable(
                name: "EmulationClusters");

            migrationBuilder.DropTable(
                name: "PersonRatings");

            migrationBuilder.DropTable(
                name: "UnitAssessments");

            migrationBuilder.DropTable(
                name: "AssessmentRounds");

            migrationBuilder.DropTable(
                name: "CriteriaSets");
        }
    }
}
