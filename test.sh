#!/usr/bin/env bash
# Runs every test: builds the solution (which includes the nanoFramework surface check), then each test project.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet build BlynkWM.Generators.sln -c Release -nologo -clp:ErrorsOnly

passed=0
failed=0
status=0
for project in tests/*/*.csproj; do
  grep -q '<IsTestProject>true</IsTestProject>' "$project" || continue
  log=$(mktemp)
  echo "== $project"
  if dotnet test "$project" -c Release --no-build -nologo 2>&1 | tee "$log"; then :; else status=1; fi
  # "Passed!  - Failed:     0, Passed:    22, ..." from the vstest summary line.
  p=$(grep -Eo 'Passed: +[0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+' || echo 0)
  f=$(grep -Eo 'Failed: +[0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+' || echo 0)
  passed=$((passed + p))
  failed=$((failed + f))
  rm -f "$log"
done

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
