#!/usr/bin/env bash
# Load test of the 执行与评价 region view (/Execution) on a generated region: signs in as admin, imports payments for
# every project of DATA_DIR (`jixiao generate` JSON files, already stored with `jixiao db import`) unless PAYMENTS=0,
# then times the region view (first page, a later page, light filter, lowest-rate order, one unit) one request at a
# time and with CONCURRENCY clients. 127.0.0.1 only.
# Usage: bench/load/execution-load.sh BASE_URL ADMIN_PASSWORD DATA_DIR [REQUESTS=200] [CONCURRENCY=10]
set -euo pipefail
base=${1:?BASE_URL, e.g. http://127.0.0.1:5091}
password=${2:?admin password}
data=${3:?directory of the generated JSON documents}
requests=${4:-200}
concurrency=${5:-10}
# shellcheck source=sign-in.sh
source "$(dirname "$0")/sign-in.sh"

# Region, year and one unit code of the data set; payment files of 5,000 projects each: 3 payments per project
# (March, May, June) paying a share of the budget that varies by project, so every light occurs.
read -r region year unit < <(python3 - "$data" "$work" "${PAYMENTS:-1}" <<'PY'
import glob, json, sys
data, work, payments = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
shares = [0, 10, 25, 35, 45, 55, 70, 90, 120]
rows, files, first = [], 0, None
def flush():
    global rows, files
    if rows:
        files += 1
        with open(f"{work}/pay-{files:03d}.csv", "w", encoding="utf-8") as f:
            f.write("项目编码,支付日期,金额（元）,凭证号,行号\n" + "".join(rows))
        rows = []
n = 0
for path in sorted(glob.glob(f"{data}/*.json")):
    doc = json.load(open(path, encoding="utf-8"))
    first = first or (doc["regionCode"], doc["fiscalYear"], doc["projects"][0]["unitCode"])
    for p in doc["projects"]:
        fen = round(float(p["budget"]) * 1_000_000) * shares[n % len(shares)] // 100
        n += 1
        if payments and fen > 0:
            for k, (date, part) in enumerate([("03-20", 3), ("05-20", 3), ("06-20", fen - 2 * (fen // 3))]):
                amount = fen // 3 if k < 2 else part
                rows.append(f"{p['projectCode']},{doc['fiscalYear']}-{date},{amount // 100}.{amount % 100:02d},B{n},{k + 1}\n")
        if n % 5000 == 0:
            flush()
flush()
print(*first)
PY
)
echo "区划 $region 年度 $year，单位 $unit；load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for f in "$work"/pay-*.csv; do
  [ -e "$f" ] || break
  curl -s -o "$work/out.json" -b "$jar" -w "payments $(basename "$f"): HTTP %{http_code} %{time_total} s\n" \
    -H "Content-Type: application/octet-stream" --data-binary @"$f" "$base/api/v1/payments?fileName=$(basename "$f")"
  grep -o '"added":[0-9]*' "$work/out.json" || cat "$work/out.json"
done

report() { # name results-file
  sort -k2 -n "$2" | awk -v name="$1" '{ t[NR] = $2; if ($1 != 200) bad++ } END {
    printf "%-22s n=%d non-200=%d p50=%.0f ms p95=%.0f ms max=%.0f ms\n", name, NR, bad + 0, t[int(NR*0.50)]*1000, t[int(NR*0.95)]*1000, t[NR]*1000 }'
}
unit_id=$(curl -s -b "$jar" "$base/Execution?region=$region&year=$year&unitCode=$unit" | grep -o 'name="unit" value="[0-9]*"' | head -1 | grep -o '[0-9]*')
pages=("region=$region&year=$year" "region=$region&year=$year&page=50" "region=$region&year=$year&light=red" \
  "region=$region&year=$year&sort=rate&page=3" "unit=$unit_id&year=$year")
names=(first-page page-50 light=red sort=rate,page-3 unit-view)
for i in "${!pages[@]}"; do
  url="$base/Execution?${pages[$i]}"
  curl -s -o "$work/page.html" -b "$jar" -w "${names[$i]} (first request): HTTP %{http_code} %{time_total} s, %{size_download} bytes\n" "$url"
  for _ in $(seq 1 20); do curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_total}\n' "$url"; done > "$work/seq.txt"
  report "${names[$i]} sequential" "$work/seq.txt"
done
grep -o 'data-matching="[0-9]*"' "$work/page.html" | head -1
for _ in $(seq 1 "$requests"); do echo "url = \"$base/Execution?${pages[$((RANDOM % ${#pages[@]}))]}\""; echo "output = /dev/null"; done > "$work/mix.cfg"
start=$(date +%s.%N)
curl -s --no-progress-meter --parallel --parallel-immediate --parallel-max "$concurrency" -b "$jar" -w '%{http_code} %{time_total}\n' -K "$work/mix.cfg" > "$work/mix.txt"
secs=$(echo "$(date +%s.%N) - $start" | bc)
report "mixed, $concurrency clients" "$work/mix.txt"
echo "$requests requests in $secs s; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
