"""Conan 2 recipe for aiecon, a header-only C++20 library.

From the repository root:  conan create conan/
"""
import os
import re

from conan import ConanFile
from conan.tools.build import check_min_cppstd
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import copy, load, rmdir


class AieconConan(ConanFile):
    name = "aiecon"
    description = "Unit-safe economics of AI infrastructure, from quartz to orbit"
    license = "MIT"
    topics = ("units", "dimensional-analysis", "economics", "ai", "header-only")
    package_type = "header-library"
    settings = "os", "arch", "compiler", "build_type"
    no_copy_source = True

    def _root(self):
        # The recipe lives in conan/; the sources are the repository root.
        return os.path.join(self.recipe_folder, "..")

    def set_version(self):
        # One version, the one CMakeLists.txt declares.
        text = load(self, os.path.join(self._root(), "CMakeLists.txt"))
        self.version = re.search(r"project\([^)]*VERSION\s+([0-9.]+)", text).group(1)

    def export_sources(self):
        for pattern in ("CMakeLists.txt", "LICENSE", "cmake/*", "include/*"):
            copy(self, pattern, self._root(), self.export_sources_folder)

    def layout(self):
        cmake_layout(self)

    def requirements(self):
        self.requires("range-v3/0.12.0")

    def package_id(self):
        self.info.clear()

    def validate(self):
        check_min_cppstd(self, 20)

    def generate(self):
        toolchain = CMakeToolchain(self)
        toolchain.cache_variables["AIECON_BUILD_TESTS"] = False
        toolchain.cache_variables["AIECON_BUILD_EXAMPLES"] = False
        toolchain.cache_variables["AIECON_BUILD_DOCS"] = False
        toolchain.cache_variables["AIECON_INSTALL"] = True
        toolchain.generate()
        CMakeDeps(self).generate()

    def build(self):
        CMake(self).configure()

    def package(self):
        copy(self, "LICENSE", self.source_folder, os.path.join(self.package_folder, "licenses"))
        CMake(self).install()
        # Conan writes its own package files, with the names below.
        rmdir(self, os.path.join(self.package_folder, "share"))

    def package_info(self):
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
        self.cpp_info.set_property("cmake_file_name", "aiecon")
        self.cpp_info.set_property("cmake_target_name", "aiecon::aiecon")
        self.cpp_info.set_property("pkg_config_name", "aiecon")
        self.cpp_info.requires = ["range-v3::range-v3"]
        # uncertainty::monte_carlo runs on std::thread.
        if self.settings.os in ("Linux", "FreeBSD"):
            self.cpp_info.system_libs = ["pthread"]
