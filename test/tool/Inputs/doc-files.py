#!/usr/bin/env python3
"""Writes the files a documentation page shows into a directory.

Usage: doc-files.py <page.md> <directory>

A fenced code block whose info string has `file=<path>` (```yaml
file=tools/acme.yaml) is written to <directory>/<path>, exactly as shown, so
that a test lints what the page tells users to write.
"""

import os
import re
import sys

BLOCK = re.compile(r"^```\w*\s+file=(\S+)\n(.*?)^```$", re.M | re.S)


def main():
    page, directory = sys.argv[1], sys.argv[2]
    with open(page) as f:
        text = f.read()
    blocks = BLOCK.findall(text)
    if not blocks:
        sys.exit("doc-files: no file= blocks in " + page)
    for path, body in blocks:
        target = os.path.join(directory, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w") as f:
            f.write(body)
        print(path)


if __name__ == "__main__":
    main()
