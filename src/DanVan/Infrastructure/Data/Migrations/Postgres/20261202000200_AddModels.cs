using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddModels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DvkModels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    MovementId = table.Column<Guid>(type: "uuid", nullable: true),
                    PlannedModelId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReplicatedFromId = table.Column<Guid>(type: "uuid", nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SearchFolded = table.Column<string>(type: "character varying(20305)", maxLength: 20305, nullable: false),
                    Field = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OtherField = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Problem = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Goals = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ContentAndMethods = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AreaAndBeneficiaries = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Forces = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Resources = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EvaluationOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpectedOutputs = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Sustainability = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecognitionDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecognisedYear = table.Column<int>(type: "integer", nullable: true),
                    ConfirmedYear = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DvkModels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DvkModels_Documents_RecognitionDocumentId",
                        column: x => x.RecognitionDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DvkModels_DvkModels_ReplicatedFromId",
                        column: x => x.ReplicatedFromId,
                        principalTable: "DvkModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DvkModels_Movements_MovementId",
                        column: x => x.MovementId,
                        principalTable: "Movements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DvkModels_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DvkModels_PlannedModels_PlannedModelId",
                        column: x => x.PlannedModelId,
                        principalTable: "PlannedModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DvkModels_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DvkModels_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ModelEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ModelId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ToStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModelEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ModelEvents_DvkModels_ModelId",
                        column: x => x.ModelId,
                        principalTable: "DvkModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ModelEvents_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DvkModels_MovementId",
                table: "DvkModels",
                column: "MovementId");

            migrationBuilder.CreateIndex(
                name: "IX_DvkModels_PersonId",
                table: "DvkModels",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_DvkModels_PlannedModelId",
                table: "DvkModels",
                column: "PlannedModelId");

            migrationBuilder.CreateIndex(
                name: "IX_DvkModels_RecognitionDocumentId",
                table: "DvkModels",
                column: "RecognitionDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DvkModels_ReplicatedFromId",
                table: "DvkModels",
                column: "ReplicatedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_DvkModels_TenantId_MovementId_Status",
                table: "DvkModels",
                columns: new[] { "TenantId", "MovementId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DvkModels_TenantId_ReplicatedFromId",
                table: "DvkModels",
                columns: new[] { "TenantId", "ReplicatedFromId" });

            migrationBuilder.CreateIndex(
                name: "IX_DvkModels_TenantId_UnitId",
                table: "DvkModels",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_DvkModels_UnitId",
                table: "DvkModels",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ModelEvents_ModelId",
                table: "ModelEvents",
                column: "ModelId");

            migrationBuilder.CreateIndex(
                name: "IX_ModelEvents_TenantId_ModelId_At",
                table: "ModelEvents",
                columns: new[] { "TenantId", "ModelId", "At" });

            migrationBuilder.Sql("""CREATE INDEX IF NOT EXISTS "IX_DvkModels_SearchFolded_trgm" ON "DvkModels" USING gin ("SearchFolded" gin_trgm_ops);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_DvkModels_SearchFolded_trgm";""");
            migrationBuilder.DropTable(
                name: "ModelEvents");

            migrationBuilder.DropTable(
                name: "DvkModels");
        }
    }
}
