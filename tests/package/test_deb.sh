#!/usr/bin/env bash
# The Debian package as a store's PC gets it: built with CPack from this build, its control
# data naming the packages it needs, unpacked into a scratch root (dpkg -x, no container), and
# storedeskctl run from there on a new store.
#   tests/package/test_deb.sh BUILD_DIR VERSION
set -euo pipefail
build="$(cd "$1" && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 ||
  { cat "$scratch/cpack.log"; exit 1; }
deb="$(ls "$scratch"/out/storedesk_*.deb)"
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

fail() { echo "FAILED: $*" >&2; exit 1; }
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for needed in libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6serialport6 libqt6charts6 \
              libqt6svg6 libsodium23 libc6; do
  grep -q "\b$needed\b" <<<"$depends" || fail "Depends lacks $needed"
done
[ "$(dpkg-deb -f "$deb" Package)" = storedesk ] || fail "package name"

root="$scratch/root"
dpkg -x "$deb" "$root"
for f in usr/bin/storedesk usr/bin/storedeskctl usr/share/applications/storedesk.desktop \
         usr/share/metainfo/io.storedesk.StoreDesk.metainfo.xml \
         usr/share/icons/hicolor/256x256/apps/storedesk.png; do
  [ -e "$root/$f" ] || fail "$f is not in the package"
done
desktop-file-validate "$root/usr/share/applications/storedesk.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/io.storedesk.StoreDesk.metainfo.xml" >"$scratch/as.log" 2>&1 ||
  { cat "$scratch/as.log"; fail "AppStream metadata"; }

version="$("$root/usr/bin/storedeskctl" --version)"
[ "$version" = "storedeskctl $2" ] || fail "storedeskctl --version said: $version"
store="$scratch/store.sqlite"
"$root/usr/bin/storedeskctl" --db "$store" init --store-name 老街便利店 >/dev/null
"$root/usr/bin/storedeskctl" --db "$store" member add --phone 13800138000 --name 张三 >/dev/null
"$root/usr/bin/storedeskctl" --db "$store" member find 8000 | grep -q 张三 || fail "member find"
echo "ok: $version runs from the unpacked package"
