#!/usr/bin/env bash
# Riskcard set-up on a fresh Debian 12 machine, run as root.
#
#   tools/setup.sh          install what is missing, build, run the main job
#   tools/setup.sh test     install what is missing, build, run every test
#
# The main job checks the stdlib and the cards, verifies their formatting,
# renders them as a documentation site (build/site), runs the tests of the
# default text-to-image guard (stdlib/guard/t2i.riskcard) and evaluates that
# guard, JIT-compiled, on the bundled sample prompts (build/decisions.jsonl). The test job runs ctest
# (the lit suites and the unit tests), then builds the fuzzers (the parser; a
# compiled guard through the C API) with clang and runs each briefly, and ends with one line: `N passed, N failed`.
set -euo pipefail

mode=${1:-run}
case "$mode" in run|test) ;; *) echo "usage: tools/setup.sh [run|test]" >&2; exit 2 ;; esac
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
build=${RISKCARD_BUILD_DIR:-$root/build}
jobs=$(nproc)

# --- 1. Packages ----------------------------------------------------------------
packages=(
  cmake ninja-build g++ pkg-config ccache git
  llvm-19-dev libmlir-19-dev mlir-19-tools llvm-19-tools
  antlr4 libantlr4-runtime-dev default-jre-headless
  libfmt-dev libsimdjson-dev libutf8proc-dev libgtest-dev libre2-dev wamerican
  libjemalloc-dev libssl-dev libcpp-httplib-dev wrk libcurl4-openssl-dev
  python3 python3-jsonschema
  pybind11-dev python3-dev python3-dask python3-distributed
)
# The matching benchmark's peer (bench/README.md); Hyperscan is x86-64 only.
if [ "$(dpkg --print-architecture)" = amd64 ]; then packages+=(libhyperscan-dev); fi
if [ "$mode" = test ]; then
  packages+=(clang-19 libclang-rt-19-dev chromium fonts-dejavu-core tmux)
  command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- 2. Build -----------------------------------------------------------------------
echo "==> building in $build"
start=$(date +%s)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$jobs"
echo "==> built in $(( $(date +%s) - start )) s"
riskc="$build/bin/riskc"

if [ "$mode" = run ]; then
  # --- 3a. The main job on the shipped defaults ---------------------------------
  echo "==> riskc check --werror stdlib cards"
  time_start=$(date +%s%N)
  "$riskc" check --werror stdlib cards
  echo "    clean ($(( ($(date +%s%N) - time_start) / 1000000 )) ms)"
  echo "==> riskc fmt --check stdlib cards"
  "$riskc" fmt --check stdlib cards
  echo "    every file is formatted"
  echo "==> riskc doc -o build/site stdlib cards"
  rm -rf "$build/site"
  "$riskc" doc -o "$build/site" stdlib cards
  echo "    open $build/site/index.html"
  guard=stdlib/guard/t2i.riskcard
  samples=test/data/samples/prompts.jsonl
  echo "==> riskc test $guard"
  "$riskc" test "$guard"
  echo "==> riskc eval $guard --input $samples"
  "$riskc" eval "$guard" --input "$samples" > "$build/decisions.jsonl"
  for action in allow warn redact guide escalate block error; do
    n=$(grep -c "\"action\":\"$action\"" "$build/decisions.jsonl" || true)
    [ "$n" -gt 0 ] && printf '    %-8s %s\n' "$action" "$n"
  done
  echo "    $(wc -l < "$build/decisions.jsonl") decisions in $build/decisions.jsonl, for example:"
  head -n 3 "$build/decisions.jsonl" | cut -c1-160 | sed 's/^/      /'
  exit 0
fi

# --- 3b. The whole test suite ------------------------------------------------------
if [ ! -d test/browser/node_modules/playwright-core ]; then
  echo "==> npm install (test/browser: playwright-core, drives Debian's chromium)"
  (cd test/browser && npm install --no-audit --no-fund --silent)
