// Radiators: in vacuum the only way to reject heat is to radiate it.
//
// A radiator of area A at temperature T, emissivity e, with `faces` sides
// radiating, facing an effective sink temperature T_sink, rejects
//   Q = faces x e x sigma x A x (T^4 - T_sink^4)
// (the Stefan-Boltzmann law; D. G. Gilmore (ed.), "Spacecraft Thermal
// Control Handbook", 2nd ed., 2002, ch. 6). Absorbed sunlight and Earth
// infrared are folded into the sink temperature.
#pragma once

#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"

namespace aiecon::thermal {

// W m^-2 K^-4. Exact since the 2019 SI redefinition (CODATA 2018:
// 5.670 374 419 x 10^-8 W m^-2 K^-4).
inline constexpr auto stefan_boltzmann =
    5.670374419e-8 * units::W / (units::m2 * units::K * units::K * units::K * units::K);

struct radiator {
    double emissivity = 0.0;  // infrared emissivity of the surface, (0, 1]
    double faces = 2.0;       // sides that radiate: 2 for a deployed panel, 1 body-mounted
    temperature surface;      // radiating temperature
    temperature sink;         // effective sink; about 3 K for deep space
    aiecon::areal_density areal_density;  // mass per area of panel
};

namespace detail {
inline void validate(const radiator& r, std::string_view function) {
    if (!(r.emissivity > 0.0 && r.emissivity <= 1.0)) {
        throw_domain_error(function, "radiator.emissivity", r.emissivity, "(0, 1]");
    }
    if (!(r.faces == 1.0 || r.faces == 2.0)) {
        throw_domain_error(function, "radiator.faces", r.faces, "1 or 2");
    }
    require_non_negative(function, "radiator.sink", r.sink);
    require_positive(function, "radiator.surface", r.surface);
    if (!(r.surface > r.sink)) {
        throw_domain_error(function, "radiator.surface", r.surface,
                           "(" + to_string(r.sink) + ", inf), above the sink");
    }
    require_non_negative(function, "radiator.areal_density", r.areal_density);
}
}  // namespace detail

// Heat rejected per area of panel: faces x e x sigma x (T^4 - T_sink^4).
// T^4 overflows for T above about 1e77 K (and inf - inf is NaN).
inline irradiance rejection_per_area(const radiator& r) {
    constexpr std::string_view function = "thermal::rejection_per_area";
    detail::validate(r, function);
    return require_finite_result(
        function, "rejection per area",
        r.faces * r.emissivity * stefan_boltzmann * (pow<4>(r.surface) - pow<4>(r.sink)),
        "radiator.surface and radiator.sink");
}

// Heat rejected by a panel of `panel_area`.
inline power rejected_heat(const radiator& r, area panel_area) {
    constexpr std::string_view function = "thermal::rejected_heat";
    require_non_negative(function, "panel_area", panel_area);
    return require_finite_result(function, "rejected heat", rejection_per_area(r) * panel_area,
                                 "panel_area and radiator.surface");
}

// Panel area that rejects `heat`. The rejection per area underflows to zero
// for a surface below about 1e-77 K, and is tiny just above the sink.
inline area radiator_area(const radiator& r, power heat) {
    constexpr std::string_view function = "thermal::radiator_area";
    require_non_negative(function, "heat", heat);
    return require_finite_result(function, "radiator area", heat / rejection_per_area(r),
                                 "heat, radiator.surface and radiator.sink");
}

// Panel mass that rejects `heat`: area x areal density.
inline mass radiator_mass(const radiator& r, power heat) {
    return require_finite_result("thermal::radiator_mass", "radiator mass",
                                 radiator_area(r, heat) * r.areal_density,
                                 "heat and radiator.areal_density");
}

// Heat rejected per kilogram of panel: the radiator's figure of merit.
inline specific_power rejection_per_mass(const radiator& r) {
    constexpr std::string_view function = "thermal::rejection_per_mass";
    require_positive(function, "radiator.areal_density", r.areal_density);
    return require_finite_result(function, "rejection per mass",
                                 rejection_per_area(r) / r.areal_density,
                                 "radiator.areal_density and radiator.surface");
}

}  // namespace aiecon::thermal
