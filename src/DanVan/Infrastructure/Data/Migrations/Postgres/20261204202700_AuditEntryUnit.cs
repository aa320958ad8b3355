using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Postgres
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
                ALTER TABLE "AuditEntries" DISABLE TRIGGER "AuditEntries_append_only";
                UPDATE "AuditEntries" a SET "UnitId" = t."Id" FROM "Units" t
                    WHERE a."EntityType" = 'Unit' AND a."UnitId" IS NULL AND t."Id"::text = a."EntityId";
                UPDATE "AuditEntries" a SET "UnitId" = t."UnitId" FROM "People" t
                    WHERE a."EntityType" = 'Person' AND a."UnitId" IS NULL AND t."Id"::text = a."EntityId";
                UPDATE "AuditEntries" a SET "UnitId" = t."ToUnitId" FROM "PersonTransfers" t
                    WHERE a."EntityType" = 'PersonTransfer' AND a."UnitId" IS NULL AND t."Id"::text = a."EntityId";
                UPDATE "AuditEntries" a SET "UnitId" = t."UnitId" FROM "RoleAssignments" t
                    WHERE a."EntityType" = 'RoleAssignment' AND a."UnitId" IS NULL AND t."Id"::text = a."EntityId";
                UPDATE "AuditEntries" a SET "UnitId" = t."OwnerUnitId" FROM "Documents" t
                    WHERE a."EntityType" = 'Document' AND a."UnitId" IS NULL AND t."Id"::text = a."EntityId";
                UPDATE "AuditEntries" a SET "UnitId" = t."LaunchingUnitId" FROM "Movements" t
                    WHERE a."EntityType" = 'Movement' AND a."UnitId" IS NULL AND t."Id"::text = a."EntityId";
                UPDATE "AuditEntries" a SET "UnitId" = t."UnitId" FROM "MovementParticipants" t
                    WHERE a."EntityType" = 'MovementParticipant' AND a."UnitId" IS NULL AND t."Id"::text = a."EntityId";
                UPDATE "AuditEntries" a SET "UnitId" = t."UnitId" FROM "PlanObligations" t
                    WHERE a."EntityType" = 'PlanObligation' AND a."UnitId" IS NULL AND t."Id"::text = a."EntityId";
                UPDATE "AuditEntries" a SET "UnitId" = t."UnitId" FROM "Registrations" t
                    WHERE a."EntityType" = 'Registration' AND a."UnitId" IS NULL AND t."Id"::text = a."EntityId";
                UPDATE "AuditEntries" a SET "UnitId" = t."UnitId" FROM "DvkModels" t
                    WHERE a."EntityType" = 'DvkModel' AND a."UnitId" IS NULL AND t."Id"::text = a."EntityId";
                ALTER TABLE "AuditEntries" ENABLE TRIGGER "AuditEntries_append_only";
                """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "UnitId",
                table: "AuditEntries",
                type: "uuid",
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
