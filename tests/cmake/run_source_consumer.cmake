# Run with cmake -P. Configures, builds and runs the consumer project in
# CONSUMER_DIR, which takes aiecon's source tree from AIECON_SOURCE_DIR (with
# add_subdirectory or FetchContent).
include("${CMAKE_CURRENT_LIST_DIR}/script_helpers.cmake")
aiecon_require_defined(run_source_consumer.cmake SOURCE_DIR WORK_DIR CONSUMER_DIR GENERATOR
                       CXX_COMPILER)

file(REMOVE_RECURSE "${WORK_DIR}")

aiecon_consumer_configure_options(consumer_options)
aiecon_run_step("source consumer test" configure "${CMAKE_COMMAND}" -S "${CONSUMER_DIR}" -B "${WORK_DIR}"
    ${consumer_options} "-DAIECON_SOURCE_DIR=${SOURCE_DIR}")
aiecon_build_and_run_consumer("source consumer test" "${WORK_DIR}")
