using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DropPeopleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The FTS5 trigram table is no longer read: people are searched by a folded LIKE on the scoped rows
            // (ADR 0006, amended). Its triggers cost every insert three extra writes; the bench's import found them.
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "People_search_ai";
                DROP TRIGGER IF EXISTS "People_search_au";
                DROP TRIGGER IF EXISTS "People_search_ad";
                DROP TABLE IF EXISTS "PeopleSearch";
                DROP TABLE IF EXISTS "PeopleSearchKeys";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                """);
        }
    }
}
