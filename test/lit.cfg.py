# lit configuration for http-tidy's tests. Paths come from lit.site.cfg.py,
# which CMake writes into the build tree.
import os
import lit.formats

config.name = "http-tidy"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".cpp", ".c", ".test"]
config.excludes = ["Inputs", "check_http_tidy.py", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.http_tidy_binary_dir, "test")

check = " ".join([
    "python3", os.path.join(config.test_source_root, "check_http_tidy.py"),
    "--http-tidy=" + config.http_tidy,
    "--plugin=" + config.http_tidy_plugin,
    "--clang-tidy=" + config.clang_tidy,
    "--filecheck=" + os.path.join(config.llvm_tools_dir, "FileCheck"),
    "--clangxx=" + config.clangxx,
])
config.substitutions.append(("%check_http_tidy", check))
config.substitutions.append(("%http-tidy", config.http_tidy))
config.substitutions.append(("%clang-tidy", config.clang_tidy))
config.substitutions.append(("%clangxx", config.clangxx))
config.substitutions.append(("%plugin", config.http_tidy_plugin))
config.substitutions.append(("%inputs", os.path.join(config.test_source_root,
                                                     "checkers", "Inputs")))
# For the integration tests, which use the build as users use an installation:
# http-tidy on PATH, the source tree as a hook repository, `cmake --install`.
config.substitutions.append(("%{http_tidy_bindir}", config.http_tidy_bindir))
config.substitutions.append(("%{http_tidy_build_dir}",
                             config.http_tidy_binary_dir))
config.substitutions.append(("%{source_root}",
                             os.path.dirname(config.test_source_root)))
config.substitutions.append(("%{cmake}", config.cmake))
# Tools from outside LLVM, installed by scripts/install-deps.sh. A missing
# one fails its tests (with "not found") rather than skipping them.
config.substitutions.append(("%clang-apply-replacements",
                             config.clang_apply_replacements or
                             "clang-apply-replacements-not-found"))
config.substitutions.append(("%sarif-multitool", config.sarif_multitool or
                             "sarif-multitool-not-found"))
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", "")])
