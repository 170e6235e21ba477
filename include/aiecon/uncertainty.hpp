// The uncertainty layer: distributions of quantities, Monte Carlo (serial or
// parallel, bit-identical for a seed), summaries, sweeps, tornado
// sensitivity and break-even. Not in the umbrella aiecon.hpp (its
// <thread> and range-v3 views cost about 0.3 s a translation unit): include
// it where models are run under uncertainty.
#pragma once

#include "uncertainty/break_even.hpp"
#include "uncertainty/distribution.hpp"
#include "uncertainty/monte_carlo.hpp"
#include "uncertainty/random_stream.hpp"
#include "uncertainty/sensitivity.hpp"
#include "uncertainty/summary.hpp"
#include "uncertainty/sweep.hpp"
