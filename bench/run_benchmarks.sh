#!/usr/bin/env bash
# Builds aiecon's benchmarks, runs them, and prints the machine they ran on,
# the aiecon / plain-double time ratio of each pair (target: at most 1.02;
# 1.05 for the Monte Carlo pairs), the Monte Carlo's speed-up on every core
# over one, and the kernel pair's instruction counts under callgrind
# (target: equal).
#
#   bench/run_benchmarks.sh [options]
#     -B, --build-dir DIR    build directory (default: /tmp/aiecon-bench-<compiler>;
#                            the compiler is $CXX, read when DIR is first configured)
#     -S, --source-dir DIR   project to configure (default: the repository holding
#                            this script, with -DAIECON_BUILD_BENCHMARKS=ON)
#     --no-build             run the programs already built in DIR/bench
#     --repetitions N        timed repetitions of each benchmark (default 15)
#     --min-time SECONDS     least time of each repetition (default 0.2)
#     --filter REGEX         only the benchmarks whose names match
#     --no-pin               do not pin the benchmarks to one CPU with taskset
#     --no-callgrind         skip the instruction counts
#
#   CXX=clang++ bench/run_benchmarks.sh      # with clang++, in its own build dir
#
# Benchmarks report; they do not fail (docs: design.md, "Tests"): the exit
# status is 0 whatever the ratios, unless a step fails, or a pair's two sides
# disagree (the programs abort at start-up then).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(dirname "$here")
compiler=${CXX:-c++}
build_dir=${TMPDIR:-/tmp}/aiecon-bench-$(basename "$compiler")
build=1
repetitions=15
min_time=0.2
filter=
pin=1
callgrind=1

usage() {
    sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"
    exit "${1:-0}"
}

while (($#)); do
    case $1 in
        -B | --build-dir) build_dir=$2; shift 2 ;;
        -S | --source-dir) source_dir=$2; shift 2 ;;
        --no-build) build=0; shift ;;
        --repetitions) repetitions=$2; shift 2 ;;
        --min-time) min_time=$2; shift 2 ;;
        --filter) filter=$2; shift 2 ;;
        --no-pin) pin=0; shift ;;
        --no-callgrind) callgrind=0; shift ;;
        -h | --help) usage 0 ;;
        *) echo "run_benchmarks.sh: unknown option $1" >&2; usage 2 >&2 ;;
    esac
done

programs=(aiecon_bench_kernel aiecon_bench_model aiecon_bench_fab aiecon_bench_monte_carlo)
counter=aiecon_kernel_count

# --- Build ------------------------------------------------------------------
if ((build)); then
    echo "== building in $build_dir" >&2
    cmake -S "$source_dir" -B "$build_dir" -DAIECON_BUILD_BENCHMARKS=ON \
        -DAIECON_BUILD_TESTS=OFF -DAIECON_BUILD_EXAMPLES=OFF -DAIECON_BUILD_DOCS=OFF \
        -DAIECON_INSTALL=OFF >"$build_dir.configure.log" 2>&1 ||
        { cat "$build_dir.configure.log" >&2; exit 1; }
    cmake --build "$build_dir" --parallel --target "${programs[@]}" "$counter" >&2
fi
bin=$build_dir/bench
for program in "${programs[@]}" "$counter"; do
    if [[ ! -x $bin/$program ]]; then
        echo "run_benchmarks.sh: no $bin/$program; is the project configured with" \
            "-DAIECON_BUILD_BENCHMARKS=ON (and does it add bench/)?" >&2
        exit 1
    fi
done
results=$build_dir/bench-results
mkdir -p "$results"

# Pin to the last CPU: the scheduler then does not move a benchmark between
# cores mid-run (each core has its own caches and, on some machines, clock).
run=()
if ((pin)) && command -v taskset >/dev/null; then
    cpu=$(($(nproc) - 1))
    run=(taskset -c "$cpu")
fi

# --- The machine ------------------------------------------------------------
cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$build_dir/CMakeCache.txt"; }
first_line() { "$@" 2>&1 | head -n 1; }

