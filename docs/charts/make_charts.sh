#!/usr/bin/env bash
# Makes the charts of docs/ from the calculators' CSV output with gnuplot.
#   docs/charts/make_charts.sh [build-dir]      (default: build)
# Needs the calculators built (cmake --build build) and gnuplot
# (Debian: apt-get install gnuplot-nox). Writes the .svg files beside itself.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
examples="$build/examples"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The value of the row named $2 in the CSV on stdin of calculator run $1.
value_of() { awk -F, -v row="$1" '$1 == row { print $2 }'; }

# 1. Dollars per million tokens and tokens per second against batch size:
#    Llama 2 70B on four H100s (inference_cost's defaults).
for batch in 1 2 4 8 16 32 64 128 256; do
    csv=$("$examples/inference_cost" --batch "$batch" --csv)
    cost=$(value_of "cost (COGS)" <<<"$csv")
    rate=$(value_of "decode per accelerator" <<<"$csv")
    echo "$batch $cost $rate"
done >"$work/batch.dat"

gnuplot <<GNUPLOT
set terminal svg size 720,420 font "sans,12" background rgb "white"
set output "$here/cost_per_token_vs_batch.svg"
set title "Llama 2 70B on 4 x H100: decode cost and throughput against batch size"
set xlabel "batch (sequences decoded together)"
set logscale x 2
set ylabel "\$ per million tokens"
set logscale y
set y2label "tokens/s per GPU"
set y2tics
set ytics nomirror
set key top center
set grid
plot "$work/batch.dat" using 1:2 with linespoints title "\$/Mtoken (left)", \
     "$work/batch.dat" using 1:3 axes x1y2 with linespoints title "tokens/s per GPU (right)"
GNUPLOT

# 2. A kW-year of IT power in orbit against the launch price, beside the
#    ground (orbital_dc's defaults, node hardware at \$2/W).
for price in 50 100 200 300 500 750 1000 1500 2000 3000; do
    csv=$("$examples/orbital_dc" --hardware-cost 2USD/W --launch-price "${price}USD/kg" --csv)
    orbit=$(value_of "orbit: total" <<<"$csv")
    ground=$(value_of "ground: total" <<<"$csv")
    echo "$price $orbit $ground"
done >"$work/launch.dat"
break_even=$("$examples/orbital_dc" --hardware-cost 2USD/W --csv | value_of "break-even launch price")

gnuplot <<GNUPLOT
set terminal svg size 720,420 font "sans,12" background rgb "white"
set output "$here/orbit_vs_ground_vs_launch_price.svg"
set title "A kW-year of IT power: orbit against the ground (break-even \$${break_even%.*}/kg)"
set xlabel "launch price (\$/kg)"
set logscale x
set ylabel "\$ per kW-year"
set logscale y
set key top left
set grid
plot "$work/launch.dat" using 1:2 with linespoints title "orbit", \
     "$work/launch.dat" using 1:3 with lines dashtype 2 title "ground"
GNUPLOT

echo "wrote $here/cost_per_token_vs_batch.svg and $here/orbit_vs_ground_vs_launch_price.svg"
