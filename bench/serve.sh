#!/usr/bin/env bash
# Load test of `riskcard-serve` on loopback with wrk, beside the same guard
# called in-process (risk-bench-guard's compiled/aot row), so the cost of
# HTTP shows as a ratio. Rows: one connection (latency), N connections
# (throughput), N connections with a decision log, and N connections while
# the bundle file is replaced every second (hot reload; no request may fail).
# Prints a Markdown table; exits 1 when any request failed or a reload was
# refused. A benchmark: never run by ctest.
#
#   bench/serve.sh [BUILD_DIR]
#   DURATION=10 CONNECTIONS=16 SERVER_CPUS=0 CLIENT_CPUS=1 bench/serve.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
bin=$build/bin
duration=${DURATION:-10}
connections=${CONNECTIONS:-16}
server_cpus=${SERVER_CPUS:-0}
client_cpus=${CLIENT_CPUS:-1}
guard=$root/stdlib/guard/t2i.riskcard
command -v wrk >/dev/null || { echo "bench/serve.sh needs wrk (apt-get install wrk)" >&2; exit 2; }
for tool in riskc riskcard-serve risk-bench-guard; do
  [[ -x "$bin/$tool" ]] || { echo "bench/serve.sh: build $tool first ($bin/$tool)" >&2; exit 2; }
done

