using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NomineeOncePerRound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RoundId",
                table: "DossierNominees",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "DossierNominees",
                type: "timestamp with time zone",
                nullable: true);

            // Existing nominees take their dossier's round, and count as withdrawn with a withdrawn dossier (before the unique indexes).
            migrationBuilder.Sql("""
                UPDATE "DossierNominees" SET
                    "RoundId" = (SELECT d."RoundId" FROM "Dossiers" d WHERE d."Id" = "DossierNominees"."DossierId"),
                    "WithdrawnAt" = (SELECT d."UpdatedAt" FROM "Dossiers" d WHERE d."Id" = "DossierNominees"."DossierId" AND d."Status" = 'Withdrawn');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_DossierNominees_OncePerRound_Person",
                table: "DossierNominees",
                columns: new[] { "RoundId", "AwardKindId", "PersonId" },
                unique: true,
                filter: "\"WithdrawnAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DossierNominees_OncePerRound_Unit",
                table: "DossierNominees",
                columns: new[] { "RoundId", "AwardKindId", "SubjectUnitId" },
                unique: true,
                filter: "\"WithdrawnAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DossierNominees_OncePerRound_Person",
                table: "DossierNominees");

            migrationBuilder.DropIndex(
                name: "IX_DossierNominees_OncePerRound_Unit",
                table: "DossierNominees");

            migrationBuilder.DropColumn(
                name: "RoundId",
                table: "DossierNominees");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "DossierNominees");
        }
    }
}
