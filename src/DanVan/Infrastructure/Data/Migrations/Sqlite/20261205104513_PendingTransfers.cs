using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PendingTransfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PersonIds",
                table: "PendingHandovers",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "SubUnitIds",
                table: "PendingHandovers",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<Guid>(
                name: "SuccessionId",
                table: "PendingHandovers",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PersonIds",
                table: "PendingHandovers");

            migrationBuilder.DropColumn(
                name: "SubUnitIds",
                table: "PendingHandovers");

            migrationBuilder.DropColumn(
                name: "SuccessionId",
                table: "PendingHandovers");
        }
    }
}
