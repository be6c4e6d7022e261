#!/usr/bin/env bash
# README command 2: install what is missing, build with warnings as errors, and run every test
# (core, cli, ui offscreen), then a smoke run of both executables.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh -DCLV_WARNINGS_AS_ERRORS=ON -DCLV_BUILD_TESTS=ON "$@"

BUILD_DIR=${CLV_BUILD_DIR:-build}
echo "==> running tests"
export QT_QPA_PLATFORM=offscreen
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  XDG_RUNTIME_DIR=$(mktemp -d) && export XDG_RUNTIME_DIR  # Qt wants a private runtime dir (0700)
fi
(cd "$BUILD_DIR" && ctest --output-on-failure -j "$(nproc)")

echo "==> smoke run"
"$BUILD_DIR/app/clv" --version
"$BUILD_DIR/app/clv-workbench" --version
