#!/usr/bin/env bash
# `callwatch --once` against the same job done with RingCentral's official JS SDK on Node
# (bench/sdk-once.mjs): wall time and peak RSS of each, same machine, same simulator, same run.
# Prints a markdown table on stdout and its progress on stderr. Builds nothing.
#
# Wall time includes the simulator building every page, about half a second of the 10,000-call
# walk on the machine this was written on, and whatever else the machine is doing; the CPU
# time (user + sys) of the tool's own process is printed next to it because it is neither.
#
#   bench/once-vs-sdk.sh [BUILD_DIR]          (default build/bench, a Release build)
#
#   cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
#   cmake --build build/bench
#   npm ci --prefix tests/sdk
#
# Environment: RUNS (timed runs per tool and size, default 5), CALLS (simulator sizes, default
# "1000 10000"), SEED (default 1), WARMUP (untimed runs per tool and size first, default 1),
# TOLERANCE (rows a run may differ from the simulator's own count, default 3).
#
# How the simulator is driven, and why:
# - Each size gets one simulator, shared by both tools, so they read the same seeded account.
# - Its clock runs at --speed 0.001, i.e. stands nearly still while a tool runs: the list a run
#   reads is the list the simulator reports just before it, so every run's CSV row count can be
#   checked exactly against it. At --speed 60 a 10-page walk takes a simulated minute: the list
#   shifts under it (one walk read 10,000 records for 8,401 calls), row counts mean little, and
#   the access token (3600 simulated seconds) expires within a real minute.
# - Before every run the clock is pushed 61 s ahead (POST /sim/control/advance), so that run
#   finds a fresh Heavy window (10 requests per 60 s; 10,000 calls are 10 pages) and a fresh Auth
#   window (5 per 60 s; a run logs in and revokes) without the bench sleeping. No run can meet
#   a 429, which would measure the rate limiter instead of the tool.
# - --calls N keeps *about* N records listed; at 10,000 the list is past 10,000 half the time,
#   and an 11th page would stall callwatch for a whole window (it waits, as designed) and give
#   the SDK a 429. So the clock is pushed on until the list fits the Heavy budget.
# - The tools alternate, and which one goes first alternates by round, so neither always runs
#   on the warmer machine.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-build/bench}
[[ $build = /* ]] || build=$root/$build

runs=${RUNS:-5}
sizes=${CALLS:-"1000 10000"}
seed=${SEED:-1}
warmup=${WARMUP:-1}
tolerance=${TOLERANCE:-3}

readonly per_page=1000 heavy_budget=10 window_s=61 run_timeout_s=300
# Made-up credentials: the simulator accepts whatever it is told to accept.
readonly client_id=callwatch-bench-client client_secret=callwatch-bench-secret
readonly admin_jwt=eyJhbGciOiJub25lIn0.Y2FsbHdhdGNoIGJlbmNoIGFkbWlu.YmVuY2g

die() { echo "once-vs-sdk: $*" >&2; exit 1; }
say() { echo "once-vs-sdk: $*" >&2; }

sim=$build/src/sim/callwatch-sim
callwatch=$build/src/app/callwatch
[[ -x $sim && -x $callwatch ]] || die "no callwatch and callwatch-sim in $build: build it first (see the top of $0)"
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing: install the Debian package 'time' (.ci/install-deps)"
command -v node >/dev/null || die "node is missing (.ci/install-deps)"
[[ -d $root/tests/sdk/node_modules/@ringcentral/sdk ]] || die "the SDK is missing: run 'npm ci --prefix tests/sdk'"
grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$build/CMakeCache.txt" 2>/dev/null ||
    say "warning: $build is not a Release build; its figures say little"

work=$(mktemp -d "${TMPDIR:-/tmp}/once-vs-sdk.XXXXXX")
sim_pid=
stop_sim() {
    if [[ -n $sim_pid ]]; then
        kill "$sim_pid" 2>/dev/null || true
        wait "$sim_pid" 2>/dev/null || true
        sim_pid=
    fi
}
cleanup() {
    stop_sim
    rm -rf "$work"
}
trap cleanup EXIT
# A script's background jobs ignore SIGINT, so an interrupted bench must take the simulator down
# itself: turn the signals into an exit, which runs the EXIT trap.
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# Starts the simulator with N calls and sets $sim_url from its first line.
start_sim() {
    local calls=$1
    "$sim" --port 0 --seed "$seed" --speed 0.001 --calls "$calls" --client-id "$client_id" \
        --client-secret "$client_secret" --admin-jwt "$admin_jwt" >"$work/sim.out" 2>"$work/sim.err" &
    sim_pid=$!
    local line=
    for _ in $(seq 100); do
        line=$(head -n 1 "$work/sim.out")
        [[ -n $line ]] && break
        kill -0 "$sim_pid" 2>/dev/null || die "callwatch-sim exited: $(tail -n 3 "$work/sim.err")"
        sleep 0.1
    done
    [[ $line =~ ^listening\ on\ (http://127\.0\.0\.1:[0-9]+)$ ]] || die "callwatch-sim did not start: '$line'"
    sim_url=${BASH_REMATCH[1]}
}

# Pushes the simulator's clock past every rate-limit window (and on until the list fits the
# Heavy budget), then prints how many records the company list holds now.
fresh_window() {
    # shellcheck disable=SC2016 # the single quotes hold JavaScript, with its own ${...}
    node --input-type=module -e '
        const [base, windowS, perPage, budget] = process.argv.slice(1);
        const control = async (path, init) => {
            const response = await fetch(base + "/sim/control/" + path, init);
            if (!response.ok)
                throw new Error(`${path}: HTTP ${response.status}`);
            return response.json();
        };
        for (let attempt = 0; attempt < 20; ++attempt) {
            await control("advance", {method: "POST", headers: {"content-type": "application/json"},
                                      body: JSON.stringify({seconds: Number(windowS)})});
            const {listedRecords} = await control("state");
            if (Math.ceil(listedRecords / Number(perPage)) <= Number(budget)) {
                console.log(listedRecords);
                process.exit(0);
            }
        }
        console.error("the list never fit the Heavy budget");
        process.exit(1);
    ' -- "$sim_url" "$window_s" "$per_page" "$heavy_budget"
}

# One run of one tool; sets rc, wall and cpu (seconds), kib (peak RSS) and rows, leaves the CSV in
# $work/<tool>.csv. Runs in this shell, not a subshell, so an interrupt waits for the run to end
# and cleans up after it instead of racing it.
run_tool() {
    local tool=$1 cmd
    case $tool in
    callwatch) cmd=("$callwatch" --once) ;;
    sdk) cmd=(node "$here/sdk-once.mjs") ;;
    esac
    rc=0
    # timeout puts the run in a process group of its own and kills all of it if it hangs.
    RC_SERVER_URL=$sim_url RC_APP_CLIENT_ID=$client_id RC_APP_CLIENT_SECRET=$client_secret RC_USER_JWT=$admin_jwt \
        timeout --kill-after=5 "$run_timeout_s" /usr/bin/time -f '%e %M %U %S' -o "$work/time" \
        "${cmd[@]}" >"$work/$tool.csv" 2>"$work/$tool.err" || rc=$?
    # On failure time writes "Command exited with non-zero status N" first: the figures are last.
    local user sys
    read -r wall kib user sys < <(tail -n 1 "$work/time" 2>/dev/null || echo '0 0 0 0')
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    rows=$(($(wc -l <"$work/$tool.csv") - 1)) # the header; a quoted line break would count too
    ((rows >= 0)) || rows=0
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# The median of one field (3 wall ms, 4 peak KiB, 5 rows, 6 CPU ms) of one tool's timed runs at one size.
med() { awk -v c="$1" -v t="$2" -v f="$3" '$1 == c && $2 == t { print $f }' "$results" | median; }

# Per-run results, one line each: size tool wall_ms peak_kib rows cpu_ms
results=$work/results
: >"$results"
failures=0

for calls in $sizes; do
    say "--calls $calls: starting callwatch-sim (seed $seed)"
    start_sim "$calls"
    for round in $(seq $((warmup + runs))); do
        order=(callwatch sdk)
        ((round % 2)) || order=(sdk callwatch)
        for tool in "${order[@]}"; do
            listed=$(fresh_window)
            run_tool "$tool"
            timed=$((round > warmup))
            label=$([[ $timed = 1 ]] && echo "run $((round - warmup))" || echo "warm-up")
            say "--calls $calls $label $tool: exit $rc, ${wall} s, CPU ${cpu} s, ${kib} KiB, $rows rows (simulator lists $listed)"
            if [[ $rc != 0 ]]; then
                say "  $tool failed: $(tail -n 2 "$work/$tool.err")"
                failures=$((failures + 1))
                continue
            fi
            if ((rows < listed - tolerance || rows > listed + tolerance)); then
                say "  $tool wrote $rows rows for the $listed records listed"
                failures=$((failures + 1))
                continue
            fi
            if ((timed)); then
                awk -v c="$calls" -v t="$tool" -v w="$wall" -v k="$kib" -v r="$rows" -v u="$cpu" \
                    'BEGIN { printf "%s %s %d %d %d %d\n", c, t, w * 1000 + 0.5, k, r, u * 1000 + 0.5 }' >>"$results"
            fi
        done
        # Both tools must write the same columns, or they are not doing the same job.
        if [[ $round = 1 && -s $work/callwatch.csv && -s $work/sdk.csv ]] &&
            [[ $(head -n 1 "$work/callwatch.csv") != "$(head -n 1 "$work/sdk.csv")" ]]; then
            say "the CSV headers differ:"
            say "  callwatch: $(head -n 1 "$work/callwatch.csv")"
            say "  sdk:       $(head -n 1 "$work/sdk.csv")"
            failures=$((failures + 1))
        fi
    done
    stop_sim
done

((failures == 0)) || die "$failures run(s) failed or disagreed with the simulator; no table"

sdk_version=$(node -p "require('$root/tests/sdk/node_modules/@ringcentral/sdk/package.json').version")
echo "callwatch --once vs @ringcentral/sdk $sdk_version on Node $(node --version): medians of $runs runs each" \
    "(after $warmup warm-up), callwatch-sim --seed $seed, perPage=1000," \
    "$(nproc) CPUs ($(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo))"
echo
echo "| calls | tool | records | wall ms | peak RSS MiB | wall vs callwatch | RSS vs callwatch | CPU ms | CPU vs callwatch |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
for calls in $sizes; do
    cw_wall=$(med "$calls" callwatch 3)
    cw_kib=$(med "$calls" callwatch 4)
    cw_cpu=$(med "$calls" callwatch 6)
    for tool in callwatch sdk; do
        wall=$(med "$calls" "$tool" 3)
        kib=$(med "$calls" "$tool" 4)
        rows=$(med "$calls" "$tool" 5)
        cpu=$(med "$calls" "$tool" 6)
        name=$([[ $tool = sdk ]] && echo "official JS SDK (Node)" || echo "callwatch --once")
        awk -v c="$calls" -v n="$name" -v r="$rows" -v w="$wall" -v k="$kib" -v cw="$cw_wall" -v ck="$cw_kib" \
            -v u="$cpu" -v cu="$cw_cpu" 'BEGIN {
                printf "| %s | %s | %d | %d | %.1f | %.2f× | %.2f× | %d | %.2f× |\n",
                       c, n, r, w, k / 1024, w / cw, k / ck, u, u / cu }'
    done
done
