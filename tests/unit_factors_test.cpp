// The unit catalogue and the literals: every unit's factor and symbol, and
// every literal, against definitions written out here with their sources.
// The expected numbers are the definitions worked out by hand, in the base
// unit of each dimension (m, kg, s, K, USD, B, FLOP, token, wafer, die,
// device, kgCO2e; W and J for power and energy); none is computed by aiecon.
//
// Sources cited below:
//   [SI]   BIPM, The International System of Units (SI Brochure), 9th ed.,
//          2019: base units (sec. 2.3.1), units with special names (table 4:
//          J = kg m2 s-2, W = J/s), prefixes (table 7), non-SI units accepted
//          for use with the SI (table 8: min, h, d, L, t), and the rule that
//          a prefixed unit raised to a power is raised as a whole (sec. 3:
//          1 cm3 = (1e-2 m)^3).
//   [NIST] NIST SP 811 (2008), Guide for the Use of the SI, appendix B.8:
//          1 W h = 3.6e3 J, 1 kW h = 3.6e6 J.
//   [IAU]  International Astronomical Union: the Julian year,
//          1 a = 365.25 d = 31 557 600 s.
//   [IEC]  IEC 80000-13:2008, prefixes for binary multiples: Ki = 2^10,
//          Mi = 2^20, Gi = 2^30, Ti = 2^40; kB, MB, ... are decimal.
//   [short scale] Financial and AI-industry usage: B = billion = 1e9,
//          T = trillion = 1e12 (BUSD, Btoken, TUSD, Ttoken).
#include <aiecon/units.hpp>

#include <boost/test/unit_test.hpp>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <type_traits>

