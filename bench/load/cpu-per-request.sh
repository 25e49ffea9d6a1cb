#!/usr/bin/env bash
# CPU time per request of one page under closed-loop clients (issue 19): with every client sending its next request
# as soon as the last came back, the cores are always busy and latency ≈ clients × CPU per request ÷ cores, so the
# CPU a request costs — the app's and, on PostgreSQL, the database backends' — is the figure that survives a loaded
# machine. Prints the page's latency (as web-load.sh) and the app's and backends' CPU in ms per request
# (utime + stime from /proc, before and after the run; backends that start during the run count from zero).
#   bench/load/cpu-per-request.sh BASE_URL ADMIN_PASSWORD APP_PID PAGE [REQUESTS=1000] [CONCURRENCY=50]
# DB= as for web-load.sh (a SQLite file or a postgresql:// URL) gives the ids; on PostgreSQL its backends are measured.
# Run a warm-up first (e.g. web-load.sh with PAGES=PAGE): a fresh server's first requests run unoptimised code.
set -euo pipefail
base=${1:?BASE_URL, e.g. http://127.0.0.1:5191}
password=${2:?admin password}
app=${3:?process id of the web app}
page=${4:?dashboard, unit, project, review or gongkai}
n=${5:-1000}
concurrency=${6:-50}
here=$(dirname "$0")
# shellcheck source=sign-in.sh
source "$here/sign-in.sh"
# shellcheck source=pages.sh
source "$here/pages.sh"
load_ids "$page" > /dev/null
write_config "$n" "$page" > "$work/run.cfg"
tck=$(getconf CLK_TCK)
backends() {
  case "${DB:-}" in
    postgres://*|postgresql://*) psql "$DB" -Atqc "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()" ;;
  esac
}
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
declare -A before
for p in $(backends); do before[$p]=$(ticks "$p"); done
a0=$(ticks "$app"); l0=$(cut -d' ' -f1-3 /proc/loadavg); s0=$(date +%s.%N)
closed_loop "$work/run.cfg" "$work/run.txt"
s1=$(date +%s.%N); a1=$(ticks "$app"); l1=$(cut -d' ' -f1-3 /proc/loadavg)
b=0; for p in $(backends); do b=$((b + $(ticks "$p") - ${before[$p]:-0})); done
report "$page" "$work/run.txt" "$(echo "$s1 - $s0" | bc)"
echo "$page: CPU per request app $(echo "scale=2; ($a1 - $a0) * 1000 / $tck / $n" | bc) ms, database backends $(echo "scale=2; $b * 1000 / $tck / $n" | bc) ms  load $l0 → $l1"
