-- DanVan on PostgreSQL: the role the app runs as, without schema rights.
-- Run as the owner of the database (the role that ran `dotnet run --project src/DanVan -- migrate`), connected to the
-- DanVan database, after every migration. The app then connects as danvan_app with Database:MigrateOnStart=false:
-- it reads and writes rows, cannot create, alter or drop anything (so it cannot drop the audit log's append-only
-- trigger), and cannot update, delete or truncate audit entries. Tested by DanVan.Tests (AppRoleTests).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'danvan_app') THEN
        CREATE ROLE danvan_app LOGIN PASSWORD 'DOI-MAT-KHAU-NAY'; -- change it: ALTER ROLE danvan_app PASSWORD '...';
    END IF;
END
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO danvan_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO danvan_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO danvan_app;
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEntries" FROM danvan_app;
