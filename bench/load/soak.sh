#!/usr/bin/env bash
# Soak test of the web app (issue 19): the five pages interleaved (see pages.sh) from CONCURRENCY closed-loop clients
# for MINUTES, against 127.0.0.1 only, while the server process's resident memory (VmRSS and its peak VmHWM from
# /proc/PID/status) is sampled every INTERVAL seconds. Prints a table (minute, RSS, requests and p95 of the last
# interval, load average), then the RSS slope in MB per minute over the first and the second half of the run: a server
# whose memory is flat shows both slopes near 0 (the first half also holds the warm-up's growth of caches and heap).
# Usage: bench/load/soak.sh BASE_URL ADMIN_PASSWORD MINUTES [SERVER_PID]
#   SERVER_PID: the web app's process (default: the process listening on BASE_URL's port, from `ss -ltnp`);
#   CONCURRENCY (default 50), INTERVAL seconds (default 15), BATCH requests per curl run (default 500),
#   PAGES and DB as in web-load.sh; the whole run's latency per page is reported at the end.
set -euo pipefail
base=${1:?BASE_URL, e.g. http://127.0.0.1:5190}
password=${2:?admin password}
minutes=${3:?MINUTES}
pid=${4:-}
concurrency=${CONCURRENCY:-50}
interval=${INTERVAL:-15}
batch=${BATCH:-500}
here=$(dirname "$0")
# shellcheck source=sign-in.sh
source "$here/sign-in.sh"
# shellcheck source=pages.sh
source "$here/pages.sh"
read -r -a pages <<< "${PAGES:-$all_pages}"

if [ -z "$pid" ]; then
  port=${base##*:}; port=${port%%/*}
  pid=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
fi
[ -n "$pid" ] && [ -r "/proc/$pid/status" ] || { echo "找不到服务器进程（端口 ${port:-?}），请给出 SERVER_PID" >&2; exit 1; }
echo "server pid $pid ($(tr '\0' ' ' < "/proc/$pid/cmdline" | cut -c1-100)), $concurrency clients, $minutes min, sample every $interval s"
load_ids "${pages[@]}"

rss_mb() { awk -v k="$1:" '$1 == k { printf "%.1f", $2 / 1024 }' "/proc/$pid/status"; }

# The load: batches of BATCH interleaved requests, one after the other, until the time is up. Each batch's results
# go to the file named after the batch's start time so the sampler can attribute them to its interval.
end=$(( $(date +%s) + minutes * 60 ))
: > "$work/all.txt"
( n=0
  while [ "$(date +%s)" -lt "$end" ]; do
    n=$(( n + 1 ))
    write_config "$batch" "${pages[@]}" > "$work/batch.cfg"
    closed_loop "$work/batch.cfg" "$work/batch.txt"
    t=$(date +%s); sed "s/^/$t /" "$work/batch.txt" >> "$work/all.txt"
  done ) &
load_pid=$!
trap 'kill "$load_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

start=$(date +%s)
printf "%8s %10s %10s %9s %8s  %s\n" "minute" "RSS MB" "peak MB" "requests" "p95 ms" "load average"
: > "$work/samples.txt"
last=$start
while kill -0 "$load_pid" 2>/dev/null; do
  sleep "$interval"
  kill -0 "$pid" 2>/dev/null || { echo "服务器进程 $pid 已退出" >&2; exit 1; }
  now=$(date +%s)
  rss=$(rss_mb VmRSS); hwm=$(rss_mb VmHWM)
  # Requests whose batch ended in this interval (batches of BATCH requests take a few seconds each).
  stats=$(awk -v a="$last" -v b="$now" '$1 > a && $1 <= b { print $4 }' "$work/all.txt" 2>/dev/null | sort -n |
    awk 'function q(p,  i) { i = int(NR * p); return (i > 0 ? t[i] : t[1]) * 1000 } { t[NR] = $1 } END { if (NR) printf "%d %.0f", NR, q(0.95); else printf "0 -" }')
  minute=$(echo "scale=2; ($now - $start) / 60" | bc)
  printf "%8s %10s %10s %9s %8s  %s\n" "$minute" "$rss" "$hwm" ${stats} "$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "$minute $rss" >> "$work/samples.txt"
  last=$now
done
wait "$load_pid" || true

# Least-squares slope of RSS over time, in MB per minute, over each half of the samples.
awk '{ m[NR] = $1; r[NR] = $2 } END {
  h = int(NR / 2)
  for (part = 1; part <= 2; part++) {
    a = part == 1 ? 1 : h + 1; b = part == 1 ? h : NR; n = b - a + 1; sx = sy = sxx = sxy = 0
    for (i = a; i <= b; i++) { sx += m[i]; sy += r[i]; sxx += m[i] * m[i]; sxy += m[i] * r[i] }
    d = n * sxx - sx * sx
    printf "RSS slope, %s half (%s–%s min, %d samples): %+.2f MB/min (RSS %.1f → %.1f MB)\n", part == 1 ? "first" : "second", m[a], m[b], n,
      (d > 0 ? (n * sxy - sx * sy) / d : 0), r[a], r[b]
  } }' "$work/samples.txt"
secs=$(( $(date +%s) - start ))
cut -d' ' -f2- "$work/all.txt" > "$work/whole.txt"
report "soak (all)" "$work/whole.txt" "$secs"
for page in "${pages[@]}"; do grep "^$page " "$work/whole.txt" > "$work/whole.$page.txt" || true; report "  $page" "$work/whole.$page.txt" "$secs"; done
