#!/usr/bin/env python3
"""Reads the reports of --shard runs for shard.test.

  shards.py files <report.json>...   the files of the reports, one a line
  shards.py run <log.sarif>          the log's one run, with its results
                                     sorted, so that two logs with the same
                                     results in another order compare equal
  shards.py rules <log.sarif>        the rule ids of the log's runs, after
                                     checking that they are unique and that
                                     each result's ruleIndex names its ruleId
"""
import json
import sys


def files(paths):
    for path in paths:
        with open(path) as f:
            for entry in json.load(f)["files"]:
                print(entry["file"])


def run(path):
    with open(path) as f:
        log = json.load(f)
    if len(log["runs"]) != 1:
        sys.exit("shards.py: %s has %d runs" % (path, len(log["runs"])))
    only = log["runs"][0]
    only["results"].sort(key=lambda r: json.dumps(r, sort_keys=True))
    print(json.dumps(only, sort_keys=True, indent=1))


def rules(path):
    with open(path) as f:
        log = json.load(f)
    for one in log["runs"]:
        ids = [rule["id"] for rule in one["tool"]["driver"]["rules"]]
        if len(set(ids)) != len(ids):
            sys.exit("shards.py: a rule twice in %s" % path)
        for result in one["results"]:
            if ids[result["ruleIndex"]] != result["ruleId"]:
                sys.exit("shards.py: ruleIndex %d is not %s in %s" %
                         (result["ruleIndex"], result["ruleId"], path))
        print("\n".join(ids))


if __name__ == "__main__":
    {"files": files, "run": lambda paths: run(*paths),
     "rules": lambda paths: rules(*paths)}[sys.argv[1]](
        sys.argv[2:])
