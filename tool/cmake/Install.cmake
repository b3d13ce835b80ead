# What `cmake --install` puts where, and the CMake package that lets other
# projects find_package(HttpTidy) and lint with it through CMAKE_CXX_CLANG_TIDY.
# Included from the top-level CMakeLists.txt once the targets exist.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# The plugin is loaded by path (clang-tidy --load), never linked against, so
# it lives in a directory of its own rather than next to shared libraries.
set(HTTP_TIDY_INSTALL_PLUGINDIR ${CMAKE_INSTALL_LIBDIR}/http-tidy)
set(HTTP_TIDY_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/HttpTidy)

# Keep the LLVM library directory in the installed binaries' run path, as in
# the build tree: an LLVM outside the loader's default directories (a
# self-built one, say) must still be found after installation.
set_target_properties(http-tidy http-tidy-plugin PROPERTIES
  INSTALL_RPATH_USE_LINK_PATH ON)

install(TARGETS http-tidy RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS http-tidy-plugin LIBRARY DESTINATION ${HTTP_TIDY_INSTALL_PLUGINDIR})
# README.md links into docs/, so docs/ keeps its name under the doc directory.
install(FILES README.md LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The file names come from the targets (generator expressions), so the
# package follows any OUTPUT_NAME change; the paths are made relative to the
# installed config file, so the installed tree can be moved.
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/HttpTidyConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/HttpTidyConfig.cmake.tmp
  INSTALL_DESTINATION ${HTTP_TIDY_INSTALL_CMAKEDIR}
  PATH_VARS CMAKE_INSTALL_BINDIR HTTP_TIDY_INSTALL_PLUGINDIR)
file(GENERATE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/HttpTidyConfig.cmake
  INPUT ${CMAKE_CURRENT_BINARY_DIR}/HttpTidyConfig.cmake.tmp)
write_basic_package_version_file(
  ${CMAKE_CURRENT_BINARY_DIR}/HttpTidyConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES
  ${CMAKE_CURRENT_BINARY_DIR}/HttpTidyConfig.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/HttpTidyConfigVersion.cmake
  DESTINATION ${HTTP_TIDY_INSTALL_CMAKEDIR})
