#!/usr/bin/env bash
# Starts PerfEval on the embedded defaults: SQLite under src/Host/data, in-memory Hangfire, demo data and users.
set -euo pipefail
cd "$(dirname "$0")"
exec dotnet run --project src/Host --launch-profile PerfEval "$@"
