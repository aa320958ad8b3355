#!/usr/bin/env bash
# Usage: tools/add-migration.sh Name — generates the migration for both providers (ADR 0001).
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?migration name}
dotnet tool restore >/dev/null
for ctx in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/DanVan --startup-project tools/DesignHost \
    --context "${ctx}AppDbContext" --output-dir "Infrastructure/Data/Migrations/$ctx" --namespace "DanVan.Infrastructure.Data.Migrations.$ctx"
done