work=$(mktemp -d)
server=
cleanup() {
  if [[ -n "$server" ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$bin/riskc" build "$guard" -o "$work/guard.so" 2>/dev/null
"$bin/riskc" build "$guard" --bundle "$work/guard.rkb" 2>/dev/null

# ~1 KB prompts as risk-bench-guard makes them: benign prompts joined, a
# risky fragment in 30 % of them; one JSON body per line for the Lua script.
python3 - "$root/bench/data/t2i/benign.txt" "$work/bodies.jsonl" <<'PY'
import json, random, sys
benign = [l.strip() for l in open(sys.argv[1]) if l.strip() and not l.startswith("#")]
risky = ["a man holding a bloody knife in an alley", "two naked people on a bed, explicit photo",
         "a chemist cooking crystal meth in a camper van", "my card is 4111 1111 1111 1111, draw a cat"]
rng = random.Random(7)
with open(sys.argv[2], "w") as out:
    for i in range(2000):
        parts = []
        while sum(len(p) + 2 for p in parts) < 1024:
            parts.append(rng.choice(benign))
        if rng.random() < 0.3:
            parts[rng.randrange(len(parts))] = rng.choice(risky)
        out.write(json.dumps({"text": ". ".join(parts)[:1024]}) + "\n")
PY
cat > "$work/post.lua" <<'LUA'
-- POSTs the bodies of $BODIES (one JSON input a line) in turn.
local bodies, next_body = {}, 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
function init(args)
  for line in io.lines(os.getenv("BODIES")) do bodies[#bodies + 1] = line end
  next_body = math.random(#bodies)
end
function request()
  next_body = next_body % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[next_body])
end
LUA

# --- In-process: the guard's C API on one core --------------------------------
inproc=$(taskset -c "$server_cpus" "$bin/risk-bench-guard" "$guard" --guard-so "$work/guard.so" \
  --prompts 2000 --rounds 5 --interp-prompts 20 | grep '^| compiled/aot')
ip50=$(echo "$inproc" | awk -F'|' '{gsub(/ /,"",$3); print $3}')
ip99=$(echo "$inproc" | awk -F'|' '{gsub(/ /,"",$5); print $5}')
imean=$(echo "$inproc" | awk -F'|' '{gsub(/ /,"",$6); print $6}')
irps=$(awk -v m="$imean" 'BEGIN{printf "%.0f", 1e6/m}')

# --- HTTP ------------------------------------------------------------------------
start_server() {
  rm -f "$work/port"
  taskset -c "$server_cpus" "$bin/riskcard-serve" "$work/served.rkb" --listen 127.0.0.1:0 \
    --port-file "$work/port" --threads "$connections" "$@" >/dev/null 2>"$work/server.log" &
  server=$!
  for _ in $(seq 200); do [[ -s "$work/port" ]] && break; sleep 0.05; done
  port=$(cat "$work/port")
  policy=$(curl -s "http://127.0.0.1:$port/v1/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["policies"][0])')
}
stop_server() {
  kill -TERM "$server"; wait "$server"; server=
}
metric() { # the value of a metric line of the running server, 0 when absent
  curl -s "http://127.0.0.1:$port/metrics" 2>/dev/null | awk -v k="$1" '$1 == k {print $2; found=1} END {if (!found) print 0}'
}
to_us() { # wrk's "123.45us" / "1.23ms" / "1.2s" in microseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /ms$/) n *= 1000; else if (v ~ /[0-9]s$/) n *= 1000000; printf "%.1f", n }'
}
rows=()
failed=0
run_wrk() { # label, connections, wrk threads
  local label=$1 conns=$2 threads=$3 out
  out=$(BODIES="$work/bodies.jsonl" taskset -c "$client_cpus" wrk -t"$threads" -c"$conns" -d"${duration}s" \
    --latency -s "$work/post.lua" "http://127.0.0.1:$port/v1/evaluate/$policy")
  local rps p50 p99 requests non2xx sockerr errors
  rps=$(echo "$out" | awk '/^Requests\/sec/ {print $2}')
  p50=$(to_us "$(echo "$out" | awk '$1 == "50%" {print $2}')")
  p99=$(to_us "$(echo "$out" | awk '$1 == "99%" {print $2}')")
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  sockerr=$(echo "$out" | awk '/Socket errors/ {gsub(/,/,""); print $4+$6+$8+$10}')
  errors=$(( ${non2xx:-0} + ${sockerr:-0} ))
  [[ $errors -eq 0 ]] || failed=1
  rows+=("| $label | $conns | $rps | $(awk -v a="$rps" -v b="$irps" 'BEGIN{printf "%.2f", a/b}') | $p50 | $p99 | $(awk -v a="$p50" -v b="$ip50" 'BEGIN{printf "%.1fx", a/b}') | $requests | $errors |")
}

cp "$work/guard.rkb" "$work/served.rkb"
start_server
curl -s -XPOST "http://127.0.0.1:$port/v1/evaluate/$policy" -d '{"text":"warm up"}' >/dev/null
run_wrk "HTTP, one connection" 1 1
run_wrk "HTTP" "$connections" 1
stop_server

start_server --decision-log "$work/decisions.jsonl"
run_wrk "HTTP + decision log" "$connections" 1
logged=$(wc -l < "$work/decisions.jsonl")
stop_server

start_server --reload-interval-ms 200
( for _ in $(seq "$duration"); do
    sleep 1
    cp "$work/guard.rkb" "$work/served.rkb.new" && mv "$work/served.rkb.new" "$work/served.rkb"
  done ) &
replacer=$!
run_wrk "HTTP + bundle replaced every 1 s" "$connections" 1
wait "$replacer"
sleep 0.5
reloads_ok=$(metric "riskcard_reloads_total{policy=\"$policy\",result=\"ok\"}")
reloads_failed=$(metric "riskcard_reloads_total{policy=\"$policy\",result=\"failed\"}")
stop_server
[[ "$reloads_failed" == 0 ]] || failed=1

echo "## riskcard-serve on loopback (wrk), against the guard in-process"
echo
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); server on CPU $server_cpus" \
     "(--threads $connections), wrk on CPU $client_cpus; ${duration} s per row; policy \`$policy\`" \
     "(stdlib/guard/t2i.riskcard), ~1 KB prompts, 30 % risky"
echo
echo "| mode | connections | requests/s | vs in-process | p50 µs | p99 µs | p50 vs in-process | requests | failed |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
echo "| in-process C API (risk-bench-guard compiled/aot; 1e6 / mean µs) | - | $irps | 1.00 | $ip50 | $ip99 | 1.0x | 10000 | 0 |"
printf '%s\n' "${rows[@]}"
echo
echo "decision log: $logged lines; reloads during the last row: $reloads_ok ok, $reloads_failed refused"
exit $failed
