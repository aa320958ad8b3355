using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
{
    /// <summary>SQLite full-text search (FTS5 trigram) for people; append-only audit table.</summary>
    public partial class AddTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // FTS5 trigram index over the folded name (folded in C#: FTS5 does not fold đ). A key table maps FTS
            // rowids to person ids, because VACUUM may renumber the implicit rowid of a table with a GUID key.
            migrationBuilder.Sql("""
                CREATE TABLE "PeopleSearchKeys" ("Rowid" INTEGER PRIMARY KEY, "PersonId" TEXT NOT NULL UNIQUE);
                CREATE VIRTUAL TABLE "PeopleSearch" USING fts5("FullNameFolded", tokenize = 'trigram');
                CREATE TRIGGER "People_search_ai" AFTER INSERT ON "People" BEGIN
                    INSERT INTO "PeopleSearchKeys" ("PersonId") VALUES (new."Id");
                    INSERT INTO "PeopleSearch" (rowid, "FullNameFolded") VALUES (last_insert_rowid(), new."FullNameFolded");
                END;
                CREATE TRIGGER "People_search_au" AFTER UPDATE OF "FullNameFolded" ON "People" BEGIN
                    UPDATE "PeopleSearch" SET "FullNameFolded" = new."FullNameFolded"
                    WHERE rowid = (SELECT "Rowid" FROM "PeopleSearchKeys" WHERE "PersonId" = new."Id");
                END;
                CREATE TRIGGER "People_search_ad" AFTER DELETE ON "People" BEGIN
                    DELETE FROM "PeopleSearch" WHERE rowid = (SELECT "Rowid" FROM "PeopleSearchKeys" WHERE "PersonId" = old."Id");
                    DELETE FROM "PeopleSearchKeys" WHERE "PersonId" = old."Id";
                END;
                INSERT INTO "PeopleSearchKeys" ("PersonId") SELECT "Id" FROM "People";
                INSERT INTO "PeopleSearch" (rowid, "FullNameFolded")
                    SELECT k."Rowid", p."FullNameFolded" FROM "People" p JOIN "PeopleSearchKeys" k ON k."PersonId" = p."Id";
                -- Audit log is append-only: the database refuses edits and deletes.
                CREATE TRIGGER "AuditEntries_no_update" BEFORE UPDATE ON "AuditEntries" BEGIN
                    SELECT RAISE(ABORT, 'Nhật ký kiểm toán chỉ được ghi thêm');
                END;
                CREATE TRIGGER "AuditEntries_no_delete" BEFORE DELETE ON "AuditEntries" BEGIN
                    SELECT RAISE(ABORT, 'Nhật ký kiểm toán chỉ được ghi thêm');
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "AuditEntries_no_update";
                DROP TRIGGER IF EXISTS "AuditEntries_no_delete";
                DROP TRIGGER IF EXISTS "People_search_ai";
                DROP TRIGGER IF EXISTS "People_search_au";
                DROP TRIGGER IF EXISTS "People_search_ad";
                DROP TABLE IF EXISTS "PeopleSearch";
                DROP TABLE IF EXISTS "PeopleSearchKeys";
                """);
        }
    }
}
