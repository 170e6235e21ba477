# Run with cmake -P. Configures, builds and runs the consumer project in
# CONSUMER_DIR, which adds aiecon from SOURCE_DIR with add_subdirectory.
include("${CMAKE_CURRENT_LIST_DIR}/../cmake/script_helpers.cmake")
aiecon_require_defined(run_add_subdirectory_test.cmake SOURCE_DIR WORK_DIR CONSUMER_DIR GENERATOR CXX_COMPILER)

file(REMOVE_RECURSE "${WORK_DIR}")


aiecon_run_step("add_subdirectory test" configure "${CMAKE_COMMAND}" -S "${CONSUMER_DIR}" -B "${WORK_DIR}" -G "${GENERATOR}"
    "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DAIECON_SOURCE_DIR=${SOURCE_DIR}")
aiecon_run_step("add_subdirectory test" build "${CMAKE_COMMAND}" --build "${WORK_DIR}")
aiecon_run_step("add_subdirectory test" run-consumer "${WORK_DIR}/consumer")
