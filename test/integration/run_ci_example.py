#!/usr/bin/python3
"""Runs the lint commands of an example CI configuration from docs/ci/.

Usage: run_ci_example.py github|gitlab <example.yml> <project dir>

The steps that install http-tidy need a fresh CI machine; the ones that
lint a project (GitHub steps with id `configure`, `lint` and `merge`, the
GitLab job's `script`) are run here, in the project directory, as the CI
would run them: in bash, stopping at the first failing command.

A matrix is run as its jobs, one after the other: a GitHub job once per
entry of `strategy.matrix`, with `${{ matrix.* }}` and `${{ strategy.* }}`
filled in, and a GitLab job with `parallel: N` N times, with CI_NODE_INDEX
and CI_NODE_TOTAL set. GitHub artifacts are kept between jobs as
upload-artifact and download-artifact would keep them. Each GitLab job's
Code Quality report is renamed to <report>.<CI_NODE_INDEX>.json after it,
as the next job would not see it, and GitLab combines them.
"""

import fnmatch
import glob
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

GITHUB_STEPS = ("configure", "lint", "merge")


def run(command, project, env=None):
    print("+ " + command.strip(), flush=True)
    result = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", command],
                            cwd=project, env=env)
    if result.returncode != 0:
        sys.exit("run_ci_example: the command failed with status %d" %
                 result.returncode)


def matrix_jobs(job):
    """The context of each job of a GitHub matrix (one job without one)."""
    matrix = job.get("strategy", {}).get("matrix")
    if not matrix:
        return [{}]
    keys = sorted(matrix)
    entries = list(itertools.product(*(matrix[k] for k in keys)))
    return [dict([("matrix." + k, v) for k, v in zip(keys, entry)] +
                 [("strategy.job-index", index),
                  ("strategy.job-total", len(entries))])
            for index, entry in enumerate(entries)]


def substitute(text, context):
    def value(match):
        name = match.group(1)
        if name not in context:
            sys.exit("run_ci_example: no value for ${{ %s }}" % name)
        return str(context[name])
    return re.sub(r"\$\{\{\s*([\w.-]+)\s*\}\}", value, str(text))


def upload(step, context, project, artifacts):
    name = substitute(step["with"]["name"], context)
    paths = glob.glob(os.path.join(
        project, substitute(step["with"]["path"], context)))
    if not paths and step["with"].get("if-no-files-found") == "error":
        sys.exit("run_ci_example: no files for the artifact '%s'" % name)
    os.makedirs(os.path.join(artifacts, name))
    for path in paths:
        shutil.copy(path, os.path.join(artifacts, name))


def download(step, project, artifacts):
    pattern = step["with"]["pattern"]
    target = os.path.join(project, step["with"]["path"])
    os.makedirs(target, exist_ok=True)
    for name in sorted(os.listdir(artifacts)):
        if not fnmatch.fnmatch(name, pattern):
            continue
        into = target if step["with"].get("merge-multiple") else \
            os.path.join(target, name)
        os.makedirs(into, exist_ok=True)
        for path in glob.glob(os.path.join(artifacts, name, "*")):
            shutil.copy(path, into)


def github(config, project):
    ran = set()
    with tempfile.TemporaryDirectory() as artifacts:
        for job in config["jobs"].values():
            for context in matrix_jobs(job):
                for step in job["steps"]:
                    uses = step.get("uses", "")
                    if step.get("id") in GITHUB_STEPS:
                        ran.add(step["id"])
                        run(substitute(step["run"], context), project)
                    elif uses.startswith("actions/upload-artifact@"):
                        upload(step, context, project, artifacts)
                    elif uses.startswith("actions/download-artifact@"):
                        download(step, project, artifacts)
    if not {"configure", "lint"} <= ran:
        sys.exit("run_ci_example: no 'configure' and 'lint' steps")


def gitlab(config, project):
    job = config["http-tidy"]
    total = job.get("parallel")
    if total is None:
        for command in job["script"]:
            run(command, project)
        return
    report = job["artifacts"]["reports"]["codequality"]
    for index in range(1, total + 1):
        env = dict(os.environ, CI_NODE_INDEX=str(index),
                   CI_NODE_TOTAL=str(total))
        for command in job["script"]:
            run(command, project, env)
        kept = os.path.join(project, "%s.%d.json" %
                            (os.path.splitext(report)[0], index))
        os.replace(os.path.join(project, report), kept)


def main():
    kind, example, project = sys.argv[1:4]
    with open(example) as f:
        config = yaml.safe_load(f)
    {"github": github, "gitlab": gitlab}[kind](config, project)


if __name__ == "__main__":
    main()
