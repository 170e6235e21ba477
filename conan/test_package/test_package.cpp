// Calls a model through the packaged headers and fails on a wrong result:
// Hennessy and Patterson's 1.5 cm die on a 30 cm wafer, pi 30^2 / (4 x 2.25)
// - pi 30 / sqrt(4.5) = 269.73 dies by the classic estimate.
#include <aiecon/aiecon.hpp>

#include <cmath>
#include <iostream>

int main() {
    using namespace aiecon::literals;
    const aiecon::fab::wafer wafer{
        .diameter = 300_mm, .edge_exclusion = 0_mm, .scribe_width = 0_mm, .cost = 0_USD};
    const auto dies = aiecon::fab::gross_dies_estimate(wafer, {.width = 15_mm, .height = 15_mm});
    std::cout << "aiecon: " << dies << '\n';
    return std::abs(dies.in(aiecon::units::die / aiecon::units::wafer) - 269.73) < 0.01 ? 0 : 1;
}
