#!/bin/sh
# Runs a command (normally `core_tests "[keychain]"`) against a real Secret Service that can never
# stop on a password prompt: a private D-Bus session, a temporary HOME and XDG_RUNTIME_DIR, and a
# fresh gnome-keyring unlocked with a throwaway password before the command starts. Works from a
# plain shell and inside CI's xvfb + D-Bus wrapper alike (the private session shadows the outer
# one). See shared/reference/build-environment.md, section 3.
#
#   tests/core/run-with-keyring.sh build/dev/tests/core/core_tests "[keychain]"
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGUMENT...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-with-keyring: $tool is not installed (Debian packages dbus-daemon, gnome-keyring)" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/callwatch-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM
mkdir -m 700 "$scratch/home" "$scratch/runtime"

# gnome-keyring keeps its keyrings under HOME (XDG_DATA_HOME) and its sockets under
# XDG_RUNTIME_DIR: both point into the scratch folder, so the user's own keyring is never touched.
export HOME="$scratch/home"
export XDG_RUNTIME_DIR="$scratch/runtime"
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
# With a display, a keyring that is still locked opens an invisible password prompt and every
# keychain call waits forever; without one it fails at once instead.
unset DISPLAY WAYLAND_DISPLAY

# Inside the private bus: unlock (which creates) the login keyring, then run the command. The
# daemon leaves with the bus when dbus-run-session ends. No exec: the EXIT trap cleans up.
status=0
dbus-run-session -- sh -c '
    password="callwatch-test-$$"
    if ! printf "%s" "$password" | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null; then
        echo "run-with-keyring: gnome-keyring-daemon could not be started and unlocked" >&2
        exit 1
    fi
    # --daemonize can return before the daemon owns org.freedesktop.secrets; a call in that gap
    # makes D-Bus activate a second daemon. Wait (at most 5 s) for the name instead.
    if command -v dbus-send >/dev/null 2>&1; then
        tries=0
        until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
                grep -q "boolean true"; do
            tries=$((tries + 1))
            if [ "$tries" -ge 50 ]; then
                echo "run-with-keyring: gnome-keyring did not take org.freedesktop.secrets within 5 s" >&2
                exit 1
            fi
            sleep 0.1
        done
    fi
    "$@"
' run-with-keyring "$@" || status=$?
exit "$status"
