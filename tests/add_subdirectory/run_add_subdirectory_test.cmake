# Run with cmake -P. Configures, builds and runs the consumer project in
# CONSUMER_DIR, which adds aiecon from SOURCE_DIR with add_subdirectory.
include("${CMAKE_CURRENT_LIST_DIR}/../cmake/script_helpers.cmake")
aiecon_require_defined(run_add_subdirectory_test.cmake SOURCE_DIR WORK_DIR CONSUMER_DIR GENERATOR CXX_COMPILER)

file(REMOVE_RECURSE "${WORK_DIR}")

aiecon_consumer_configure_options(consumer_options)
aiecon_run_step("add_subdirectory test" configure "${CMAKE_COMMAND}" -S "${CONSUMER_DIR}" -B "${WORK_DIR}"
    ${consumer_options} "-DAIECON_SOURCE_DIR=${SOURCE_DIR}")
aiecon_build_and_run_consumer("add_subdirectory test" "${WORK_DIR}")
