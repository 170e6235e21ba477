// Orbital compute nodes and launch: average chip availability under
// radiation losses, the node's mass budget worked by hand, the figure of
// merit (useful compute watts per launched kilogram), launch cost, Wright's
// law and its inverse, capacity growth and time to launch.
//
// References:
//  - Average of exponential survival over a life L:
//    (1/L) integral_0^L (1 - r)^t dt = (1 - (1 - r)^L) / (-L ln(1 - r)),
//    checked against Simpson's rule below.
//  - Every input of the worked node is a published figure where one exists:
//    Spectrolab XTJ 29.8 % BOL cells (Fetzer et al., IEEE PVSC); 0.5 %/yr
//    degradation (ISS P6 upper figure, Kerslake and Gustafson, NASA
//    TM-2003-212513); SMAD path efficiencies 0.65 / 0.85 (Wertz and Larson,
//    SMAD 3rd ed., eq. 11-5); 160 Wh/kg and 30 % depth of discharge in LEO
//    (Saft VES180, ESA ARTES); emissivity 0.9 (white silicate paint,
//    Fortescue et al., Table 11.3); 7 kg/m2 heat-pipe radiator (Thermacore,
//    NASA SBIR 91-1); CODATA sigma; the 400 km orbit's period and eclipse
//    (worked in orbit_power_test.cpp and repeated below).
//  - Launch: Falcon 9 $62M for 22,800 kg = $2,720/kg, Space Shuttle $1.5B
//    for 27,500 kg = $54,500/kg (H. W. Jones, "The Recent Large Reduction
//    in Space Launch Cost", ICES-2018-81).
//  - Wright's law: unit cost falls by a fixed share per doubling of
//    cumulative output, 20 % for aircraft (T. P. Wright, J. Aeronautical
//    Sciences 3(4), 1936: the "80 % curve"). Google's study (arXiv:2511.19468)
//    projects LEO launch at about $200/kg by the mid-2030s on a learning curve.
#include <aiecon/aiecon.hpp>

#include "error_message.hpp"

#include <boost/test/unit_test.hpp>
#include <cmath>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace orbit = aiecon::orbit;
namespace site = aiecon::site;

using test::naming;
using test::not_a_number;

const auto usd_per_kg = u::USD / u::kg;
const auto w_per_kg = u::W / u::kg;
const auto t_per_year = u::t / u::year;

// Simpson's rule over [0, L] of (1 - r)^t, divided by L: the definition of
// average availability, computed without the closed form.
double simpson_average(double r, double years) {
    const int n = 2000;  // even
    const double step = years / n;
    double sum = 1.0 + std::pow(1.0 - r, years);
    for (int i = 1; i < n; ++i) sum += (i % 2 == 1 ? 4.0 : 2.0) * std::pow(1.0 - r, i * step);
    return sum * step / 3.0 / years;
}

