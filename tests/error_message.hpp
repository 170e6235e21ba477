// Shared by the model tests: a predicate for BOOST_CHECK_EXCEPTION that
// checks what an aiecon::domain_error says, and a NaN to feed models.
#pragma once

#include <aiecon/units/domain_error.hpp>

#include <boost/test/unit_test.hpp>
#include <limits>
#include <string>
#include <utility>

namespace test {

inline const double not_a_number = std::numeric_limits<double>::quiet_NaN();

// The message names the function, the parameter and a unit (or the allowed
// range, for a plain number).
struct names {
    std::string function;
    std::string parameter;
    std::string unit;
    bool operator()(const aiecon::domain_error& error) const {
        const std::string message = error.what();
        const bool ok = message.find(function) != std::string::npos &&
                        message.find(parameter) != std::string::npos &&
                        message.find(unit) != std::string::npos;
        if (!ok) BOOST_TEST_MESSAGE("unexpected message: " << message);
        return ok;
    }
};

inline names naming(std::string function, std::string parameter, std::string unit) {
    return names{std::move(function), std::move(parameter), std::move(unit)};
}

}  // namespace test
