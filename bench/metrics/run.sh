#!/bin/sh
# SPDX-License-Identifier: MIT
# Benchmark of issue 5: load + summary + RFM + cohorts in process vs the sqlite3 shell computing the per-customer
# summary (frequency, recency, T, value) with one GROUP BY, on the project from `clv simulate --customers N`.
# Usage: bench/metrics/run.sh [BUILD_DIR] [CUSTOMERS] [WORK_DIR]
set -eu
BUILD=${1:-build}
CUSTOMERS=${2:-1000000}
WORK=${3:-/tmp/clv-metrics-bench}
CLV="$BUILD/app/clv"
BENCH="$BUILD/bench/clv_metrics_bench"
[ -x "$BENCH" ] || BENCH=$(find "$BUILD" -name clv_metrics_bench -type f | head -n 1)
mkdir -p "$WORK"
PROJECT="$WORK/sim-$CUSTOMERS.clvw"
if [ ! -f "$PROJECT" ]; then
    "$CLV" simulate --customers "$CUSTOMERS" --out "$WORK/sim-$CUSTOMERS.csv" >/dev/null
    "$CLV" import "$WORK/sim-$CUSTOMERS.csv" --project "$PROJECT" >/dev/null
fi
sqlite3 "$PROJECT" "SELECT count(*) FROM orders" >/dev/null  # warm the page cache for both sides

echo "== in process (clv_metrics_bench, best of 3)"
"$BENCH" "$PROJECT" 3 | tee "$WORK/bench.txt"
OURS=$(sed -n 's/^TOTAL_MS //p' "$WORK/bench.txt")

echo "== sqlite3 shell, one GROUP BY (best of 3)"
END=$(sqlite3 "$PROJECT" "SELECT max(order_day) FROM orders")
SQL="SELECT customer_id, count(DISTINCT order_day) - 1, max(order_day) - min(order_day), $END - min(order_day),
            sum(amount_cents) / 100.0 FROM orders WHERE amount_cents >= 0 GROUP BY customer_id;"
BEST=""
for run in 1 2 3; do
    START=$(date +%s%N)
    sqlite3 -csv "$PROJECT" "$SQL" >/dev/null
    MS=$(( ($(date +%s%N) - START) / 1000000 ))
    echo "run $run: $MS ms"
    if [ -z "$BEST" ] || [ "$MS" -lt "$BEST" ]; then BEST=$MS; fi
done
echo "sqlite3 GROUP BY best: $BEST ms"
awk -v ours="$OURS" -v shell="$BEST" 'BEGIN { printf "ratio sqlite3 / in-process (load+summary+rfm+cohorts): %.1fx\n", shell / ours }'
