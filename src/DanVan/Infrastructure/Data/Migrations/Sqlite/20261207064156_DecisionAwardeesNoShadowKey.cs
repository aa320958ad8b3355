using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DecisionAwardeesNoShadowKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_DecisionAwardees_Decisions_DecisionId1",
                table: "DecisionAwardees");

            migrationBuilder.DropIndex(
                name: "IX_DecisionAwardees_DecisionId1",
                table: "DecisionAwardees");

            migrationBuilder.DropColumn(
                name: "DecisionId1",
                table: "DecisionAwardees");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DecisionId1",
                table: "DecisionAwardees",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DecisionAwardees_DecisionId1",
                table: "DecisionAwardees",
                column: "DecisionId1");

            migrationBuilder.AddForeignKey(
                name: "FK_DecisionAwardees_Decisions_DecisionId1",
                table: "DecisionAwardees",
                column: "DecisionId1",
                principalTable: "Decisions",
                principalColumn: "Id");
        }
    }
}
