# Helpers for the test scripts that run with cmake -P.

# Fails unless every named variable was passed with -D.
function(aiecon_require_defined script)
  foreach(variable IN LISTS ARGN)
    if(NOT DEFINED ${variable})
      message(FATAL_ERROR "${script}: ${variable} is not set")
    endif()
  endforeach()
endfunction()

# Runs one step of a test (a command line) and fails the test if it fails.
function(aiecon_run_step test step)
  message(STATUS "${test}: ${step}: ${ARGN}")
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${test}: ${step} failed (${result})")
  endif()
endfunction()

# The options that configure a consumer project like the project under test:
# same generator, compiler and make program, and the same package search path
# (range-v3 must be found there too) after any prefixes given.
function(aiecon_consumer_configure_options out_variable)
  set(options -G "${GENERATOR}" "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}")
  if(MAKE_PROGRAM)
    list(APPEND options "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
  endif()
  set(prefix_path ${ARGN} ${PREFIX_PATH})
  if(prefix_path)
    string(REPLACE ";" "\\;" prefix_path "${prefix_path}")
    list(APPEND options "-DCMAKE_PREFIX_PATH=${prefix_path}")
  endif()
  set(${out_variable} "${options}" PARENT_SCOPE)
endfunction()

# Builds the consumer project in BINARY_DIR (Release, for multi-config
# generators) and runs its tests.
function(aiecon_build_and_run_consumer test binary_dir)
  aiecon_run_step("${test}" build-consumer "${CMAKE_COMMAND}" --build "${binary_dir}" --config Release)
  aiecon_run_step("${test}" run-consumer "${CMAKE_CTEST_COMMAND}" --test-dir "${binary_dir}" -C Release
                  --output-on-failure)
endfunction()
