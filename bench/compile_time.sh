#!/usr/bin/env bash
# Compile-time cost of aiecon's headers: the time and peak memory of
# compiling a translation unit that includes aiecon/units.hpp (the core), one
# that includes aiecon/aiecon.hpp (everything), and an empty one, at -O2,
# best of several runs, with each compiler given.
#   bench/compile_time.sh [runs] [compiler...]     (default: 5 g++ clang++)
# Budget (issue 7): the core at most 0.3 s and 100 MiB over the empty
# translation unit; the umbrella at most 1.0 s. "uncertainty" is the umbrella
# with <aiecon/uncertainty.hpp> too, which the umbrella leaves out.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
shift || true
compilers=("$@")
[ ${#compilers[@]} -gt 0 ] || compilers=(g++ clang++)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '' >"$work/empty.cpp"
printf '#include <aiecon/units.hpp>\nint main() { using namespace aiecon::literals; return (700_W / 20_kg).in(aiecon::units::W / aiecon::units::kg) > 0 ? 0 : 1; }\n' >"$work/core.cpp"
printf '#include <aiecon/aiecon.hpp>\nint main() { return 0; }\n' >"$work/umbrella.cpp"
# The uncertainty layer, included apart from the umbrella, on top of it.
printf '#include <aiecon/aiecon.hpp>\n#include <aiecon/uncertainty.hpp>\nint main() { return 0; }\n' \
    >"$work/uncertainty.cpp"

# Best (lowest) wall time in seconds and peak resident memory in MiB of
# compiling $2 with $1, over $runs runs (GNU time's %e and %M).
measure() {
    local best_time="" best_memory=""
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/time" "$1" -std=c++20 -O2 -I"$root/include" \
            -c "$2" -o "$work/out.o"
        read -r seconds kilobytes <"$work/time"
        if [ -z "$best_time" ] || awk "BEGIN { exit !($seconds < $best_time) }"; then
            best_time=$seconds
        fi
        if [ -z "$best_memory" ] || [ "$kilobytes" -lt "$best_memory" ]; then
            best_memory=$kilobytes
        fi
    done
    echo "$best_time $((best_memory / 1024))"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
printf '%-10s %-10s %10s %10s %14s %14s\n' compiler tu seconds MiB "+s vs empty" "+MiB vs empty"
for cxx in "${compilers[@]}"; do
    read -r empty_s empty_m < <(measure "$cxx" "$work/empty.cpp")
    for tu in empty core umbrella uncertainty; do
        read -r s m < <(measure "$cxx" "$work/$tu.cpp")
        printf '%-10s %-10s %10s %10s %14s %14s\n' "$cxx" "$tu" "$s" "$m" \
            "$(awk "BEGIN { printf \"%.2f\", $s - $empty_s }")" "$((m - empty_m))"
    done
done
