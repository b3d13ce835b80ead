#!/usr/bin/env python3
"""Runs one check test through both front ends and verifies it.

Usage (from lit):
  check_http_tidy.py [--check-suffix=S] <source> <checks> <temp> \
      [-- <extra http-tidy/clang-tidy args> [-- <compiler args>]]

The source holds its expectations in comments, in clang-tidy's style:
CHECK-MESSAGES lines for the diagnostics, CHECK-FIXES lines for the fixed
source. For each front end (the plugin under clang-tidy, and http-tidy) the
script lints a copy of the source, applies the fixes, and checks:
  - the diagnostics against CHECK-MESSAGES (nothing else may be reported;
    a file without CHECK-MESSAGES must produce no finding at all);
  - the fixed file against CHECK-FIXES, and that the fixed file compiles;
  - that both front ends report the same diagnostics;
  - that http-tidy reports the same diagnostics and makes the same fixes with
    --skip-function-bodies=false (every body built) as by default;
  - that http-tidy exits 1 with findings and 0 without;
  - that a second http-tidy run, on a fresh copy of the unfixed source at the
    same path and against the result cache of the first, takes every result
    from the cache and gives the same output, fixes and exit status.
--expect-compiler-error=TEXT (repeatable): each front end must report a
compiler error whose line contains TEXT (an error in a framework header);
those lines are left out of the comparison with CHECK-MESSAGES, and
http-tidy must exit 3 (a file with compiler errors; findings still reported).
An error in a function body that http-tidy skips by default is not seen
there; it must be reported with --skip-function-bodies=false.
"""

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys

DIAG = re.compile(r"^(.*?):(\d+):(\d+): (warning|error|note): (.*)$")


def fail(message):
    sys.exit("check_http_tidy: " + message)


def run(cmd, **kwargs):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True, **kwargs)


def filecheck(tools, check_file, input_text, prefix, extra=()):
    result = subprocess.run(
        [tools.filecheck, check_file, "--check-prefix=" + prefix,
         "--input-file=-", "--dump-input=fail"] + list(extra),
        input=input_text, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        universal_newlines=True)
    if result.returncode != 0:
        print(result.stdout)
        fail("FileCheck --check-prefix=%s failed" % prefix)


def diagnostics(output, temp_source):
    """The diagnostic lines of a run, with the file name normalised."""
    lines = []
    for line in output.splitlines():
        match = DIAG.match(line)
        if match:
            name = "<input>" if os.path.abspath(match.group(1)) == \
                os.path.abspath(temp_source) else match.group(1)
            lines.append("%s:%s:%s: %s: %s" % ((name,) + match.groups()[1:]))
    return lines


