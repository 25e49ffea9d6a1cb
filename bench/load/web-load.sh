#!/usr/bin/env bash
# Load test of the web app (issue 19): signs in as admin, then N requests per page from C concurrent clients to the
# dashboard, unit pages, project pages, the review list and /gongkai document pages (random ids over the stored data,
# see pages.sh), against 127.0.0.1 only; prints p50/p95/p99 latency per page from curl's own timing, the run's wall
# time, throughput and the load average.
# Usage: bench/load/web-load.sh BASE_URL ADMIN_PASSWORD [REQUESTS=2000] [CONCURRENCY=50] [MAX_PROJECT_ID=100000]
#   PAGES="dashboard unit project review gongkai" (default: all five) — which pages, each measured on its own;
#   MIXED=1 also measures the pages interleaved in one run (every client's next request the next page in turn);
#   DB=/path/to.db or DB=postgresql://user:pw@host/db — read the ids from the database (else from the app's pages).
# Two models of the clients:
#   closed loop (default): each client sends its next request as soon as the last answer came back (no think time),
#     so the server is always saturated and latency ≈ clients ÷ throughput;
#   THINK=SECONDS: each client sends one request, then waits SECONDS before the next (50 clerks reading pages),
#     so the offered load is about CONCURRENCY ÷ (THINK + latency) requests per second.
# WARMUP=N (default 6000): before measuring, N requests (the pages in equal shares) from CONCURRENCY closed-loop
#   clients, reported on their own "warmup-…" lines. A freshly started server runs its code unoptimised until the
#   runtime's tiered JIT has recompiled the hot paths (many thousand requests on 2 cores), and a database that was
#   just started reads from disk; the warm-up lines show that cold phase, the measured lines the steady one.
set -euo pipefail
base=${1:?BASE_URL, e.g. http://127.0.0.1:5080}
password=${2:?admin password}
requests=${3:-2000}
concurrency=${4:-50}
max_id=${5:-100000}
think=${THINK:-0}
warmup=${WARMUP:-6000}
here=$(dirname "$0")
# shellcheck source=sign-in.sh
source "$here/sign-in.sh"
# shellcheck source=pages.sh
source "$here/pages.sh"
read -r -a pages <<< "${PAGES:-$all_pages}"

run() { # name count pages...
  local name=$1 count=$2; shift 2
  local start end
  start=$(date +%s.%N)
  if [ "$think" = 0 ]; then
    write_config "$count" "$@" > "$work/$name.cfg"
    closed_loop "$work/$name.cfg" "$work/$name.txt"
  else
    # Think time: CONCURRENCY independent clients, each one request, then a pause. A curl per request here costs a
    # few ms of client CPU at most CONCURRENCY ÷ THINK times a second.
    local per=$(( (count + concurrency - 1) / concurrency )) mix=("$@")
    for c in $(seq 1 "$concurrency"); do
      ( sleep "0.$(( RANDOM % 1000 ))"  # spread the first requests over a second instead of one burst
        for i in $(seq 1 "$per"); do
          page=${mix[$(( (c + i) % ${#mix[@]} ))]}
          curl -s -o /dev/null -b "$jar" -w "$page %{http_code} %{time_total}\n" "$(page_url "$page")"
          sleep "$think"
        done ) > "$work/$name.$c.txt" &
    done
    wait
    cat "$work/$name".*.txt > "$work/$name.txt"
  fi
  end=$(date +%s.%N)
  local secs; secs=$(echo "$end - $start" | bc)
  if [ $# -eq 1 ]; then
    report "$name" "$work/$name.txt" "$secs"
  else
    report "$name (all)" "$work/$name.txt" "$secs"
    for page in "$@"; do grep "^$page " "$work/$name.txt" > "$work/$name.$page.txt" || true; report "  $page" "$work/$name.$page.txt" "$secs"; done
  fi
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
load_ids "${pages[@]}"
think_run=$think; think=0
if [ "$warmup" -gt 0 ]; then
  for page in "${pages[@]}"; do run "warmup-$page" $(( (warmup + ${#pages[@]} - 1) / ${#pages[@]} )) "$page"; done
fi
think=$think_run
for page in "${pages[@]}"; do run "$page" "$requests" "$page"; done
if [ "${MIXED:-0}" = 1 ]; then run mixed $(( requests * ${#pages[@]} )) "${pages[@]}"; fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