fi
echo "==> ctest"
set +e
(cd "$build" && ctest -j "$jobs" --output-on-failure --output-junit ctest-results.xml)
set -e

# The fuzzers, built with clang (libFuzzer, ASan; UBSan for the runtime) in
# their own tree: the parser and formatter; a compiled guard through the C API
# (its policy compiled by the riskc just built, so that only the runtime is
# rebuilt with instrumentation). Each runs RISKCARD_FUZZ_SECONDS (60).
parser_status=0
evaluate_status=0
fuzz="$root/build-fuzz"
fuzz_seconds=${RISKCARD_FUZZ_SECONDS:-60}
mkdir -p "$fuzz"
echo "==> fuzzers (clang, libFuzzer + ASan)"
if "$riskc" build test/fuzz/Inputs/fuzz.riskcard --emit=obj -o "$fuzz/guard.o" &&
   CC=clang-19 CXX=clang++-19 cmake -S "$root" -B "$fuzz" -G Ninja -DCMAKE_BUILD_TYPE=Release \
     -DRISK_ENABLE_FUZZ=ON -DBUILD_TESTING=ON -DRISK_FUZZ_GUARD_OBJECT="$fuzz/guard.o" >/dev/null &&
   cmake --build "$fuzz" -j "$jobs" --target riskcard-parser-fuzzer riskcard-evaluate-fuzzer >/dev/null; then
  corpus=$(mktemp -d)
  cp stdlib/taxonomy/*.riskcard test/Syntax/*.riskcard test/Format/Inputs/*.riskcard "$corpus"/
  echo "    parser fuzzer, ${fuzz_seconds} s"
  "$fuzz/bin/riskcard-parser-fuzzer" -max_total_time="$fuzz_seconds" \
     -max_len=4096 -timeout=10 -rss_limit_mb=4096 "$corpus" > "$build/fuzz.log" 2>&1 || parser_status=1
  tail -n 1 "$build/fuzz.log"
  rm -rf "$corpus"
  corpus=$(mktemp -d)
  cp test/fuzz/Inputs/evaluate-corpus/* "$corpus"/
  echo "    evaluation fuzzer (riskcard_evaluate), ${fuzz_seconds} s"
  "$fuzz/bin/riskcard-evaluate-fuzzer" -max_total_time="$fuzz_seconds" \
     -max_len=8192 -timeout=10 -rss_limit_mb=4096 "$corpus" > "$build/fuzz-evaluate.log" 2>&1 || evaluate_status=1
  tail -n 1 "$build/fuzz-evaluate.log"
  rm -rf "$corpus"
else
  echo "    the fuzzers did not build"; parser_status=1; evaluate_status=1
fi

python3 - "$build/lit-results.xml" "$build/ctest-results.xml" "$parser_status" "$evaluate_status" <<'PY'
import sys
import xml.etree.ElementTree as ET

def count(path, skip=()):
    passed = failed = skipped = 0
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return 0, 1, 0
    for case in root.iter("testcase"):
        if case.get("name") in skip:
            continue
        if case.find("failure") is not None or case.find("error") is not None:
            failed += 1
        elif case.find("skipped") is not None or case.get("status") == "notrun":
            skipped += 1
        else:
            passed += 1
    return passed, failed, skipped

lit = count(sys.argv[1])
rest = count(sys.argv[2], skip=("lit",))   # the lit suite is counted test by test
fuzz = {"parser": sys.argv[3] == "0", "evaluate": sys.argv[4] == "0"}
passed = lit[0] + rest[0] + sum(fuzz.values())
failed = lit[1] + rest[1] + sum(not ok for ok in fuzz.values())
skipped = lit[2] + rest[2]
print("lit: %d passed, %d failed, %d unsupported; unit: %d passed, %d failed; fuzz: %s"
      % (lit[0], lit[1], lit[2], rest[0], rest[1],
         ", ".join("%s %s" % (name, "passed" if ok else "FAILED") for name, ok in fuzz.items())))
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
PY
