# Run with cmake -P. Builds TARGET in the build tree BUILD_DIR, which must
# fail, and checks the compiler's message against EXPECT (a regex) when set.
# The target's control twin (the same source with AIECON_CONTROL defined) is
# part of the normal build, so a snippet that fails for a reason other than
# the intended one (a typo, a missing include) breaks the build itself.
# Inputs (-D): BUILD_DIR, TARGET, CONFIG, optional EXPECT.
include("${CMAKE_CURRENT_LIST_DIR}/../cmake/script_helpers.cmake")
aiecon_require_defined(expect_compile_failure.cmake BUILD_DIR TARGET CONFIG)

execute_process(
  COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "${TARGET}" --config "${CONFIG}"
  RESULT_VARIABLE result
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output)
if(result EQUAL 0)
  message(FATAL_ERROR "${TARGET} compiled, but it must not.")
endif()
if(NOT output MATCHES "error")
  message(FATAL_ERROR "Building ${TARGET} failed without a compiler error:\n${output}")
endif()
if(DEFINED EXPECT AND NOT output MATCHES "${EXPECT}")
  message(FATAL_ERROR "${TARGET} failed to compile, but the message does not match "
                      "'${EXPECT}':\n${output}")
endif()
message(STATUS "${TARGET} does not compile, as intended.")
