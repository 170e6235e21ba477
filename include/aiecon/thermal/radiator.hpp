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
inline irradiance rejection_per_area(const radiator& r) {
    detail::validate(r, "thermal::rejection_per_area");
    return r.faces * r.emissivity * stefan_boltzmann * (pow<4>(r.surface) - pow<4>(r.sink));
}

// Heat rejected by a panel of `panel_area`.
inline power rejected_heat(const radiator& r, area panel_area) {
    require_non_negative("thermal::rejected_heat", "panel_area", panel_area);
    return rejection_per_area(r) * panel_area;
}

// Panel area that rejects `heat`.
inline area radiator_area(const radiator& r, power heat) {
    require_non_negative("thermal::radiator_area", "heat", heat);
    return heat / rejection_per_area(r);
}

// Panel mass that rejects `heat`: area x areal density.
inline mass radiator_mass(const radiator& r, power heat) {
    return radiator_area(r, heat) * r.areal_density;
}

// Heat rejected per kilogram of panel: the radiator's figure of merit.
inline specific_power rejection_per_mass(const radiator& r) {
    require_positive("thermal::rejection_per_mass", "radiator.areal_density", r.areal_density);
    return rejection_per_area(r) / r.areal_density;
}

}  // namespace aiecon::thermal
