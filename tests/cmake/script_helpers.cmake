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
