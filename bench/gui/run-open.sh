#!/bin/sh
# SPDX-License-Identifier: MIT
# Benchmark of issue 7: open a CUSTOMERS-customer project to a filled Overview (offscreen MainWindow), against the
# same background work without GUI. The project comes from `clv simulate --customers N --seed 1` + `clv import`,
# cached in WORK_DIR.
# Usage: bench/gui/run-open.sh [BUILD_DIR] [CUSTOMERS] [WORK_DIR] [RUNS]
set -eu
BUILD=${1:-build}
CUSTOMERS=${2:-1000000}
WORK=${3:-/tmp/clv-open-bench}
RUNS=${4:-3}
CLV="$BUILD/app/clv"
BENCH="$BUILD/bench/bench_open"
[ -x "$BENCH" ] || BENCH=$(find "$BUILD" -name bench_open -type f | head -n 1)
mkdir -p "$WORK"
PROJECT="$WORK/sim-$CUSTOMERS.clvw"
if [ ! -f "$PROJECT" ]; then
    "$CLV" simulate --customers "$CUSTOMERS" --seed 1 --out "$WORK/sim-$CUSTOMERS.csv" >/dev/null
    "$CLV" import "$WORK/sim-$CUSTOMERS.csv" --project "$PROJECT" >/dev/null
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
QT_QPA_PLATFORM=offscreen "$BENCH" "$PROJECT" "$RUNS"
