# Run with cmake -P. Installs aiecon from SOURCE_DIR into a scratch prefix
# under WORK_DIR (tests and examples off, as a packager would), then
# configures, builds and runs the consumer project in CONSUMER_DIR against
# that prefix only.
include("${CMAKE_CURRENT_LIST_DIR}/../cmake/script_helpers.cmake")
aiecon_require_defined(run_install_test.cmake SOURCE_DIR WORK_DIR CONSUMER_DIR GENERATOR CXX_COMPILER)

set(prefix "${WORK_DIR}/prefix")
file(REMOVE_RECURSE "${WORK_DIR}")

aiecon_consumer_configure_options(aiecon_options)
aiecon_run_step("install test" configure-aiecon
    "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${WORK_DIR}/aiecon-build" ${aiecon_options}
    "-DCMAKE_INSTALL_PREFIX=${prefix}"
    -DAIECON_BUILD_TESTS=OFF -DAIECON_BUILD_EXAMPLES=OFF -DAIECON_INSTALL=ON)
aiecon_run_step("install test" install-aiecon "${CMAKE_COMMAND}" --install "${WORK_DIR}/aiecon-build"
    --config Release)

foreach(installed include/aiecon/aiecon.hpp include/aiecon/units/quantity.hpp
                  share/cmake/aiecon/aiecon-config.cmake
                  share/cmake/aiecon/aiecon-config-version.cmake share/pkgconfig/aiecon.pc)
  if(NOT EXISTS "${prefix}/${installed}")
    message(FATAL_ERROR "install test: ${installed} was not installed")
  endif()
endforeach()

aiecon_consumer_configure_options(consumer_options "${prefix}")
aiecon_run_step("install test" configure-consumer
    "${CMAKE_COMMAND}" -S "${CONSUMER_DIR}" -B "${WORK_DIR}/consumer-build" ${consumer_options}
    "-DEXPECTED_PREFIX=${prefix}")
aiecon_build_and_run_consumer("install test" "${WORK_DIR}/consumer-build")

# pkg-config: compile and run the same consumer with the flags aiecon.pc gives.
find_program(pkg_config NAMES pkg-config pkgconf)
if(NOT pkg_config)
  message(FATAL_ERROR "install test: pkg-config not found (Debian: apt-get install pkg-config)")
endif()
set(ENV{PKG_CONFIG_PATH} "${prefix}/share/pkgconfig")
execute_process(
  COMMAND "${pkg_config}" --cflags aiecon
  OUTPUT_VARIABLE cflags OUTPUT_STRIP_TRAILING_WHITESPACE
  RESULT_VARIABLE result)
# The include directory is written relative to the .pc file; the compile
# below proves it leads to the installed headers (none are elsewhere).
if(NOT result EQUAL 0 OR NOT cflags MATCHES "-std=c\\+\\+20" OR NOT cflags MATCHES "-I")
  message(FATAL_ERROR "install test: pkg-config --cflags aiecon gave '${cflags}'")
endif()
separate_arguments(cflags UNIX_COMMAND "${cflags}")
aiecon_run_step("install test" pkg-config-compile "${CXX_COMPILER}" ${cflags}
    "${CONSUMER_DIR}/main.cpp" -o "${WORK_DIR}/pkg_config_consumer")
aiecon_run_step("install test" pkg-config-run "${WORK_DIR}/pkg_config_consumer")
