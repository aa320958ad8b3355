using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Postgres
{
    /// <summary>PostgreSQL trigram indexes and unaccent folding; append-only audit table.</summary>
    public partial class AddTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // pg_trgm GIN indexes make LIKE '%x%' on the C#-folded columns indexed; danvan_fold() is an IMMUTABLE
            // wrapper of unaccent for ad-hoc SQL and reports (unaccent itself is only STABLE).
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE EXTENSION IF NOT EXISTS unaccent;
                CREATE OR REPLACE FUNCTION danvan_fold(text) RETURNS text
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
                CREATE INDEX "IX_People_FullNameFolded_trgm" ON "People" USING gin ("FullNameFolded" gin_trgm_ops);
                CREATE INDEX "IX_Units_NameFolded_trgm" ON "Units" USING gin ("NameFolded" gin_trgm_ops);
                -- Audit log is append-only: the database refuses edits and deletes.
                CREATE OR REPLACE FUNCTION danvan_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'Nhật ký kiểm toán chỉ được ghi thêm'; END $$;
                CREATE TRIGGER "AuditEntries_append_only" BEFORE UPDATE OR DELETE ON "AuditEntries"
                    FOR EACH ROW EXECUTE FUNCTION danvan_audit_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "AuditEntries_append_only" ON "AuditEntries";
                DROP FUNCTION IF EXISTS danvan_audit_append_only();
                DROP INDEX IF EXISTS "IX_People_FullNameFolded_trgm";
                DROP INDEX IF EXISTS "IX_Units_NameFolded_trgm";
                DROP FUNCTION IF EXISTS danvan_fold(text);
                """);
        }
    }
}
