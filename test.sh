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
log=$(mktemp)
set +e
# The browser tests run after the others, not beside them: on a 2-core machine the two suites together starve the
# browser's server round trips and turn waits into timeouts.
dotnet test tests/without-browser.slnf --no-build -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
dotnet test tests/PerfEval.Host.BrowserTests --no-build -c Release "$@" 2>&1 | tee -a "$log"
browser=${PIPESTATUS[0]}
[ "$status" -eq 0 ] && status=$browser
set -e
# One closing line over all test projects (each prints "Passed!/Failed!  - Failed: f, Passed: p, Skipped: s, ...").
grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\1 \2 \3/' \
  | awk '{f+=$1; p+=$2; s+=$3} END {printf "%d passed, %d failed, %d skipped\n", p, f, s}'
rm -f "$log"
exit "$status"
