using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PersonRatingsAndClusters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClusterEvents");

            migrationBuilder.DropTable(
                name: "ClusterMembers");

            migrationBuilder.DropTable(
                name: "Disciplines");

            migrationBuilder.DropTable(
                name: "PersonRatingChanges");

            migrationBuilder.DropTable(
                name: "EmulationClusters");

            migrationBuilder.DropTable(
                name: "PersonRatings");
        }
    }
}