// The worked node (inputs; sources above):
//   payload 100 kW, 1,000 kg; housekeeping 2 kW; conversion 95 %
//   orbit 400 km, beta 0; paths X_e 0.65, X_d 0.85
//   array: 29.8 % cells, 10 % pointing loss, 0.5 %/yr, 3 kg/m2
//   battery: 30 % depth of discharge, 160 Wh/kg
//   radiator: e 0.9, two faces, 300 K against a 3 K sink, 7 kg/m2
//   shielding 10 % of payload mass; bus and structure 20 % of total
//   hardware life 5 yr, mission 10 yr; 5 % of chips lost per year
orbit::node_design worked_node() {
    return {.payload = {.power = 100_kW, .mass = 1'000_kg},
            .housekeeping = 2_kW,
            .conversion_efficiency = 0.95,
            .orbit = {.altitude = 400_km, .beta_degrees = 0.0},
            .array = {.cell_efficiency = 0.298,
                      .pointing_loss = 0.1,
                      .degradation_per_year = 0.005,
                      .areal_density = 3.0 * u::kg / u::m2},
            .paths = {.through_battery = 0.65, .direct = 0.85},
            .battery = {.cost = 0.0 * u::USD / u::kWh,
                        .depth_of_discharge = 0.3,
                        .round_trip_efficiency = 0.95,
                        .cycle_life = 30'000.0,
                        .energy_density = 160.0 * u::Wh / u::kg},
            .radiator = {.emissivity = 0.9,
                         .faces = 2.0,
                         .surface = 300_K,
                         .sink = 3_K,
                         .areal_density = 7.0 * u::kg / u::m2},
            .shielding_ratio = 0.1,
            .structure_share = 0.2,
            .hardware_life = 5_yr,
            .mission_life = 10_yr,
            .annual_chip_loss = 0.05};
}

// Its budget, by hand:
//  orbit (R = 6,378.137 km, GM = 3.986004418e14 m3/s2, h = 400 km):
//    T = 2 pi sqrt(6,778,137^3 / GM) = 5,553.6242713 s
//    f = acos(sqrt(h^2 + 2 R h) / (R + h)) / pi = acos(0.33844345) / pi = 0.39009962
//    T_e = 0.39009962 x 5,553.6242713 = 2,166.4667080 s; T_d = 3,387.1575632 s
//  load = 100,000 / 0.95 + 2,000 = 105,263.15789 + 2,000 = 107,263.15789 W
//  array power (SMAD) = load x (T_e / T_d / 0.65 + 1 / 0.85)
//    = 107,263.15789 x (0.63961202 / 0.65 + 1.17647059)
//    = 107,263.15789 x (0.98401850 + 1.17647059) = 107,263.15789 x 2.16048909
//    = 231,740.882 W
//  array per m2 at end of hardware life = 1361 x 0.298 x 0.9 x 0.995^5
//    = 365.0202 x 0.97524875 = 355.98549 W/m2
//  array area = 231,740.882 / 355.98549 = 650.98406 m2; mass x 3 = 1,952.9522 kg
//  battery: usable = 107,263.15789 W x 2,166.4667080 s = 232,382,060.6 J
//    = 64,550.572 Wh; nameplate = 64,550.572 / 0.3 = 215,168.575 Wh
//    mass = 215,168.575 / 160 = 1,344.8036 kg
//  heat = 100,000 / 0.95 + 2,000 = 107,263.15789 W
//  radiator per m2 = 2 x 0.9 x 5.670374419e-8 x (300^4 - 3^4)
//    = 1.8 x 5.670374419e-8 x 8,099,999,919 = 826.74058 W/m2
//  radiator area = 107,263.15789 / 826.74058 = 129.74222 m2; mass x 7 = 908.19554 kg
//  shielding = 0.1 x 1,000 = 100 kg
//  carried = 1,000 + 1,952.9522 + 1,344.8036 + 908.19554 + 100 = 5,305.9513 kg
//  total = 5,305.9513 / (1 - 0.2) = 6,632.4391 kg; structure = 1,326.4878 kg
//  availability = (1 - 0.95^5) / (-5 ln 0.95) = (1 - 0.77378094) / (5 x 0.051293294)
//    = 0.22621906 / 0.25646647 = 0.88206096
//  replacement = 10 / 5 = 2
//  compute per kg = 100,000 / 6,632.4391 = 15.077409 W/kg
//  useful = 15.077409 x 0.88206096 / 2 = 6.6495971 W/kg
}  // namespace

BOOST_AUTO_TEST_SUITE(orbit_node)

BOOST_AUTO_TEST_CASE(average_availability_of_chips) {
    // No losses: all chips work.
    BOOST_TEST(orbit::average_availability(0.0, 5_yr) == 1.0);
    // 5 %/yr over 5 yr: 0.88206096 (by hand, above).
    BOOST_TEST(orbit::average_availability(0.05, 5_yr) == 0.88206096,
               boost::test_tools::tolerance(1e-8));
    // 10 %/yr over 5 yr: (1 - 0.9^5) / (-5 ln 0.9) = (1 - 0.59049) / (5 x
    // 0.10536052) = 0.40951 / 0.52680258 = 0.77735003.
    BOOST_TEST(orbit::average_availability(0.1, 5_yr) == 0.77735003,
               boost::test_tools::tolerance(1e-8));
    // Half lost in one year: (1 - 0.5) / ln 2 = 0.5 / 0.69314718 = 0.72134752.
    BOOST_TEST(orbit::average_availability(0.5, 1_yr) == 0.72134752,
               boost::test_tools::tolerance(1e-8));
    // The definition, integrated numerically (Simpson, 2,000 intervals).
    for (double r : {0.01, 0.05, 0.1, 0.3}) {
        for (double years : {0.5, 1.0, 5.0, 15.0}) {
            BOOST_TEST(orbit::average_availability(r, years * u::year) == simpson_average(r, years),
                       boost::test_tools::tolerance(1e-10));
        }
    }
    // A tiny loss: about 1 - r L / 2 = 1 - 1e-9 x 5 / 2 (first-order).
    BOOST_TEST(orbit::average_availability(1e-9, 5_yr) == 1.0 - 2.5e-9,
               boost::test_tools::tolerance(1e-15));
}

