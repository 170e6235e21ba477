# Run with cmake -P. Proves that one snippet of code does not compile, and
# that it fails for the intended reason:
#   1. the control version of the file (-DAIECON_CONTROL) must compile, so
#      the failure cannot come from a typo or a missing include;
#   2. the snippet itself must fail to compile;
#   3. when EXPECT is set, the compiler's message must match it.
# Inputs (-D): COMPILER, SOURCE, INCLUDE_DIR, optional EXPECT (a regex).
include("${CMAKE_CURRENT_LIST_DIR}/../cmake/script_helpers.cmake")
aiecon_require_defined(expect_compile_failure.cmake COMPILER SOURCE INCLUDE_DIR)

set(common_flags -std=c++20 -fsyntax-only "-I${INCLUDE_DIR}")

execute_process(
  COMMAND "${COMPILER}" ${common_flags} -DAIECON_CONTROL "${SOURCE}"
  RESULT_VARIABLE control_result
  OUTPUT_VARIABLE control_output
  ERROR_VARIABLE control_output)
if(NOT control_result EQUAL 0)
  message(FATAL_ERROR "The control version of ${SOURCE} does not compile, so the test "
                      "proves nothing:\n${control_output}")
endif()

execute_process(
  COMMAND "${COMPILER}" ${common_flags} "${SOURCE}"
  RESULT_VARIABLE result
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output)
if(result EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled, but it must not.")
endif()

if(DEFINED EXPECT AND NOT output MATCHES "${EXPECT}")
  message(FATAL_ERROR "${SOURCE} failed to compile, but the message does not match "
                      "'${EXPECT}':\n${output}")
endif()
message(STATUS "${SOURCE} does not compile, as intended.")
