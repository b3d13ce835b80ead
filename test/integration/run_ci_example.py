#!/usr/bin/python3
"""Runs the lint commands of an example CI configuration from docs/ci/.

Usage: run_ci_example.py github|gitlab <example.yml> <project dir>

The steps that install http-tidy need a fresh CI machine; the ones that
lint a project (GitHub steps with id `configure` and `lint`, the GitLab
job's `script`) are run here, in the project directory, as the CI would run
them: in bash, stopping at the first failing command.
"""

import subprocess
import sys

import yaml


def commands(kind, config):
    job = config["jobs"]["http-tidy"] if kind == "github" else \
        config["http-tidy"]
    if kind == "github":
        steps = [s for s in job["steps"] if s.get("id") in
                 ("configure", "lint")]
        if len(steps) != 2:
            sys.exit("run_ci_example: no 'configure' and 'lint' steps")
        return [s["run"] for s in steps]
    return job["script"]


def main():
    kind, example, project = sys.argv[1:4]
    with open(example) as f:
        config = yaml.safe_load(f)
    for command in commands(kind, config):
        print("+ " + command.strip(), flush=True)
        result = subprocess.run(["bash", "-e", "-o", "pipefail", "-c",
                                 command], cwd=project)
        if result.returncode != 0:
            sys.exit("run_ci_example: the command failed with status %d" %
                     result.returncode)


if __name__ == "__main__":
    main()
