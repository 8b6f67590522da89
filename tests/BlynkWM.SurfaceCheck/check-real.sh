#!/usr/bin/env bash
# Checks the declaration-only surfaces (runtime/NanoFramework.Surface) and the device assemblies against nanoFramework's
# REAL class libraries:
#   * every surface against the library of the same name (tests/BlynkWM.SurfaceCheck): each type and member it
#     declares exists there with the same kind, modifiers, signature, parameter names, defaults and constants;
#   * the runtime's device build and the ESP32 adapters through the IL check (tests/BlynkWM.ILCheck) with the real
#     libraries as references: every member they call exists in the library the device will load (NANO004); likewise
#     samples/Esp32Device as its build check compiled it (the runtime and the adapters generated into it).
# NANOFRAMEWORK_LIBS names a folder holding the real libraries as <assembly>.dll, built yourself from nanoFramework's
# sources (README, "nanoFramework's real libraries"); without it, says why it skipped and exits 0. Needs the
# solution built in Release.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
libs=${NANOFRAMEWORK_LIBS:-}
if [ -z "$libs" ]; then
  echo "real-library check skipped: NANOFRAMEWORK_LIBS is not set (the README's \"nanoFramework's real libraries\" says what it must hold)"
  exit 0
fi

surfacecheck=$root/tests/BlynkWM.SurfaceCheck/bin/Release/net10.0/BlynkWM.SurfaceCheck.dll
ilcheck=$root/tests/BlynkWM.ILCheck/bin/Release/net10.0/BlynkWM.ILCheck.dll
for tool in "$surfacecheck" "$ilcheck"; do
  [ -f "$tool" ] || { echo "real-library check: $tool is not built (dotnet build -c Release)" >&2; exit 1; }
done
packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
mscorlib=${packages%/}/nanoframework.corelibrary/1.17.11/lib/mscorlib.dll
[ -f "$mscorlib" ] || { echo "real-library check: $mscorlib is not restored; build the solution first" >&2; exit 1; }

status=0
surfaces=0
for project in "$root"/runtime/NanoFramework.Surface/*/*.csproj; do
  name=$(basename "$project" .csproj)
  surface=$(dirname "$project")/bin/Release/netnano1.0/$name.dll
  [ -f "$surface" ] || { echo "real-library check: $surface is not built" >&2; status=1; continue; }
  if [ ! -f "$libs/$name.dll" ]; then
    echo "real-library check: $libs/$name.dll is missing (the real $name)"
    status=1
    continue
  fi
  dotnet "$surfacecheck" "$surface" "$libs/$name.dll" || status=1
  surfaces=$((surfaces + 1))
done

refs=(-r "$mscorlib")
for lib in "$libs"/*.dll; do
  refs+=(-r "$lib")
done
nano=$root/runtime/BlynkWM.Runtime.Nano/bin/Release/netnano1.0/BlynkWM.Runtime.Nano.dll
esp32=$root/runtime/BlynkWM.Runtime.Esp32/bin/Release/netnano1.0/BlynkWM.Runtime.Esp32.dll
sample=$root/samples/Esp32Device/build-check/bin/Release/netnano1.0/Esp32Device.exe
sampleruntime=$root/samples/Esp32Device/build-check/bin/Release/netnano1.0/Esp32Device.Runtime.dll
for assembly in "$nano" "$esp32" "$sample" "$sampleruntime"; do
  [ -f "$assembly" ] || { echo "real-library check: $assembly is not built" >&2; exit 1; }
done
dotnet "$ilcheck" "${refs[@]}" "$nano" || status=1
dotnet "$ilcheck" "${refs[@]}" -r "$nano" "$esp32" || status=1
dotnet "$ilcheck" "${refs[@]}" "$sampleruntime" || status=1
dotnet "$ilcheck" "${refs[@]}" -r "$sampleruntime" "$sample" || status=1

echo "real-library check: $surfaces surfaces compared, the runtime, the ESP32 adapters and samples/Esp32Device IL-checked against $libs: $([ $status -eq 0 ] && echo clean || echo FAILED)"
exit $status
