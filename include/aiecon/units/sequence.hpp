// aiecon::sequence: what models take for a sequence of items (doors,
// stages, cash flows, capex lines): anything a range-for loop can walk, a
// std::vector, a C array, an initializer list, a range-v3 view.
//
// A concept of its own rather than range-v3's input_range: including
// range-v3's concepts costs about half a second of compile time per
// translation unit, and the models need nothing more than begin and end.
#pragma once

#include <type_traits>

namespace aiecon {

template <class R>
concept sequence = std::is_array_v<std::remove_reference_t<R>> || requires(R& r) {
    r.begin();
    r.end();
};

}  // namespace aiecon
