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

echo "==> install check"
INSTALL_DIR=$(mktemp -d)
cmake --install "$BUILD_DIR" --prefix "$INSTALL_DIR" > /dev/null
for f in bin/clv bin/clv-workbench share/applications/org.clvworkbench.ClvWorkbench.desktop \
         share/mime/packages/org.clvworkbench.ClvWorkbench.xml share/clv-workbench/demo/orders.csv; do
  [ -e "$INSTALL_DIR/$f" ] || { echo "install check: $f missing" >&2; exit 1; }
done
"$INSTALL_DIR/bin/clv" --version > /dev/null
rm -rf "$INSTALL_DIR"
echo "==> bounded fuzz run of the importer (clang-14 libFuzzer + ASan/UBSan)"
scripts/fuzz.sh "${CLV_FUZZ_SECONDS:-60}"
echo "all tests passed"
