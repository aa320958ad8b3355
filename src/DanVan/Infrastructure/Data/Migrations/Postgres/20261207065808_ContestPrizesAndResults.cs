using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContestPrizesAndResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PrizeBasis",
                table: "Contests",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultsByName",
                table: "Contests",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResultsDate",
                table: "Contests",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ResultsDocumentId",
                table: "Contests",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResultsIssuedAt",
                table: "Contests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultsNumber",
                table: "Contests",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultsSignerName",
                table: "Contests",
                type: "character varying(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultsSignerTitle",
                table: "Contests",
                type: "character varying(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContestPrizes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestPrizes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestPrizes_Contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "Contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestPrizes_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContestAwards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    PrizeId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    HolderName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UnitName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Rank = table.Column<int>(type: "integer", nullable: true),
                    Total = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Withheld = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestAwards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestAwards_ContestPrizes_PrizeId",
                        column: x => x.PrizeId,
                        principalTable: "ContestPrizes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestAwards_ContestTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "ContestTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestAwards_Contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "Contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestAwards_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestAwards_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContestCertificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContestId = table.Column<Guid>(type: "uuid", nullable: false),
                    AwardId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    HolderName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UnitName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Code = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestCertificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestCertificates_ContestAwards_AwardId",
                        column: x => x.AwardId,
                        principalTable: "ContestAwards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestCertificates_Contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "Contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestCertificates_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestCertificates_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contests_ResultsDocumentId",
                table: "Contests",
                column: "ResultsDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestAwards_ContestId_Seq",
                table: "ContestAwards",
                columns: new[] { "ContestId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestAwards_PersonId",
                table: "ContestAwards",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestAwards_PrizeId",
                table: "ContestAwards",
                column: "PrizeId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestAwards_TeamId",
                table: "ContestAwards",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestAwards_TenantId",
                table: "ContestAwards",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestCertificates_AwardId",
                table: "ContestCertificates",
                column: "AwardId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestCertificates_Code",
                table: "ContestCertificates",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestCertificates_ContestId",
                table: "ContestCertificates",
                column: "ContestId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestCertificates_PersonId",
                table: "ContestCertificates",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestCertificates_TenantId",
                table: "ContestCertificates",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestPrizes_ContestId_Seq",
                table: "ContestPrizes",
                columns: new[] { "ContestId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestPrizes_TenantId",
                table: "ContestPrizes",
                column: "TenantId");

            migrationBuilder.AddForeignKey(
                name: "FK_Contests_Documents_ResultsDocumentId",
                table: "Contests",
                column: "ResultsDocumentId",
                principalTable: "Documents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Contests_Documents_ResultsDocumentId",
                table: "Contests");

            migrationBuilder.DropTable(
                name: "ContestCertificates");

            migrationBuilder.DropTable(
                name: "ContestAwards");

            migrationBuilder.DropTable(
                name: "ContestPrizes");

            migrationBuilder.DropIndex(
                name: "IX_Contests_ResultsDocumentId",
                table: "Contests");

            migrationBuilder.DropColumn(
                name: "PrizeBasis",
                table: "Contests");

            migrationBuilder.DropColumn(
                name: "ResultsByName",
                table: "Contests");

            migrationBuilder.DropColumn(
                name: "ResultsDate",
                table: "Contests");

            migrationBuilder.DropColumn(
                name: "ResultsDocumentId",
                table: "Contests");

            migrationBuilder.DropColumn(
                name: "ResultsIssuedAt",
                table: "Contests");

            migrationBuilder.DropColumn(
                name: "ResultsNumber",
                table: "Contests");

            migrationBuilder.DropColumn(
                name: "ResultsSignerName",
                table: "Contests");

            migrationBuilder.DropColumn(
                name: "ResultsSignerTitle",
                table: "Contests");
        }
    }
}
