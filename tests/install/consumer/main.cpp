// Uses the installed headers: the energy bill of one 700 W accelerator for
// a day at $0.08/kWh. By hand: 700 W x 24 h = 16.8 kWh; x $0.08 = $1.344.
#include <aiecon/aiecon.hpp>

#include <cmath>
#include <iostream>

int main() {
    using namespace aiecon::literals;
    const aiecon::money bill = 700_W * 24_h * (0.08_USD / aiecon::units::kWh);
    std::cout << "bill: " << bill << '\n';
    return std::abs(bill.in(aiecon::units::USD)-1.344) < 1e-9 ? 0 : 1;
}
