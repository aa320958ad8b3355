using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PendingTransfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<Guid>>(
                name: "PersonIds",
                table: "PendingHandovers",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]"); // existing rows (merge, dissolve, split) move no chosen ids

            migrationBuilder.AddColumn<List<Guid>>(
                name: "SubUnitIds",
                table: "PendingHandovers",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]"); // existing rows (merge, dissolve, split) move no chosen ids

            migrationBuilder.AddColumn<Guid>(
                name: "SuccessionId",
                table: "PendingHandovers",
                type: "uuid",
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
