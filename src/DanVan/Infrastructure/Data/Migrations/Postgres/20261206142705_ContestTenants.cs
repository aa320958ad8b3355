using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContestTenants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "ContestRounds",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "ContestParts",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "ContestMembers",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "ContestEvents",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "ContestCriteria",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "ContestClusters",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_ContestRounds_TenantId",
                table: "ContestRounds",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestParts_TenantId",
                table: "ContestParts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestMembers_TenantId",
                table: "ContestMembers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestEvents_TenantId",
                table: "ContestEvents",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestCriteria_TenantId",
                table: "ContestCriteria",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestClusters_TenantId",
                table: "ContestClusters",
                column: "TenantId");

            migrationBuilder.AddForeignKey(
                name: "FK_ContestClusters_Tenants_TenantId",
                table: "ContestClusters",
                column: "TenantId",
                principalTable: "Tenants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ContestCriteria_Tenants_TenantId",
                table: "ContestCriteria",
                column: "TenantId",
                principalTable: "Tenants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ContestEvents_Tenants_TenantId",
                table: "ContestEvents",
                column: "TenantId",
                principalTable: "Tenants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ContestMembers_Tenants_TenantId",
                table: "ContestMembers",
                column: "TenantId",
                principalTable: "Tenants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ContestParts_Tenants_TenantId",
                table: "ContestParts",
                column: "TenantId",
                principalTable: "Tenants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ContestRounds_Tenants_TenantId",
                table: "ContestRounds",
                column: "TenantId",
                principalTable: "Tenants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ContestClusters_Tenants_TenantId",
                table: "ContestClusters");

            migrationBuilder.DropForeignKey(
                name: "FK_ContestCriteria_Tenants_TenantId",
                table: "ContestCriteria");

            migrationBuilder.DropForeignKey(
                name: "FK_ContestEvents_Tenants_TenantId",
                table: "ContestEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_ContestMembers_Tenants_TenantId",
                table: "ContestMembers");

            migrationBuilder.DropForeignKey(
                name: "FK_ContestParts_Tenants_TenantId",
                table: "ContestParts");

            migrationBuilder.DropForeignKey(
                name: "FK_ContestRounds_Tenants_TenantId",
                table: "ContestRounds");

            migrationBuilder.DropIndex(
                name: "IX_ContestRounds_TenantId",
                table: "ContestRounds");

            migrationBuilder.DropIndex(
                name: "IX_ContestParts_TenantId",
                table: "ContestParts");

            migrationBuilder.DropIndex(
                name: "IX_ContestMembers_TenantId",
                table: "ContestMembers");

            migrationBuilder.DropIndex(
                name: "IX_ContestEvents_TenantId",
                table: "ContestEvents");

            migrationBuilder.DropIndex(
                name: "IX_ContestCriteria_TenantId",
                table: "ContestCriteria");

            migrationBuilder.DropIndex(
                name: "IX_ContestClusters_TenantId",
                table: "ContestClusters");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "ContestRounds");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "ContestParts");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "ContestMembers");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "ContestEvents");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "ContestCriteria");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "ContestClusters");
        }
    }
}
