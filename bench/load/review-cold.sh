#!/usr/bin/env bash
# The 审核 list's first request per filter (issue 19): each of N unit codes, every rule and every severity requested
# once, one at a time, on a server that has not seen them (its per-filter counts are not kept yet), then the same
# URLs once more (warm); p50/p95/p99 of each set and the load average. Then every sort order (pages 1, 2 and 500),
# two pages of /api/v1/findings through its cursor and the whole region's CSV (time, size, rows).
#   bench/load/review-cold.sh BASE_URL ADMIN_PASSWORD [UNITS=40]
# DB= as for web-load.sh (a SQLite file or a postgresql:// URL) gives the unit codes and rule ids.
set -euo pipefail
base=${1:?BASE_URL, e.g. http://127.0.0.1:5080}
password=${2:?admin password}
units=${3:-40}
here=$(dirname "$0")
# shellcheck source=sign-in.sh
source "$here/sign-in.sh"
sql() {
  case "${DB:?DB= a SQLite file or a postgresql:// URL}" in
    postgres://*|postgresql://*) psql "$DB" -Atqc "$1" ;;
    *) sqlite3 -readonly "$DB" "$1" ;;
  esac
}
{
  sql "SELECT \"Code\" FROM \"Units\" ORDER BY random() LIMIT $units" | sed 's/^/unitCode=/'
  sql 'SELECT DISTINCT "RuleId" FROM "ReviewFindingCounts" ORDER BY 1' | sed 's/^/rule=/'
  printf 'severity=%s\n' Error Warning Info
} > "$work/filters"
stats() { # name file ("seconds" lines)
  sort -n "$2" | awk -v name="$1" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" '
    function q(p,  i) { i = int(NR * p); return (i > 0 ? t[i] : t[1]) * 1000 }
    { t[NR] = $1 } END { printf "%-8s n=%d p50=%.0f ms p95=%.0f ms p99=%.0f ms max=%.0f ms  load %s\n", name, NR, q(0.5), q(0.95), q(0.99), t[NR] * 1000, load }'
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(wc -l < "$work/filters") filters"
for pass in cold warm; do
  while read -r f; do
    curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_total}\n' "$base/Review?$f" >> "$work/$pass.raw"
  done < "$work/filters"
  awk '$1 != 200 { bad++ } END { if (bad) print bad " answers not 200" }' "$work/$pass.raw"
  awk '{ print $2 }' "$work/$pass.raw" > "$work/$pass.txt"
  stats "$pass" "$work/$pass.txt"
done
# Every sort order of the unfiltered list (its counts are kept by now): first page (kept after its first request),
# page 2 and page 500.
for sort in unit severity rule project; do
  for page in 1 2 500; do
    curl -s -o /dev/null -b "$jar" --max-time 90 -w "sort=$sort p=$page %{http_code} %{time_total} s\n" "$base/Review?sort=$sort&p=$page"
  done
done
# The API's cursor: the first answer of 1,000 findings and the one its Link header names.
next=$(curl -s -b "$jar" -o /dev/null -D - -w '' "$base/api/v1/findings?limit=1000" | sed -n 's/^[Ll]ink: <\([^>]*\)>.*/\1/p' | tr -d '\r')
curl -s -o /dev/null -b "$jar" -w "api      %{http_code} %{time_total} s (limit=1000)\n" "$base/api/v1/findings?limit=1000"
[ -n "$next" ] && curl -s -o /dev/null -b "$jar" -w "api next %{http_code} %{time_total} s ($next)\n" "$base$next"
curl -s -b "$jar" -o "$work/all.csv" -w 'csv      %{http_code} %{time_total} s, %{size_download} bytes, ' "$base/Review?handler=Csv"
echo "$(( $(wc -l < "$work/all.csv") - 1 )) findings"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
