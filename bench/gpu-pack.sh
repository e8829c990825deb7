#!/usr/bin/env bash
# Prepares, on the build machine, what the GPU check needs on a GPU machine
# that has a driver but none of the build's packages: guards built with
# `--target=cpu,cuda`, the libraries they load, the C API batch program
# (bench/gpu/batch.c), inputs and the decisions `riskc eval` (CPU) gives for
# them here. Writes build-gpu/ (under 64 MiB, to be carried to the device);
# then `bench/gpu-check.sh` runs there.  Usage: bench/gpu-pack.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
out=$root/build-gpu
riskc=$build/bin/riskc
rm -rf "$out" && mkdir -p "$out/lib" "$out/t2i" "$out/small"
echo "==> guards (--target=cpu,cuda)"
"$riskc" build "$root/stdlib/guard/t2i.riskcard" --target=cpu,cuda -o "$out/t2i/guard.so"
"$riskc" build "$root/test/Eval/Inputs/guard.riskcard" --target=cpu,cuda -o "$out/small/guard.so"
echo "==> the libraries a guard loads besides the C and C++ runtimes"
for lib in $(ldd "$out/t2i/guard.so" | awk '/=>/ {print $3}'); do
  case $(basename "$lib") in
    libc.so*|libm.so*|libstdc++.so*|libgcc_s.so*|ld-linux*) ;;
    *) cp -L "$lib" "$out/lib/" ;;
  esac
done
echo "==> the batch program"
cc -std=gnu11 -O2 -Wall -Werror -I"$root/runtime/include" -o "$out/batch" "$root/bench/gpu/batch.c" -ldl
echo "==> inputs and the CPU's decisions for them"
cp "$root/test/data/samples/prompts.jsonl" "$out/samples.jsonl"
"$riskc" eval "$root/stdlib/guard/t2i.riskcard" --input "$out/samples.jsonl" > "$out/samples.expected"
cp "$root/test/Eval/Inputs/inputs.jsonl" "$out/small.jsonl"
"$riskc" eval "$root/test/Eval/Inputs/guard.riskcard" --input "$out/small.jsonl" > "$out/small.expected"
# T2I-RiskyPrompt (not in the repository: its licence is unknown), when present.
data=$root/../shared/datasets/t2i-riskyprompt/T2I-RiskyPrompt.json
if [[ -f $data ]]; then
  python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
for k in sorted(d, key=int): print(json.dumps({"text": d[k]["prompt"]}))' "$data" > "$out/t2i-data.jsonl"
  "$riskc" eval "$root/stdlib/guard/t2i.riskcard" --input "$out/t2i-data.jsonl" > "$out/t2i-data.expected"
fi
du -sh "$out"
