// The acceptance program of the foundation issue, as it stands: it must
// compile unchanged with g++ and clang++ at -std=c++20 -Wall -Wextra
// -Wpedantic -Werror, and exit 0.
#include <aiecon/aiecon.hpp>
#include <sstream>
#include <type_traits>

using namespace aiecon::literals;
namespace u = aiecon::units;

constexpr bool near(double a, double b) {
    double d = a > b ? a - b : b - a;
    return d <= 1e-9 * (b < 0 ? -b : b);
}

int main() {
    constexpr aiecon::power chip = 700_W;
    constexpr aiecon::mass node = 20_kg;
    constexpr aiecon::specific_power sp = chip / node;
    static_assert(near(sp.in(u::W / u::kg), 35.0));

    constexpr aiecon::energy day = chip * 24_h;
    static_assert(near(day.in(u::kWh), 16.8));

    constexpr auto tariff = 0.08_USD / u::kWh;
    constexpr aiecon::money bill = day * tariff;
    static_assert(near(bill.in(u::USD), 1.344));

    constexpr aiecon::power site = 1.5_GW;
    static_assert(near(site.in(u::MW), 1500.0));
    static_assert(std::is_same_v<decltype(1_MW), decltype(1_W)>);

    constexpr aiecon::price_per_token price = 2.0_USD / 1'000'000_tokens;
    constexpr aiecon::money served = price * 5e9_tokens;
    static_assert(near(served.in(u::USD), 10'000.0));

    constexpr double pue = 1.3_MW / 1.0_MW;
    static_assert(near(pue, 1.3));

    constexpr auto dies_per_wafer = 60_dies / 1_wafers;
    constexpr auto per_die = 17'000_USD / 1_wafers / dies_per_wafer;
    static_assert(near((per_die * 1_dies).in(u::USD), 17'000.0 / 60.0));

    constexpr aiecon::flop_rate peak = 989e12_FLOP / 1_s;
    constexpr aiecon::flop_per_joule efficiency = peak / chip;
    static_assert(near(efficiency.in(u::FLOP / u::J), 989e12 / 700.0));

    constexpr aiecon::area radiator = 2_m2;
    constexpr aiecon::temperature hot = 300_K;
    static_assert(near(radiator.in(u::cm2), 20'000.0) && near(hot.in(u::K), 300.0));

    static_assert(sizeof(aiecon::power) == sizeof(double));

    std::ostringstream os;
    os << 1.5_GW;
    return os.str() == "1.5 GW" ? 0 : 1;
}
