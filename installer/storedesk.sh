#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   installer/storedesk.sh demo   install what is needed, build, open StoreDesk on a demo store
#   installer/storedesk.sh test   install what is needed, build (warnings are errors), run every test
#   installer/storedesk.sh build  install what is needed and build
# BUILD_DIR (default: build) says where the build goes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build="${BUILD_DIR:-$root/build}"
what="${1:-}"

case "$what" in
  demo|test|build) ;;
  *) echo "usage: $0 demo|test|build" >&2; exit 2 ;;
esac

"$here/install-deps.sh"

werror=OFF
[ "$what" = test ] && werror=ON
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTOREDESK_WERROR=$werror
cmake --build "$build" --parallel "$(nproc)"

case "$what" in
  test)
    cd "$build"
    ctest --output-on-failure --parallel "$(nproc)" --timeout 600
    ;;
  demo)
    # The demo store lives in the user's data folder (~/.local/share/storedesk/store.sqlite);
    # it is filled only while empty, so your own data is never touched.
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "No display: starting StoreDesk on a virtual one (xvfb-run)." >&2
      exec xvfb-run -a -s "-screen 0 1366x768x24" "$build/app/storedesk/storedesk" --demo "${@:2}"
    fi
    exec "$build/app/storedesk/storedesk" --demo "${@:2}"
    ;;
esac