built_with=$(cache_value CMAKE_CXX_COMPILER)
benchmark_dir=$(cache_value benchmark_DIR)
benchmark_version=$(sed -n 's/^set(PACKAGE_VERSION "\(.*\)")/\1/p' \
    "$benchmark_dir/benchmarkConfigVersion.cmake" 2>/dev/null || true)
flags=$(sed -n 's/^CXX_FLAGS = //p' "$bin/CMakeFiles/aiecon_bench_kernel.dir/flags.make" \
    2>/dev/null || true)

echo "== machine"
echo "date:        $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "system:      $(uname -srm)"
echo "nproc:       $(nproc)"
echo "CPU:         $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
if grep -qw hypervisor /proc/cpuinfo; then
    echo "virtual:     yes (the CPU flags name a hypervisor)"
fi
echo "load:        $(cut -d ' ' -f 1-3 /proc/loadavg) (1, 5, 15 min)"
resolved=$(readlink -f "$built_with")
[[ $resolved == "$built_with" ]] || built_with="$built_with ($resolved)"
echo "built with:  $built_with: $(first_line "${resolved}" --version)"
echo "flags:       ${flags:-(see $bin)}"
for other in g++ clang++; do
    if command -v "$other" >/dev/null; then
        echo "available:   $other: $(first_line "$other" --version)"
    fi
