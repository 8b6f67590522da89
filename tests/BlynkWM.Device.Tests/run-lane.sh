#!/usr/bin/env bash
# The nanoCLR lane: runs the device programs of tests/BlynkWM.Device.Tests on nanoCLR for Linux and on .NET.
#   run-lane.sh tests   the device tests: every check must pass on nanoCLR, and every "=" line (record, page and
#                       form bytes) must equal the .NET run's
#   run-lane.sh bench   the nanoclr benchmark group: "figure nanoclr.<name> <value>" lines, with ratios to .NET
#   run-lane.sh package the device-neutral part of samples/Esp32Device from the packed BlynkWM package: a
#                       nanoFramework application that installs it (the runtime comes as generated source) on nanoCLR,
#                       and a .NET console that installs it (the runtime assembly) on .NET; checks and "=" lines as above
# Needs the projects built in Release (./test.sh and ./bench.sh build them) and NANOCLR_HOME (README, "The nanoCLR
# lane"); without it, says why it skipped and exits 0.
set -euo pipefail
mode=${1:-tests}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

skip() {
  echo "nanoCLR lane skipped: $1"
  exit 0
}

home=${NANOCLR_HOME:-}
[ -n "$home" ] || skip "NANOCLR_HOME is not set (the README's 'The nanoCLR lane' says what it must hold)"
clr=$home/bin/nanoFramework.nanoCLR.test
mdp=$home/MetadataProcessor/nanoFramework.Tools.MetadataProcessor.dll
[ -x "$clr" ] || skip "$clr is missing"
[ -f "$mdp" ] || skip "$mdp is missing"
for lib in nanoFramework.System.Text nanoFramework.System.IO.Hashing nanoFramework.Runtime.Native; do
  [ -f "$home/pe/$lib.pe" ] || skip "$home/pe/$lib.pe is missing"
done

packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
corelib=${packages%/}/nanoframework.corelibrary/1.17.11/lib
[ -f "$corelib/mscorlib.pe" ] || skip "nanoFramework.CoreLibrary 1.17.11 is not restored ($corelib); build the solution first"

# IL -> .pe with the metadata processor; every reference is given as a load hint.
to_pe() {
  local dll=$1 out=$2
  shift 2
  local hints=(-loadHints mscorlib "$corelib/mscorlib.dll")
  for ref in "$@"; do
    hints+=(-loadHints "$(basename "${ref%.*}")" "$ref")
  done
  dotnet "$mdp" "${hints[@]}" -parse "$dll" -compile "$out" false >"$work/mdp.log" 2>&1 || {
    cat "$work/mdp.log" >&2
    echo "nanoCLR lane: the metadata processor failed on $dll" >&2
    exit 1
  }
}

# Runs .pe files on nanoCLR (mscorlib and the libraries first) and keeps what the program printed.
run_clr() {
  local out=$1
  shift
  LD_LIBRARY_PATH="$home/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" timeout 900 "$clr" \
    "$corelib/mscorlib.pe" "$home/pe/nanoFramework.System.Text.pe" "$home/pe/nanoFramework.System.IO.Hashing.pe" \
    "$home/pe/nanoFramework.Runtime.Native.pe" "$@" \
    | tr -d '\r' | sed -n '/^Ready\.$/,/^Done\.$/p' | sed '1d;$d' >"$out" || true
}

program() { # project folder, assembly name, extension
  local bin=$here/$1/bin/Release/netnano1.0
  [ -f "$bin/$2.$3" ] || { echo "nanoCLR lane: $bin/$2.$3 is not built (dotnet build -c Release)" >&2; exit 1; }
  echo "$bin"
}

host=$here/Host/bin/Release/net10.0/BlynkWM.Device.Tests.Host.dll
[ -f "$host" ] || { echo "nanoCLR lane: $host is not built" >&2; exit 1; }