def check_warm(cmd, cold, temp, cleaned):
    """Runs http-tidy again on the unfixed text, against the cache the cold
    run filled: every result must come from the cache, and the output, exit
    status and fixed file must be those of the cold run. A result with
    compiler errors is never kept (docs/cache.md): then the warm run must
    analyse the file again, and still give the same."""
    with open(temp) as f:
        fixed = f.read()
    with open(temp, "w") as f:
        f.write(cleaned)
    warm = run(cmd[:1] + ["--cache-stats"] + cmd[1:])
    stats = [line for line in warm.stderr.splitlines()
             if line.startswith("http-tidy: cache: ")]
    stderr = "".join(line + "\n" for line in warm.stderr.splitlines()
                     if line not in stats)
    with open(temp) as f:
        warm_fixed = f.read()
    kept = "has compiler errors" not in cold.stderr
    expected = "1 hits, 0 misses, 0 stored" if kept else \
        "0 hits, 1 misses, 0 stored"
    if stats != ["http-tidy: cache: " + expected]:
        print(warm.stderr)
        fail("the warm run did not take its result from the cache" if kept
             else "a result with compiler errors was kept in the cache")
    if (warm.stdout, stderr, warm.returncode, warm_fixed) != \
            (cold.stdout, cold.stderr, cold.returncode, fixed):
        print("[warm] %s\n%s%s" % (" ".join(cmd), warm.stdout, warm.stderr))
        fail("the warm run differs from the cold run")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--http-tidy", required=True)
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--filecheck", required=True)
    parser.add_argument("--clangxx", required=True)
    parser.add_argument("--check-suffix", default="")
    parser.add_argument("--expect-compiler-error", action="append",
                        default=[])
    parser.add_argument("source")
    parser.add_argument("checks")
    parser.add_argument("temp")
    argv = sys.argv[1:]
    rest = []
    if "--" in argv:
        split = argv.index("--")
        argv, rest = argv[:split], argv[split + 1:]
    args = parser.parse_args(argv)
    tools = args

    tidy_args, compiler_args = rest, []
    if "--" in rest:
        split = rest.index("--")
        tidy_args, compiler_args = rest[:split], rest[split + 1:]
    if "-std=" not in " ".join(compiler_args):
        compiler_args = ["-std=c++17"] + compiler_args

    suffix = ("-" + args.check_suffix) if args.check_suffix else ""
    messages_prefix = "CHECK-MESSAGES" + suffix
    fixes_prefix = "CHECK-FIXES" + suffix
    with open(args.source) as f:
        text = f.read()
    has_messages = re.search(r"//\s*%s:" % re.escape(messages_prefix), text)
    has_fixes = re.search(r"//\s*%s:" % re.escape(fixes_prefix), text)
    # The linted copy keeps line numbers but not the expectations, so that
    # CHECK-FIXES cannot match its own comment.
    cleaned = re.sub(r"//\s*CHECK-[A-Z0-9-]*:[^\r\n]*", "//", text)

    extension = os.path.splitext(args.source)[1] or ".cpp"
    front_ends = {
        # --clang-tidy may carry a prefix such as `env LD_PRELOAD=...`.
        "plugin": shlex.split(args.clang_tidy) + ["--load=" + args.plugin],
        "http-tidy": [args.http_tidy],
        "http-tidy-all-bodies": [args.http_tidy,
                                 "--skip-function-bodies=false"],
    }
    seen, fixed_by = {}, {}
    for name, command in front_ends.items():
        temp = "%s.%s%s" % (args.temp, name, extension)
        os.makedirs(os.path.dirname(os.path.abspath(temp)), exist_ok=True)
        with open(temp, "w") as f:
            f.write(cleaned)
        cache = []
        if name.startswith("http-tidy"):
            # A cache of this test's own, never the user's.
            cache_dir = "%s.%s.cache" % (args.temp, name)
            shutil.rmtree(cache_dir, ignore_errors=True)
            cache = ["--cache-dir=" + cache_dir]
        cmd = command + cache + ["--checks=-*," + args.checks, "--fix"] + \
            tidy_args + [temp, "--"] + compiler_args
        result = run(cmd)
        if cache:
            check_warm(cmd, result, temp, cleaned)
        output = result.stdout
        print("[%s] %s\n%s%s" % (name, " ".join(cmd), output, result.stderr))
        if result.returncode < 0 or "Stack dump" in result.stderr:
            fail("%s crashed (status %d)" % (name, result.returncode))
        found = diagnostics(output, temp)
        # Skipped bodies are not compiled: an error inside one is not seen.
        errors_required = name != "http-tidy"
        for expected_error in args.expect_compiler_error:
            if errors_required and not any(
                    ": error: " in d and expected_error in d for d in found):
                fail("%s did not report the compiler error '%s'" %
                     (name, expected_error))
        compiler_errors = [
            d for d in found if ": error: " in d and
            any(e in d for e in args.expect_compiler_error)]
        found = [d for d in found if d not in compiler_errors]
        output = "\n".join(
            line for line in output.splitlines()
            if not (DIAG.match(line) and ": error: " in line and
                    any(e in line for e in args.expect_compiler_error)))
        seen[name] = found
        warnings = [d for d in found if ": warning: " in d or ": error: " in d]
        if has_messages:
            filecheck(tools, args.source, output, messages_prefix,
                      ["--implicit-check-not={{warning|error}}:"])
        elif warnings:
            fail("%s reported findings in a file that expects none:\n%s" %
                 (name, "\n".join(warnings)))
        if name.startswith("http-tidy"):
            expected = 3 if compiler_errors else 1 if warnings else 0
            if result.returncode != expected:
                fail("http-tidy exited %d, expected %d" %
                     (result.returncode, expected))
        with open(temp) as f:
            fixed = f.read()
        fixed_by[name] = fixed
        if has_fixes:
            filecheck(tools, args.source, fixed, fixes_prefix,
                      ["--strict-whitespace"])
        if fixed != cleaned:
            # C sources are compiled as C (clang++ would reject -std=c11).
            language = ["-x", "c"] if extension == ".c" else []
            compiled = run([args.clangxx, "-fsyntax-only"] + language +
                           compiler_args + [temp])
            if compiled.returncode != 0:
                print(compiled.stderr)
                fail("the fixed file from %s does not compile" % name)
    for name in front_ends:
        if seen[name] != seen["plugin"]:
            fail("the front ends disagree:\nplugin:\n%s\n%s:\n%s" %
                 ("\n".join(seen["plugin"]), name, "\n".join(seen[name])))
    if fixed_by["http-tidy-all-bodies"] != fixed_by["http-tidy"]:
        fail("http-tidy fixes differently with --skip-function-bodies=false")


if __name__ == "__main__":
    main()
