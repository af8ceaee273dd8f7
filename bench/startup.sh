#!/usr/bin/env bash
# Start to first painted window: launches `callwatch --demo` (offscreen, so no display is
# needed) several times and reports the time from the launch to the window's first paint,
# exec and library loading included.
set -euo pipefail
build="${1:-build/rel}"
runs="${RUNS:-7}"
app="$build/src/app/callwatch"
[ -x "$app" ] || { echo "startup.sh: build $app first" >&2; exit 2; }
runtime="$(mktemp -d)"
trap 'rm -rf "$runtime"' EXIT
chmod 700 "$runtime"

times=()
for _ in $(seq "$runs"); do
    start=$(date +%s%3N)
    line=$(QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime" QT_LOGGING_RULES="callwatch.startup.info=true" \
        timeout 30 "$app" --demo --screenshot "$runtime/shot.png" 2>&1 | grep -m1 "first paint at" || true)
    painted=$(sed -E 's/.*first paint at ([0-9]+) ms.*/\1/' <<<"$line")
    [ -n "$painted" ] || { echo "startup.sh: no first-paint line" >&2; exit 1; }
    times+=($((painted - start)))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(sed -n "$(( (runs + 1) / 2 ))p" <<<"$sorted")
echo "start to first painted window, $runs runs: median ${median} ms (all: $(tr '\n' ' ' <<<"$sorted"))"
