#!/usr/bin/env bash
# Installs every Debian 12 package StoreDesk needs to build, test and run. Safe to run again:
# packages already present are left as they are. Needs root (or sudo); never asks questions.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config
  # Qt 6 and its tools
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-serialport-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev
  # the SVG icon engine, which draws the icons in resources/icons at any size
  libqt6svg6
  # the store file, Argon2id hashes of the users' PINs, and sealing backups
  libsqlite3-dev sqlite3 libsodium-dev
  # the backup key in the desktop's keychain, and a real one for the tests (gnome-keyring on a
  # private D-Bus session)
  dbus gnome-keyring
  # tests: Catch2, a display for the GUI, pseudo-terminals for serial devices, screenshots
  catch2 xvfb xauth socat imagemagick
  # QR codes in receipt previews and on printers driven through the OS driver
  libqrencode-dev
  # Chinese text on screen and in screenshots
  fonts-noto-cjk
  # the .deb: its library dependencies, and checks of its menu entry and AppStream metadata
  dpkg-dev file desktop-file-utils appstream
)

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "All ${#packages[@]} packages are already installed."
fi