namespace {
using namespace aiecon::literals;
namespace units = aiecon::units;
namespace dim = aiecon::dim;
namespace tt = boost::test_tools;

// Relative tolerance of every comparison. A factor is a product of a few
// decimal constants, which binary doubles round (1e-3 * 1e-3 need not be
// exactly 1e-6), so it may be off by a few ulp (~1e-16); a wrong definition
// is off by 1e-3 (1000 vs 1024) or more.
constexpr double rel_tol = 1e-14;

constexpr double magnitude(double x) {
    return x < 0.0 ? -x : x;
}
constexpr bool close(double actual, double expected) {
    return magnitude(actual - expected) <= rel_tol * magnitude(expected);
}

// Derived dimensions written out as exponents of (m, kg, s, K, USD, B, FLOP,
// token, wafer, die, device, kgCO2e), independently of dimensions.hpp.
using area_dim = aiecon::dimension<2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>;     // m2
using volume_dim = aiecon::dimension<3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>;   // m3
using energy_dim = aiecon::dimension<2, 1, -2, 0, 0, 0, 0, 0, 0, 0, 0, 0>;  // J = kg m2 s-2 [SI]
using power_dim = aiecon::dimension<2, 1, -3, 0, 0, 0, 0, 0, 0, 0, 0, 0>;   // W = kg m2 s-3 [SI]

// ---------------------------------------------------------------------------
// 1. Every unit of units.hpp: factor (in base units) and symbol.

// One unit of the catalogue next to its definition.
struct unit_case {
    std::string_view symbol;           // the unit's symbol()
    double factor;                     // the unit's factor()
    std::string_view expected_symbol;  // as written in the definition
    double expected_factor;            // the definition, in base units
};

// A row for unit u, which must also be of dimension Expected.
template <class Expected, class D>
constexpr unit_case expect(const aiecon::unit<D>& u, std::string_view symbol, double factor) {
    static_assert(std::is_same_v<D, Expected>, "the unit has the wrong dimension");
    return {u.symbol(), u.factor(), symbol, factor};
}

constexpr bool matches(const unit_case& c) {
    return c.symbol == c.expected_symbol && close(c.factor, c.expected_factor);
}

// The index of the first row of a table that does not match, or the number
// of rows when all match.
template <class Row, std::size_t N>
constexpr std::size_t first_mismatch(const Row (&rows)[N]) {
    for (std::size_t i = 0; i < N; ++i) {
        if (!matches(rows[i])) return i;
    }
    return N;
}

// True, and instantiable only when FirstMismatch == Rows; otherwise both
// compilers name the offending row's index in the error (no_row_differs<2, 6>
// or "the comparison reduces to (2 == 6)").
template <std::size_t FirstMismatch, std::size_t Rows>
struct no_row_differs {
    static_assert(FirstMismatch == Rows, "row FirstMismatch differs from its definition");
    static constexpr bool value = true;
};
template <const auto& Rows>
constexpr bool all_rows_match = no_row_differs<first_mismatch(Rows), std::size(Rows)>::value;

// Length: the metre is the base unit [SI 2.3.1]; prefixes [SI table 7]:
// k = 1e3, c = 1e-2, m = 1e-3, u (micro) = 1e-6, n = 1e-9.
constexpr unit_case length_cases[] = {
    expect<dim::length>(units::m, "m", 1.0),        // base unit
    expect<dim::length>(units::km, "km", 1'000.0),  // kilo: 1e3 m
    expect<dim::length>(units::cm, "cm", 0.01),     // centi: 1e-2 m
    expect<dim::length>(units::mm, "mm", 0.001),    // milli: 1e-3 m
    expect<dim::length>(units::um, "um", 1e-6),     // micro: 1e-6 m
    expect<dim::length>(units::nm, "nm", 1e-9),     // nano: 1e-9 m
};

// Area and volume: a prefixed unit squared is squared whole [SI sec. 3].
constexpr unit_case area_volume_cases[] = {
    expect<area_dim>(units::m2, "m2", 1.0),
    expect<area_dim>(units::km2, "km2", 1'000'000.0),  // (1e3 m)^2
    expect<area_dim>(units::cm2, "cm2", 1e-4),         // (1e-2 m)^2
    expect<area_dim>(units::mm2, "mm2", 1e-6),         // (1e-3 m)^2
    expect<volume_dim>(units::m3, "m3", 1.0),
    expect<volume_dim>(units::L, "L", 0.001),  // 1 L = 1 dm3 = 1e-3 m3 [SI table 8]
};

// Mass: the kilogram is the base unit [SI 2.3.1]; 1 g = 1e-3 kg,
// 1 mg = 1e-6 kg [SI table 7]; 1 t = 1e3 kg [SI table 8]; 1 kt = 1e3 t.
constexpr unit_case mass_cases[] = {
    expect<dim::mass>(units::kg, "kg", 1.0),          // base unit
    expect<dim::mass>(units::g, "g", 0.001),          // 1e-3 kg
    expect<dim::mass>(units::mg, "mg", 1e-6),         // 1e-3 g = 1e-6 kg
    expect<dim::mass>(units::t, "t", 1'000.0),        // tonne: 1e3 kg [SI table 8]
    expect<dim::mass>(units::kt, "kt", 1'000'000.0),  // 1e3 t = 1e6 kg
};

// Time: the second is the base unit [SI 2.3.1]; ms, us, ns [SI table 7];
// 1 min = 60 s, 1 h = 3600 s, 1 d = 86 400 s [SI table 8];
// 1 yr = 365.25 d = 31 557 600 s [IAU].
constexpr unit_case time_cases[] = {
    expect<dim::time>(units::s, "s", 1.0),
    expect<dim::time>(units::ms, "ms", 0.001),
    expect<dim::time>(units::us, "us", 1e-6),
    expect<dim::time>(units::ns, "ns", 1e-9),
    expect<dim::time>(units::min, "min", 60.0),
    expect<dim::time>(units::h, "h", 3'600.0),
    expect<dim::time>(units::day, "day", 86'400.0),
    expect<dim::time>(units::year, "yr", 31'557'600.0),
    // A month is a twelfth of the Julian year: 31 557 600 s / 12 = 2 629 800 s.
    expect<dim::time>(units::month, "month", 2'629'800.0),
};

// Temperature: the kelvin is the base unit [SI 2.3.1].
constexpr unit_case temperature_cases[] = {
    expect<dim::temperature>(units::K, "K", 1.0),
};

// Power: the watt [SI table 4]; m = 1e-3, k = 1e3, M = 1e6, G = 1e9,
// T = 1e12 [SI table 7].
constexpr unit_case power_cases[] = {
    expect<power_dim>(units::W, "W", 1.0),
    expect<power_dim>(units::mW, "mW", 0.001),
    expect<power_dim>(units::kW, "kW", 1'000.0),
    expect<power_dim>(units::MW, "MW", 1'000'000.0),
    expect<power_dim>(units::GW, "GW", 1'000'000'000.0),
    expect<power_dim>(units::TW, "TW", 1'000'000'000'000.0),
};

// Energy: the joule [SI table 4], prefixed [SI table 7]; 1 Wh = 3600 J and
// 1 kWh = 3.6e6 J [NIST B.8], and so 1 MWh = 3.6e9 J, 1 GWh = 3.6e12 J,
// 1 TWh = 3.6e15 J.
constexpr unit_case energy_cases[] = {
    expect<energy_dim>(units::J, "J", 1.0),
    expect<energy_dim>(units::mJ, "mJ", 0.001),
    expect<energy_dim>(units::kJ, "kJ", 1'000.0),
    expect<energy_dim>(units::MJ, "MJ", 1'000'000.0),
    expect<energy_dim>(units::GJ, "GJ", 1'000'000'000.0),
    expect<energy_dim>(units::Wh, "Wh", 3'600.0),
    expect<energy_dim>(units::kWh, "kWh", 3'600'000.0),
    expect<energy_dim>(units::MWh, "MWh", 3'600'000'000.0),
    expect<energy_dim>(units::GWh, "GWh", 3'600'000'000'000.0),
    expect<energy_dim>(units::TWh, "TWh", 3'600'000'000'000'000.0),
};

// Money: the US dollar is the base unit; k = 1e3, M = 1e6 [SI table 7];
// B = billion = 1e9, T = trillion = 1e12 [short scale].
constexpr unit_case money_cases[] = {
    expect<dim::money>(units::USD, "USD", 1.0),
    expect<dim::money>(units::kUSD, "kUSD", 1'000.0),
    expect<dim::money>(units::MUSD, "MUSD", 1'000'000.0),
    expect<dim::money>(units::BUSD, "BUSD", 1'000'000'000.0),
    expect<dim::money>(units::TUSD, "TUSD", 1'000'000'000'000.0),
};

// Information: the byte is the base unit; kB, MB, GB, TB, PB are decimal
// (1e3 ... 1e15) [IEC, SI table 7]; KiB = 2^10, MiB = 2^20, GiB = 2^30,
// TiB = 2^40 [IEC].
constexpr unit_case information_cases[] = {
    expect<dim::information>(units::B, "B", 1.0),
    expect<dim::information>(units::kB, "kB", 1'000.0),
    expect<dim::information>(units::MB, "MB", 1'000'000.0),
    expect<dim::information>(units::GB, "GB", 1'000'000'000.0),
    expect<dim::information>(units::TB, "TB", 1'000'000'000'000.0),
    expect<dim::information>(units::PB, "PB", 1'000'000'000'000'000.0),
    expect<dim::information>(units::KiB, "KiB", 1'024.0),
    expect<dim::information>(units::MiB, "MiB", 1'048'576.0),
    expect<dim::information>(units::GiB, "GiB", 1'073'741'824.0),
    expect<dim::information>(units::TiB, "TiB", 1'099'511'627'776.0),
};

// Floating-point operations: G = 1e9, T = 1e12, P = 1e15, E = 1e18,
// Z = 1e21 [SI table 7].
constexpr unit_case flop_cases[] = {
    expect<dim::flop>(units::FLOP, "FLOP", 1.0),     // base unit
    expect<dim::flop>(units::GFLOP, "GFLOP", 1e9),   // giga
    expect<dim::flop>(units::TFLOP, "TFLOP", 1e12),  // tera
    expect<dim::flop>(units::PFLOP, "PFLOP", 1e15),  // peta
    expect<dim::flop>(units::EFLOP, "EFLOP", 1e18),  // exa
    expect<dim::flop>(units::ZFLOP, "ZFLOP", 1e21),  // zetta
};

// Tokens: k = 1e3, M = 1e6 [SI table 7]; B = 1e9, T = 1e12 [short scale].
constexpr unit_case token_cases[] = {
    expect<dim::token>(units::token, "token", 1.0),
    expect<dim::token>(units::ktoken, "ktoken", 1'000.0),
    expect<dim::token>(units::Mtoken, "Mtoken", 1'000'000.0),
    expect<dim::token>(units::Btoken, "Btoken", 1'000'000'000.0),
    expect<dim::token>(units::Ttoken, "Ttoken", 1'000'000'000'000.0),
};

// Counted things of the silicon supply chain: each is its own base unit.
constexpr unit_case silicon_cases[] = {
    expect<dim::wafer>(units::wafer, "wafer", 1.0),
    expect<dim::die>(units::die, "die", 1.0),
    expect<dim::device>(units::device, "device", 1.0),
};

// Emissions, as CO2-equivalent mass with kgCO2e the base unit: the mass
// units above applied to CO2e, 1 g = 1e-3 kg [SI table 7], 1 t = 1e3 kg
// [SI table 8], 1 kt = 1e3 t = 1e6 kg, 1 Mt = 1e6 t = 1e9 kg [SI table 7].
constexpr unit_case emissions_cases[] = {
    expect<dim::emissions>(units::kgCO2e, "kgCO2e", 1.0),
    expect<dim::emissions>(units::gCO2e, "gCO2e", 0.001),
    expect<dim::emissions>(units::tCO2e, "tCO2e", 1'000.0),
    expect<dim::emissions>(units::ktCO2e, "ktCO2e", 1'000'000.0),
    expect<dim::emissions>(units::MtCO2e, "MtCO2e", 1'000'000'000.0),
};

static_assert(all_rows_match<length_cases>);
static_assert(all_rows_match<area_volume_cases>);
static_assert(all_rows_match<mass_cases>);
static_assert(all_rows_match<time_cases>);
static_assert(all_rows_match<temperature_cases>);
static_assert(all_rows_match<power_cases>);
static_assert(all_rows_match<energy_cases>);
static_assert(all_rows_match<money_cases>);
static_assert(all_rows_match<information_cases>);
static_assert(all_rows_match<flop_cases>);
static_assert(all_rows_match<token_cases>);
static_assert(all_rows_match<silicon_cases>);
static_assert(all_rows_match<emissions_cases>);

// The 77 units of units.hpp, each checked once above.
static_assert(std::size(length_cases) + std::size(area_volume_cases) + std::size(mass_cases) +
                  std::size(time_cases) + std::size(temperature_cases) + std::size(power_cases) +
                  std::size(energy_cases) + std::size(money_cases) + std::size(information_cases) +
                  std::size(flop_cases) + std::size(token_cases) + std::size(silicon_cases) +
                  std::size(emissions_cases) ==
              77);

// Every unit of units.hpp, for the checks that apply to all of them alike.
template <class F>
constexpr bool for_every_unit(F f) {
    return f(units::m) && f(units::km) && f(units::cm) && f(units::mm) && f(units::um) &&
           f(units::nm) && f(units::m2) && f(units::km2) && f(units::cm2) && f(units::mm2) &&
           f(units::m3) && f(units::L) && f(units::kg) && f(units::g) && f(units::mg) &&
           f(units::t) && f(units::kt) && f(units::s) && f(units::ms) && f(units::us) &&
           f(units::ns) && f(units::min) && f(units::h) && f(units::day) && f(units::year) &&
           f(units::month) && f(units::K) && f(units::W) && f(units::mW) && f(units::kW) &&
           f(units::MW) && f(units::GW) && f(units::TW) && f(units::J) && f(units::mJ) &&
           f(units::kJ) && f(units::MJ) && f(units::GJ) && f(units::Wh) && f(units::kWh) &&
           f(units::MWh) && f(units::GWh) && f(units::TWh) && f(units::USD) && f(units::kUSD) &&
           f(units::MUSD) && f(units::BUSD) && f(units::TUSD) && f(units::B) && f(units::kB) &&
           f(units::MB) && f(units::GB) && f(units::TB) && f(units::PB) && f(units::KiB) &&
           f(units::MiB) && f(units::GiB) && f(units::TiB) && f(units::FLOP) && f(units::GFLOP) &&
           f(units::TFLOP) && f(units::PFLOP) && f(units::EFLOP) && f(units::ZFLOP) &&
           f(units::token) && f(units::ktoken) && f(units::Mtoken) && f(units::Btoken) &&
           f(units::Ttoken) && f(units::wafer) && f(units::die) && f(units::device) &&
           f(units::kgCO2e) && f(units::gCO2e) && f(units::tCO2e) && f(units::ktCO2e) &&
           f(units::MtCO2e);
}

// ---------------------------------------------------------------------------
// 2. Every literal of literals.hpp: 3_X and 2.5_X against 3.0 * units::X and
// 2.5 * units::X, and against the expected number in base units.

struct literal_case {
    std::string_view suffix;
    double integer_form;       // (3_X).in(base unit)
    double integer_product;    // (3.0 * units::X).in(base unit)
    double integer_expected;   // 3 x the definition of X
    double floating_form;      // (2.5_X).in(base unit)
    double floating_product;   // (2.5 * units::X).in(base unit)
    double floating_expected;  // 2.5 x the definition of X
};

// The literals are read in the coherent unit of their dimension, `base`.
template <class D>
constexpr literal_case literal(std::string_view suffix, aiecon::quantity<D> three,
                               aiecon::quantity<D> two_and_a_half, const aiecon::unit<D>& u,
                               const aiecon::unit<D>& base, double expected_three,
                               double expected_two_and_a_half) {
    return {suffix,
            three.in(base),
            (3.0 * u).in(base),
            expected_three,
            two_and_a_half.in(base),
            (2.5 * u).in(base),
            expected_two_and_a_half};
}

// A literal is value * unit exactly, and that is the expected number.
constexpr bool matches(const literal_case& c) {
    return c.integer_form == c.integer_product && c.floating_form == c.floating_product &&
           close(c.integer_form, c.integer_expected) && close(c.floating_form, c.floating_expected);
}

// The definitions are those of section 1, with their sources.
constexpr literal_case literal_cases[] = {
    // Power, in W.
    literal("_W", 3_W, 2.5_W, units::W, units::W, 3.0, 2.5),
    literal("_kW", 3_kW, 2.5_kW, units::kW, units::W, 3'000.0, 2'500.0),
    literal("_MW", 3_MW, 2.5_MW, units::MW, units::W, 3'000'000.0, 2'500'000.0),
    literal("_GW", 3_GW, 2.5_GW, units::GW, units::W, 3e9, 2.5e9),
    literal("_TW", 3_TW, 2.5_TW, units::TW, units::W, 3e12, 2.5e12),
    // Energy, in J; 1 Wh = 3600 J [NIST B.8].
    literal("_J", 3_J, 2.5_J, units::J, units::J, 3.0, 2.5),
    literal("_kJ", 3_kJ, 2.5_kJ, units::kJ, units::J, 3'000.0, 2'500.0),
    literal("_MJ", 3_MJ, 2.5_MJ, units::MJ, units::J, 3'000'000.0, 2'500'000.0),
    literal("_GJ", 3_GJ, 2.5_GJ, units::GJ, units::J, 3e9, 2.5e9),
    literal("_Wh", 3_Wh, 2.5_Wh, units::Wh, units::J, 10'800.0, 9'000.0),
    literal("_kWh", 3_kWh, 2.5_kWh, units::kWh, units::J, 10'800'000.0, 9'000'000.0),
    literal("_MWh", 3_MWh, 2.5_MWh, units::MWh, units::J, 1.08e10, 9e9),
    literal("_GWh", 3_GWh, 2.5_GWh, units::GWh, units::J, 1.08e13, 9e12),
    literal("_TWh", 3_TWh, 2.5_TWh, units::TWh, units::J, 1.08e16, 9e15),
    // Mass, in kg.
    literal("_g", 3_g, 2.5_g, units::g, units::kg, 0.003, 0.0025),
    literal("_kg", 3_kg, 2.5_kg, units::kg, units::kg, 3.0, 2.5),
    literal("_t", 3_t, 2.5_t, units::t, units::kg, 3'000.0, 2'500.0),
    // Length, in m, and area, in m2.
    literal("_nm", 3_nm, 2.5_nm, units::nm, units::m, 3e-9, 2.5e-9),
    literal("_um", 3_um, 2.5_um, units::um, units::m, 3e-6, 2.5e-6),
    literal("_mm", 3_mm, 2.5_mm, units::mm, units::m, 0.003, 0.0025),
    literal("_cm", 3_cm, 2.5_cm, units::cm, units::m, 0.03, 0.025),
    literal("_m", 3_m, 2.5_m, units::m, units::m, 3.0, 2.5),
    literal("_km", 3_km, 2.5_km, units::km, units::m, 3'000.0, 2'500.0),
    literal("_mm2", 3_mm2, 2.5_mm2, units::mm2, units::m2, 3e-6, 2.5e-6),
    literal("_cm2", 3_cm2, 2.5_cm2, units::cm2, units::m2, 3e-4, 2.5e-4),
    literal("_m2", 3_m2, 2.5_m2, units::m2, units::m2, 3.0, 2.5),
    literal("_km2", 3_km2, 2.5_km2, units::km2, units::m2, 3'000'000.0, 2'500'000.0),
    // Time, in s; 1 yr = 31 557 600 s [IAU].
    literal("_ms", 3_ms, 2.5_ms, units::ms, units::s, 0.003, 0.0025),
    literal("_s", 3_s, 2.5_s, units::s, units::s, 3.0, 2.5),
    literal("_min", 3_min, 2.5_min, units::min, units::s, 180.0, 150.0),
    literal("_h", 3_h, 2.5_h, units::h, units::s, 10'800.0, 9'000.0),
    literal("_day", 3_day, 2.5_day, units::day, units::s, 259'200.0, 216'000.0),
    literal("_yr", 3_yr, 2.5_yr, units::year, units::s, 94'672'800.0, 78'894'000.0),
    // Temperature, in K.
    literal("_K", 3_K, 2.5_K, units::K, units::K, 3.0, 2.5),
    // Money, in USD.
    literal("_USD", 3_USD, 2.5_USD, units::USD, units::USD, 3.0, 2.5),
    literal("_kUSD", 3_kUSD, 2.5_kUSD, units::kUSD, units::USD, 3'000.0, 2'500.0),
    literal("_MUSD", 3_MUSD, 2.5_MUSD, units::MUSD, units::USD, 3'000'000.0, 2'500'000.0),
    literal("_BUSD", 3_BUSD, 2.5_BUSD, units::BUSD, units::USD, 3e9, 2.5e9),
    // Information, in B; 1 GiB = 2^30 B = 1 073 741 824 B [IEC].
    literal("_B", 3_B, 2.5_B, units::B, units::B, 3.0, 2.5),
    literal("_kB", 3_kB, 2.5_kB, units::kB, units::B, 3'000.0, 2'500.0),
    literal("_MB", 3_MB, 2.5_MB, units::MB, units::B, 3'000'000.0, 2'500'000.0),
    literal("_GB", 3_GB, 2.5_GB, units::GB, units::B, 3e9, 2.5e9),
    literal("_TB", 3_TB, 2.5_TB, units::TB, units::B, 3e12, 2.5e12),
    literal("_PB", 3_PB, 2.5_PB, units::PB, units::B, 3e15, 2.5e15),
    literal("_GiB", 3_GiB, 2.5_GiB, units::GiB, units::B, 3'221'225'472.0, 2'684'354'560.0),
    // Compute, in FLOP.
    literal("_FLOP", 3_FLOP, 2.5_FLOP, units::FLOP, units::FLOP, 3.0, 2.5),
    literal("_GFLOP", 3_GFLOP, 2.5_GFLOP, units::GFLOP, units::FLOP, 3e9, 2.5e9),
    literal("_TFLOP", 3_TFLOP, 2.5_TFLOP, units::TFLOP, units::FLOP, 3e12, 2.5e12),
    literal("_PFLOP", 3_PFLOP, 2.5_PFLOP, units::PFLOP, units::FLOP, 3e15, 2.5e15),
    literal("_EFLOP", 3_EFLOP, 2.5_EFLOP, units::EFLOP, units::FLOP, 3e18, 2.5e18),
    // Tokens, in token.
    literal("_tokens", 3_tokens, 2.5_tokens, units::token, units::token, 3.0, 2.5),
    literal("_ktokens", 3_ktokens, 2.5_ktokens, units::ktoken, units::token, 3'000.0, 2'500.0),
    literal("_Mtokens", 3_Mtokens, 2.5_Mtokens, units::Mtoken, units::token, 3'000'000.0,
            2'500'000.0),
    literal("_Btokens", 3_Btokens, 2.5_Btokens, units::Btoken, units::token, 3e9, 2.5e9),
    literal("_Ttokens", 3_Ttokens, 2.5_Ttokens, units::Ttoken, units::token, 3e12, 2.5e12),
    // Silicon, in wafers, dies and devices.
    literal("_wafers", 3_wafers, 2.5_wafers, units::wafer, units::wafer, 3.0, 2.5),
    literal("_dies", 3_dies, 2.5_dies, units::die, units::die, 3.0, 2.5),
    literal("_devices", 3_devices, 2.5_devices, units::device, units::device, 3.0, 2.5),
    // Emissions, in kgCO2e.
    literal("_gCO2e", 3_gCO2e, 2.5_gCO2e, units::gCO2e, units::kgCO2e, 0.003, 0.0025),
    literal("_kgCO2e", 3_kgCO2e, 2.5_kgCO2e, units::kgCO2e, units::kgCO2e, 3.0, 2.5),
    literal("_tCO2e", 3_tCO2e, 2.5_tCO2e, units::tCO2e, units::kgCO2e, 3'000.0, 2'500.0),
};

static_assert(all_rows_match<literal_cases>);
// The 61 literals of literals.hpp.
static_assert(std::size(literal_cases) == 61);

// True when every argument, as an expression, has type Expected: a prvalue
// argument deduces Q as exactly its decltype.
template <class Expected, class... Q>
constexpr bool all_of_type(Q&&...) {
    return (std::is_same_v<Q, Expected> && ...);
}

// Each literal family yields its named quantity type, in both forms.
static_assert(std::is_same_v<decltype(1_MW), aiecon::power>);
static_assert(std::is_same_v<decltype(1.5_GW), aiecon::power>);
static_assert(all_of_type<aiecon::power>(1_W, 1.0_W, 1_kW, 1.0_kW, 1_MW, 1.0_MW, 1_GW, 1.0_GW, 1_TW,
                                         1.0_TW));
static_assert(all_of_type<aiecon::energy>(1_J, 1.0_J, 1_kJ, 1.0_kJ, 1_MJ, 1.0_MJ, 1_GJ, 1.0_GJ,
                                          1_Wh, 1.0_Wh, 1_kWh, 1.0_kWh, 1_MWh, 1.0_MWh, 1_GWh,
                                          1.0_GWh, 1_TWh, 1.0_TWh));
static_assert(all_of_type<aiecon::mass>(1_g, 1.0_g, 1_kg, 1.0_kg, 1_t, 1.0_t));
static_assert(all_of_type<aiecon::length>(1_nm, 1.0_nm, 1_um, 1.0_um, 1_mm, 1.0_mm, 1_cm, 1.0_cm,
                                          1_m, 1.0_m, 1_km, 1.0_km));
static_assert(all_of_type<aiecon::area>(1_mm2, 1.0_mm2, 1_cm2, 1.0_cm2, 1_m2, 1.0_m2, 1_km2,
                                        1.0_km2));
static_assert(all_of_type<aiecon::duration>(1_ms, 1.0_ms, 1_s, 1.0_s, 1_min, 1.0_min, 1_h, 1.0_h,
                                            1_day, 1.0_day, 1_yr, 1.0_yr));
static_assert(all_of_type<aiecon::temperature>(1_K, 1.0_K));
static_assert(all_of_type<aiecon::money>(1_USD, 1.0_USD, 1_kUSD, 1.0_kUSD, 1_MUSD, 1.0_MUSD, 1_BUSD,
                                         1.0_BUSD));
static_assert(all_of_type<aiecon::information>(1_B, 1.0_B, 1_kB, 1.0_kB, 1_MB, 1.0_MB, 1_GB, 1.0_GB,
                                               1_TB, 1.0_TB, 1_PB, 1.0_PB, 1_GiB, 1.0_GiB));
static_assert(all_of_type<aiecon::flop_count>(1_FLOP, 1.0_FLOP, 1_GFLOP, 1.0_GFLOP, 1_TFLOP,
                                              1.0_TFLOP, 1_PFLOP, 1.0_PFLOP, 1_EFLOP, 1.0_EFLOP));
static_assert(all_of_type<aiecon::token_count>(1_tokens, 1.0_tokens, 1_ktokens, 1.0_ktokens,
                                               1_Mtokens, 1.0_Mtokens, 1_Btokens, 1.0_Btokens,
                                               1_Ttokens, 1.0_Ttokens));
static_assert(all_of_type<aiecon::wafer_count>(1_wafers, 1.0_wafers));
static_assert(all_of_type<aiecon::die_count>(1_dies, 1.0_dies));
static_assert(all_of_type<aiecon::device_count>(1_devices, 1.0_devices));
static_assert(all_of_type<aiecon::emissions>(1_gCO2e, 1.0_gCO2e, 1_kgCO2e, 1.0_kgCO2e, 1_tCO2e,
                                             1.0_tCO2e));

// The named quantity types are the dimensions written out above.
static_assert(std::is_same_v<aiecon::area, aiecon::quantity<area_dim>>);
static_assert(std::is_same_v<aiecon::volume, aiecon::quantity<volume_dim>>);
static_assert(std::is_same_v<aiecon::energy, aiecon::quantity<energy_dim>>);
static_assert(std::is_same_v<aiecon::power, aiecon::quantity<power_dim>>);

// ---------------------------------------------------------------------------
// 3. Round trips, conversions between units, and composed units.

// x * u read back in u is x, within rounding, for zero, negative, small and
// large values.
constexpr double round_trip_values[] = {0.0, 1.0, 3.7, -2.5, 1e-9, 6.02214076e23};

template <class D>
constexpr bool round_trips(const aiecon::unit<D>& u) {
    for (double x : round_trip_values) {
        if (!close((x * u).in(u), x)) return false;
    }
    return true;
}
static_assert(for_every_unit([](const auto& u) { return round_trips(u); }));

// Conversions between two units of one dimension, from the definitions.
constexpr auto cm3 = units::cm2 * units::cm;  // no cm3 in the catalogue

struct conversion_case {
    std::string_view what;
    double actual;
    double expected;
};

constexpr conversion_case conversion_cases[] = {
    // 1 kWh = 3.6e6 J = 3.6 MJ [NIST B.8].
    {"1 kWh in MJ", (1.0 * units::kWh).in(units::MJ), 3.6},
    // 1 TWh = 1e12 Wh = 1e9 kWh.
    {"1 TWh in kWh", (1.0 * units::TWh).in(units::kWh), 1'000'000'000.0},
    // 1 GW for a Julian year: 1e9 W x 31 557 600 s = 3.15576e16 J = 8.766 TWh.
    {"1 GW x 1 yr in TWh", (1.0 * units::GW * units::year).in(units::TWh), 8.766},
    // 1 yr = 365.25 d = 8766 h [IAU].
    {"1 yr in day", (1.0 * units::year).in(units::day), 365.25},
    {"1 yr in h", (1.0 * units::year).in(units::h), 8'766.0},
    // 1 d = 24 h = 1440 min [SI table 8].
    {"1 day in min", (1.0 * units::day).in(units::min), 1'440.0},
    // 1 GiB = 1 073 741 824 B = 1.073741824 GB; 1 TiB = 1.099511627776 TB [IEC].
    {"1 GiB in GB", (1.0 * units::GiB).in(units::GB), 1.073'741'824},
    {"1 TiB in TB", (1.0 * units::TiB).in(units::TB), 1.099'511'627'776},
    // 1 L = 1 dm3 = 1000 cm3 [SI table 8], read in the composed unit cm2*cm.
    {"1 L in cm3", (1.0 * units::L).in(cm3), 1'000.0},
    // 1 km2 = (1e5 cm)^2 = 1e10 cm2.
    {"1 km2 in cm2", (1.0 * units::km2).in(units::cm2), 1e10},
    // 1 kt = 1e6 kg = 1e9 g.
    {"1 kt in g", (1.0 * units::kt).in(units::g), 1e9},
    // 1 MtCO2e = 1e6 tCO2e.
    {"1 MtCO2e in tCO2e", (1.0 * units::MtCO2e).in(units::tCO2e), 1'000'000.0},
    // 1 EFLOP = 1e3 PFLOP; 1 ZFLOP = 1e3 EFLOP.
    {"1 EFLOP in PFLOP", (1.0 * units::EFLOP).in(units::PFLOP), 1'000.0},
    {"1 ZFLOP in EFLOP", (1.0 * units::ZFLOP).in(units::EFLOP), 1'000.0},
    // 1 TUSD = 1e3 BUSD [short scale].
    {"1 TUSD in BUSD", (1.0 * units::TUSD).in(units::BUSD), 1'000.0},
    // 1 ms = 1e6 ns.
    {"1 ms in ns", (1.0 * units::ms).in(units::ns), 1'000'000.0},
    // 0.08 USD/kWh = 0.08 / 3.6e6 USD/J = 2.2222...e-8 USD/J.
    {"0.08 USD/kWh in USD/J", (0.08 * (units::USD / units::kWh)).in(units::USD / units::J),
     2.222'222'222'222'222e-8},
};

constexpr bool matches(const conversion_case& c) {
    return close(c.actual, c.expected);
}
static_assert(all_rows_match<conversion_cases>);

// Composed units: the factor is the product or quotient of the factors, the
// symbol joins the symbols with '*' or '/', and a compound operand is
// parenthesised where leaving it bare would change its meaning.
//
// They are named here because a row points into the unit's symbol, so the
// unit must outlive the row. (W/kg)*m and kg*(W/m) compose a temporary unit
// at namespace scope: g++ 12 once rejected that in constant evaluation (a
// string_view::find on the temporary's symbol), so they stay here as a check.
constexpr auto W_per_kg = units::W / units::kg;
constexpr auto USD_per_kWh = units::USD / units::kWh;
constexpr auto W_per_m2 = units::W / units::m2;
constexpr auto kg_m = units::kg * units::m;
constexpr auto W_per_kg_m = units::W / (units::kg * units::m);
constexpr auto W_per_kg_times_m = (units::W / units::kg) * units::m;
constexpr auto kg_times_W_per_m = units::kg * (units::W / units::m);
constexpr auto kW_h = units::kW * units::h;
constexpr auto gCO2e_per_kWh = units::gCO2e / units::kWh;
constexpr auto USD_per_device_h = units::USD / (units::device * units::h);
constexpr auto USD_per_Mtoken = units::USD / units::Mtoken;
constexpr auto TFLOP_per_s = units::TFLOP / units::s;
constexpr auto FLOP_per_J = units::FLOP / units::J;
constexpr auto MUSD_per_MW = units::MUSD / units::MW;

constexpr unit_case composed_cases[] = {
    // 1 W/kg = 1 (W, kg coherent).
    expect<dim::specific_power>(W_per_kg, "W/kg", 1.0),
    // 1 USD/kWh = 1 / 3 600 000 USD/J [NIST B.8].
    expect<dim::price_per_energy>(USD_per_kWh, "USD/kWh", 2.777'777'777'777'778e-7),
    expect<dim::irradiance>(W_per_m2, "W/m2", 1.0),
    // kg*m: neither operand compound, so no parentheses.
    expect<aiecon::dimension<1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>(kg_m, "kg*m", 1.0),
    // W/(kg*m): a product in a denominator is parenthesised.
    expect<aiecon::dimension<1, 0, -3, 0, 0, 0, 0, 0, 0, 0, 0, 0>>(W_per_kg_m, "W/(kg*m)", 1.0),
    // (W/kg)*m: a quotient on the left of '*' is parenthesised.
    expect<aiecon::dimension<3, 0, -3, 0, 0, 0, 0, 0, 0, 0, 0, 0>>(W_per_kg_times_m, "(W/kg)*m",
                                                                   1.0),
    // kg*(W/m): a quotient on the right of '*' is parenthesised too.
    expect<aiecon::dimension<1, 2, -3, 0, 0, 0, 0, 0, 0, 0, 0, 0>>(kg_times_W_per_m, "kg*(W/m)",
                                                                   1.0),
    // kW*h = 1e3 W x 3600 s = 3.6e6 J, the kilowatt-hour [NIST B.8].
    expect<energy_dim>(kW_h, "kW*h", 3'600'000.0),
    // 1 gCO2e/kWh = 1e-3 kgCO2e / 3.6e6 J = 2.777...e-10 kgCO2e/J.
    expect<dim::emissions_per_energy>(gCO2e_per_kWh, "gCO2e/kWh", 2.777'777'777'777'778e-10),
    // 1 USD/(device*h) = 1 / 3600 USD per device-second.
    expect<dim::price_per_device_time>(USD_per_device_h, "USD/(device*h)",
                                       2.777'777'777'777'778e-4),
    // 1 USD/Mtoken = 1e-6 USD/token.
    expect<dim::price_per_token>(USD_per_Mtoken, "USD/Mtoken", 1e-6),
    // 1 TFLOP/s = 1e12 FLOP/s; FLOP/J is coherent, so 1.
    expect<dim::flop_rate>(TFLOP_per_s, "TFLOP/s", 1e12),
    expect<dim::flop_per_joule>(FLOP_per_J, "FLOP/J", 1.0),
    // 1 MUSD/MW = 1e6 USD / 1e6 W = 1 USD/W.
    expect<dim::price_per_power>(MUSD_per_MW, "MUSD/MW", 1.0),
    // cm2*cm = (1e-2 m)^2 x 1e-2 m = 1e-6 m3 [SI sec. 3]; '*' of plain symbols.
    expect<volume_dim>(cm3, "cm2*cm", 1e-6),
};
static_assert(all_rows_match<composed_cases>);

// The same compositions from temporaries, inside a constant evaluation.
constexpr bool composed_from_temporaries() {
    return ((units::W / units::kg) * units::m).symbol() == "(W/kg)*m" &&
           (units::W / (units::kg * units::m)).symbol() == "W/(kg*m)" &&
           (units::USD / units::kWh).symbol() == "USD/kWh" &&
           (units::W / units::kg).factor() == 1.0 &&
           close((units::USD / units::kWh).factor(), 2.777'777'777'777'778e-7);
}
static_assert(composed_from_temporaries());

// Checks a table of units at run time, naming each row by its symbol.
template <std::size_t N>
void check_units(const unit_case (&cases)[N]) {
    for (const unit_case& c : cases) {
        BOOST_TEST_CONTEXT("unit " << c.expected_symbol) {
            BOOST_TEST(c.symbol == c.expected_symbol);
            BOOST_TEST(c.factor == c.expected_factor, tt::tolerance(rel_tol));
        }
    }
}
}  // namespace

BOOST_AUTO_TEST_SUITE(unit_factors)

BOOST_AUTO_TEST_CASE(length_area_and_volume_units) {
    check_units(length_cases);
    check_units(area_volume_cases);
}

BOOST_AUTO_TEST_CASE(mass_units) {
    check_units(mass_cases);
}

BOOST_AUTO_TEST_CASE(time_and_temperature_units) {
    check_units(time_cases);
    check_units(temperature_cases);
}

BOOST_AUTO_TEST_CASE(power_and_energy_units) {
    check_units(power_cases);
    check_units(energy_cases);
}

BOOST_AUTO_TEST_CASE(money_units) {
    check_units(money_cases);
}

BOOST_AUTO_TEST_CASE(information_units) {
    check_units(information_cases);
}

BOOST_AUTO_TEST_CASE(flop_token_and_silicon_units) {
    check_units(flop_cases);
    check_units(token_cases);
    check_units(silicon_cases);
}

BOOST_AUTO_TEST_CASE(emissions_units) {
    check_units(emissions_cases);
}

BOOST_AUTO_TEST_CASE(literals_are_value_times_unit) {
    for (const literal_case& c : literal_cases) {
        BOOST_TEST_CONTEXT("literal 3" << c.suffix << " and 2.5" << c.suffix) {
            BOOST_TEST(c.integer_form == c.integer_product);
            BOOST_TEST(c.floating_form == c.floating_product);
            BOOST_TEST(c.integer_form == c.integer_expected, tt::tolerance(rel_tol));
            BOOST_TEST(c.floating_form == c.floating_expected, tt::tolerance(rel_tol));
        }
    }
}

BOOST_AUTO_TEST_CASE(literal_types) {
    // The static_asserts above cover every literal in both forms; these
    // repeat a few at run time, so that the test log shows them.
    BOOST_TEST((std::is_same_v<decltype(700_W), aiecon::power>));
    BOOST_TEST((std::is_same_v<decltype(1_MW), decltype(1.0_W)>));
    BOOST_TEST((std::is_same_v<decltype(2.5_kWh), aiecon::energy>));
    BOOST_TEST((std::is_same_v<decltype(5e9_tokens), aiecon::token_count>));
    BOOST_TEST((std::is_same_v<decltype(1_yr), aiecon::duration>));
    BOOST_TEST((std::is_same_v<decltype(1_GiB), aiecon::information>));
}

BOOST_AUTO_TEST_CASE(round_trips_through_every_unit) {
    const bool done = for_every_unit([](const auto& u) {
        for (double x : round_trip_values) {
            BOOST_TEST_CONTEXT(x << " " << u.symbol()) {
                BOOST_TEST((x * u).in(u) == x, tt::tolerance(rel_tol));
            }
        }
        return true;
    });
    BOOST_TEST(done);
}

BOOST_AUTO_TEST_CASE(conversions_between_units) {
    for (const conversion_case& c : conversion_cases) {
        BOOST_TEST_CONTEXT(c.what) {
            BOOST_TEST(c.actual == c.expected, tt::tolerance(rel_tol));
        }
    }
}

BOOST_AUTO_TEST_CASE(composed_units) {
    check_units(composed_cases);
    // Four of the cases above, spelled out at run time.
    BOOST_TEST((units::W / units::kg).factor() == 1.0);
    BOOST_TEST((units::W / units::kg).symbol() == "W/kg");
    BOOST_TEST((units::USD / units::kWh).factor() == 2.777'777'777'777'778e-7,
               tt::tolerance(rel_tol));
    BOOST_TEST((units::USD / units::kWh).symbol() == "USD/kWh");
    BOOST_TEST((units::W / (units::kg * units::m)).symbol() == "W/(kg*m)");
    BOOST_TEST(((units::W / units::kg) * units::m).symbol() == "(W/kg)*m");
}

BOOST_AUTO_TEST_SUITE_END()
