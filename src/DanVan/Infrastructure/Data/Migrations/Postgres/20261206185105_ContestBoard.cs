using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContestBoard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PublishJudgeNames",
                table: "Contests",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Board", // existing rounds start live
                table: "ContestRounds",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Live");

            migrationBuilder.AddColumn<DateTime>(
                name: "FinalAt",
                table: "ContestRounds",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FinalByName",
                table: "ContestRounds",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FrozenAt",
                table: "ContestRounds",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FrozenBoard",
                table: "ContestRounds",
                type: "character varying(1000000)",
                maxLength: 1000000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FrozenByName",
                table: "ContestRounds",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RevealedCount",
                table: "ContestRounds",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublishJudgeNames",
                table: "Contests");

            migrationBuilder.DropColumn(
                name: "Board",
                table: "ContestRounds");

            migrationBuilder.DropColumn(
                name: "FinalAt",
                table: "ContestRounds");

            migrationBuilder.DropColumn(
                name: "FinalByName",
                table: "ContestRounds");

            migrationBuilder.DropColumn(
                name: "FrozenAt",
                table: "ContestRounds");

            migrationBuilder.DropColumn(
                name: "FrozenBoard",
                table: "ContestRounds");

            migrationBuilder.DropColumn(
                name: "FrozenByName",
                table: "ContestRounds");

            migrationBuilder.DropColumn(
                name: "RevealedCount",
                table: "ContestRounds");
        }
    }
}
