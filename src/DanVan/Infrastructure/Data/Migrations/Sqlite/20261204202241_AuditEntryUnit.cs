using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditEntryUnit : Migration
    {
        /// <summary>
        /// Fills in the unit of entries written before the column existed, by the write-time rule (AuditUnit) applied to
        /// the object as it is now (a person's entries go to their current unit); entries of deleted objects stay
        /// without one (tenant-wide readers only). UnitId is outside the hash, so the chain still verifies; the
        /// append-only trigger is lifted for this statement alone.
        /// </summary>
        public const string Backfill = """
                DROP TRIGGER IF EXISTS "AuditEntries_no_update";
                UPDATE "AuditEntries" SET "UnitId" = (SELECT t."Id" FROM "Units" t WHERE t."Id" = upper("AuditEntries"."EntityId"))
                    WHERE "EntityType" = 'Unit' AND "UnitId" IS NULL;
                UPDATE "AuditEntries" SET "UnitId" = (SELECT t."UnitId" FROM "People" t WHERE t."Id" = upper("AuditEntries"."EntityId"))
                    WHERE "EntityType" = 'Person' AND "UnitId" IS NULL;
                UPDATE "AuditEntries" SET "UnitId" = (SELECT t."ToUnitId" FROM "PersonTransfers" t WHERE t."Id" = upper("AuditEntries"."EntityId"))
                    WHERE "EntityType" = 'PersonTransfer' AND "UnitId" IS NULL;
                UPDATE "AuditEntries" SET "UnitId" = (SELECT t."UnitId" FROM "RoleAssignments" t WHERE t."Id" = upper("AuditEntries"."EntityId"))
                    WHERE "EntityType" = 'RoleAssignment' AND "UnitId" IS NULL;
                UPDATE "AuditEntries" SET "UnitId" = (SELECT t."OwnerUnitId" FROM "Documents" t WHERE t."Id" = upper("AuditEntries"."EntityId"))
                    WHERE "EntityType" = 'Document' AND "UnitId" IS NULL;
                UPDATE "AuditEntries" SET "UnitId" = (SELECT t."LaunchingUnitId" FROM "Movements" t WHERE t."Id" = upper("AuditEntries"."EntityId"))
                    WHERE "EntityType" = 'Movement' AND "UnitId" IS NULL;
                UPDATE "AuditEntries" SET "UnitId" = (SELECT t."UnitId" FROM "MovementParticipants" t WHERE t."Id" = upper("AuditEntries"."EntityId"))
                    WHERE "EntityType" = 'MovementParticipant' AND "UnitId" IS NULL;
                UPDATE "AuditEntries" SET "UnitId" = (SELECT t."UnitId" FROM "PlanObligations" t WHERE t."Id" = upper("AuditEntries"."EntityId"))
                    WHERE "EntityType" = 'PlanObligation' AND "UnitId" IS NULL;
                UPDATE "AuditEntries" SET "UnitId" = (SELECT t."UnitId" FROM "Registrations" t WHERE t."Id" = upper("AuditEntries"."EntityId"))
                    WHERE "EntityType" = 'Registration' AND "UnitId" IS NULL;
                UPDATE "AuditEntries" SET "UnitId" = (SELECT t."UnitId" FROM "DvkModels" t WHERE t."Id" = upper("AuditEntries"."EntityId"))
                    WHERE "EntityType" = 'DvkModel' AND "UnitId" IS NULL;
                CREATE TRIGGER "AuditEntries_no_update" BEFORE UPDATE ON "AuditEntries" BEGIN
                    SELECT RAISE(ABORT, 'Nhật ký kiểm toán chỉ được ghi thêm');
                END;
                """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "UnitId",
                table: "AuditEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TenantId_UnitId_Seq",
                table: "AuditEntries",
                columns: new[] { "TenantId", "UnitId", "Seq" });

            migrationBuilder.Sql(Backfill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_TenantId_UnitId_Seq",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "UnitId",
                table: "AuditEntries");
        }
    }
}
