#!/usr/bin/env bash
# Runs every test: builds the solution (which includes the nanoFramework surface check), runs `dotnet test` on it and
# reads the outcome from the TRX files it writes, then runs the device lanes.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The official Blynk JavaScript client the interop tests run (idempotent: nothing to do once installed). Without npm
# those tests fail and say so; .ci/run installs node and npm first.
if command -v npm >/dev/null 2>&1; then
  tests/BlynkWM.Blynk.Tests/js/install.sh
fi

dotnet build BlynkWM.Generators.sln -c Release -nologo -clp:ErrorsOnly

# One TRX file per test project. The projects run one after another (-m:1): the loopback, browser and packaging tests
# time real work, and two cores shared with parallel test hosts would make them flaky.
results=artifacts/test-results
rm -rf "$results"
status=0
dotnet test BlynkWM.Generators.sln -c Release --no-build -nologo -m:1 \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=1

# The totals from the TRX files' <Counters> elements, and every failed test by name.
passed=0
failed=0
files=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1 || true)
  if [ -z "$counters" ]; then
    echo "$trx has no totals: its test host did not finish" >&2
    status=1
  fi
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$trx" | sed -n 's/.* testName="\([^"]*\)".*/FAILED \1/p' || true
done
projects=$(grep -l '<IsTestProject>true</IsTestProject>' tests/*/*.csproj | wc -l)
if [ "$files" -ne "$projects" ]; then
  echo "$files result files for $projects test projects: a test host did not report" >&2
  status=1
fi
echo "$passed passed, $failed failed"

# The nanoCLR lane: the device tests on nanoFramework's own interpreter, compared with .NET byte for byte. Runs when
# NANOCLR_HOME names a nanoCLR for Linux (README, "The nanoCLR lane"); otherwise it says it skipped and why.
echo "== nanoCLR lane"
tests/BlynkWM.Device.Tests/run-lane.sh tests || status=1
# The same lane for samples/Esp32Device's device-neutral part, built from the packed package (nanoFramework and .NET).
tests/BlynkWM.Device.Tests/run-lane.sh package || status=1

# The surfaces and the device assemblies against nanoFramework's real libraries, when NANOFRAMEWORK_LIBS names them
# (README, "nanoFramework's real libraries"); otherwise it says it skipped and why.
echo "== nanoFramework's real libraries"
tests/BlynkWM.SurfaceCheck/check-real.sh || status=1
exit $status
