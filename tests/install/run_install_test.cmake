# Run with cmake -P. Installs aiecon from SOURCE_DIR into a scratch prefix
# under WORK_DIR (tests and examples off, as a packager would), then
# configures, builds and runs the consumer project in CONSUMER_DIR against
# that prefix only.
foreach(required SOURCE_DIR WORK_DIR CONSUMER_DIR GENERATOR CXX_COMPILER)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "run_install_test.cmake: ${required} is not set")
  endif()
endforeach()

set(prefix "${WORK_DIR}/prefix")
file(REMOVE_RECURSE "${WORK_DIR}")

function(run step)
  message(STATUS "install test: ${step}: ${ARGN}")
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "install test: ${step} failed (${result})")
  endif()
endfunction()

run(configure-aiecon
    "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${WORK_DIR}/aiecon-build" -G "${GENERATOR}"
    "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_INSTALL_PREFIX=${prefix}"
    -DAIECON_BUILD_TESTS=OFF -DAIECON_BUILD_EXAMPLES=OFF -DAIECON_INSTALL=ON)
run(install-aiecon "${CMAKE_COMMAND}" --install "${WORK_DIR}/aiecon-build")

foreach(installed include/aiecon/aiecon.hpp include/aiecon/units/quantity.hpp
                  share/cmake/aiecon/aiecon-config.cmake
                  share/cmake/aiecon/aiecon-config-version.cmake)
  if(NOT EXISTS "${prefix}/${installed}")
    message(FATAL_ERROR "install test: ${installed} was not installed")
  endif()
endforeach()

run(configure-consumer
    "${CMAKE_COMMAND}" -S "${CONSUMER_DIR}" -B "${WORK_DIR}/consumer-build" -G "${GENERATOR}"
    "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_PREFIX_PATH=${prefix}"
    "-DEXPECTED_PREFIX=${prefix}")
run(build-consumer "${CMAKE_COMMAND}" --build "${WORK_DIR}/consumer-build")
run(run-consumer "${WORK_DIR}/consumer-build/consumer")
