#!/usr/bin/env bash
# Runs a command against a real Secret Service, as on a desktop: a private D-Bus session and a
# gnome-keyring whose login keyring is created (or unlocked) with a known password, all inside
# HOME. Usage: keyring-session.sh [--home DIR] COMMAND [ARGS...]. Without --home the keyring
# lives in a fresh temporary HOME that goes when the command ends; with it, the keyring stays
# in DIR, so a later run with the same DIR is the same computer and another DIR another one.
set -euo pipefail

home=""
if [ "${1:-}" = "--home" ]; then
  home="$2"
  shift 2
fi
if [ $# -eq 0 ]; then
  echo "usage: keyring-session.sh [--home DIR] COMMAND [ARGS...]" >&2
  exit 2
fi
if [ -z "$home" ]; then
  home="$(mktemp -d)"
  trap 'rm -rf "$home"' EXIT
fi
mkdir -p "$home/.local/share/keyrings" "$home/run"
chmod 700 "$home/run"

export HOME="$home"
export XDG_DATA_HOME="$home/.local/share"
export XDG_CONFIG_HOME="$home/.config"
export XDG_CACHE_HOME="$home/.cache"
export XDG_RUNTIME_DIR="$home/run"

# Inside the session: start the daemon with the login keyring unlocked by the known password
# (it creates the keyring the first time), then hand over to the command.
# The daemons' chatter goes nowhere; the command keeps this script's standard error (fd 3).
inner='
set -euo pipefail
eval "$(printf "%s" "storedesk-test-keyring" |
  gnome-keyring-daemon --daemonize --unlock --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL
exec "$@" 2>&3 3>&-
'
status=0
dbus-run-session -- bash -c "$inner" keyring-session "$@" 3>&2 2>/dev/null || status=$?
exit "$status"
