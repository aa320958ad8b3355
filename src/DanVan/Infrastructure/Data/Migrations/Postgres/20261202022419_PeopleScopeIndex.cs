using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PeopleScopeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_TenantId_UnitId",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_People_TenantId_UnitId_FullNameFolded_Id",
                table: "People",
                columns: new[] { "TenantId", "UnitId", "FullNameFolded", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_TenantId_UnitId_FullNameFolded_Id",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_People_TenantId_UnitId",
                table: "People",
                columns: new[] { "TenantId", "UnitId" });
        }
    }
}
