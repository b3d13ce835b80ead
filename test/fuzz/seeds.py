#!/usr/bin/env python3
"""Derives fuzz seeds from the check tests, so that they are not kept twice.

Usage: seeds.py <check test directory> <output directory>

Each check test becomes a seed in the fuzz target's form: the RUN and CHECK
comment lines go, and so does every #include except the two framework
headers that the fuzz target serves (<httplib.h>, <boost/beast/http.hpp>;
they bring the few standard names the inputs use).
"""

import os
import re
import sys

KEPT_INCLUDES = ("<httplib.h>", "<boost/beast/http.hpp>")
EXPECTATION = re.compile(r"^\s*//\s*(RUN|CHECK-[A-Z0-9-]*):")
INCLUDE = re.compile(r"^\s*#\s*include\s*(\S+)")


def seed(text):
    lines = []
    for line in text.splitlines():
        if EXPECTATION.match(line):
            continue
        include = INCLUDE.match(line)
        if include and include.group(1) not in KEPT_INCLUDES:
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"


def main():
    source, output = sys.argv[1:3]
    os.makedirs(output, exist_ok=True)
    count = 0
    for name in sorted(os.listdir(source)):
        if not name.endswith(".cpp"):
            continue
        with open(os.path.join(source, name)) as f:
            text = f.read()
        with open(os.path.join(output, name), "w") as f:
            f.write(seed(text))
        count += 1
    if count == 0:
        sys.exit("seeds.py: no check tests in " + source)


if __name__ == "__main__":
    main()
