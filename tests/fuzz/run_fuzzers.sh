#!/usr/bin/env bash
# Builds aiecon's libFuzzer harnesses with clang++ into BUILD_DIR, runs each
# for SECONDS on its corpus (tests/fuzz/corpus/<family>/, created if
# missing), then merges the corpus (-merge=1 into an empty directory), so
# that only inputs reaching new coverage stay in it.
#
#   tests/fuzz/run_fuzzers.sh BUILD_DIR [SECONDS] [FAMILY...]
#
# SECONDS defaults to 20 (0: only build the harnesses); the families default
# to all of them: parse, fab, energy_thermal, orbit, compute_finance,
# workload, uncertainty. Exits non-zero when a harness reports a finding (or fails to
# build); findings are written to BUILD_DIR/artifacts/<family>/ (crash-*,
# timeout-*, oom-*, ...). Replay one with BUILD_DIR/aiecon_fuzz_<family> FILE;
# the inputs of known findings are in tests/fuzz/findings/ (see its README).
#
# Environment:
#   CXX              the compiler (default clang++; must have libFuzzer)
#   EXTRA_CXXFLAGS   more compiler flags (e.g. -I for a dependency elsewhere)
#   FUZZ_KEEP_GOING  1: fuzz on after a finding (libFuzzer's -fork=1
#                    -ignore_crashes=1), to collect several in one run
#   FUZZ_TIMEOUT     seconds one input may take before it counts as a hang
#                    (default 10)
set -euo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: $0 BUILD_DIR [SECONDS] [FAMILY...]" >&2
    exit 2
fi
build_dir=$1
seconds=${2:-20}
shift $(($# >= 2 ? 2 : 1))
all_families=(parse fab energy_thermal orbit compute_finance workload uncertainty)
if [[ $# -gt 0 ]]; then families=("$@"); else families=("${all_families[@]}"); fi

fuzz_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$fuzz_dir/../.." && pwd)
cxx=${CXX:-clang++}
timeout=${FUZZ_TIMEOUT:-10}
mkdir -p "$build_dir"
build_dir=$(cd "$build_dir" && pwd)

# Build every harness, in parallel.
flags=(-std=c++20 -O1 -g -fno-omit-frame-pointer "-fsanitize=fuzzer,address,undefined"
    -fno-sanitize-recover=all -Wall -Wextra -Wpedantic -Werror -I"$source_dir/include")
# shellcheck disable=SC2206 # EXTRA_CXXFLAGS is a list of flags
flags+=(${EXTRA_CXXFLAGS:-})
pids=()
for family in "${families[@]}"; do
    if [[ ! -f "$fuzz_dir/${family}_fuzzer.cpp" ]]; then
        echo "unknown family: $family (one of: ${all_families[*]})" >&2
        exit 2
    fi
    echo "building aiecon_fuzz_$family"
    "$cxx" "${flags[@]}" "$fuzz_dir/${family}_fuzzer.cpp" -o "$build_dir/aiecon_fuzz_$family" &
    pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
if [[ $seconds == 0 ]]; then exit 0; fi

status=0
summary=()
for family in "${families[@]}"; do
    fuzzer=$build_dir/aiecon_fuzz_$family
    corpus=$fuzz_dir/corpus/$family
    scratch=$build_dir/scratch/$family
    merged=$build_dir/merged/$family
    artifacts=$build_dir/artifacts/$family/
    rm -rf "$artifacts"
    mkdir -p "$corpus" "$scratch" "$artifacts"
    options=(-max_total_time="$seconds" -timeout="$timeout" -max_len=1024 -print_final_stats=1
        -artifact_prefix="$artifacts")
    if [[ -f "$fuzz_dir/$family.dict" ]]; then options+=(-dict="$fuzz_dir/$family.dict"); fi
    if [[ ${FUZZ_KEEP_GOING:-0} == 1 ]]; then
        options+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
    fi

    # New inputs go to the scratch directory; the committed corpus is read.
    echo "== fuzzing $family for ${seconds}s"
    result=ok
    if ! "$fuzzer" "${options[@]}" "$scratch" "$corpus" 2>"$build_dir/$family.log"; then
        result="FINDING (see $artifacts and $build_dir/$family.log)"
        status=1
    fi
    # The last status line (executions, coverage), the run's statistics and
    # the first finding, if any.
    grep -E "^#[0-9]+" "$build_dir/$family.log" | tail -n 1 || true
    grep -E "^stat::(number_of_executed_units|average_exec_per_sec)" "$build_dir/$family.log" || true
    grep -m 1 -A 3 "==== aiecon fuzz failure" "$build_dir/$family.log" || true
    findings=$(find "$artifacts" -type f | wc -l)
    if [[ $findings -gt 0 ]]; then
        result="$findings finding(s) in $artifacts"
        status=1
    fi

    # Keep only what reaches new coverage: merge everything into an empty
    # directory, then make that the corpus. -use_counters=0 counts an edge
    # as covered or not, not by how often it runs, so that the corpus keeps
    # the same edges with about a third of the inputs.
    rm -rf "$merged"
    mkdir -p "$merged"
    if "$fuzzer" -merge=1 -use_counters=0 -timeout="$timeout" -max_len=1024 "$merged" "$corpus" \
        "$scratch" 2>"$build_dir/$family.merge.log"; then
        find "$corpus" -type f -delete
        cp "$merged"/* "$corpus"/ 2>/dev/null || true
        rm -rf "$scratch"
    else
        echo "merge failed (see $build_dir/$family.merge.log); corpus left as it was" >&2
        status=1
    fi
    files=$(find "$corpus" -type f | wc -l)
    bytes=$(find "$corpus" -type f -exec cat {} + | wc -c)
    summary+=("$family: $result; corpus $files files, $bytes bytes")
done

echo "== summary"
printf '%s\n' "${summary[@]}"
exit $status
