#!/bin/sh
# SPDX-License-Identifier: MIT
# Benchmark of issue 4: `clv import` (typed, validated, deduplicated, indexed, one transaction, synchronous=FULL)
# against the sqlite3 shell's `.import` of the same file into an untyped table, side by side, on the export of
# `clv simulate --customers N --seed 1`. Prints both wall times (best of RUNS, alternating), the ratio, and clv's
# peak resident memory (target: ratio <= 1.0 and peak RSS < 300 MB whatever the file size). CPU seconds (user +
# system) are printed too: on a shared, loaded machine their ratio is steadier than the wall-clock one.
# Usage: bench/import/run.sh [BUILD_DIR] [CUSTOMERS] [WORK_DIR] [RUNS]
set -eu
BUILD=${1:-build}
CUSTOMERS=${2:-1000000}
WORK=${3:-/tmp/clv-import-bench}
RUNS=${4:-2}
CLV="$BUILD/app/clv"
TIME=/usr/bin/time
[ -x "$CLV" ] || { echo "no clv executable at $CLV" >&2; exit 2; }
[ -x "$TIME" ] || { echo "needs GNU time (/usr/bin/time, Debian package 'time')" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell" >&2; exit 2; }
mkdir -p "$WORK"
CSV="$WORK/sim-$CUSTOMERS.csv"
[ -s "$CSV" ] || "$CLV" simulate --customers "$CUSTOMERS" --seed 1 --out "$CSV" >/dev/null
ROWS=$(($(wc -l < "$CSV") - 1))
echo "file: $CSV ($(du -m "$CSV" | cut -f1) MB, $ROWS data rows)"
cat "$CSV" >/dev/null  # both sides read from the page cache

# Runs "$@" under GNU time; prints "WALL_SECONDS PEAK_KB CPU_SECONDS".
measure() {
    "$TIME" -f "%e %M %U %S" -o "$WORK/time.txt" "$@" >"$WORK/out.txt" 2>&1 || { cat "$WORK/out.txt" >&2; exit 1; }
    awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$WORK/time.txt"
}

BEST_SHELL="" BEST_CLV="" PEAK_CLV=0 PEAK_SHELL=0 CPU_SHELL="" CPU_CLV=""
for run in $(seq 1 "$RUNS"); do
    rm -f "$WORK/shell.db" "$WORK/shell.db-journal"
    set -- $(measure sqlite3 "$WORK/shell.db" -cmd ".mode csv" ".import '$CSV' orders")
    echo "run $run: sqlite3 .import  $1 s, CPU $3 s, peak RSS $(($2 / 1024)) MB"
    if [ -z "$BEST_SHELL" ] || awk -v a="$1" -v b="$BEST_SHELL" 'BEGIN { exit !(a < b) }'; then BEST_SHELL=$1; fi
    if [ -z "$CPU_SHELL" ] || awk -v a="$3" -v b="$CPU_SHELL" 'BEGIN { exit !(a < b) }'; then CPU_SHELL=$3; fi
    [ "$2" -gt "$PEAK_SHELL" ] && PEAK_SHELL=$2

    rm -f "$WORK/clv.clvw" "$WORK/clv.clvw-journal"
    set -- $(measure "$CLV" import "$CSV" --project "$WORK/clv.clvw")
    echo "run $run: clv import       $1 s, CPU $3 s, peak RSS $(($2 / 1024)) MB"
    if [ -z "$BEST_CLV" ] || awk -v a="$1" -v b="$BEST_CLV" 'BEGIN { exit !(a < b) }'; then BEST_CLV=$1; fi
    if [ -z "$CPU_CLV" ] || awk -v a="$3" -v b="$CPU_CLV" 'BEGIN { exit !(a < b) }'; then CPU_CLV=$3; fi
    [ "$2" -gt "$PEAK_CLV" ] && PEAK_CLV=$2
done

SHELL_ROWS=$(sqlite3 "$WORK/shell.db" "SELECT count(*) FROM orders")
CLV_ROWS=$(sqlite3 "$WORK/clv.clvw" "SELECT count(*) FROM orders")
echo "rows stored: sqlite3 $SHELL_ROWS (untyped text), clv $CLV_ROWS (typed, keyed, indexed)"
grep -E "^(rows read|imported|rejected)" "$WORK/out.txt" || true
echo "file sizes: sqlite3 $(du -m "$WORK/shell.db" | cut -f1) MB, clv $(du -m "$WORK/clv.clvw" | cut -f1) MB"
awk -v clv="$BEST_CLV" -v shell="$BEST_SHELL" -v peak="$PEAK_CLV" -v cclv="$CPU_CLV" -v cshell="$CPU_SHELL" 'BEGIN {
    printf "best of runs: clv import %.2f s, sqlite3 .import %.2f s, ratio clv/sqlite3 %.2f (target <= 1.00: %s)\n",
           clv, shell, clv / shell, clv <= shell ? "met" : "MISSED"
    printf "CPU seconds: clv import %.2f, sqlite3 .import %.2f, ratio %.2f\n", cclv, cshell, cclv / cshell
    printf "clv peak RSS %.0f MB (target < 300 MB: %s)\n", peak / 1024, peak < 300 * 1024 ? "met" : "MISSED"
}'
