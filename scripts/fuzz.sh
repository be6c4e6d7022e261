#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Bounded libFuzzer run of the import fuzz target (CSV reader + value parsers + importer on an in-memory project),
# built with clang-14 and -fsanitize=fuzzer,address,undefined in its own build directory. For CI: exits 0 when
# clang-14 or libFuzzer is missing (nothing to run), 1 when the fuzzer finds a crash, a sanitizer report or a broken
# invariant (the input is saved under $ARTIFACTS; add it to tests/fuzz/corpus so ctest replays it from then on).
# Usage: scripts/fuzz.sh [SECONDS (default 60)]   env: CLV_FUZZ_BUILD_DIR, CLV_FUZZ_ARTIFACTS, CLV_FUZZ_JOBS
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_TO_RUN=${1:-60}
BUILD_DIR=${CLV_FUZZ_BUILD_DIR:-build-fuzz}
ARTIFACTS=${CLV_FUZZ_ARTIFACTS:-$BUILD_DIR/fuzz-artifacts}
JOBS=${CLV_FUZZ_JOBS:-$(nproc)}

if ! command -v clang++-14 >/dev/null; then
  echo "fuzz: clang++-14 not installed; skipped"
  exit 0
fi
if ! clang++-14 -print-file-name=libclang_rt.fuzzer-x86_64.a | grep -q /; then
  echo "fuzz: libFuzzer runtime (libclang-rt-14-dev) not installed; skipped"
  exit 0
fi

SANITIZE="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
echo "==> configuring $BUILD_DIR (clang-14, libFuzzer, ASan, UBSan)"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_CXX_FLAGS="$SANITIZE" \
  -DCLV_BUILD_GUI=OFF -DCLV_BUILD_BENCH=OFF -DCLV_BUILD_TESTS=ON -DCLV_BUILD_FUZZERS=ON >/dev/null
echo "==> building clv_fuzz_import"
cmake --build "$BUILD_DIR" -j "$JOBS" --target clv_fuzz_import

# libFuzzer adds what it finds to the first corpus directory: work on a copy, never on the seed corpus.
WORK_CORPUS="$BUILD_DIR/fuzz-corpus"
mkdir -p "$WORK_CORPUS" "$ARTIFACTS"
cp -n tests/fuzz/corpus/* "$WORK_CORPUS"/ 2>/dev/null || true
echo "==> fuzzing for ${SECONDS_TO_RUN} s (artifacts in $ARTIFACTS)"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
set +e
"$BUILD_DIR/tests/fuzz/clv_fuzz_import" "$WORK_CORPUS" tests/fuzz/corpus \
  -max_total_time="$SECONDS_TO_RUN" -max_len=4096 -timeout=10 -rss_limit_mb=1024 \
  -artifact_prefix="$ARTIFACTS/" -print_final_stats=1 2>&1 | tee "$BUILD_DIR/fuzz.log" | grep -vE '^#[0-9]+\s+(NEW|REDUCE|pulse)'
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
  echo "fuzz: FAILED (exit $status); reproducer(s):" && ls -1 "$ARTIFACTS"
  exit 1
fi
echo "fuzz: no crash in ${SECONDS_TO_RUN} s"
