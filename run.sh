#!/usr/bin/env bash
# Starts PerfEval on the embedded defaults: SQLite under src/Host/data, in-memory Hangfire, demo data and users.
# A Release build, run directly (no `dotnet run` parent process); settings as in the launch profile unless already set.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build src/Host -c Release -nologo -v quiet
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://localhost:5080}"
# The default SQLite file lives under src/Host/data, as with `dotnet run` (the content root is src/Host).
exec dotnet src/Host/bin/Release/net10.0/PerfEval.Host.dll --contentRoot "$PWD/src/Host" "$@"
