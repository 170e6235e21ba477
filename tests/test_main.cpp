// The Boost.Test runner for aiecon's suites; the suites live in *_test.cpp.
#define BOOST_TEST_MODULE aiecon
#include <boost/test/unit_test.hpp>
