using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PeopleUnitGenderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_People_TenantId_UnitId_Gender",
                table: "People",
                columns: new[] { "TenantId", "UnitId", "Gender" });

            // A database analysed before (a generated dataset) would otherwise hold statistics for People's other indexes
            // and none for this one, and the planner would take it for every "TenantId = ?" search — 3× slower eligibility
            // rounds measured at M (bench/notes/eligibility.md §4). An empty table gets no statistics: the defaults stay.
            migrationBuilder.Sql("ANALYZE \"People\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_TenantId_UnitId_Gender",
                table: "People");
        }
    }
}
