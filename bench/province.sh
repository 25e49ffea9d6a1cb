#!/usr/bin/env bash
# A province's year end to end: generates N projects in department documents (250 per document, 18 indicator rows
# each), imports them with `jixiao db import` (which reviews every document in the same write), starts the web app on
# 127.0.0.1 and waits until the dashboard answers for the region. Prints the three phases apart, the importer's peak
# RSS and the load average, then the anchors measured in the same run:
#   - the import's indicator rows/s against `sqlite3 .import` / psql `\copy` of the same rows as CSV;
#   - `jixiao db review` of everything stored against the in-memory review of the same tables.
# Usage: bench/province.sh N [sqlite|postgres]   (Release build; ANCHORS=0 skips the anchors, BUILD=0 the build)
# PostgreSQL: PG_SERVER (default the test server's credentials); the script recreates database PG_DB (default jixiao_province).
set -euo pipefail
# The whole script is one function, read before any of it runs: bash reads a plain script as it goes, so a script
# edited or checked out while a long run is under way went on with the new text at the old offset (a run of
# 100,000 projects stopped on "syntax error near unexpected token" in a line it had not reached).
main() {
n=${1:?number of projects, e.g. 100000}
provider=${2:-sqlite}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-/tmp/jixiao-province}
port=${PORT:-5187}
password=Shengji-Guimo-7391   # must pass the common-password rules, or the web app refuses to start
pg_server=${PG_SERVER:-Host=localhost;Username=jixiao;Password=jixiao}
pg_db=${PG_DB:-jixiao_province}
rm -rf "$work" && mkdir -p "$work"
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; }
trap cleanup EXIT

now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

if [ "${BUILD:-1}" = 1 ]; then
  for p in src/Jixiao.Cli src/Jixiao.Web bench/Jixiao.Benchmarks; do dotnet build -c Release "$root/$p" -v q --nologo | grep -E "rror\(s\)" ; done
fi
J="dotnet $root/src/Jixiao.Cli/bin/Release/net10.0/jixiao.dll"

case "$provider" in
  sqlite) db="Data Source=$work/province.db" ;;
  postgres)
    psql_url="postgresql://$(echo "$pg_server" | sed -E 's/.*Username=([^;]*).*/\1/'):$(echo "$pg_server" | sed -E 's/.*Password=([^;]*).*/\1/')@$(echo "$pg_server" | sed -E 's/.*Host=([^;]*).*/\1/')"
    psql "$psql_url/postgres" -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" -c "CREATE DATABASE $pg_db"
    db="$pg_server;Database=$pg_db" ;;
  *) echo "provider: sqlite or postgres" >&2; exit 2 ;;
esac
echo "province.sh $n $provider — $(nproc) cores, load average at start: $(load)"

# 1. Generate.
t0=$(now)
$J generate --projects "$n" --per-document 250 --out "$work/docs" > /dev/null
t1=$(now)
rows=$(( n * 18 ))
echo "generate:          $(secs "$t0" "$t1") s  ($n projects, $rows indicator rows, $(du -sh "$work/docs" | cut -f1))  load $(load)"

# 2. Import and review (the importer's peak RSS from /usr/bin/time, else sampled from /proc).
t1=$(now)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "%M" -o "$work/import.rss" $J db import "$work/docs" --quiet --db "$db" > "$work/import.out" 2> "$work/import.err"
  rss_kb=$(tail -1 "$work/import.rss")
else
  $J db import "$work/docs" --quiet --db "$db" > "$work/import.out" 2> "$work/import.err" & pid=$!
  rss_kb=0
  while kill -0 "$pid" 2>/dev/null; do
    r=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0); [ "${r:-0}" -gt "$rss_kb" ] && rss_kb=$r; sleep 0.5
  done
  wait "$pid"
fi
t2=$(now)
import_s=$(secs "$t1" "$t2")
echo "import + review:   $import_s s  ($(echo "$rows / $import_s" | bc) indicator rows/s, importer peak RSS $(( rss_kb / 1024 )) MB)  load $(load)"
tail -1 "$work/import.out"

# 3. Web app up and the region's dashboard answering.
t2=$(now)
(cd "$root/src/Jixiao.Web" && ConnectionStrings__Jixiao="$db" Jixiao__AdminPassword=$password Jixiao__KeepAdminPassword=true Logging__LogLevel__Default=Warning \
  exec dotnet bin/Release/net10.0/Jixiao.Web.dll --urls "http://127.0.0.1:$port" > "$work/web.log" 2>&1) & server_pid=$!
