#!/usr/bin/env bash
# Runs the benchmarks and prints one "figure <name> <value>" line per figure.
#   ./bench.sh            every group but mutation
#   ./bench.sh storage    one group: storage (powercut: its fault-campaign figures only), portal (which includes the
#                         HTTP, DNS, DHCP and form fuzz counts), connectivity (Blynk, WiFi, flash writes, the lifecycle's longest step; needs node),
#                         nanoclr (needs NANOCLR_HOME) or mutation (Stryker.NET; slow)
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(storage portal connectivity nanoclr)

benchmarks=tests/BlynkWM.Benchmarks/bin/Release/net10.0/BlynkWM.Benchmarks.dll
fuzz=tests/BlynkWM.Fuzz/bin/Release/net10.0/BlynkWM.Fuzz.dll
built=
build() {
  [ -z "$built" ] || return 0
  dotnet build tests/BlynkWM.Benchmarks/BlynkWM.Benchmarks.csproj -c Release -nologo -clp:ErrorsOnly >&2
  dotnet build tests/BlynkWM.Fuzz/BlynkWM.Fuzz.csproj -c Release -nologo -clp:ErrorsOnly >&2
  built=1
}

# Stryker.NET over one target of tests/mutation/<target>.json; the report goes to artifacts/mutation/<target>.
mutate() {
  local target=$1 figure=$2 out="$PWD/artifacts/mutation/$1"
  rm -rf "$out"
  # Run from tests/mutation: Stryker refuses a list of test projects next to a solution file.
  (cd tests/mutation && dotnet stryker -f "$target.json" -O "$out" --skip-version-check) >&2
  # Lists the surviving mutants on stderr.
  dotnet "$benchmarks" mutation-score "$figure" "$out/reports/mutation-report.json"
}

for group in "${groups[@]}"; do
  case "$group" in
    storage)
      build
      # Progress goes to stderr; stdout carries only the figure lines.
      dotnet "$benchmarks" storage
      ;;
    powercut)
      # Only the fault-campaign figures of the storage group (a minute or two).
      build
      dotnet "$benchmarks" powercut
      ;;
    portal)
      build
      # Needs wrk (Debian package) on the PATH.
      dotnet "$benchmarks" portal
      # A million generated or mutated inputs per parser; exits non-zero on the first escaped exception. (The Blynk
      # target runs in the connectivity group; --target all runs every target.)
      for target in http dns dhcp form; do
        dotnet "$fuzz" --target "$target"
      done
      ;;
    portal-size)
      # The page's bytes on the wire and requests per save only (seconds; no wrk): for trying a page change.
      build
      dotnet "$benchmarks" portal-size
      ;;
    connectivity)
      build
      # Blynk: failover on the simulated clock, heap per write, writes per second through our client and through the
      # official JavaScript client (installed here if missing), then the Blynk frame fuzzer. Also WiFi failover and
      # flash writes per boot, in simulated seconds and counted writes on a manual clock.
      tests/BlynkWM.Blynk.Tests/js/install.sh
      dotnet "$benchmarks" connectivity
      dotnet "$fuzz" --target blynk
      ;;
    nanoclr)
      # The device code on nanoCLR for Linux beside .NET (same workloads, same run); skipped without NANOCLR_HOME.
      dotnet build BlynkWM.Generators.sln -c Release -nologo -clp:ErrorsOnly >&2
      tests/BlynkWM.Device.Tests/run-lane.sh bench
      ;;
    mutation)
      # dotnet-stryker is a local tool (.config/dotnet-tools.json). About an hour on two cores: run it sparingly.
      build
      dotnet tool restore >&2
      mutate storage mutation.storage.score
      mutate http mutation.http.score
      ;;
    *)
      echo "unknown benchmark group: $group (storage, powercut, portal, portal-size, connectivity, nanoclr, mutation)" >&2
      exit 2
      ;;
  esac
done