case "$mode" in
  tests)
    bin=$(program Nano BlynkWM.Device.Tests exe)
    refs=("$bin/nanoFramework.System.Text.dll" "$bin/nanoFramework.System.IO.Hashing.dll")
    to_pe "$bin/BlynkWM.Runtime.Nano.dll" "$work/BlynkWM.Runtime.Nano.pe" "${refs[@]}"
    to_pe "$bin/BlynkWM.Device.Tests.exe" "$work/BlynkWM.Device.Tests.pe" "${refs[@]}" "$bin/BlynkWM.Runtime.Nano.dll"
    run_clr "$work/nano.txt" "$work/BlynkWM.Runtime.Nano.pe" "$work/BlynkWM.Device.Tests.pe"
    dotnet "$host" >"$work/dotnet.txt" || true

    grep '^FAIL' "$work/nano.txt" || true
    verdict=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$work/nano.txt" | tail -1 || true)
    if [ -z "$verdict" ]; then
      tail -20 "$work/nano.txt"
      echo "nanoCLR lane: FAILED, the device tests did not finish on nanoCLR (no verdict line)"
      exit 1
    fi
    grep '^= ' "$work/nano.txt" >"$work/nano.values" || true
    grep '^= ' "$work/dotnet.txt" >"$work/dotnet.values" || true
    values=$(wc -l <"$work/nano.values")
    status=0
    if ! diff -u "$work/dotnet.values" "$work/nano.values" >"$work/values.diff"; then
      cat "$work/values.diff"
      echo "nanoCLR lane: nanoCLR and .NET differ (- .NET, + nanoCLR)"
      status=1
    fi
    grep -q ' 0 failed$' <<<"$verdict" || status=1
    dotnet_verdict=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$work/dotnet.txt" | tail -1 || echo "no verdict")
    grep -q ' 0 failed$' <<<"$dotnet_verdict" || { grep '^FAIL' "$work/dotnet.txt" || true; status=1; }
    echo "nanoCLR lane: $verdict on nanoCLR ($dotnet_verdict on .NET); $values values byte-identical: $([ $status -eq 0 ] && echo yes || echo NO)"
    exit $status
    ;;
  bench)
    bin=$(program NanoBench BlynkWM.Device.Bench exe)
    base=$(program NanoBaseline BlynkWM.Device.Baseline exe)
    refs=("$bin/nanoFramework.System.Text.dll" "$bin/nanoFramework.System.IO.Hashing.dll" "$bin/nanoFramework.Runtime.Native.dll")
    to_pe "$bin/BlynkWM.Runtime.Nano.dll" "$work/BlynkWM.Runtime.Nano.pe" "${refs[@]}"
    to_pe "$bin/BlynkWM.Device.Bench.exe" "$work/BlynkWM.Device.Bench.pe" "${refs[@]}" "$bin/BlynkWM.Runtime.Nano.dll"
    to_pe "$base/BlynkWM.Device.Baseline.exe" "$work/BlynkWM.Device.Baseline.pe" "${refs[@]}"
    run_clr "$work/baseline.txt" "$work/BlynkWM.Device.Baseline.pe"
    run_clr "$work/nano.txt" "$work/BlynkWM.Runtime.Nano.pe" "$work/BlynkWM.Device.Bench.pe"
    dotnet "$host" bench >"$work/dotnet.txt"
    grep -q '^bench done' "$work/nano.txt" || { cat "$work/nano.txt" >&2; echo "nanoCLR lane: the benchmark did not finish on nanoCLR" >&2; exit 1; }
    # Heap figures: free heap of an empty application with the same libraries minus free heap at the point measured,
    # so they count everything BlynkWM keeps in RAM (loaded assembly tables, static fields, live objects).
    awk -v base="$(awk '$2=="heap.baseline_free"{print $3}' "$work/baseline.txt")" '
      FNR == NR { if ($1 == "bench") dotnet[$2] = $3; next }
      $1 != "bench" || $2 == "done" || $2 == "utf8.length" { next }
      $2 ~ /^heap\..*_free$/ { name = $2; sub(/_free$/, "_bytes", name); printf "figure nanoclr.%s %d\n", name, base - $3; next }
      { printf "figure nanoclr.%s %s\n", $2, $3
        if (dotnet[$2] > 0) { name = $2; sub(/_(us|ms)$/, "", name); printf "figure nanoclr.%s_ratio %.1f\n", name, $3 / dotnet[$2] } }
    ' "$work/dotnet.txt" "$work/nano.txt"
    ;;
  package)
    repo=$(cd "$here/../.." && pwd)
    version=0.0.0-lane.$(date -u +%Y%m%d%H%M%S)
    dotnet pack "$repo/packaging/BlynkWM.Package/BlynkWM.Package.csproj" -c Release -o "$work/feed" -p:PackageVersion="$version" \
      -nologo -v:q -clp:ErrorsOnly >"$work/pack.log" 2>&1 || { cat "$work/pack.log" >&2; echo "nanoCLR lane: dotnet pack failed" >&2; exit 1; }
    # The libraries the device-neutral runtime compiles against (the surfaces, built by the solution build).
    mkdir -p "$work/libs"
    for lib in nanoFramework.System.Text nanoFramework.System.IO.Hashing; do
      dll=$repo/runtime/NanoFramework.Surface/$lib/bin/Release/netnano1.0/$lib.dll
      [ -f "$dll" ] || { echo "nanoCLR lane: $dll is not built (dotnet build -c Release)" >&2; exit 1; }
      cp "$dll" "$work/libs/"
    done
    # Two consumers of the package with the same sources: the sample's device-neutral files, the lane program and the
    # device-safe fake Blynk server with its in-memory network.
    printf '<Project />\n' | tee "$work/Directory.Build.props" "$work/Directory.Build.targets" "$work/Directory.Packages.props" >/dev/null
    mkdir -p "$work/runtime/src"
    cp "$repo"/samples/Esp32Device/Esp32Device.Runtime/*.cs "$work/runtime/src/"
    for half in nano host; do
      mkdir -p "$work/$half/src"
      cp "$repo/samples/Esp32Device/Esp32DeviceConfig.cs" "$repo/samples/Esp32Device/PinTelemetry.cs" "$repo/samples/Esp32Device/AccessPointKey.cs" "$here/Package/SampleLane.cs" \
        "$repo"/tests/Shared/Blynk/*.cs "$work/$half/src/"
      cat >"$work/$half/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources><clear /><add key="blynkwm" value="$work/feed" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources>
  <packageSourceMapping>
    <packageSource key="blynkwm"><package pattern="BlynkWM" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
EOF
    done
    cp "$work/nano/nuget.config" "$work/runtime/nuget.config"
    # The runtime goes into a library of its own, as in samples/Esp32Device (64 KB of bytecode per assembly).
    cp "$repo/tests/BlynkWM.Analyzers.IntegrationTests/Fixtures/NanoSdk/Runtime.csproj.in" "$work/runtime/Runtime.csproj"
    cp "$repo/tests/BlynkWM.Analyzers.IntegrationTests/Fixtures/NanoSdk/Firmware.csproj.in" "$work/nano/Firmware.csproj"
    cp "$here/Package/SampleLane.Host.csproj.in" "$work/host/SampleLane.csproj"
    common=(-c Release -nologo -nr:false -p:UseSharedCompilation=false -clp:ErrorsOnly -p:BlynkWMVersion="$version" -p:FixturePackages="$work/packages")
    dotnet build "$work/nano/Firmware.csproj" "${common[@]}" -p:NanoLibraries="$work/libs" -p:TreatWarningsAsErrors=true \
      -p:RuntimeProject="$work/runtime/Runtime.csproj" >"$work/nano.log" 2>&1 \
      || { cat "$work/nano.log" >&2; echo "nanoCLR lane: the nanoFramework build from the package failed" >&2; exit 1; }
    dotnet build "$work/host/SampleLane.csproj" "${common[@]}" >"$work/host.log" 2>&1 \
      || { cat "$work/host.log" >&2; echo "nanoCLR lane: the .NET build from the package failed" >&2; exit 1; }

    nanobin=$work/nano/bin/Release/netnano1.0
    libs=("$work/libs/nanoFramework.System.Text.dll" "$work/libs/nanoFramework.System.IO.Hashing.dll")
    to_pe "$nanobin/Firmware.Runtime.dll" "$work/Firmware.Runtime.pe" "${libs[@]}"
    to_pe "$nanobin/Firmware.exe" "$work/Firmware.pe" "${libs[@]}" "$nanobin/Firmware.Runtime.dll"
    run_clr "$work/nano.txt" "$work/Firmware.Runtime.pe" "$work/Firmware.pe"

    # The whole sample as its build check compiled it (runtime library, application with the adapters) must make .pe
    # files too: the metadata processor refuses an assembly over 64 KB of bytecode.
    samplebin=$repo/samples/Esp32Device/build-check/bin/Release/netnano1.0
    [ -f "$samplebin/Esp32Device.exe" ] || { echo "nanoCLR lane: $samplebin/Esp32Device.exe is not built (dotnet build -c Release)" >&2; exit 1; }
    samplerefs=()
    for dll in "$samplebin"/*.dll; do
      case $(basename "$dll") in mscorlib.dll|Esp32Device.Runtime.dll) ;; *) samplerefs+=("$dll") ;; esac
    done
    to_pe "$samplebin/Esp32Device.Runtime.dll" "$work/Esp32Device.Runtime.pe" "${samplerefs[@]}"
    to_pe "$samplebin/Esp32Device.exe" "$work/Esp32Device.pe" "${samplerefs[@]}" "$samplebin/Esp32Device.Runtime.dll"
    dotnet "$work/host/bin/Release/net10.0/SampleLane.dll" >"$work/dotnet.txt" || true

    grep '^FAIL' "$work/nano.txt" || true
    verdict=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$work/nano.txt" | tail -1 || true)
    [ -n "$verdict" ] || { tail -20 "$work/nano.txt"; echo "nanoCLR lane (package): FAILED, no verdict on nanoCLR"; exit 1; }
    grep '^= ' "$work/nano.txt" >"$work/nano.values" || true
    grep '^= ' "$work/dotnet.txt" >"$work/dotnet.values" || true
    status=0
    diff -u "$work/dotnet.values" "$work/nano.values" || { echo "nanoCLR lane (package): nanoCLR and .NET differ (- .NET, + nanoCLR)"; status=1; }
    grep -q ' 0 failed$' <<<"$verdict" || status=1
    dotnet_verdict=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$work/dotnet.txt" | tail -1 || echo "no verdict")
    grep -q ' 0 failed$' <<<"$dotnet_verdict" || { grep '^FAIL' "$work/dotnet.txt" || true; status=1; }
    echo "nanoCLR lane (package): samples/Esp32Device makes .pe files ($(stat -c %s "$work/Esp32Device.Runtime.pe") and $(stat -c %s "$work/Esp32Device.pe") bytes); its device-neutral part from the package: $verdict on nanoCLR ($dotnet_verdict on .NET); $(wc -l <"$work/nano.values") values byte-identical: $([ $status -eq 0 ] && echo yes || echo NO)"
    exit $status
    ;;
  *)
    echo "usage: run-lane.sh tests|bench|package" >&2
    exit 2
    ;;
esac
