#!/usr/bin/env python3
"""Derives fuzz seeds from the check tests, so that they are not kept twice.

Usage: seeds.py [--only=c|cpp] <check test directory> <output directory>

Each check test (*.cpp and *.c) becomes a seed in the fuzz target's form:
the RUN and CHECK comment lines go, and so does every #include of a header
that the fuzz target does not serve (those in Inputs/include/: the
declaration-only framework stand-ins and the bits of the C and C++ standard
libraries they need). A seed from a C test starts with the line
LANGUAGE_MARKER, which tells the fuzz target and replay.py to parse it as C.
"""

import argparse
import os
import re
import sys

# The first line of an input that is C; anything else is C++. Also in
# HttpTidyFuzzer.cpp and replay.py.
LANGUAGE_MARKER = "// fuzz-language: c"
EXPECTATION = re.compile(r"^\s*//\s*(RUN|CHECK-[A-Z0-9-]*):")
INCLUDE = re.compile(r"^\s*#\s*include\s*[<\"]([^>\"]+)[>\"]")
HERE = os.path.dirname(os.path.abspath(__file__))
# The directories whose headers the fuzz target serves (as its CMakeLists.txt
# embeds them): its own stand-ins, and the check tests' mirror of Mongoose.
SERVED = (os.path.join(HERE, "Inputs", "include"),
          os.path.join(HERE, "..", "checkers", "Inputs", "mongoose-7.22"))


def served(header):
    return any(os.path.isfile(os.path.join(d, header)) for d in SERVED)


def seed(text, is_c):
    lines = [LANGUAGE_MARKER] if is_c else []
    for line in text.splitlines():
        if EXPECTATION.match(line):
            continue
        include = INCLUDE.match(line)
        if include and not served(include.group(1)):
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=("c", "cpp"))
    parser.add_argument("source")
    parser.add_argument("output")
    args = parser.parse_args()
    os.makedirs(args.output, exist_ok=True)
    count = 0
    for name in sorted(os.listdir(args.source)):
        extension = os.path.splitext(name)[1][1:]
        if extension not in ("c", "cpp") or args.only not in (None, extension):
            continue
        with open(os.path.join(args.source, name)) as f:
            text = f.read()
        with open(os.path.join(args.output, name), "w") as f:
            f.write(seed(text, extension == "c"))
        count += 1
    if count == 0:
        sys.exit("seeds.py: no check tests in " + args.source)


if __name__ == "__main__":
    main()
