#!/usr/bin/env python3
"""Reads the reports of --shard runs for shard.test.

  shards.py files <report.json>...   the files of the reports, one a line
"""
import json
import sys


def files(paths):
    for path in paths:
        with open(path) as f:
            for entry in json.load(f)["files"]:
                print(entry["file"])


if __name__ == "__main__":
    {"files": files}[sys.argv[1]](sys.argv[2:])