done
echo "benchmark:   Google Benchmark ${benchmark_version:-(version unknown)}"
if ((pin)) && ((${#run[@]})); then
    echo "pinned:      CPU ${run[2]} (taskset)"
fi

# --- Timing -----------------------------------------------------------------
# Each program checks at start-up that both sides of its pairs compute the
# same numbers (it aborts otherwise), then times them. Repetitions of all
# the benchmarks of a program are interleaved at random, so that a slow
# spell of the machine falls on both sides of a pair alike.
for program in "${programs[@]}"; do
    echo "== running $program" >&2
    # The Monte Carlo program runs threads on every core: not pinned.
    runner=("${run[@]}")
    [[ $program != aiecon_bench_monte_carlo ]] || runner=()
    "${runner[@]}" "$bin/$program" --benchmark_repetitions="$repetitions" \
        --benchmark_enable_random_interleaving=true --benchmark_report_aggregates_only=true \
        --benchmark_min_time="$min_time" ${filter:+--benchmark_filter="$filter"} \
        --benchmark_out="$results/$program.csv" --benchmark_out_format=csv \
        >"$results/$program.log" 2>&1 ||
        { cat "$results/$program.log" >&2; exit 1; }
done

echo
echo "== time per pass (CPU time, wall time for the Monte Carlo; median and fastest of" \
    "$repetitions repetitions)"
# The CSV rows are "name_median" and "name_min" aggregates; a pair is the
# two names that differ only in _aiecon / _double.
for program in "${programs[@]}"; do
    sed -n '/^name,/,$p' "$results/$program.csv" | tail -n +2 | sort
done | awk -F, -v cores="$(nproc)" '
    {
        gsub(/"/, "", $1)
        statistic = $1; sub(/.*_/, "", statistic)
        name = $1; sub(/_[a-z]+$/, "", name)
        # Benchmarks timed by the wall clock (the threaded Monte Carlo) are
        # named .../real_time; their time is the real_time column.
        wall = sub(/\/real_time/, "", name)
        if (statistic != "median" && statistic != "min") next
        side = name ~ /_aiecon/ ? "aiecon" : name ~ /_double/ ? "double" : ""
        if (side == "") next
        pair = name; sub("_" side, "", pair)
        if (!(pair in seen)) { seen[pair] = 1; order[++pairs] = pair }
        time[pair, side, statistic] = wall ? $3 : $4
        unit[pair] = $5
    }
    END {
        printf "%-28s %14s %14s %9s %10s  %s\n", "pair", "aiecon", "double",
               "ratio", "(fastest)", "target"
        for (i = 1; i <= pairs; ++i) {
            p = order[i]
            a = time[p, "aiecon", "median"]; d = time[p, "double", "median"]
            af = time[p, "aiecon", "min"]; df = time[p, "double", "min"]
            if (a == "" || d == "") { printf "%-28s (one side missing)\n", p; continue }
            ratio = a / d
            target = p ~ /^monte_carlo/ ? 1.05 : 1.02
            printf "%-28s %11.1f %s %11.1f %s %9.3f %10.3f  %.2f %s\n", p, a, unit[p], d,
                   unit[p], ratio, af / df, target, ratio <= target ? "ok" : "OVER"
        }
        s = time["monte_carlo_serial", "aiecon", "median"]
        q = time["monte_carlo_parallel", "aiecon", "median"]
        if (s != "" && q != "") {
            printf "\nMonte Carlo on every core (%d) against one: %.2fx faster (aiecon side)\n",
                   cores, s / q
        }
    }'

# --- Instruction counts -----------------------------------------------------
# Instructions do not drift on a noisy machine as time does. callgrind
# counts only inside the function named by --toggle-collect (one side of a
# pair, called directly or not), and LD_BIND_NOW=1 resolves the shared
# libraries' symbols at start-up, so that neither side pays for the first
# call to pow or malloc. The kernel runs alone in aiecon_kernel_count; the
# model evaluations are counted in the start-up check of their programs,
# which evaluates each side once (--benchmark_filter=NONE times nothing).
count_instructions() { # name function program args...
    local name=$1 function=$2
    shift 2
    LD_BIND_NOW=1 valgrind --tool=callgrind --callgrind-out-file="$results/callgrind.$name.out" \
        --toggle-collect="aiecon_bench::$function(*" "$@" >"$results/callgrind.$name.txt" 2>&1 ||
        { cat "$results/callgrind.$name.txt" >&2; exit 1; }
    local total
    total=$(sed -n 's/^totals: *//p' "$results/callgrind.$name.out")
    if [[ -z $total || $total == 0 ]]; then
        echo "run_benchmarks.sh: callgrind counted nothing in $function" >&2
        exit 1
    fi
    echo "$total"
}

if ((callgrind)); then
    echo
    if ! command -v valgrind >/dev/null; then
        echo "== instruction counts: skipped, valgrind is not installed"
    else
        sites=1024
        passes=100
        echo "== instructions executed (callgrind)"
        printf '%-14s %12s %12s %9s  %s\n' pair aiecon double ratio work
        for pair in kernel model fab_package fab_core; do
            declare -A count=()
            for side in aiecon double; do
                case $pair in
                    kernel) count[$side]=$(count_instructions "kernel_$side" "kernel_$side" \
                        "$bin/$counter" "$side" "$sites" "$passes") ;;
                    model) count[$side]=$(count_instructions "model_$side" \
                        "evaluate_model_$side" "$bin/aiecon_bench_model" --benchmark_filter=NONE) ;;
                    fab_*) count[$side]=$(count_instructions "${pair}_$side" \
                        "evaluate_${pair#fab_}_$side" "$bin/aiecon_bench_fab" \
                        --benchmark_filter=NONE) ;;
                esac
            done
            case $pair in
                kernel)
                    # Both kernels print a fingerprint of their results: they must agree.
                    prints=$(sed -n 's/.*fingerprint //p' "$results"/callgrind.kernel_*.txt | sort -u)
                    if [[ $(wc -l <<<"$prints") != 1 ]]; then
                        echo "run_benchmarks.sh: the kernels' results differ" >&2
                        exit 1
                    fi
                    work="$sites sites x $passes passes; target: equal" ;;
                *) work="one pass, 64 scenarios" ;;
            esac
            awk -v pair="$pair" -v a="${count[aiecon]}" -v d="${count[double]}" -v work="$work" \
                'BEGIN { printf "%-14s %12d %12d %9.4f  %s%s\n", pair, a, d, a / d, work,
                         a == d ? "" : " (not equal)" }'
        done
    fi
fi
echo
echo "(CSV, logs and callgrind files: $results)"
