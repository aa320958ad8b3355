using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContestOvertime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "OvertimePenaltyPerMinute",
                table: "ContestParts",
                type: "TEXT",
                precision: 8,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TimeLimitMinutes",
                table: "ContestParts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OvertimeSeconds",
                table: "ContestAttendance",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OvertimePenaltyPerMinute",
                table: "ContestParts");

            migrationBuilder.DropColumn(
                name: "TimeLimitMinutes",
                table: "ContestParts");

            migrationBuilder.DropColumn(
                name: "OvertimeSeconds",
                table: "ContestAttendance");
        }
    }
}
