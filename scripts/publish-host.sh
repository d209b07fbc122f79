#!/usr/bin/env bash
# Publishes the host as it is deployed: Release, framework-dependent, ReadyToRun (precompiled, so start-up JITs less),
# for this machine's runtime identifier, into artifacts/host (or the directory given).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/host}"
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64|arm64) rid=linux-arm64 ;;
  *) echo "publish-host.sh: no ReadyToRun runtime identifier for $(uname -m)" >&2; exit 1 ;;
esac
dotnet publish src/Host -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -nologo -v quiet -o "$out"
echo "$out/PerfEval.Host.dll"
