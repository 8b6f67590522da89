#!/usr/bin/env bash
# Runs the benchmarks and prints one "figure <name> <value>" line per figure.
#   ./bench.sh            every group
#   ./bench.sh storage    one group: storage, portal (which includes the fuzz counts), connectivity (Blynk; needs node)
#                         or nanoclr (needs NANOCLR_HOME)
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(storage portal connectivity nanoclr)

dotnet build tests/BlynkWM.Benchmarks/BlynkWM.Benchmarks.csproj -c Release -nologo -clp:ErrorsOnly >&2
dotnet build tests/BlynkWM.Fuzz/BlynkWM.Fuzz.csproj -c Release -nologo -clp:ErrorsOnly >&2
for group in "${groups[@]}"; do
  case "$group" in
    storage)
      # Progress goes to stderr; stdout carries only the figure lines.
      dotnet tests/BlynkWM.Benchmarks/bin/Release/net10.0/BlynkWM.Benchmarks.dll storage
      ;;
    portal)
      # Needs wrk (Debian package) on the PATH.
      dotnet tests/BlynkWM.Benchmarks/bin/Release/net10.0/BlynkWM.Benchmarks.dll portal
      # A million generated or mutated inputs per parser; exits non-zero on the first escaped exception. (The Blynk
      # target runs in the connectivity group; --target all runs every target.)
      for target in http dns form; do
        dotnet tests/BlynkWM.Fuzz/bin/Release/net10.0/BlynkWM.Fuzz.dll --target "$target"
      done
      ;;
    connectivity)
      # Blynk: failover on the simulated clock, heap per write, writes per second through our client and through the
      # official JavaScript client (installed here if missing), then the Blynk frame fuzzer.
      # Also WiFi failover and flash writes per boot, in simulated seconds and counted writes on a manual clock.
      tests/BlynkWM.Blynk.Tests/js/install.sh
      dotnet tests/BlynkWM.Benchmarks/bin/Release/net10.0/BlynkWM.Benchmarks.dll connectivity
      dotnet tests/BlynkWM.Fuzz/bin/Release/net10.0/BlynkWM.Fuzz.dll --target blynk
      ;;
    nanoclr)
      # The device code on nanoCLR for Linux beside .NET (same workloads, same run); skipped without NANOCLR_HOME.
      dotnet build BlynkWM.Generators.sln -c Release -nologo -clp:ErrorsOnly >&2
      tests/BlynkWM.Device.Tests/run-lane.sh bench
      ;;
    *)
      echo "unknown benchmark group: $group (storage, portal, connectivity, nanoclr)" >&2
      exit 2
      ;;
  esac
done
