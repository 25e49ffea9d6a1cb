#!/usr/bin/env bash
# Load test of the web app: signs in as admin, then N requests from C concurrent clients to the dashboard and to
# project pages (random ids), against 127.0.0.1 only; prints p50/p95/p99 latency per page from curl's own timing,
# the run's wall time and throughput.
# Usage: bench/load/web-load.sh BASE_URL ADMIN_PASSWORD [REQUESTS=2000] [CONCURRENCY=50] [MAX_PROJECT_ID=100000]
# Two models of the clients:
#   closed loop (default): each client sends its next request as soon as the last answer came back (no think time),
#     so the server is always saturated and latency ≈ clients ÷ throughput;
#   THINK=SECONDS: each client sends one request, then waits SECONDS before the next (50 clerks reading pages),
#     so the offered load is about CONCURRENCY ÷ (THINK + latency) requests per second.
# WARMUP=N (default 6000): before measuring, N requests (half dashboard, half project pages) from CONCURRENCY
#   closed-loop clients, reported on their own "warmup-…" lines. A freshly started server runs its code unoptimised
#   until the runtime's tiered JIT has recompiled the hot paths (many thousand requests on 2 cores), and a database
#   that was just started reads from disk; the warm-up lines show that cold phase, the measured lines the steady one.
set -euo pipefail
base=${1:?BASE_URL, e.g. http://127.0.0.1:5080}
password=${2:?admin password}
requests=${3:-2000}
concurrency=${4:-50}
max_id=${5:-100000}
think=${THINK:-0}
warmup=${WARMUP:-6000}
# shellcheck source=sign-in.sh
source "$(dirname "$0")/sign-in.sh"

report() { # name results-file seconds
  local name=$1 file=$2 secs=$3
  local bad; bad=$(awk '$1 != 200' "$file" | wc -l)
  sort -k2 -n "$file" | awk -v name="$name" -v bad="$bad" -v secs="$secs" -v think="$think" '{ t[NR] = $2 } END {
    printf "%-10s think=%ss n=%d non-200=%d p50=%.0f ms p95=%.0f ms p99=%.0f ms max=%.0f ms  %.1f s, %.0f req/s\n", name, think, NR, bad,
      t[int(NR*0.50)]*1000, t[int(NR*0.95)]*1000, t[int(NR*0.99)]*1000, t[NR]*1000, secs, NR / secs }'
}

run() { # name url-generator [count]
  local name=$1 gen=$2 count=${3:-$requests}
  local start end
  start=$(date +%s.%N)
  if [ "$think" = 0 ]; then
    # One curl process drives all transfers (--parallel, kept-alive connections), so on a small machine the client
    # does not eat the CPU the server is measured with (a curl process per request did).
    for _ in $(seq 1 "$count"); do echo "url = \"$($gen)\""; echo "output = /dev/null"; done > "$work/$name.cfg"
    curl -s --no-progress-meter --parallel --parallel-immediate --parallel-max "$concurrency" -b "$jar" -w '%{http_code} %{time_total}\n' -K "$work/$name.cfg" > "$work/$name.txt"
  else
    # Think time: CONCURRENCY independent clients, each one request, then a pause. A curl per request here costs a
    # few ms of client CPU at most CONCURRENCY ÷ THINK times a second.
    local per=$(( (count + concurrency - 1) / concurrency ))
    for c in $(seq 1 "$concurrency"); do
      ( sleep "0.$(( RANDOM % 1000 ))"  # spread the first requests over a second instead of one burst
        for _ in $(seq 1 "$per"); do
          curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_total}\n' "$($gen)"
          sleep "$think"
        done ) > "$work/$name.$c.txt" &
    done
    wait
    cat "$work/$name".*.txt > "$work/$name.txt"
  fi
  end=$(date +%s.%N)
  report "$name" "$work/$name.txt" "$(echo "$end - $start" | bc)"
}
dashboard_url() { echo "$base/"; }
project_url() { echo "$base/Projects/$(( (RANDOM * 32768 + RANDOM) % max_id + 1 ))"; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
think_run=$think; think=0
if [ "$warmup" -gt 0 ]; then
  run warmup-dashboard dashboard_url $(( (warmup + 1) / 2 ))
  run warmup-project project_url $(( warmup / 2 ))
fi
think=$think_run
run dashboard dashboard_url
run project project_url
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
