# vcpkg port for aiecon, built from the repository that holds this port
# (ports/aiecon is two folders below the root):
#   vcpkg install aiecon --classic --overlay-ports=ports
# (--classic because the root's vcpkg.json would otherwise put vcpkg in
# manifest mode, which takes no package names).
set(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../..")

# Header-only: one configuration is enough.
set(VCPKG_BUILD_TYPE release)

vcpkg_cmake_configure(
  SOURCE_PATH "${SOURCE_PATH}"
  OPTIONS -DAIECON_BUILD_TESTS=OFF -DAIECON_BUILD_EXAMPLES=OFF -DAIECON_BUILD_DOCS=OFF
          -DAIECON_INSTALL=ON)
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(CONFIG_PATH share/cmake/aiecon)
vcpkg_fixup_pkgconfig()

# Nothing architecture-specific is installed.
file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/lib" "${CURRENT_PACKAGES_DIR}/debug"
     "${CURRENT_PACKAGES_DIR}/share/doc")

file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
