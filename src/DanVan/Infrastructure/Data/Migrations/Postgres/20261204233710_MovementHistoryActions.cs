using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MovementHistoryActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "PlanIssuedOn",
                table: "PlanObligations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ObligationId",
                table: "MovementEvents",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RegistrationId",
                table: "MovementEvents",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UnitId",
                table: "MovementEvents",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Until",
                table: "MovementEvents",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_MovementEvents_ObligationId",
                table: "MovementEvents",
                column: "ObligationId");

            migrationBuilder.CreateIndex(
                name: "IX_MovementEvents_RegistrationId",
                table: "MovementEvents",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_MovementEvents_TenantId_UnitId",
                table: "MovementEvents",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_MovementEvents_UnitId",
                table: "MovementEvents",
                column: "UnitId");

            migrationBuilder.AddForeignKey(
                name: "FK_MovementEvents_PlanObligations_ObligationId",
                table: "MovementEvents",
                column: "ObligationId",
                principalTable: "PlanObligations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MovementEvents_Registrations_RegistrationId",
                table: "MovementEvents",
                column: "RegistrationId",
                principalTable: "Registrations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MovementEvents_Units_UnitId",
                table: "MovementEvents",
                column: "UnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        
            foreach (var sql in MovementHistoryActionsSql.Up(postgres: true))
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in MovementHistoryActionsSql.Down())
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropForeignKey(
                name: "FK_MovementEvents_PlanObligations_ObligationId",
                table: "MovementEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_MovementEvents_Registrations_RegistrationId",
                table: "MovementEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_MovementEvents_Units_UnitId",
                table: "MovementEvents");

            migrationBuilder.DropIndex(
                name: "IX_MovementEvents_ObligationId",
                table: "MovementEvents");

            migrationBuilder.DropIndex(
                name: "IX_MovementEvents_RegistrationId",
                table: "MovementEvents");

            migrationBuilder.DropIndex(
                name: "IX_MovementEvents_TenantId_UnitId",
                table: "MovementEvents");

            migrationBuilder.DropIndex(
                name: "IX_MovementEvents_UnitId",
                table: "MovementEvents");

            migrationBuilder.DropColumn(
                name: "PlanIssuedOn",
                table: "PlanObligations");

            migrationBuilder.DropColumn(
                name: "ObligationId",
                table: "MovementEvents");

            migrationBuilder.DropColumn(
                name: "RegistrationId",
                table: "MovementEvents");

            migrationBuilder.DropColumn(
                name: "UnitId",
                table: "MovementEvents");

            migrationBuilder.DropColumn(
                name: "Until",
                table: "MovementEvents");
        }
    }
}
