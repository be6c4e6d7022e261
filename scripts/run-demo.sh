#!/usr/bin/env bash
# README command 1: install what is missing, build, and open CLV Workbench on the bundled demo project.
# The demo project (build/demo/demo.clvw) is imported from resources/demo/orders.csv on first run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh "$@"

BUILD_DIR=${CLV_BUILD_DIR:-build}
DEMO_DIR="$BUILD_DIR/demo"
DEMO="$DEMO_DIR/demo.clvw"
if [ ! -f "$DEMO" ]; then
  mkdir -p "$DEMO_DIR"
  echo "==> creating the demo project $DEMO"
  "$BUILD_DIR/app/clv" import resources/demo/orders.csv --project "$DEMO.part" >/dev/null
  mv "$DEMO.part" "$DEMO"
fi

echo "==> opening CLV Workbench on $DEMO"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "no display found: starting it inside a virtual X server (xvfb-run); use a desktop session to see it" >&2
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$BUILD_DIR/app/clv-workbench" "$DEMO"
fi
exec "$BUILD_DIR/app/clv-workbench" "$DEMO"
