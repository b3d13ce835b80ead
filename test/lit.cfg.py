# lit configuration for http-tidy's tests. Paths come from lit.site.cfg.py,
# which CMake writes into the build tree.
import os
import shlex
import lit.formats

config.name = "http-tidy"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".cpp", ".c", ".test"]
config.excludes = ["Inputs", "check_http_tidy.py", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.http_tidy_binary_dir, "test")

clang_tidy = config.clang_tidy
if config.asan_runtime:
    # A sanitizer build (HTTP_TIDY_SANITIZE): the plugin needs the ASan
    # runtime, which the uninstrumented clang-tidy binary does not carry, so
    # it is preloaded there; http-tidy links it itself.
    clang_tidy = "env LD_PRELOAD=%s %s" % (config.asan_runtime, clang_tidy)
    # A report must abort rather than exit with a status that reads as a
    # finding (1). Leak checking is off: clang-tidy, like every LLVM tool,
    # leaves the compiler's state to process exit by design, and a TU's AST
    # is freed in bulk, so reports at exit would be about LLVM, not the checks.
    config.environment["ASAN_OPTIONS"] = "abort_on_error=1:detect_leaks=0"
    config.environment["UBSAN_OPTIONS"] = \
        "abort_on_error=1:halt_on_error=1:print_stacktrace=1"

# Projects that find the installed package run clang-tidy themselves: under
# the sanitizer build they get a clang-tidy that preloads the runtime too.
consumer_tidy = ""
if config.asan_runtime:
    wrapper = os.path.join(config.http_tidy_binary_dir, "test",
                           "clang-tidy-asan.sh")
    os.makedirs(os.path.dirname(wrapper), exist_ok=True)
    with open(wrapper, "w") as f:
        f.write("#!/bin/sh\nLD_PRELOAD=%s exec %s \"$@\"\n" %
                (config.asan_runtime, config.clang_tidy))
    os.chmod(wrapper, 0o755)
    consumer_tidy = "-DHttpTidy_CLANG_TIDY=" + wrapper
config.substitutions.append(("%{consumer_clang_tidy}", consumer_tidy))

check = " ".join([
    "python3", os.path.join(config.test_source_root, "check_http_tidy.py"),
    "--http-tidy=" + config.http_tidy,
    "--plugin=" + config.http_tidy_plugin,
    "--clang-tidy=" + shlex.quote(clang_tidy),
    "--filecheck=" + os.path.join(config.llvm_tools_dir, "FileCheck"),
    "--clangxx=" + config.clangxx,
])
config.substitutions.append(("%check_http_tidy", check))
config.substitutions.append(("%http-tidy", config.http_tidy))
config.substitutions.append(("%clang-tidy", clang_tidy))
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
# http-tidy's result cache goes under the build tree, never the user's own
# (tests that are about the cache give --cache-dir themselves).
config.environment["XDG_CACHE_HOME"] = os.path.join(config.test_exec_root,
                                                    "cache-home")
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", "")])
