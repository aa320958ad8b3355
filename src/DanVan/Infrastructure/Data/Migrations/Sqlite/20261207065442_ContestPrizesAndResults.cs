using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultsByName",
                table: "Contests",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResultsDate",
                table: "Contests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ResultsDocumentId",
                table: "Contests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResultsIssuedAt",
                table: "Contests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultsNumber",
                table: "Contests",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultsSignerName",
                table: "Contests",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultsSignerTitle",
                table: "Contests",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContestPrizes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    PrizeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    Total = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Withheld = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false)
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
