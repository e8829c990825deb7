#!/usr/bin/env bash
# Runs the benchmarks and prints their tables (Markdown). Build first
# (tools/setup.sh or cmake --build build). Usage: bench/run.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
bin=$build/bin
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
guard=$root/stdlib/guard/t2i.riskcard

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

echo "## Machine"
echo
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo
echo "## Build times"
echo
t=$(date +%s%N); "$bin/riskc" check --werror "$root/stdlib" "$root/cards" >/dev/null; a=$(ms "$t")
t=$(date +%s%N); "$bin/riskc" build "$guard" -o "$work/guard.so" >/dev/null 2>&1; b=$(ms "$t")
t=$(date +%s%N); "$bin/riskc" build "$guard" --emit=obj -o "$work/guard.o" >/dev/null; c=$(ms "$t")
echo "| step | ms |"
echo "|---|---:|"
echo "| riskc check --werror stdlib cards ($(find "$root/stdlib" "$root/cards" -name '*.riskcard' | wc -l) files) | $a |"
echo "| riskc build stdlib/guard/t2i.riskcard -o guard.so (object + link) | $b |"
echo "| riskc build stdlib/guard/t2i.riskcard --emit=obj | $c |"
echo "guard.so: $(stat -c %s "$work/guard.so") bytes"
echo
echo "## Decision latency, ~1 KB prompts, one core"
echo
taskset -c 0 "$bin/risk-bench-guard" "$guard" --guard-so "$work/guard.so" \
  --prompts "${PROMPTS:-2000}" --rounds "${ROUNDS:-5}"

echo
echo "## Batch throughput, ~1 KB prompts: one core, every core, the GPU when there is one"
echo
"$bin/risk-bench-batch" "$guard" --records "${BATCH_RECORDS:-20000}" --rounds 3

if [[ -x "$bin/risk-bench-matching" && "${MATCHING_MB:-64}" != 0 ]]; then
  echo
  echo "## Matching throughput, ${MATCHING_MB:-64} MB workload, one core"
  echo
  taskset -c 0 "$bin/risk-bench-matching" --mb "${MATCHING_MB:-64}"
fi

if [[ "${SCALE:-1000 10000}" != 0 ]]; then
  echo
  echo "## Build time and memory at scale (generated policies and taxonomies)"
  echo
  python3 "$root/bench/scale/scale.py" "$build" ${SCALE:-1000 10000}
fi
