#!/usr/bin/env bash
# Runs the benchmarks and prints one "figure <name> <value>" line per figure.
#   ./bench.sh            every group
#   ./bench.sh storage    one group (storage, portal, fuzz)
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(storage portal fuzz)

dotnet build tests/BlynkWM.Benchmarks/BlynkWM.Benchmarks.csproj -c Release -nologo -clp:ErrorsOnly >&2
for group in "${groups[@]}"; do
  case "$group" in
    storage)
      # Progress goes to stderr; stdout carries only the figure lines.
      dotnet tests/BlynkWM.Benchmarks/bin/Release/net10.0/BlynkWM.Benchmarks.dll storage
      ;;
    *)
      if [ -x "bench/$group.sh" ]; then "bench/$group.sh"; else echo "unknown benchmark group: $group" >&2; exit 2; fi
      ;;
  esac
done
