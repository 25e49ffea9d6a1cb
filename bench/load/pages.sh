# Sourced by web-load.sh and soak.sh after sign-in.sh: the five pages of issue 19, their URLs with random ids over
# the stored data, and the closed-loop runner with its latency report. Needs $base, $jar, $work, $concurrency.
#   dashboard  /                        the signed-in user's region-year
#   unit       /Units/ID                a random unit
#   project    /Projects/ID             a random current project
#   review     /Review                  the region-year's finding list, first page
#   gongkai    /gongkai/ID              the public page of a random published document (no sign-in needed)
# Ids: with DB set (a SQLite file path, or a postgresql:// URL for psql) they are read from the database — every unit,
# every current project, every published document. Without it: projects 1..MAX_PROJECT_ID, the units linked from the
# dashboard's first pages and the documents listed on /gongkai.
all_pages="dashboard unit project review gongkai"

ids_from_db() { # kind -> one id a line
  local sql
  case "$1" in
    unit) sql='SELECT "Id" FROM "Units" ORDER BY 1' ;;
    project) sql='SELECT "Id" FROM "Projects" WHERE "RemovedAt" IS NULL ORDER BY 1' ;;
    gongkai) sql='SELECT "DocumentId" FROM "WorkflowStates" WHERE "PublishedDocument" IS NOT NULL ORDER BY 1' ;;
  esac
  case "$DB" in
    postgres://*|postgresql://*) psql "$DB" -Atqc "$sql" ;;
    *) sqlite3 -readonly "$DB" "$sql" ;;
  esac
}

ids_from_app() { # kind -> one id a line
  case "$1" in
    unit) for p in 1 2 3 4 5; do curl -s -b "$jar" "$base/?p=$p"; done | grep -o 'href="/Units/[0-9]*' | sed 's/.*\///' | sort -un ;;
    project) seq 1 "${max_id:-100000}" ;;
    gongkai) curl -s "$base/gongkai" | grep -o 'href="/gongkai/[0-9]*"' | grep -o '[0-9]*' | sort -un ;;
  esac
}

load_ids() { # pages...; fills unit_ids, project_ids, gongkai_ids for the pages that need them
  local page
  for page in "$@"; do
    case "$page" in
      unit|project|gongkai)
        if [ -n "${DB:-}" ]; then ids_from_db "$page" > "$work/$page.ids"; else ids_from_app "$page" > "$work/$page.ids"; fi
        mapfile -t "${page}_ids" < "$work/$page.ids"
        local -n ids="${page}_ids"
        [ "${#ids[@]}" -gt 0 ] || { echo "没有可用的 $page 编号（$page 页面需要数据：gongkai 需要已公开的文件）" >&2; exit 1; }
        echo "$page ids: ${#ids[@]} ($([ -n "${DB:-}" ] && echo "from the database" || echo "from the app"))"
        unset -n ids ;;
    esac
  done
}

pick() { # array name -> a random element
  local -n a=$1
  echo "${a[$(( (RANDOM * 32768 + RANDOM) % ${#a[@]} ))]}"
}

page_url() { # page -> one URL
  case "$1" in
    dashboard) echo "$base/" ;;
    unit) echo "$base/Units/$(pick unit_ids)" ;;
    project) echo "$base/Projects/$(pick project_ids)" ;;
    review) echo "$base/Review" ;;
    gongkai) echo "$base/gongkai/$(pick gongkai_ids)" ;;
    *) echo "unknown page $1 (pages: $all_pages)" >&2; exit 2 ;;
  esac
}

report() { # name results-file seconds; results: "page http_code seconds" lines
  local name=$1 file=$2 secs=$3
  local bad; bad=$(awk '$2 != 200' "$file" | wc -l)
  sort -k3 -n "$file" | awk -v name="$name" -v bad="$bad" -v secs="$secs" -v think="${think:-0}" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" '
    function q(p,  i) { i = int(NR * p); return (i > 0 ? t[i] : t[1]) * 1000 }
    { t[NR] = $3 } END {
    if (NR == 0) { printf "%-18s n=0\n", name; exit }
    printf "%-18s think=%ss n=%d non-200=%d p50=%.0f ms p95=%.0f ms p99=%.0f ms max=%.0f ms  %.1f s, %.0f req/s  load %s\n", name, think, NR, bad,
      q(0.50), q(0.95), q(0.99), t[NR] * 1000, secs, NR / secs, load }'
}

closed_loop() { # config-file results-file: all transfers from one curl process, CONCURRENCY kept-alive connections.
  # One curl process drives all transfers (--parallel), so on a small machine the client does not eat the CPU the
  # server is measured with (a curl process per request did). The page name is
  # read back from the URL in curl's write-out.
  curl -s --no-progress-meter --parallel --parallel-immediate --parallel-max "$concurrency" -b "$jar" \
    -w '%{url_effective} %{http_code} %{time_total}\n' -K "$1" | awk '{
      u = $1; sub(/^https?:\/\/[^\/]*/, "", u)
      p = u == "/" || u ~ /^\/\?/ ? "dashboard" : u ~ /^\/Units\// ? "unit" : u ~ /^\/Projects\// ? "project" : u ~ /^\/Review/ ? "review" : u ~ /^\/gongkai/ ? "gongkai" : "other"
      print p, $2, $3 }' > "$2"
}

write_config() { # count pages... -> curl config on stdout, the pages in turn
  local count=$1; shift
  local pages=("$@") i
  for (( i = 0; i < count; i++ )); do
    echo "url = \"$(page_url "${pages[$(( i % ${#pages[@]} ))]}")\""
    echo "output = /dev/null"
  done
}
