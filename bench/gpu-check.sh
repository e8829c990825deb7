#!/usr/bin/env bash
# The GPU check, on a GPU machine, with build-gpu/ from bench/gpu-pack.sh
# carried there (nothing else is needed: no compiler, no LLVM). It checks
# that the GPU's decisions are byte-identical to the CPU's (and to those
# `riskc eval` gave on the build machine) for the small test guard, the
# default T2I guard on the bundled prompts and, when packed, on the
# T2I-RiskyPrompt prompts; then prints records/s and MB/s for one core, all
# cores and the GPU on generated ~1 KB prompts, with the GPU's copy and kernel
# times. Exit 1 if any check fails. Usage: bench/gpu-check.sh [RECORDS]
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pack=${PACK:-$root/build-gpu}
records=${1:-200000}
export LD_LIBRARY_PATH=$pack/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
failed=0
echo "## Machine"
echo
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>/dev/null || echo "(no nvidia-smi)"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
check() { # NAME GUARD INPUTS EXPECTED
  echo
  echo "## $1: GPU decisions against the CPU's"
  echo
  if ! "$pack/batch" "$2" --inputs "$3" --expect "$4" --rounds 1; then
    echo "FAILED: $1"
    failed=1
  fi
}
check "small guard" "$pack/small/guard.so" "$pack/small.jsonl" "$pack/small.expected"
check "T2I guard, bundled prompts" "$pack/t2i/guard.so" "$pack/samples.jsonl" "$pack/samples.expected"
if [[ -f $pack/t2i-data.jsonl ]]; then
  check "T2I guard, T2I-RiskyPrompt" "$pack/t2i/guard.so" "$pack/t2i-data.jsonl" "$pack/t2i-data.expected"
fi
echo
echo "## Throughput: default T2I guard, $records generated ~1 KB prompts"
echo
if ! "$pack/batch" "$pack/t2i/guard.so" --generate "$root/bench/data/t2i/benign.txt" "$records" 1024 --rounds 3; then
  echo "FAILED: throughput run"
  failed=1
fi
echo
[[ $failed == 0 ]] && echo "gpu-check: all checks passed" || echo "gpu-check: FAILED"
exit $failed
