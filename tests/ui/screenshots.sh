#!/usr/bin/env bash
# Takes a picture of every main screen at 1366×768 (and the cashier screen at 1024×768), in
# Chinese and in English, on a virtual display:
#   tests/ui/screenshots.sh [OUT_DIR]     (default: build/screenshots)
# BUILD_DIR (default: build) says where StoreDesk was built.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${BUILD_DIR:-$root/build}"
out="${1:-$build/screenshots}"
program="$build/tests/ui/storedesk-screenshots"
if [ ! -x "$program" ]; then
  echo "Build StoreDesk first: $program is missing." >&2
  exit 1
fi
for lang in zh_CN en; do
  mkdir -p "$out/$lang"
  LANG="$lang.UTF-8" LC_ALL= LANGUAGE= QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1366x768x24" "$program" --lang "$lang" --out "$out/$lang"
done