base="http://127.0.0.1:$port"
jar="$work/cookies"
until curl -sf -o /dev/null "$base/Account/Login"; do sleep 0.2; done
token=$(curl -s -c "$jar" -b "$jar" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" -X POST "$base/Account/Login" --data-urlencode "Input.UserName=admin" \
  --data-urlencode "Input.Password=$password" --data-urlencode "__RequestVerificationToken=$token"
shown=$(printf "%'d" "$n" 2>/dev/null || echo "$n")
until curl -s -b "$jar" "$base/" | grep -qE "(${n}|${shown})"; do sleep 0.2; done
t3=$(now)
echo "dashboard ready:   $(secs "$t2" "$t3") s  (web app started, signed in, the region's $n projects shown)  load $(load)"
echo "total:             $(secs "$t0" "$t3") s"
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=

[ "${ANCHORS:-1}" = 1 ] || exit 0

# 4. Import anchor: the same indicator rows as CSV, loaded by the database's own bulk loader into a bare table.
python3 - "$work/docs" "$work/rows.csv" <<'PY'
import csv, glob, json, sys
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out)
    for path in sorted(glob.glob(f"{sys.argv[1]}/*.json")):
        doc = json.load(open(path, encoding="utf-8"))
        for p in doc["projects"]:
            for i, x in enumerate(p["indicators"], 1):
                w.writerow([p["projectCode"], i, x.get("level1", ""), x.get("level2", ""), x.get("name", ""), x.get("description", ""),
                            (x.get("target") or {}).get("text", ""), x.get("targetBasis", "")])
PY
csv_rows=$(wc -l < "$work/rows.csv")
cols='code text, "row" int, level1 text, level2 text, name text, description text, target text, basis text'
case "$provider" in
  sqlite)
    rm -f "$work/anchor.db"
    sqlite3 "$work/anchor.db" "PRAGMA journal_mode=WAL;" "CREATE TABLE rows ($cols, PRIMARY KEY (code, \"row\"));" > /dev/null
    a0=$(now); sqlite3 "$work/anchor.db" ".mode csv" ".import $work/rows.csv rows"; a1=$(now)
    anchor="sqlite3 .import" ;;
  postgres)
    psql "$psql_url/$pg_db" -qc "SET client_min_messages = warning" -c "DROP TABLE IF EXISTS anchor_rows" -c "CREATE TABLE anchor_rows ($cols, PRIMARY KEY (code, \"row\"))"
    # The same transport as the importer: on this machine without TLS unless the server demands it (see
    # PostgresConnectionDefaults); a remote server with TLS when it offers it, as Npgsql does.
    case "$psql_url" in *@localhost|*@127.0.0.1|*@::1) anchor_ssl=allow ;; *) anchor_ssl=prefer ;; esac
    a0=$(now); PGSSLMODE=${PGSSLMODE:-$anchor_ssl} psql "$psql_url/$pg_db" -qc "\\copy anchor_rows FROM '$work/rows.csv' WITH (FORMAT csv)"; a1=$(now)
    anchor="psql \\copy" ;;
esac
anchor_s=$(secs "$a0" "$a1")
echo "anchor ($anchor):  $anchor_s s for $csv_rows rows = $(echo "$csv_rows / $anchor_s" | bc) rows/s; import+review is $(echo "scale=1; $import_s / $anchor_s" | bc)× its time  load $(load)"

# 5. Stored review against the in-memory review of the same tables.
r0=$(now); $J db review --quiet --db "$db" 2> /dev/null | tail -1; r1=$(now)
review_s=$(secs "$r0" "$r1")
dotnet "$root/bench/Jixiao.Benchmarks/bin/Release/net10.0/Jixiao.Benchmarks.dll" stored-review-anchor "$db" | tee "$work/anchor.txt"
memory_s=$(grep -o '^in-memory review 2: [0-9.]*' "$work/anchor.txt" | awk '{print $4}')
echo "db review:         $review_s s (process, incl. start-up) = $(echo "scale=2; $review_s / $memory_s" | bc)× the in-memory review ($memory_s s)  load $(load)"
}

main "$@"
exit
