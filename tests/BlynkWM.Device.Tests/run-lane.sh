#!/usr/bin/env bash
# The nanoCLR lane: runs the device programs of tests/BlynkWM.Device.Tests on nanoCLR for Linux and on .NET.
#   run-lane.sh tests   the device tests: every check must pass on nanoCLR, and every "=" line (record, page and
#                       form bytes) must equal the .NET run's
#   run-lane.sh bench   the nanoclr benchmark group: "figure nanoclr.<name> <value>" lines, with ratios to .NET
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
  *)
    echo "usage: run-lane.sh tests|bench" >&2
    exit 2
    ;;
esac
