#!/usr/bin/env python3
"""Runs inputs the fuzzer kept through http-tidy and the plugin.

Usage (from lit):
  replay.py --http-tidy=... --plugin=... --clang-tidy=... \\
      --include=<fuzz headers> [--include=...] <input or directory>...

Each input is linted with every http-* check, against the same
declaration-only headers the fuzz target serves from memory and no system
headers, by both front ends: as C11 when its first line is the fuzz target's
language marker, else as C++17. It fails when either crashes (a signal, a
"Stack dump" or a sanitizer report), or when http-tidy exits with a status
other than 0, 1 or 3 (the documented statuses for a run that analysed the
file: no findings, findings, compiler errors).
"""

import argparse
import os
import shlex
import subprocess
import sys

# http-tidy analyses each file in a worker process and reports a worker's
# crash (a signal, a sanitizer abort) as an internal error for that file.
CRASH_MARKERS = ("Stack dump", "PLEASE submit a bug report", "Sanitizer",
                 "internal error while analysing")
# As in HttpTidyFuzzer.cpp and seeds.py.
LANGUAGE_MARKER = b"// fuzz-language: c\n"


def is_c(path):
    with open(path, "rb") as f:
        return f.read(len(LANGUAGE_MARKER)) == LANGUAGE_MARKER


def inputs(paths):
    for path in paths:
        if os.path.isdir(path):
            for name in sorted(os.listdir(path)):
                yield os.path.join(path, name)
        else:
            yield path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--http-tidy", required=True)
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--include", required=True, action="append")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()

    includes = []
    for directory in args.include:
        includes += ["-isystem", directory]
    # -x names the language also for a kept input without an extension.
    c_args = ["--", "-x", "c", "-std=c11", "-nostdinc"] + includes
    cxx_args = ["--", "-x", "c++", "-std=c++17", "-nostdinc", "-nostdinc++"
                ] + includes
    front_ends = {
        "http-tidy": [args.http_tidy],
        # --clang-tidy may carry a prefix such as `env LD_PRELOAD=...`.
        "plugin": shlex.split(args.clang_tidy) + ["--load=" + args.plugin],
    }
    failures = []
    count = 0
    for path in inputs(args.paths):
        count += 1
        for name, command in front_ends.items():
            cmd = command + ["--checks=-*,http-*", path] + (
                c_args if is_c(path) else cxx_args)
            result = subprocess.run(cmd, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE,
                                    universal_newlines=True, errors="replace")
            crashed = result.returncode < 0 or any(
                marker in result.stderr for marker in CRASH_MARKERS)
            if crashed or (name == "http-tidy" and
                           result.returncode not in (0, 1, 3)):
                failures.append("%s on %s: status %d\n%s" %
                                (name, path, result.returncode,
                                 result.stderr[-4000:]))
    for failure in failures:
        print(failure)
    print("replayed %d inputs, %d failures" % (count, len(failures)))
    if count == 0 or failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
