#!/usr/bin/env bash
# Regenerates the Initial migration of both providers from the current model.
# Only valid while nothing has shipped to a real database; after the first release add migrations instead.
set -euo pipefail
cd "$(dirname "$0")/../src/Host"
dotnet tool restore >/dev/null
rm -rf Data/Migrations
for ctx in Sqlite PostgreSql; do
  dotnet ef migrations add Initial --context ${ctx}PerfEvalDbContext \
    --output-dir Data/Migrations/$ctx --namespace PerfEval.Host.Data.Migrations.$ctx
done
# dotnet-ef places the snapshot by namespace; keep it beside its migration.
for ctx in Sqlite PostgreSql; do
  if [ -d PerfEval/Host/Data/Migrations/$ctx ]; then mv PerfEval/Host/Data/Migrations/$ctx/*.cs Data/Migrations/$ctx/; fi
done
rm -rf PerfEval
