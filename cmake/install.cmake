# Install rules: headers, the aiecon::aiecon target, and a package config so
# that find_package(aiecon CONFIG REQUIRED) works from the install prefix.
include(CMakePackageConfigHelpers)

# Header-only, so the package files are architecture-independent.
set(AIECON_INSTALL_CMAKEDIR
    "${CMAKE_INSTALL_DATADIR}/cmake/aiecon"
    CACHE STRING "Where aiecon-config.cmake is installed, relative to the prefix")

install(
  DIRECTORY "${PROJECT_SOURCE_DIR}/include/aiecon"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
  FILES_MATCHING
  PATTERN "*.hpp")

install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/aiecon")

install(TARGETS aiecon EXPORT aiecon-targets)
install(
  EXPORT aiecon-targets
  NAMESPACE aiecon::
  FILE aiecon-targets.cmake
  DESTINATION "${AIECON_INSTALL_CMAKEDIR}")

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/aiecon-config.cmake.in"
  "${PROJECT_BINARY_DIR}/aiecon-config.cmake"
  INSTALL_DESTINATION "${AIECON_INSTALL_CMAKEDIR}")
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/aiecon-config-version.cmake"
  COMPATIBILITY SameMajorVersion ARCH_INDEPENDENT)
install(FILES "${PROJECT_BINARY_DIR}/aiecon-config.cmake"
              "${PROJECT_BINARY_DIR}/aiecon-config-version.cmake"
        DESTINATION "${AIECON_INSTALL_CMAKEDIR}")

# pkg-config, for builds without CMake: pkg-config --cflags aiecon. The file
# finds the prefix relative to itself, so the install can be moved.
configure_file("${PROJECT_SOURCE_DIR}/cmake/aiecon.pc.in" "${PROJECT_BINARY_DIR}/aiecon.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/aiecon.pc" DESTINATION "${CMAKE_INSTALL_DATADIR}/pkgconfig")