BOOST_AUTO_TEST_CASE(average_availability_rejects_bad_input) {
    for (double loss : {1.0, -0.05, 1.5, not_a_number}) {
        BOOST_CHECK_EXCEPTION(orbit::average_availability(loss, 5_yr), aiecon::domain_error,
                              naming("orbit::average_availability", "loss", "[0, 1)"));
    }
    BOOST_CHECK_EXCEPTION(orbit::average_availability(0.05, 0_yr), aiecon::domain_error,
                          naming("orbit::average_availability", "life", "(0, inf)"));
    BOOST_CHECK_EXCEPTION(orbit::average_availability(0.05, -1_yr), aiecon::domain_error,
                          naming("orbit::average_availability", "life", "yr"));
    BOOST_CHECK_EXCEPTION(orbit::average_availability(0.05, not_a_number * u::year),
                          aiecon::domain_error, naming("orbit::average_availability", "life", "s"));
}

BOOST_AUTO_TEST_CASE(node_mass_budget_worked_by_hand) {
    const orbit::node_budget b = orbit::size_node(worked_node());
    const auto close = boost::test_tools::tolerance(1e-7);
    BOOST_TEST(b.array_power.in(u::W) == 231'740.882, close);
    BOOST_TEST(b.array_area.in(u::m2) == 650.98406, close);
    BOOST_TEST(b.array.in(u::kg) == 1'952.9522, close);
    BOOST_TEST(b.eclipse.in(u::s) == 2'166.4667080, close);
    BOOST_TEST(b.battery_energy.in(u::Wh) == 215'168.575, close);
    BOOST_TEST(b.battery.in(u::kg) == 1'344.8036, close);
    BOOST_TEST(b.heat.in(u::W) == 107'263.15789, close);
    BOOST_TEST(b.radiator_area.in(u::m2) == 129.74222, close);
    BOOST_TEST(b.radiator.in(u::kg) == 908.19554, close);
    BOOST_TEST(b.payload.in(u::kg) == 1'000.0);
    BOOST_TEST(b.shielding.in(u::kg) == 100.0, close);
    BOOST_TEST(b.structure.in(u::kg) == 1'326.4878, close);
    BOOST_TEST(b.total.in(u::t) == 6.6324391, close);
    // The parts add up to the total, and structure is 20 % of it.
    const aiecon::mass parts =
        b.payload + b.array + b.battery + b.radiator + b.shielding + b.structure;
    BOOST_TEST(parts.in(u::kg) == b.total.in(u::kg), boost::test_tools::tolerance(1e-12));
    BOOST_TEST(double(b.structure / b.total) == 0.2, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(figure_of_merit_useful_watts_per_kilogram) {
    // 15.077409 W/kg launched, 6.6495971 W/kg useful (by hand, above).
    const orbit::node_budget b = orbit::size_node(worked_node());
    BOOST_TEST(b.availability == 0.88206096, boost::test_tools::tolerance(1e-8));
    BOOST_TEST(b.replacement == 2.0);
    BOOST_TEST(b.compute_per_kg.in(w_per_kg) == 15.077409, boost::test_tools::tolerance(1e-7));
    BOOST_TEST(b.useful_compute_per_kg.in(w_per_kg) == 6.6495971,
               boost::test_tools::tolerance(1e-7));
}

BOOST_AUTO_TEST_CASE(replacement_and_availability_in_the_figure_of_merit) {
    // Hardware that outlives the mission is launched once: replacement 1
    // (10 yr hardware, 5 yr mission), not 0.5.
    orbit::node_design d = worked_node();
    d.hardware_life = 10_yr;
    d.mission_life = 5_yr;
    BOOST_TEST(orbit::size_node(d).replacement == 1.0);
    // 12 yr of mission on 5 yr hardware: 12 / 5 = 2.4 (the model averages
    // replacement launches, it does not round up to 3 launches).
    d = worked_node();
    d.mission_life = 12_yr;
    BOOST_TEST(orbit::size_node(d).replacement == 2.4, boost::test_tools::tolerance(1e-12));
    // No chip losses and no replacement: useful equals launched W/kg.
    d = worked_node();
    d.annual_chip_loss = 0.0;
    d.mission_life = 5_yr;
    const orbit::node_budget b = orbit::size_node(d);
    BOOST_TEST(b.useful_compute_per_kg.in(w_per_kg) == b.compute_per_kg.in(w_per_kg));
    BOOST_TEST(b.useful_compute_per_kg.in(w_per_kg) == 15.077409,
               boost::test_tools::tolerance(1e-7));
}

BOOST_AUTO_TEST_CASE(sunlit_node_needs_no_battery) {
    // The worked node in a dawn-dusk SSO at 650 km, beta 90 (no eclipse):
    //   array power = 107,263.15789 / 0.85 = 126,191.95046 W
    //   area = 126,191.95046 / 355.98549 = 354.48621 m2; mass x 3 = 1,063.4586 kg
    //   battery 0; radiator 908.19554 kg (unchanged)
    //   carried = 1,000 + 1,063.4586 + 0 + 908.19554 + 100 = 3,071.6542 kg
    //   total = 3,071.6542 / 0.8 = 3,839.5677 kg; 100,000 / 3,839.5677 = 26.044599 W/kg
    orbit::node_design d = worked_node();
    d.orbit = {.altitude = 650_km, .beta_degrees = 90.0};
    const orbit::node_budget b = orbit::size_node(d);
    const auto close = boost::test_tools::tolerance(1e-7);
    BOOST_TEST(b.eclipse.in(u::s) == 0.0);
    BOOST_TEST(b.battery.in(u::kg) == 0.0);
    BOOST_TEST(b.array_power.in(u::W) == 126'191.95046, close);
    BOOST_TEST(b.array.in(u::kg) == 1'063.4586, close);
    BOOST_TEST(b.total.in(u::kg) == 3'839.5677, close);
    BOOST_TEST(b.compute_per_kg.in(w_per_kg) == 26.044599, close);
}

BOOST_AUTO_TEST_CASE(size_node_rejects_bad_input) {
    orbit::node_design d = worked_node();
    d.payload.power = 0_W;
    BOOST_CHECK_EXCEPTION(orbit::size_node(d), aiecon::domain_error,
                          naming("orbit::size_node", "payload.power", "W"));
    d = worked_node();
    d.payload.mass = -100_kg;
    BOOST_CHECK_EXCEPTION(orbit::size_node(d), aiecon::domain_error,
                          naming("orbit::size_node", "payload.mass", "kg"));
    d = worked_node();
    d.housekeeping = not_a_number * u::W;
    BOOST_CHECK_EXCEPTION(orbit::size_node(d), aiecon::domain_error,
                          naming("orbit::size_node", "housekeeping", "W"));
    d = worked_node();
    d.shielding_ratio = -0.1;
    BOOST_CHECK_EXCEPTION(orbit::size_node(d), aiecon::domain_error,
                          naming("orbit::size_node", "shielding_ratio", "[0, inf)"));
    for (double share : {1.0, -0.2, not_a_number}) {
        d = worked_node();
        d.structure_share = share;
        BOOST_CHECK_EXCEPTION(orbit::size_node(d), aiecon::domain_error,
                              naming("orbit::size_node", "structure_share", "[0, 1)"));
    }
    d = worked_node();
    d.battery.energy_density = 0.0 * u::Wh / u::kg;
    BOOST_CHECK_EXCEPTION(orbit::size_node(d), aiecon::domain_error,
                          naming("orbit::size_node", "battery.energy_density", "Wh/kg"));
    d = worked_node();
    d.hardware_life = 0_yr;
    BOOST_CHECK_EXCEPTION(orbit::size_node(d), aiecon::domain_error,
                          naming("orbit::size_node", "hardware_life", "(0, inf)"));
    d = worked_node();
    d.mission_life = -10_yr;
    BOOST_CHECK_EXCEPTION(orbit::size_node(d), aiecon::domain_error,
                          naming("orbit::size_node", "mission_life", "yr"));
    // Conversion efficiency outside (0, 1], named as such (by size_node or by
    // the model it hands it to: any function).
    for (double efficiency : {0.0, 1.5, -0.95, not_a_number}) {
        d = worked_node();
        d.conversion_efficiency = efficiency;
        BOOST_CHECK_EXCEPTION(orbit::size_node(d), aiecon::domain_error,
                              naming("::", "conversion_efficiency", "(0, 1]"));
    }
    // Bad parts are named by the model that checks them.
    d = worked_node();
    d.orbit.altitude = -400_km;
    BOOST_CHECK_EXCEPTION(orbit::size_node(d), aiecon::domain_error,
                          naming("orbit::", "orbit.altitude", "km"));
    d = worked_node();
    d.array.cell_efficiency = 1.2;
    BOOST_CHECK_EXCEPTION(orbit::size_node(d), aiecon::domain_error,
                          naming("orbit::", "array.cell_efficiency", "(0, 1]"));
    d = worked_node();
    d.radiator.emissivity = 0.0;
    BOOST_CHECK_EXCEPTION(orbit::size_node(d), aiecon::domain_error,
                          naming("thermal::", "radiator.emissivity", "(0, 1]"));
    d = worked_node();
    d.radiator.surface = 2_K;  // colder than its 3 K sink
    BOOST_CHECK_EXCEPTION(orbit::size_node(d), aiecon::domain_error,
                          naming("thermal::", "radiator.surface", "above the sink"));
    d = worked_node();
    d.annual_chip_loss = 1.0;
    BOOST_CHECK_EXCEPTION(orbit::size_node(d), aiecon::domain_error,
                          naming("orbit::", "loss", "[0, 1)"));
    d = worked_node();
    d.paths.direct = 0.0;
    BOOST_CHECK_EXCEPTION(orbit::size_node(d), aiecon::domain_error,
                          naming("orbit::", "paths.direct", "(0, 1]"));
}

BOOST_AUTO_TEST_CASE(launch_cost_at_published_prices) {
    // Jones (2018): Falcon 9 $62M / 22,800 kg = $2,719.30/kg; Shuttle
    // 27,500 kg x $54,500/kg = $1,498.75M ("$1.5B").
    BOOST_TEST(orbit::launch_cost(22'800_kg, 62e6 / 22'800.0 * usd_per_kg).in(u::MUSD) == 62.0,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(orbit::launch_cost(27'500_kg, 54'500.0 * usd_per_kg).in(u::MUSD) == 1'498.75,
               boost::test_tools::tolerance(1e-12));
    // The worked node (6,632.4391 kg) at $2,720/kg: 6,632.4391 x 2,720 = $18,040,234.35.
    BOOST_TEST(
        orbit::launch_cost(6'632.4391 * u::kg, 2'720.0 * usd_per_kg).in(u::USD) == 18'040'234.35,
        boost::test_tools::tolerance(1e-8));
    BOOST_TEST(orbit::launch_cost(0_kg, 2'720.0 * usd_per_kg).in(u::USD) == 0.0);
}

BOOST_AUTO_TEST_CASE(launch_cost_rejects_bad_input) {
    BOOST_CHECK_EXCEPTION(orbit::launch_cost(-1_kg, 2'720.0 * usd_per_kg), aiecon::domain_error,
                          naming("orbit::launch_cost", "payload", "kg"));
    BOOST_CHECK_EXCEPTION(orbit::launch_cost(1_t, -2'720.0 * usd_per_kg), aiecon::domain_error,
                          naming("orbit::launch_cost", "price", "/kg"));
    BOOST_CHECK_EXCEPTION(orbit::launch_cost(1_t, not_a_number * usd_per_kg), aiecon::domain_error,
                          naming("orbit::launch_cost", "price", "/kg"));
}

BOOST_AUTO_TEST_CASE(wrights_law_twenty_percent_per_doubling) {
    // From Falcon 9's $2,720/kg at 1,000 t launched (illustrative), 20 % per
    // doubling (Wright's 80 % curve): x 0.8 per doubling.
    const orbit::launch_learning_curve curve{
        .price_today = 2'720.0 * usd_per_kg, .launched_to_date = 1'000_t, .learning_rate = 0.2};
    //   1,000 t: $2,720; 2,000 t: 2,720 x 0.8 = $2,176; 4,000 t: x 0.64 = $1,740.80;
    //   8,000 t: x 0.512 = $1,392.64; 500 t (one halving back): 2,720 / 0.8 = $3,400.
    BOOST_TEST(orbit::price_after(curve, 1'000_t).in(usd_per_kg) == 2'720.0,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(orbit::price_after(curve, 2'000_t).in(usd_per_kg) == 2'176.0,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(orbit::price_after(curve, 4'000_t).in(usd_per_kg) == 1'740.8,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(orbit::price_after(curve, 8'000_t).in(usd_per_kg) == 1'392.64,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(orbit::price_after(curve, 500_t).in(usd_per_kg) == 3'400.0,
               boost::test_tools::tolerance(1e-12));
    // Between doublings, 3,000 t: exponent log2(0.8) = ln 0.8 / ln 2 =
    // -0.22314355 / 0.69314718 = -0.32192809; 3^-0.32192809 =
    // exp(-0.32192809 x 1.0986123) = exp(-0.35367670) = 0.70210370;
    // 2,720 x 0.70210370 = $1,909.72207.
    BOOST_TEST(orbit::price_after(curve, 3'000_t).in(usd_per_kg) == 1'909.72207,
               boost::test_tools::tolerance(1e-8));
    // No learning: the price stays.
    const orbit::launch_learning_curve flat{
        .price_today = 2'720.0 * usd_per_kg, .launched_to_date = 1'000_t, .learning_rate = 0.0};
    BOOST_TEST(orbit::price_after(flat, 1e6 * u::t).in(usd_per_kg) == 2'720.0);
}

BOOST_AUTO_TEST_CASE(cumulative_mass_for_a_target_price) {
    const orbit::launch_learning_curve curve{
        .price_today = 2'720.0 * usd_per_kg, .launched_to_date = 1'000_t, .learning_rate = 0.2};
    // The inverse of the doublings above: $1,392.64 needs 8,000 t; $2,176, 2,000 t.
    BOOST_TEST(orbit::cumulative_mass_for(curve, 1'392.64 * usd_per_kg).in(u::t) == 8'000.0,
               boost::test_tools::tolerance(1e-10));
    BOOST_TEST(orbit::cumulative_mass_for(curve, 2'176.0 * usd_per_kg).in(u::t) == 2'000.0,
               boost::test_tools::tolerance(1e-10));
    // Google's ~$200/kg: M = 1,000 t x (200 / 2,720)^(1 / -0.32192809)
    //   ln(200 / 2,720) = ln 0.073529412 = -2.6100698
    //   -2.6100698 / -0.32192809 = 8.1076173; exp(8.1076173) = 3,319.6589
    //   M = 3,319,658.9 t: about 3,300 times the mass launched to date.
    BOOST_TEST(orbit::cumulative_mass_for(curve, 200.0 * usd_per_kg).in(u::t) == 3'319'658.9,
               boost::test_tools::tolerance(1e-7));
    // A price at or above today's is reached already.
    BOOST_TEST(orbit::cumulative_mass_for(curve, 2'720.0 * usd_per_kg).in(u::t) == 1'000.0);
    BOOST_TEST(orbit::cumulative_mass_for(curve, 5'000.0 * usd_per_kg).in(u::t) == 1'000.0);
    // Without learning a lower price is never reached.
    const orbit::launch_learning_curve flat{
        .price_today = 2'720.0 * usd_per_kg, .launched_to_date = 1'000_t, .learning_rate = 0.0};
    BOOST_CHECK_EXCEPTION(orbit::cumulative_mass_for(flat, 200.0 * usd_per_kg),
                          aiecon::domain_error,
                          naming("orbit::cumulative_mass_for", "target", "without learning"));
    BOOST_TEST(orbit::cumulative_mass_for(flat, 2'720.0 * usd_per_kg).in(u::t) == 1'000.0);
}

BOOST_AUTO_TEST_CASE(learning_curve_rejects_bad_input) {
    const orbit::launch_learning_curve good{
        .price_today = 2'720.0 * usd_per_kg, .launched_to_date = 1'000_t, .learning_rate = 0.2};
    for (double rate : {1.0, -0.2, not_a_number}) {
        orbit::launch_learning_curve bad = good;
        bad.learning_rate = rate;
        BOOST_CHECK_EXCEPTION(orbit::price_after(bad, 2'000_t), aiecon::domain_error,
                              naming("orbit::price_after", "curve.learning_rate", "[0, 1)"));
        BOOST_CHECK_EXCEPTION(
            orbit::cumulative_mass_for(bad, 200.0 * usd_per_kg), aiecon::domain_error,
            naming("orbit::cumulative_mass_for", "curve.learning_rate", "[0, 1)"));
    }
    orbit::launch_learning_curve bad = good;
    bad.price_today = -2'720.0 * usd_per_kg;
    BOOST_CHECK_EXCEPTION(orbit::price_after(bad, 2'000_t), aiecon::domain_error,
                          naming("orbit::price_after", "curve.price_today", "/kg"));
    bad = good;
    bad.launched_to_date = 0_t;
    BOOST_CHECK_EXCEPTION(orbit::price_after(bad, 2'000_t), aiecon::domain_error,
                          naming("orbit::price_after", "curve.launched_to_date", "(0, inf)"));
    bad = good;
    bad.launched_to_date = not_a_number * u::t;
    BOOST_CHECK_EXCEPTION(orbit::cumulative_mass_for(bad, 200.0 * usd_per_kg), aiecon::domain_error,
                          naming("orbit::cumulative_mass_for", "curve.launched_to_date", "g"));
    BOOST_CHECK_EXCEPTION(orbit::price_after(good, 0_t), aiecon::domain_error,
                          naming("orbit::price_after", "cumulative", "(0, inf)"));
    BOOST_CHECK_EXCEPTION(orbit::price_after(good, -5_t), aiecon::domain_error,
                          naming("orbit::price_after", "cumulative", "t"));
    BOOST_CHECK_EXCEPTION(orbit::cumulative_mass_for(good, 0.0 * usd_per_kg), aiecon::domain_error,
                          naming("orbit::cumulative_mass_for", "target", "/kg"));
    BOOST_CHECK_EXCEPTION(orbit::cumulative_mass_for(good, -200.0 * usd_per_kg),
                          aiecon::domain_error,
                          naming("orbit::cumulative_mass_for", "target", "/kg"));
}

BOOST_AUTO_TEST_CASE(launch_cadence_limits_growth) {
    // 1,000 t/yr of nodes at 50 W/kg: 1e6 kg/yr x 50 W/kg = 5e7 W/yr = 50 MW/yr.
    const auto growth = orbit::capacity_growth(1'000.0 * t_per_year, 50.0 * w_per_kg);
    BOOST_TEST(growth.in(u::MW / u::year) == 50.0, boost::test_tools::tolerance(1e-12));
    // A 1 GW cluster at 50 W/kg is 1e9 / 50 = 2e7 kg = 20,000 t; at 1,000 t/yr
    // it takes 20 yr to launch.
    BOOST_TEST(orbit::time_to_launch(20'000_t, 1'000.0 * t_per_year).in(u::year) == 20.0,
               boost::test_tools::tolerance(1e-12));
    // The worked node's 6,632.4391 kg at 100 t/yr: 0.066324391 yr = 24.225 d.
    BOOST_TEST(orbit::time_to_launch(6'632.4391 * u::kg, 100.0 * t_per_year).in(u::day) == 24.2250,
               boost::test_tools::tolerance(1e-4));
}

BOOST_AUTO_TEST_CASE(cadence_rejects_bad_input) {
    BOOST_CHECK_EXCEPTION(orbit::capacity_growth(-1.0 * t_per_year, 50.0 * w_per_kg),
                          aiecon::domain_error, naming("orbit::capacity_growth", "cadence", "/yr"));
    BOOST_CHECK_EXCEPTION(orbit::capacity_growth(1.0 * t_per_year, not_a_number * w_per_kg),
                          aiecon::domain_error,
                          naming("orbit::capacity_growth", "compute_per_mass", "W/kg"));
    BOOST_CHECK_EXCEPTION(orbit::time_to_launch(20'000_t, 0.0 * t_per_year), aiecon::domain_error,
                          naming("orbit::time_to_launch", "cadence", "(0, inf)"));
    BOOST_CHECK_EXCEPTION(orbit::time_to_launch(-1_t, 1.0 * t_per_year), aiecon::domain_error,
                          naming("orbit::time_to_launch", "payload", "t"));
}

BOOST_AUTO_TEST_SUITE_END()
