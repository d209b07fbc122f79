#!/usr/bin/env bash
# Runs every test of PerfEval on a fresh Debian machine: installs what is missing (Chromium, CJK fonts,
# PostgreSQL), starts PostgreSQL on loopback for the provider tests, builds with warnings as errors, tests.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing ${need[*]} from Debian's packages"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

source scripts/postgres.sh
start_test_postgres || echo "PostgreSQL could not be started: provider tests will be skipped with a message."

dotnet tool restore >/dev/null
dotnet restore PerfEval.sln
dotnet build PerfEval.sln --no-restore -c Release -warnaserror
dotnet test PerfEval.sln --no-build -c Release --logger "console;verbosity=normal" "$@"
