# The API reference: cmake --build build --target docs (needs Doxygen).
find_package(Doxygen QUIET)
if(DOXYGEN_FOUND)
  set(AIECON_DOCS_OUTPUT "${PROJECT_BINARY_DIR}/docs")
  configure_file("${PROJECT_SOURCE_DIR}/docs/Doxyfile.in" "${PROJECT_BINARY_DIR}/Doxyfile" @ONLY)
  add_custom_target(
    docs
    COMMAND Doxygen::doxygen "${PROJECT_BINARY_DIR}/Doxyfile"
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "API reference in ${AIECON_DOCS_OUTPUT}/html"
    VERBATIM)
endif()
