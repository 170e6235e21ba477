# Run with cmake -P. Runs PROGRAM with ARGS (a ;-list) and checks its exit
# status (EXIT, default 0), that its standard output matches OUTPUT (a regex,
# optional), and, when STDERR_LINES is set, how many lines it wrote to
# standard error: a bad argument must get exactly one clear line.
include("${CMAKE_CURRENT_LIST_DIR}/script_helpers.cmake")
aiecon_require_defined(expect_run.cmake PROGRAM)
if(NOT DEFINED EXIT)
  set(EXIT 0)
endif()

execute_process(
  COMMAND "${PROGRAM}" ${ARGS}
  RESULT_VARIABLE status
  OUTPUT_VARIABLE output
  ERROR_VARIABLE errors)
if(NOT status EQUAL EXIT)
  message(FATAL_ERROR "${PROGRAM} ${ARGS}: exit status ${status}, expected ${EXIT}\n"
                      "stdout:\n${output}\nstderr:\n${errors}")
endif()
if(DEFINED OUTPUT AND NOT output MATCHES "${OUTPUT}")
  message(FATAL_ERROR "${PROGRAM} ${ARGS}: output does not match '${OUTPUT}':\n${output}")
endif()
if(DEFINED STDERR_LINES)
  string(REGEX MATCHALL "\n" newlines "${errors}")
  list(LENGTH newlines lines)
  if(NOT lines EQUAL STDERR_LINES)
    message(FATAL_ERROR "${PROGRAM} ${ARGS}: ${lines} lines on stderr, expected "
                        "${STDERR_LINES}:\n${errors}")
  endif()
endif()
