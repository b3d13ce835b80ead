# What `cmake --install` puts where. Included from the top-level
# CMakeLists.txt once the targets exist.
include(GNUInstallDirs)

# The plugin is loaded by path (clang-tidy --load), never linked against, so
# it lives in a directory of its own rather than next to shared libraries.
set(HTTP_TIDY_INSTALL_PLUGINDIR ${CMAKE_INSTALL_LIBDIR}/http-tidy)

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

